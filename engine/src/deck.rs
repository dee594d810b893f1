//! Event cards shared by all scenarios (`scenarios/shared/deck.ron`): life events such as
//! a letter from the tax office or a new friend, added to a scenario's own deck wherever
//! one of the card's life domains exists.

use serde::{Deserialize, Serialize};

use crate::load::parse_ron;
use crate::problem::Problems;
use crate::scenario::*;
use crate::text::Text;

pub const SHARED_DECK_FILE: &str = "scenarios/shared/deck.ron";
const SHARED_DECK: &str = include_str!("../../scenarios/shared/deck.ron");

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedCard {
    pub id: EventId,
    pub title: Text,
    pub description: Text,
    /// Life domains in order of preference; the first the scenario has is used.
    pub domains: Vec<DomainId>,
    /// A need that appears in that domain.
    #[serde(default)]
    pub need: Option<Text>,
    /// Self-reliance in that domain becomes this level.
    #[serde(default)]
    pub level: Option<Level>,
    /// Informal support that appears in that domain.
    #[serde(default)]
    pub support: Option<SharedSupport>,
    /// Only for an adult (a premium or eigen-risico bill): for a persona under 18 the card
    /// waits for the first timeline event that makes her 18, and without one it does not
    /// fit.
    #[serde(default)]
    pub adult: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedSupport {
    pub who: Text,
    pub what: Text,
}

/// The shared cards as written.
pub fn shared_cards() -> Result<Vec<SharedCard>, Problems> {
    parse_ron(SHARED_DECK_FILE, SHARED_DECK)
}

impl SharedCard {
    /// This card as an event of `s`, or None when it does not fit the scenario.
    pub fn for_scenario(&self, s: &Scenario) -> Option<Event> {
        if s.event(&self.id).is_some() {
            return None;
        }
        let domain = self.domains.iter().find(|d| s.domain(d).is_some())?.clone();
        let after = match self.adult && s.persona.age < 18 {
            true => Some(comes_of_age(s)?),
            false => None,
        };
        let mut effects = Vec::new();
        if let Some(text) = &self.need {
            effects.push(Effect::AddNeed(Need {
                id: format!("{}_{domain}", self.id),
                domain: domain.clone(),
                text: text.clone(),
            }));
        }
        if let Some(level) = self.level {
            effects.push(Effect::SetSelfReliance {
                domain: domain.clone(),
                level,
            });
        }
        if let Some(support) = &self.support {
            // Informal support belongs to a role that may place it in the informal ring.
            let ring = s.rings.iter().find(|r| r.kind == RingKind::Informeel)?;
            let fits = |r: &&Role| {
                r.present_at_start && (r.rings.is_empty() || r.rings.contains(&ring.id))
            };
            // A friend is best played by the friends' role, if the scenario has one.
            let role = s
                .roles
                .iter()
                .filter(fits)
                .find(|r| r.id.contains("vriend"))
                .or_else(|| s.roles.iter().find(fits))?;
            effects.push(Effect::AddToken(Token {
                id: format!("{}_{domain}", self.id),
                role: role.id.clone(),
                domain: domain.clone(),
                ring: ring.id.clone(),
                who: support.who.clone(),
                what: support.what.clone(),
                law: None,
                frequency: None,
                financial: false,
                serves: Vec::new(),
            }));
        }
        if effects.is_empty() {
            return None;
        }
        Some(Event {
            id: self.id.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            when: When::Deck,
            after,
            effects,
        })
    }
}

/// The first timeline event that sets the persona's age to 18 or more.
fn comes_of_age(s: &Scenario) -> Option<EventId> {
    s.events
        .iter()
        .filter(|e| e.when == When::Scheduled)
        .find(|e| {
            e.effects
                .iter()
                .any(|f| matches!(f, Effect::SetAge { age } if *age >= 18))
        })
        .map(|e| e.id.clone())
}

impl Scenario {
    /// This scenario with the shared cards that fit it added to its deck (unless it opts
    /// out with `shared_deck: false`).
    pub fn with_shared_deck(&self) -> Scenario {
        let mut out = self.clone();
        if !self.shared_deck {
            return out;
        }
        let cards = shared_cards().unwrap_or_default();
        out.events
            .extend(cards.iter().filter_map(|c| c.for_scenario(self)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_deck_parses_and_has_dutch_texts() {
        let cards = shared_cards().unwrap();
        assert!(cards.len() >= 5);
        for c in &cards {
            assert!(c.title.has_dutch() && c.description.has_dutch(), "{}", c.id);
            assert!(
                c.need.is_some() || c.level.is_some() || c.support.is_some(),
                "{} does nothing",
                c.id
            );
        }
    }

    /// Authors name their domains after the ids the shared cards look for: the format
    /// guide lists them, and must list every one.
    #[test]
    fn the_format_guide_lists_every_domain_id_of_the_shared_deck() {
        let guide = include_str!("../../docs/scenario-format.md");
        for card in shared_cards().unwrap() {
            for domain in &card.domains {
                assert!(
                    guide.contains(&format!("| `{domain}` |")),
                    "docs/scenario-format.md does not list domain id {domain} of {}",
                    card.id
                );
            }
        }
    }

    #[test]
    fn shared_cards_join_every_builtin_scenario_and_still_validate() {
        for s in crate::builtin::builtin_all() {
            let with = s.with_shared_deck();
            assert!(
                with.deck().count() > s.deck().count(),
                "{}: no shared card fits",
                s.id
            );
            let problems = crate::validate::validate(&with, "merged", "", None);
            assert!(problems.is_empty(), "{}: {:?}", s.id, problems);
        }
    }

    #[test]
    fn a_card_without_any_of_its_domains_does_not_fit() {
        let s =
            crate::load::scenario_from_str("x.ron", &crate::starter::starter_scenario("Sam"), None)
                .unwrap();
        let card = SharedCard {
            id: "c".into(),
            title: Text::nl("t"),
            description: Text::nl("d"),
            domains: vec!["maan".into()],
            need: Some(Text::nl("n")),
            level: None,
            support: None,
            adult: false,
        };
        assert!(card.for_scenario(&s).is_none());
    }

    #[test]
    fn an_adult_card_waits_until_she_comes_of_age() {
        let tess = crate::builtin::builtin("tess").unwrap().unwrap();
        let card = SharedCard {
            id: "rekening".into(),
            title: Text::nl("t"),
            description: Text::nl("d"),
            domains: vec!["gezondheid".into()],
            need: Some(Text::nl("n")),
            level: None,
            support: None,
            adult: true,
        };
        let event = card.for_scenario(&tess).unwrap();
        assert_eq!(event.after.as_deref(), Some("tess_wordt_18"));
        // Under 18 and never 18 in the timeline: the card does not fit.
        let mut young = tess.clone();
        young.events.retain(|e| e.id != "tess_wordt_18");
        assert!(card.for_scenario(&young).is_none());
        // An adult persona draws it at any time.
        let mut adult = tess.clone();
        adult.persona.age = 30;
        assert_eq!(card.for_scenario(&adult).unwrap().after, None);
    }
}
