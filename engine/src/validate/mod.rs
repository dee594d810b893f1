//! Checks on a parsed scenario: ids, references, texts and file paths. Every problem gets
//! a place in the source (see `locate`) and a hint.
//!
//! `validate` runs one checker per part of the scenario, in the order the parts are
//! written, so problems come out in reading order: `parts` holds the checkers, `items`
//! the checks shared by items that appear in several parts (tokens, needs, links and
//! effects), `suggest` the "did you mean" for an unknown id, `noops` the warnings about
//! effects that do nothing.

mod items;
pub mod limits;
mod noops;
mod parts;
mod suggest;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::locate::Locator;
use crate::problem::{Item, Owner, Problem, ProblemKind};
use crate::scenario::*;
use crate::text::Text;

/// All problems in a scenario; empty when it is sound.
pub fn validate(s: &Scenario, file: &str, source: &str, dir: Option<&Path>) -> Vec<Problem> {
    let mut c = Checker {
        file,
        loc: Locator::new(source),
        problems: Vec::new(),
        duplicated: BTreeSet::new(),
        undefined: BTreeMap::new(),
    };
    limits::check(&mut c, s, source);
    if !c.problems.is_empty() {
        // Over a limit, the other checks could take long and say little more.
        return c.problems;
    }
    let ids = Ids::of(s);
    let known = Known::from(&ids);
    parts::scenario_id(&mut c, s);
    parts::unique_ids(&mut c, s, &ids);
    parts::structure(&mut c, s);
    parts::persona(&mut c, s, &known, dir);
    parts::wheel(&mut c, s, &known);
    parts::board(&mut c, s, &known);
    parts::events(&mut c, s, &known);
    parts::variants(&mut c, s, &known);
    parts::polls_and_rounds(&mut c, s);
    // Warnings after the errors: the errors are what must be fixed first.
    noops::warnings(&mut c, s, &known);
    c.name_the_undefined();
    c.problems
}

struct Checker<'a> {
    file: &'a str,
    loc: Locator<'a>,
    problems: Vec<Problem>,
    /// Kinds of item with a duplicate id. An unknown reference of such a kind is most
    /// likely the id one of the two was meant to have: it is named in the duplicate's hint
    /// rather than reported apart with a "did you mean" that guesses wrong.
    duplicated: BTreeSet<Item>,
    undefined: BTreeMap<Item, BTreeSet<String>>,
}

/// Needs and goals are one namespace, whichever noun a reference uses.
fn namespace(item: Item) -> Item {
    match item {
        Item::Need => Item::NeedOrGoal,
        other => other,
    }
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, kind: ProblemKind) {
        let (line, column) = self.loc.line_col(offset);
        self.problems
            .push(Problem::new(self.file, line, column, kind));
    }

    /// Report every id in `ids` that appears more than once, at its second place.
    fn unique(&mut self, section: &str, item: Item, ids: &[&str]) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let start = self.loc.section(section);
        for id in ids {
            if id.trim().is_empty() {
                self.report(start, ProblemKind::EmptyId { item });
                continue;
            }
            let count = seen.entry(id).or_insert(0);
            *count += 1;
            if *count == 2 {
                // The second place in its section; goals and needs share ids but not a
                // section, so else the second place in the file.
                let at = (self.loc.item_from(start, id, 1))
                    .or_else(|| self.loc.item_from(0, id, 1))
                    .unwrap_or(start);
                self.duplicated.insert(item);
                self.report(
                    at,
                    ProblemKind::DuplicateId {
                        item,
                        id: id.to_string(),
                        undefined: Vec::new(),
                    },
                );
            }
        }
    }

    fn text(&mut self, anchor: usize, field: &str, text: &Text, owner: &Owner) {
        if !text.has_dutch() {
            let at = self.loc.after(anchor, &format!("{field}:"));
            self.report(
                at,
                ProblemKind::NoDutch {
                    owner: owner.clone(),
                    field: field.to_string(),
                },
            );
        }
    }

    fn reference(
        &mut self,
        anchor: usize,
        known: &BTreeSet<&str>,
        value: &str,
        item: Item,
        owner: &Owner,
    ) {
        if !known.contains(value) && self.duplicated.contains(&namespace(item)) {
            let undefined = self.undefined.entry(namespace(item)).or_default();
            undefined.insert(value.to_string());
        } else if !known.contains(value) {
            let at = self.loc.value_after(anchor, value);
            self.report(
                at,
                ProblemKind::UnknownReference {
                    owner: owner.clone(),
                    item,
                    value: value.to_string(),
                    suggestion: suggest::suggestion(known, value),
                },
            );
        }
    }
}

impl Checker<'_> {
    /// Give each duplicate the ids of its kind that are referred to but defined nowhere.
    fn name_the_undefined(&mut self) {
        for p in &mut self.problems {
            if let ProblemKind::DuplicateId {
                item,
                id,
                undefined,
            } = &p.kind
                && let Some(missing) = self.undefined.get(item)
                && undefined.is_empty()
            {
                let kind = ProblemKind::DuplicateId {
                    item: *item,
                    id: id.clone(),
                    undefined: missing.iter().cloned().collect(),
                };
                *p = Problem::new(&p.file, p.line, p.column, kind);
            }
        }
    }
}

/// The ids of each kind, in the order written, duplicates kept (to find them).
struct Ids<'a> {
    domains: Vec<&'a str>,
    rings: Vec<&'a str>,
    roles: Vec<&'a str>,
    tokens: Vec<&'a str>,
    /// Needs and goals share one namespace, as tokens serve both.
    needs: Vec<&'a str>,
    events: Vec<&'a str>,
}

impl<'a> Ids<'a> {
    fn of(s: &'a Scenario) -> Ids<'a> {
        Ids {
            domains: s.domains.iter().map(|d| d.id.as_str()).collect(),
            rings: s.rings.iter().map(|r| r.id.as_str()).collect(),
            roles: s.roles.iter().map(|r| r.id.as_str()).collect(),
            tokens: all_tokens(s).iter().map(|t| t.id.as_str()).collect(),
            needs: all_needs(s)
                .iter()
                .map(|n| n.id.as_str())
                .chain(s.persona.goals.iter().map(|g| g.id.as_str()))
                .collect(),
            events: s.events.iter().map(|e| e.id.as_str()).collect(),
        }
    }
}

/// The ids a reference may name, per kind.
struct Known<'a> {
    domains: BTreeSet<&'a str>,
    rings: BTreeSet<&'a str>,
    roles: BTreeSet<&'a str>,
    tokens: BTreeSet<&'a str>,
    /// A link may also end at the persona.
    link_ends: BTreeSet<&'a str>,
    needs: BTreeSet<&'a str>,
    events: BTreeSet<&'a str>,
}

impl<'a> Known<'a> {
    fn from(ids: &Ids<'a>) -> Known<'a> {
        let set = |v: &[&'a str]| v.iter().copied().collect::<BTreeSet<&'a str>>();
        let mut link_ends = set(&ids.tokens);
        link_ends.insert(PERSONA);
        Known {
            domains: set(&ids.domains),
            rings: set(&ids.rings),
            roles: set(&ids.roles),
            tokens: set(&ids.tokens),
            link_ends,
            needs: set(&ids.needs),
            events: set(&ids.events),
        }
    }
}

/// The effects of events and variants: where tokens and needs can be added.
fn all_effects(s: &Scenario) -> impl Iterator<Item = &Effect> {
    s.events
        .iter()
        .flat_map(|e| e.effects.iter())
        .chain(s.variants.iter().flat_map(|v| {
            v.start
                .iter()
                .chain(v.events.iter().flat_map(|p| p.add.iter()))
        }))
}

/// Every token the scenario can ever put on the board: the starting board, tokens added
/// by events, and tokens added by variants.
fn all_tokens(s: &Scenario) -> Vec<&Token> {
    let added = all_effects(s).filter_map(|effect| match effect {
        Effect::AddToken(t) => Some(t),
        _ => None,
    });
    s.board.tokens.iter().chain(added).collect()
}

fn all_needs(s: &Scenario) -> Vec<&Need> {
    let added = all_effects(s).filter_map(|effect| match effect {
        Effect::AddNeed(n) => Some(n),
        _ => None,
    });
    s.needs.iter().chain(added).collect()
}
