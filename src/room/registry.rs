//! Who is in the room: the phones, their secret tokens, roles, votes, the answers to
//! messages already carried out (so a retry is answered, not done twice) and each phone's
//! message budget. Shared between the server thread and the game behind one mutex.

use std::collections::VecDeque;
use std::time::Instant;

use samenspel_engine::session::Seat;
use tokio::sync::mpsc::UnboundedSender;

use super::protocol::{ErrorCode, MAX_PHONES, OBSERVER, RATE_PER_SECOND, ServerMsg};

/// How many answered message keys each phone remembers.
const REMEMBERED: usize = 256;

/// A token bucket: `RATE_PER_SECOND` messages a second, with a burst of as many.
#[derive(Debug, Clone)]
pub struct Budget {
    tokens: f64,
    at: Instant,
}

impl Budget {
    pub fn new() -> Budget {
        Budget {
            tokens: RATE_PER_SECOND,
            at: Instant::now(),
        }
    }

    /// Spend one message; false when the phone is sending too fast.
    pub fn spend(&mut self) -> bool {
        let now = Instant::now();
        let gained = now.duration_since(self.at).as_secs_f64() * RATE_PER_SECOND;
        self.tokens = (self.tokens + gained).min(RATE_PER_SECOND);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// One phone in the room.
#[derive(Debug)]
pub struct Phone {
    pub id: u32,
    pub token: String,
    pub name: String,
    pub role: Option<String>,
    pub lang: String,
    /// The open connection's outbox and its number; None while the phone is away.
    pub link: Option<(u64, UnboundedSender<ServerMsg>)>,
    /// This phone's vote per statement: a copy of the session's ballots, refreshed by
    /// `apply::publish` after every change (the session is the one record).
    pub votes: Vec<(String, bool)>,
    /// This phone's answer per question with answers, kept like `votes`.
    pub choices: Vec<(String, String)>,
    /// Message keys seen, with their answer once there is one.
    pub answered: VecDeque<(String, Option<ServerMsg>)>,
    pub budget: Budget,
}

impl Phone {
    pub fn connected(&self) -> bool {
        self.link.is_some()
    }

    pub fn send(&self, msg: ServerMsg) {
        if let Some((_, tx)) = &self.link {
            let _ = tx.send(msg);
        }
    }
}

/// What to do with an `Act` message, by its key.
#[derive(Debug, PartialEq)]
pub enum Seen {
    New,
    /// Still being carried out: its answer will come.
    Pending,
    Answered(ServerMsg),
}

/// The room's people. Roles offered are the scenario's roles on the board plus the observer.
#[derive(Debug, Default)]
pub struct Registry {
    pub phones: Vec<Phone>,
    pub open: bool,
    pub roles: Vec<String>,
    /// Whether phones may take a role another phone has (a room with more people than
    /// roles plays in pairs). The facilitator may always give a role to more phones.
    pub share_roles: bool,
    next_id: u32,
    next_link: u64,
    /// Bumped on every change the phones or the panel should see.
    pub version: u64,
}

impl Registry {
    pub fn new() -> Registry {
        Registry {
            open: true,
            next_id: 1,
            ..Registry::default()
        }
    }

    pub fn phone(&self, id: u32) -> Option<&Phone> {
        self.phones.iter().find(|p| p.id == id)
    }

    pub fn phone_mut(&mut self, id: u32) -> Option<&mut Phone> {
        self.phones.iter_mut().find(|p| p.id == id)
    }

    /// A new phone, or the phone that holds `token`. Returns its id.
    pub fn join(
        &mut self,
        token: Option<&str>,
        name: &str,
        new_token: impl FnOnce() -> String,
    ) -> Result<u32, ServerMsg> {
        if let Some(t) = token
            && let Some(p) = self.phones.iter_mut().find(|p| p.token == t)
        {
            if !name.is_empty() {
                p.name = name.to_string();
            }
            let id = p.id;
            self.version += 1;
            return Ok(id);
        }
        if !self.open {
            return Err(ServerMsg::error(
                ErrorCode::JoiningClosed,
                "the facilitator closed joining",
            ));
        }
        if self.phones.len() >= MAX_PHONES {
            return Err(ServerMsg::error(
                ErrorCode::RoomFull,
                format!("the room holds at most {MAX_PHONES} phones"),
            ));
        }
        let id = self.next_id;
        self.next_id += 1;
        self.phones.push(Phone {
            id,
            token: new_token(),
            name: name.to_string(),
            role: None,
            lang: "nl".into(),
            link: None,
            votes: Vec::new(),
            choices: Vec::new(),
            answered: VecDeque::new(),
            budget: Budget::new(),
        });
        self.version += 1;
        Ok(id)
    }

    /// Attach a connection to a phone; an older connection of the same phone is told to go.
    pub fn attach(&mut self, id: u32, tx: UnboundedSender<ServerMsg>) -> u64 {
        self.next_link += 1;
        let link = self.next_link;
        if let Some(p) = self.phone_mut(id)
            && let Some((_, old)) = p.link.replace((link, tx))
        {
            let _ = old.send(ServerMsg::Bye {
                reason: "replaced".into(),
            });
        }
        self.version += 1;
        link
    }

    /// The connection `link` of phone `id` ended (unless a newer one took its place).
    pub fn detach(&mut self, id: u32, link: u64) {
        if let Some(p) = self.phone_mut(id)
            && p.link.as_ref().is_some_and(|(l, _)| *l == link)
        {
            p.link = None;
            self.version += 1;
        }
    }

    /// Give `role` to phone `id` (None takes it back). The role must be offered, and free
    /// unless roles are shared or the facilitator gives it.
    pub fn give(
        &mut self,
        id: u32,
        role: Option<&str>,
        facilitator: bool,
    ) -> Result<(), ServerMsg> {
        if let Some(r) = role {
            if r != OBSERVER && !self.roles.iter().any(|x| x == r) {
                return Err(ServerMsg::error(
                    ErrorCode::UnknownRole,
                    format!("no role \"{r}\" in this session"),
                ));
            }
            if !facilitator
                && !self.share_roles
                && self
                    .phones
                    .iter()
                    .any(|p| p.id != id && p.role.as_deref() == Some(r))
            {
                return Err(ServerMsg::error(
                    ErrorCode::RoleTaken,
                    format!("role \"{r}\" is taken"),
                ));
            }
        }
        let Some(p) = self.phone_mut(id) else {
            return Err(ServerMsg::error(ErrorCode::NotJoined, "no such phone"));
        };
        p.role = role.map(str::to_string);
        self.version += 1;
        Ok(())
    }

    pub fn remove(&mut self, id: u32) {
        if let Some(i) = self.phones.iter().position(|p| p.id == id) {
            let p = self.phones.remove(i);
            p.send(ServerMsg::Bye {
                reason: "removed".into(),
            });
            self.version += 1;
        }
    }

    pub fn taken(&self) -> Vec<String> {
        self.phones.iter().filter_map(|p| p.role.clone()).collect()
    }

    /// Look up an `Act` key of phone `id`, remembering it as pending when new.
    pub fn seen(&mut self, id: u32, key: &str) -> Seen {
        let Some(p) = self.phone_mut(id) else {
            return Seen::Pending;
        };
        if let Some((_, answer)) = p.answered.iter().find(|(k, _)| k == key) {
            return match answer {
                Some(msg) => Seen::Answered(msg.clone()),
                None => Seen::Pending,
            };
        }
        if p.answered.len() >= REMEMBERED {
            p.answered.pop_front();
        }
        p.answered.push_back((key.to_string(), None));
        Seen::New
    }

    /// Store the answer to a key and send it to the phone.
    pub fn answer(&mut self, id: u32, key: &str, msg: ServerMsg) {
        if let Some(p) = self.phone_mut(id) {
            if let Some(slot) = p.answered.iter_mut().find(|(k, _)| k == key) {
                slot.1 = Some(msg.clone());
            }
            p.send(msg);
        }
    }

    /// Phones of an earlier run of this room (after a crash), away until they come back
    /// with their token. A seat without a token could be taken by anyone: it is skipped.
    pub fn restore(&mut self, seats: &[Seat]) {
        for seat in seats.iter().filter(|s| s.token.len() >= 16) {
            if self.phone(seat.phone).is_some() || self.phones.iter().any(|p| p.token == seat.token)
            {
                continue;
            }
            self.phones.push(Phone {
                id: seat.phone,
                token: seat.token.clone(),
                name: String::new(),
                role: seat.role.clone(),
                lang: "nl".into(),
                link: None,
                votes: Vec::new(),
                choices: Vec::new(),
                answered: VecDeque::new(),
                budget: Budget::new(),
            });
            self.next_id = self.next_id.max(seat.phone.saturating_add(1));
        }
        self.version += 1;
    }

    /// Who holds which token and role, for the session file.
    pub fn seats(&self) -> Vec<Seat> {
        self.phones
            .iter()
            .map(|p| Seat {
                phone: p.id,
                token: p.token.clone(),
                role: p.role.clone(),
            })
            .collect()
    }

    /// The message telling phone `id` who it is in the room.
    pub fn room_msg(&self, id: u32) -> Option<ServerMsg> {
        let p = self.phone(id)?;
        Some(ServerMsg::Room {
            phone: p.id,
            name: p.name.clone(),
            role: p.role.clone(),
            taken: self.taken(),
            open: self.open,
            votes: p.votes.clone(),
            choices: p.choices.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_is_cut_to_the_budget() {
        let mut b = Budget::new();
        let sent = (0..100).filter(|_| b.spend()).count();
        assert!((20..=21).contains(&sent), "{sent}");
    }

    #[test]
    fn a_role_has_one_phone_and_a_token_finds_its_phone() {
        let mut r = Registry::new();
        r.roles = vec!["moeder".into()];
        let a = r.join(None, "Anna", || "ta".into()).unwrap();
        let b = r.join(None, "Bram", || "tb".into()).unwrap();
        r.give(a, Some("moeder"), false).unwrap();
        assert!(r.give(b, Some("moeder"), false).is_err());
        assert!(r.give(b, Some("nobody"), true).is_err());
        r.give(b, Some("moeder"), true).unwrap();
        assert_eq!(r.join(Some("ta"), "", || "x".into()).unwrap(), a);
        assert_eq!(r.seen(a, "k"), Seen::New);
        assert_eq!(r.seen(a, "k"), Seen::Pending);
    }

    #[test]
    fn restored_seats_keep_number_token_and_role_and_skip_empty_tokens() {
        let mut r = Registry::new();
        r.roles = vec!["moeder".into()];
        let seat = |phone, token: &str| Seat {
            phone,
            token: token.into(),
            role: Some("moeder".into()),
        };
        r.restore(&[seat(4, "0123456789abcdef0123456789abcdef"), seat(5, "")]);
        assert_eq!(r.phones.len(), 1, "a seat without a token is not restored");
        let back = r.join(Some("0123456789abcdef0123456789abcdef"), "Anna", || {
            "x".into()
        });
        assert_eq!(back.unwrap(), 4);
        assert_eq!(r.phone(4).unwrap().role.as_deref(), Some("moeder"));
        assert!(
            r.join(Some(""), "", || "t".repeat(32)).unwrap() > 4,
            "a new number"
        );
        assert_eq!(r.seats()[0], seat(4, "0123456789abcdef0123456789abcdef"));
    }
}
