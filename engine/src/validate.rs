//! Checks on a parsed scenario: ids, references, texts and file paths. Every problem gets
//! a place in the source (see `locate`) and a hint.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path};

use crate::locate::Locator;
use crate::problem::Problem;
use crate::scenario::*;
use crate::text::Text;

struct Checker<'a> {
    file: &'a str,
    loc: Locator<'a>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, message: String, hint: &str) {
        let (line, column) = self.loc.line_col(offset);
        self.problems.push(Problem {
            file: self.file.to_string(),
            line,
            column,
            message,
            hint: hint.to_string(),
        });
    }

    /// Report every id in `ids` that appears more than once, at its second place.
    fn unique(&mut self, section: &str, what: &str, ids: &[&str]) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let start = self.loc.section(section);
        for id in ids {
            if id.trim().is_empty() {
                self.report(
                    start,
                    format!("a {what} has an empty id"),
                    "give every item a short id like \"werk\"",
                );
                continue;
            }
            let count = seen.entry(id).or_insert(0);
            *count += 1;
            if *count == 2 {
                let at = self.loc.item_from(start, id, 1).unwrap_or(start);
                self.report(
                    at,
                    format!("duplicate {what} id \"{id}\""),
                    "every id must be unique within its kind; rename one of them",
                );
            }
        }
    }

    fn text(&mut self, anchor: usize, field: &str, text: &Text, owner: &str) {
        if !text.has_dutch() {
            let at = self.loc.after(anchor, &format!("{field}:"));
            self.report(
                at,
                format!("{owner}: `{field}` has no Dutch text"),
                "write it as (nl: \"…\", en: \"…\"); Dutch is required, English is optional",
            );
        }
    }

    fn reference(
        &mut self,
        anchor: usize,
        known: &BTreeSet<&str>,
        value: &str,
        what: &str,
        owner: &str,
    ) {
        if !known.contains(value) {
            let at = self.loc.value_after(anchor, value);
            let hint = suggestion(known, value, what);
            self.report(
                at,
                format!("{owner} refers to unknown {what} \"{value}\""),
                &hint,
            );
        }
    }
}

fn suggestion(known: &BTreeSet<&str>, value: &str, what: &str) -> String {
    let close = known.iter().find(|k| {
        let (a, b) = (k.to_lowercase(), value.to_lowercase());
        a.contains(&b) || b.contains(&a) || edit_distance(&a, &b) <= 2
    });
    match close {
        Some(k) => format!("did you mean \"{k}\"?"),
        None if known.len() <= 12 => {
            let list: Vec<_> = known.iter().map(|k| format!("\"{k}\"")).collect();
            format!("known {what} ids: {}", list.join(", "))
        }
        None => format!("define the {what} first, or check the spelling"),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row.push((prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1));
        }
        prev = row;
    }
    prev[b.len()]
}

/// Every token the scenario can ever put on the board: the starting board, tokens added
/// by events, and tokens added by variants.
fn all_tokens(s: &Scenario) -> Vec<&Token> {
    let mut tokens: Vec<&Token> = s.board.tokens.iter().collect();
    let effects = s
        .events
        .iter()
        .flat_map(|e| e.effects.iter())
        .chain(s.variants.iter().flat_map(|v| {
            v.start
                .iter()
                .chain(v.events.iter().flat_map(|p| p.add.iter()))
        }));
    for effect in effects {
        if let Effect::AddToken(t) = effect {
            tokens.push(t);
        }
    }
    tokens
}

fn all_needs(s: &Scenario) -> Vec<&Need> {
    let mut needs: Vec<&Need> = s.needs.iter().collect();
    let effects = s
        .events
        .iter()
        .flat_map(|e| e.effects.iter())
        .chain(s.variants.iter().flat_map(|v| {
            v.start
                .iter()
                .chain(v.events.iter().flat_map(|p| p.add.iter()))
        }));
    for effect in effects {
        if let Effect::AddNeed(n) = effect {
            needs.push(n);
        }
    }
    needs
}

/// All problems in a scenario; empty when it is sound.
pub fn validate(s: &Scenario, file: &str, source: &str, dir: Option<&Path>) -> Vec<Problem> {
    let mut c = Checker {
        file,
        loc: Locator::new(source),
        problems: Vec::new(),
    };
    let top = 0;

    if s.id.trim().is_empty() {
        c.report(
            c.loc.after(top, "id:"),
            "the scenario has an empty id".into(),
            "use a short id like \"tess\"",
        );
    }
    if !s.id.is_empty()
        && !s
            .id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')
    {
        c.report(
            c.loc.after(top, "id:"),
            format!(
                "the scenario id \"{}\" has characters other than letters, digits, _ and -",
                s.id
            ),
            "the id is used on the command line and in file names; use e.g. \"anne_fleur\"",
        );
    }
    c.text(top, "title", &s.title, "the scenario");
    c.text(top, "summary", &s.summary, "the scenario");

    // Ids, unique per kind. Needs and goals share one namespace, as tokens serve both.
    let domain_ids: Vec<&str> = s.domains.iter().map(|d| d.id.as_str()).collect();
    let ring_ids: Vec<&str> = s.rings.iter().map(|r| r.id.as_str()).collect();
    let role_ids: Vec<&str> = s.roles.iter().map(|r| r.id.as_str()).collect();
    let tokens = all_tokens(s);
    let token_ids: Vec<&str> = tokens.iter().map(|t| t.id.as_str()).collect();
    let needs = all_needs(s);
    let need_ids: Vec<&str> = needs
        .iter()
        .map(|n| n.id.as_str())
        .chain(s.persona.goals.iter().map(|g| g.id.as_str()))
        .collect();
    let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    c.unique("domains", "domain", &domain_ids);
    c.unique("rings", "ring", &ring_ids);
    c.unique("roles", "role", &role_ids);
    c.unique("tokens", "token", &token_ids);
    c.unique("needs", "need or goal", &need_ids);
    c.unique("events", "event", &event_ids);
    c.unique(
        "variants",
        "variant",
        &s.variants.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
    );
    c.unique(
        "polls",
        "poll",
        &s.polls.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
    );
    c.unique(
        "rounds",
        "round",
        &s.rounds.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
    );
    if token_ids.contains(&PERSONA) {
        let at = c.loc.item("tokens", PERSONA);
        c.report(
            at,
            format!("\"{PERSONA}\" is reserved for the persona herself"),
            "give the token another id",
        );
    }

    let domains: BTreeSet<&str> = domain_ids.iter().copied().collect();
    let rings: BTreeSet<&str> = ring_ids.iter().copied().collect();
    let roles: BTreeSet<&str> = role_ids.iter().copied().collect();
    let token_set: BTreeSet<&str> = token_ids.iter().copied().collect();
    let mut link_ends = token_set.clone();
    link_ends.insert(PERSONA);
    let need_set: BTreeSet<&str> = need_ids.iter().copied().collect();
    let events: BTreeSet<&str> = event_ids.iter().copied().collect();

    // Structure.
    if s.domains.is_empty() {
        c.report(
            c.loc.section("domains"),
            "the scenario has no life domains".into(),
            "list the domains of the wheel, e.g. (id: \"werk\", name: (nl: \"Werk\"))",
        );
    }
    let kinds: BTreeSet<RingKind> = s.rings.iter().map(|r| r.kind).collect();
    for kind in [
        RingKind::EigenKracht,
        RingKind::Informeel,
        RingKind::Gemeente,
        RingKind::Rijk,
    ] {
        if !kinds.contains(&kind) {
            c.report(
                c.loc.section("rings"),
                format!("the scenario has no ring of kind {kind:?}"),
                "the wheel has four rings: EigenKracht, Informeel, Gemeente and Rijk, one each",
            );
        }
    }
    if s.rings.len() != kinds.len() {
        c.report(
            c.loc.section("rings"),
            "two rings have the same kind".into(),
            "use each of EigenKracht, Informeel, Gemeente and Rijk once",
        );
    }
    if s.roles.is_empty() {
        c.report(
            c.loc.section("roles"),
            "the scenario has no roles".into(),
            "players need roles to place support; add at least one",
        );
    }
    if s.persona.age > 120 {
        c.report(
            c.loc.after(c.loc.section("persona"), "age:"),
            format!("age {} is not a human age", s.persona.age),
            "give the persona's age in years",
        );
    }

    // Persona.
    let persona = c.loc.section("persona");
    if s.persona.name.trim().is_empty() {
        c.report(
            c.loc.after(persona, "name:"),
            "the persona has no name".into(),
            "give her or him a first name",
        );
    }
    if let Some(portrait) = &s.persona.portrait {
        check_path(&mut c, persona, portrait, dir);
    }
    for line in &s.persona.interview {
        let at = c.loc.after(persona, "interview:");
        c.text(at, "question", &line.question, "an interview question");
        c.text(at, "answer", &line.answer, "an interview answer");
    }
    for goal in &s.persona.goals {
        let at = c.loc.item("goals", &goal.id);
        c.reference(
            at,
            &domains,
            &goal.domain,
            "domain",
            &format!("goal \"{}\"", goal.id),
        );
        c.text(at, "text", &goal.text, &format!("goal \"{}\"", goal.id));
    }
    for sr in &s.persona.self_reliance {
        let at = c.loc.section("self_reliance");
        c.reference(at, &domains, &sr.domain, "domain", "self_reliance");
    }

    for d in &s.domains {
        let at = c.loc.item("domains", &d.id);
        c.text(at, "name", &d.name, &format!("domain \"{}\"", d.id));
    }
    for r in &s.rings {
        let at = c.loc.item("rings", &r.id);
        c.text(at, "name", &r.name, &format!("ring \"{}\"", r.id));
    }
    for role in &s.roles {
        let at = c.loc.item("roles", &role.id);
        let owner = format!("role \"{}\"", role.id);
        c.text(at, "name", &role.name, &owner);
        c.text(at, "assignment", &role.assignment, &owner);
        for ring in &role.rings {
            c.reference(at, &rings, ring, "ring", &owner);
        }
        for agenda in &role.agenda {
            c.reference(at, &domains, &agenda.domain, "domain", &owner);
            c.text(at, "why", &agenda.why, &owner);
        }
    }
    for need in &s.needs {
        check_need(&mut c, need, &domains);
    }

    // Board.
    for token in &s.board.tokens {
        check_token(&mut c, s, token, &domains, &rings, &roles, &need_set);
    }
    // Lines on the starting board join cards that are there at the start (or the persona);
    // a card that only an event adds cannot have a line yet.
    let mut starting_ends: BTreeSet<&str> = s.board.tokens.iter().map(|t| t.id.as_str()).collect();
    starting_ends.insert(PERSONA);
    for link in &s.board.links {
        let at = c.loc.section("links");
        check_link(
            &mut c,
            at,
            link,
            &starting_ends,
            "a link on the starting board",
        );
    }
    if let Some(regisseur) = &s.board.regisseur {
        let starting: BTreeSet<&str> = s.board.tokens.iter().map(|t| t.id.as_str()).collect();
        let at = c.loc.section("regisseur");
        c.reference(at, &starting, regisseur, "token", "the regisseur");
    }

    let refs = Refs {
        domains: &domains,
        rings: &rings,
        roles: &roles,
        tokens: &token_set,
        link_ends: &link_ends,
        needs: &need_set,
    };
    // Events and variants.
    for event in &s.events {
        let at = c.loc.item("events", &event.id);
        let owner = format!("event \"{}\"", event.id);
        c.text(at, "title", &event.title, &owner);
        c.text(at, "description", &event.description, &owner);
        for effect in &event.effects {
            check_effect(&mut c, s, at, effect, &owner, &refs);
        }
    }
    for variant in &s.variants {
        let at = c.loc.item("variants", &variant.id);
        let owner = format!("variant \"{}\"", variant.id);
        c.text(at, "name", &variant.name, &owner);
        c.text(at, "description", &variant.description, &owner);
        for effect in &variant.start {
            check_effect(&mut c, s, at, effect, &owner, &refs);
        }
        for patch in &variant.events {
            c.reference(at, &events, &patch.event, "event", &owner);
            for t in &patch.cancel_for {
                c.reference(at, &token_set, t, "token", &owner);
            }
            for n in &patch.cancel_needs {
                c.reference(at, &need_set, n, "need", &owner);
            }
            for effect in &patch.add {
                check_effect(&mut c, s, at, effect, &owner, &refs);
            }
        }
    }
    for poll in &s.polls {
        let at = c.loc.item("polls", &poll.id);
        c.text(
            at,
            "statement",
            &poll.statement,
            &format!("poll \"{}\"", poll.id),
        );
    }
    for round in &s.rounds {
        let at = c.loc.item("rounds", &round.id);
        let owner = format!("round \"{}\"", round.id);
        c.text(at, "title", &round.title, &owner);
        for q in &round.questions {
            c.text(at, "questions", q, &owner);
        }
    }
    c.problems
}

struct Refs<'a> {
    domains: &'a BTreeSet<&'a str>,
    rings: &'a BTreeSet<&'a str>,
    roles: &'a BTreeSet<&'a str>,
    tokens: &'a BTreeSet<&'a str>,
    link_ends: &'a BTreeSet<&'a str>,
    needs: &'a BTreeSet<&'a str>,
}

fn check_need(c: &mut Checker, need: &Need, domains: &BTreeSet<&str>) {
    let at = c.loc.item("needs", &need.id);
    let owner = format!("need \"{}\"", need.id);
    c.reference(at, domains, &need.domain, "domain", &owner);
    c.text(at, "text", &need.text, &owner);
}

fn check_token(
    c: &mut Checker,
    s: &Scenario,
    token: &Token,
    domains: &BTreeSet<&str>,
    rings: &BTreeSet<&str>,
    roles: &BTreeSet<&str>,
    needs: &BTreeSet<&str>,
) {
    let at = c.loc.item("tokens", &token.id);
    let owner = format!("token \"{}\"", token.id);
    c.reference(at, roles, &token.role, "role", &owner);
    c.reference(at, domains, &token.domain, "domain", &owner);
    c.reference(at, rings, &token.ring, "ring", &owner);
    if let Some(role) = s.role(&token.role)
        && !role.rings.is_empty()
        && !role.rings.contains(&token.ring)
    {
        c.report(
            c.loc.value_after(at, &token.ring),
            format!(
                "{owner}: role \"{}\" may not place support in ring \"{}\"",
                role.id, token.ring
            ),
            "put the token in one of the role's rings, or add the ring to the role's `rings`",
        );
    }
    c.text(at, "who", &token.who, &owner);
    c.text(at, "what", &token.what, &owner);
    if let Some(freq) = &token.frequency {
        c.text(at, "frequency", freq, &owner);
    }
    for need in &token.serves {
        c.reference(at, needs, need, "need or goal", &owner);
    }
}

fn check_link(c: &mut Checker, anchor: usize, link: &Link, ends: &BTreeSet<&str>, owner: &str) {
    let at = c.loc.value_after(anchor, &link.from);
    c.reference(at, ends, &link.from, "token", owner);
    c.reference(at, ends, &link.to, "token", owner);
    if link.from == link.to {
        c.report(
            at,
            format!("{owner} joins \"{}\" to itself", link.from),
            "a link joins two different tokens",
        );
    }
}

fn check_effect(c: &mut Checker, s: &Scenario, at: usize, effect: &Effect, owner: &str, r: &Refs) {
    match effect {
        Effect::EndToken { token, reason } => {
            c.reference(at, r.tokens, token, "token", owner);
            c.text(at, "reason", reason, owner);
        }
        Effect::ChangeToken {
            token,
            ring,
            role,
            what,
            ..
        } => {
            c.reference(at, r.tokens, token, "token", owner);
            if let Some(ring) = ring {
                c.reference(at, r.rings, ring, "ring", owner);
            }
            if let Some(role) = role {
                c.reference(at, r.roles, role, "role", owner);
            }
            if let Some(what) = what {
                c.text(at, "what", what, owner);
            }
        }
        Effect::AddToken(token) => {
            check_token(c, s, token, r.domains, r.rings, r.roles, r.needs);
        }
        Effect::AddNeed(need) => check_need(c, need, r.domains),
        Effect::RemoveNeed { need } => c.reference(at, r.needs, need, "need", owner),
        Effect::RoleLeaves { role, reason } => {
            c.reference(at, r.roles, role, "role", owner);
            c.text(at, "reason", reason, owner);
        }
        Effect::RoleJoins { role } => c.reference(at, r.roles, role, "role", owner),
        Effect::AddLink(link) => check_link(c, at, link, r.link_ends, owner),
        Effect::BreakLink { from, to } => {
            c.reference(at, r.link_ends, from, "token", owner);
            c.reference(at, r.link_ends, to, "token", owner);
        }
        Effect::SetRegisseur { token } => {
            if let Some(token) = token {
                c.reference(at, r.tokens, token, "token", owner);
            }
        }
        Effect::SetSelfReliance { domain, .. } => {
            c.reference(at, r.domains, domain, "domain", owner)
        }
        Effect::SetAge { age } => {
            if *age > 120 {
                c.report(
                    c.loc.after(at, "SetAge"),
                    format!("{owner}: age {age} is not a human age"),
                    "give an age in years",
                );
            }
        }
    }
}

/// A file reference must be a relative path that stays inside the scenario's folder.
fn check_path(c: &mut Checker, anchor: usize, path: &str, dir: Option<&Path>) {
    let at = c.loc.value_after(anchor, path);
    let p = Path::new(path);
    let mut depth: i32 = 0;
    let mut leaves =
        p.is_absolute() || path.starts_with('/') || path.starts_with('\\') || path.contains(':');
    for part in p.components() {
        match part {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            Component::RootDir | Component::Prefix(_) => leaves = true,
            Component::CurDir => {}
        }
        if depth < 0 {
            leaves = true;
        }
    }
    if leaves {
        c.report(
            at,
            format!("the file \"{path}\" is outside the scenario's folder"),
            "refer to files next to the scenario or in a folder below it, like \"img/tess.png\"",
        );
    } else if let Some(dir) = dir
        && !dir.join(p).is_file()
    {
        c.report(
            at,
            format!("the file \"{path}\" does not exist next to the scenario"),
            "check the name, or remove the reference",
        );
    }
}
