//! The board: the support on the wheel at one moment, and how an event's effects change it.

use serde::{Deserialize, Serialize};

use crate::scenario::*;
use crate::text::Text;

/// Support that stopped through an event, kept so the wheel can show a marked hole and the
/// analysis can ask whether anything took its place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ended {
    pub token: Token,
    pub event: EventId,
    pub reason: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub age: u8,
    pub tokens: Vec<Token>,
    pub links: Vec<Link>,
    #[serde(default)]
    pub regisseur: Option<TokenId>,
    /// Needs of the persona now (her goals are in the scenario's persona).
    pub needs: Vec<Need>,
    #[serde(default)]
    pub ended: Vec<Ended>,
    /// Roles taking part now.
    pub roles: Vec<RoleId>,
    #[serde(default)]
    pub self_reliance: Vec<SelfReliance>,
}

impl Board {
    /// The starting board of a scenario.
    pub fn start(s: &Scenario) -> Board {
        Board {
            age: s.persona.age,
            tokens: s.board.tokens.clone(),
            links: s.board.links.clone(),
            regisseur: s.board.regisseur.clone(),
            needs: s.needs.clone(),
            ended: Vec::new(),
            roles: s
                .roles
                .iter()
                .filter(|r| r.present_at_start)
                .map(|r| r.id.clone())
                .collect(),
            self_reliance: s.persona.self_reliance.clone(),
        }
    }

    pub fn token(&self, id: &str) -> Option<&Token> {
        self.tokens.iter().find(|t| t.id == id)
    }

    pub fn token_mut(&mut self, id: &str) -> Option<&mut Token> {
        self.tokens.iter_mut().find(|t| t.id == id)
    }

    pub fn has_link(&self, a: &str, b: &str) -> bool {
        self.links.iter().any(|l| l.joins(a, b))
    }

    pub fn self_reliance(&self, domain: &str) -> Option<Level> {
        self.self_reliance
            .iter()
            .find(|s| s.domain == domain)
            .map(|s| s.level)
    }

    /// Take a token off the board with its links; clears the regisseur if it was this one.
    pub fn take_token(&mut self, id: &str) -> Option<Token> {
        let index = self.tokens.iter().position(|t| t.id == id)?;
        let token = self.tokens.remove(index);
        self.links.retain(|l| !l.touches(id));
        if self.regisseur.as_deref() == Some(id) {
            self.regisseur = None;
        }
        Some(token)
    }

    /// Apply one effect of event `event`. Effects on things that are no longer on the board
    /// (a player removed the token already) change nothing: the event still happens.
    pub fn apply_effect(&mut self, s: &Scenario, event: &str, effect: &Effect) {
        match effect {
            Effect::EndToken { token, reason } => self.end_token(token, event, reason),
            Effect::ChangeToken {
                token,
                ring,
                law,
                role,
                what,
                serves,
            } => {
                if let Some(t) = self.token_mut(token) {
                    if let Some(serves) = serves {
                        t.serves = serves.clone();
                    }
                    if let Some(ring) = ring {
                        t.ring = ring.clone();
                    }
                    if let Some(law) = law {
                        t.law = Some(law.clone());
                    }
                    if let Some(role) = role {
                        t.role = role.clone();
                    }
                    if let Some(what) = what {
                        t.what = what.clone();
                    }
                }
            }
            Effect::AddToken(token) => {
                if self.token(&token.id).is_none() {
                    self.tokens.push(token.clone());
                    if !self.roles.contains(&token.role) {
                        self.roles.push(token.role.clone());
                    }
                }
            }
            Effect::AddNeed(need) => {
                if !self.needs.iter().any(|n| n.id == need.id) {
                    self.needs.push(need.clone());
                }
            }
            Effect::RemoveNeed { need } => self.needs.retain(|n| &n.id != need),
            Effect::RoleLeaves { role, reason } => {
                let theirs: Vec<TokenId> = self
                    .tokens
                    .iter()
                    .filter(|t| &t.role == role)
                    .map(|t| t.id.clone())
                    .collect();
                for id in theirs {
                    self.end_token(&id, event, reason);
                }
                self.roles.retain(|r| r != role);
            }
            Effect::RoleJoins { role } => {
                if s.role(role).is_some() && !self.roles.contains(role) {
                    self.roles.push(role.clone());
                }
            }
            Effect::AddLink(link) => {
                let ends_present = [&link.from, &link.to]
                    .iter()
                    .all(|e| e.as_str() == PERSONA || self.token(e).is_some());
                if ends_present && !self.has_link(&link.from, &link.to) {
                    self.links.push(link.clone());
                }
            }
            Effect::BreakLink { from, to } => self.links.retain(|l| !l.joins(from, to)),
            Effect::SetRegisseur { token } => {
                if token
                    .as_ref()
                    .is_none_or(|t| t == PERSONA || self.token(t).is_some())
                {
                    self.regisseur = token.clone();
                }
            }
            Effect::SetSelfReliance { domain, level } => {
                match self.self_reliance.iter_mut().find(|s| &s.domain == domain) {
                    Some(entry) => entry.level = *level,
                    None => self.self_reliance.push(SelfReliance {
                        domain: domain.clone(),
                        level: *level,
                    }),
                }
            }
            Effect::SetAge { age } => self.age = *age,
        }
    }

    fn end_token(&mut self, id: &str, event: &str, reason: &Text) {
        if let Some(token) = self.take_token(id) {
            self.ended.push(Ended {
                token,
                event: event.to_string(),
                reason: reason.clone(),
            });
        }
    }
}
