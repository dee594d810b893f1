//! Checks on items that appear in more than one part of a scenario: a token or a need on
//! the board or added by an effect, a link, an effect, a file reference.

use std::collections::BTreeSet;
use std::path::{Component, Path};

use super::parts::MAX_AGE;
use super::{Checker, Known};
use crate::problem::{Item, Owner, ProblemKind};
use crate::scenario::*;

pub(super) fn check_need(c: &mut Checker, need: &Need, domains: &BTreeSet<&str>) {
    let at = c.loc.item("needs", &need.id);
    let owner = Owner::Need(need.id.clone());
    c.reference(at, domains, &need.domain, Item::Domain, &owner);
    c.text(at, "text", &need.text, &owner);
}

pub(super) fn check_token(c: &mut Checker, s: &Scenario, token: &Token, known: &Known) {
    let at = c.loc.item("tokens", &token.id);
    let owner = Owner::Token(token.id.clone());
    c.reference(at, &known.roles, &token.role, Item::Role, &owner);
    c.reference(at, &known.domains, &token.domain, Item::Domain, &owner);
    c.reference(at, &known.rings, &token.ring, Item::Ring, &owner);
    if let Some(role) = s.role(&token.role)
        && !role.rings.is_empty()
        && !role.rings.contains(&token.ring)
    {
        c.report(
            c.loc.value_after(at, &token.ring),
            ProblemKind::RingNotAllowed {
                token: token.id.clone(),
                role: role.id.clone(),
                ring: token.ring.clone(),
            },
        );
    }
    c.text(at, "who", &token.who, &owner);
    c.text(at, "what", &token.what, &owner);
    if let Some(freq) = &token.frequency {
        c.text(at, "frequency", freq, &owner);
    }
    for need in &token.serves {
        c.reference(at, &known.needs, need, Item::NeedOrGoal, &owner);
    }
}

pub(super) fn check_link(
    c: &mut Checker,
    anchor: usize,
    link: &Link,
    ends: &BTreeSet<&str>,
    owner: &Owner,
) {
    let at = c.loc.value_after(anchor, &link.from);
    c.reference(at, ends, &link.from, Item::Token, owner);
    c.reference(at, ends, &link.to, Item::Token, owner);
    if link.from == link.to {
        c.report(
            at,
            ProblemKind::SelfLink {
                owner: owner.clone(),
                token: link.from.clone(),
            },
        );
    }
}

pub(super) fn check_effect(
    c: &mut Checker,
    s: &Scenario,
    at: usize,
    effect: &Effect,
    owner: &Owner,
    k: &Known,
) {
    match effect {
        Effect::EndToken { token, reason } => {
            c.reference(at, &k.tokens, token, Item::Token, owner);
            c.text(at, "reason", reason, owner);
        }
        Effect::ChangeToken {
            token,
            ring,
            role,
            what,
            serves,
            ..
        } => {
            c.reference(at, &k.tokens, token, Item::Token, owner);
            for need in serves.iter().flatten() {
                c.reference(at, &k.needs, need, Item::NeedOrGoal, owner);
            }
            if let Some(ring) = ring {
                c.reference(at, &k.rings, ring, Item::Ring, owner);
            }
            if let Some(role) = role {
                c.reference(at, &k.roles, role, Item::Role, owner);
            }
            if let Some(what) = what {
                c.text(at, "what", what, owner);
            }
        }
        Effect::AddToken(token) => check_token(c, s, token, k),
        Effect::AddNeed(need) => check_need(c, need, &k.domains),
        Effect::RemoveNeed { need } => c.reference(at, &k.needs, need, Item::Need, owner),
        Effect::RoleLeaves { role, reason } => {
            c.reference(at, &k.roles, role, Item::Role, owner);
            c.text(at, "reason", reason, owner);
        }
        Effect::RoleJoins { role } => c.reference(at, &k.roles, role, Item::Role, owner),
        Effect::AddLink(link) => check_link(c, at, link, &k.link_ends, owner),
        Effect::BreakLink { from, to } => {
            c.reference(at, &k.link_ends, from, Item::Token, owner);
            c.reference(at, &k.link_ends, to, Item::Token, owner);
        }
        Effect::SetRegisseur { token } => {
            // The persona may be her own regisseur.
            if let Some(token) = token {
                c.reference(at, &k.link_ends, token, Item::Token, owner);
            }
        }
        Effect::SetSelfReliance { domain, .. } => {
            c.reference(at, &k.domains, domain, Item::Domain, owner)
        }
        Effect::SetAge { age } => {
            if *age > MAX_AGE {
                c.report(
                    c.loc.after(at, "SetAge"),
                    ProblemKind::EffectAge {
                        owner: owner.clone(),
                        age: (*age).into(),
                    },
                );
            }
        }
    }
}

/// A file reference must be a relative path that stays inside the scenario's folder.
pub(super) fn check_path(c: &mut Checker, anchor: usize, path: &str, dir: Option<&Path>) {
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
    let path = path.to_string();
    if leaves {
        c.report(at, ProblemKind::FileOutside { path });
    } else if let Some(dir) = dir
        && !dir.join(p).is_file()
    {
        c.report(at, ProblemKind::FileMissing { path });
    }
}
