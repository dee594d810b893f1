//! The messages between a phone and the room server, as JSON over one WebSocket.
//! `docs/join-protocol.md` describes every message and error; keep the two in step.
//!
//! Everything a phone sends is parsed strictly (`deny_unknown_fields`, exact types), so a
//! message is either understood completely or refused with an error code.

use samenspel_engine::observe::Score;
use samenspel_engine::scenario::LinkKind;
use serde::{Deserialize, Serialize};

/// The largest message a phone may send, in bytes.
pub const MAX_MESSAGE: usize = 16 * 1024;
/// How many phones may join one room.
pub const MAX_PHONES: usize = 100;
/// Messages per second one phone may send (a burst of this many, then this rate).
pub const RATE_PER_SECOND: f64 = 20.0;
/// The role id of the observer, who watches and fills in the observation form.
pub use samenspel_engine::observe::OBSERVER;

/// A message from a phone.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMsg {
    /// Enter the room; with the token of an earlier visit, as the same phone again.
    Join {
        code: String,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        token: Option<String>,
        #[serde(default)]
        lang: Option<String>,
    },
    /// Take a free role, or (None) give the role back.
    Take { role: Option<String> },
    /// The language in which this phone wants the state.
    Lang { lang: String },
    /// Do something on the board; `key` makes a retry harmless.
    Act { key: String, action: PhoneAction },
}

/// What a phone may do. Each becomes one engine `Action`, carried out as the phone's role.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PhoneAction {
    /// New support in a cell: domain × one of the role's rings.
    Place {
        domain: String,
        ring: String,
        what: String,
        #[serde(default)]
        frequency: Option<String>,
        #[serde(default)]
        who: Option<String>,
    },
    /// Change what a card says.
    Edit {
        token: String,
        what: String,
        #[serde(default)]
        frequency: Option<String>,
    },
    Move {
        token: String,
        domain: String,
        ring: String,
    },
    Remove {
        token: String,
    },
    /// A line from a card to another card or to the persona ("persona").
    Link {
        from: String,
        to: String,
        link: LinkKind,
    },
    Unlink {
        from: String,
        to: String,
    },
    /// One vote per phone per statement; a second vote changes the first.
    Vote {
        poll: String,
        agree: bool,
    },
    /// One answer per phone per question with answers; a second answer replaces the first.
    Choose {
        poll: String,
        option: String,
    },
    /// A post-it into the current reflection round.
    Note {
        text: String,
    },
    /// Step 2: lay one of the role's starting cards from the hand onto the wheel.
    Lay {
        token: String,
    },
    /// The observer scores one behaviour of the observation form.
    Observe {
        indicator: String,
        score: Score,
    },
}

/// Why a message was not carried out (besides the engine's own refusals).
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    TooLarge,
    BadJson,
    BadMessage,
    NotText,
    TooMany,
    WrongCode,
    RoomFull,
    JoiningClosed,
    NotJoined,
    AlreadyJoined,
    UnknownRole,
    RoleTaken,
    NoRole,
    NotNow,
    VotingClosed,
    BadKey,
}

/// A message to a phone. `State` carries a JSON text made once for all phones.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMsg {
    Welcome {
        phone: u32,
        token: String,
    },
    /// Who this phone is in the room and which roles are taken.
    Room {
        phone: u32,
        name: String,
        role: Option<String>,
        taken: Vec<String>,
        open: bool,
        votes: Vec<(String, bool)>,
        /// This phone's answer per question with answers: (poll, option).
        choices: Vec<(String, String)>,
    },
    /// What happened to an `Act`. `message` says why it was refused.
    Result {
        key: String,
        ok: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        message: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        code: Option<ErrorCode>,
    },
    Error {
        code: ErrorCode,
        detail: String,
    },
    /// The room let this phone go (removed, or the room closed).
    Bye {
        reason: String,
    },
}

impl ServerMsg {
    pub fn error(code: ErrorCode, detail: impl Into<String>) -> ServerMsg {
        ServerMsg::Error {
            code,
            detail: detail.into(),
        }
    }

    pub fn to_json(&self) -> String {
        // Only strings, numbers and lists: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Parse a phone's message: too large, not JSON, or not one of ours each gets its own code.
pub fn parse(text: &str) -> Result<ClientMsg, ServerMsg> {
    if text.len() > MAX_MESSAGE {
        return Err(ServerMsg::error(
            ErrorCode::TooLarge,
            format!("message of {} bytes; at most {MAX_MESSAGE}", text.len()),
        ));
    }
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ServerMsg::error(ErrorCode::BadJson, e.to_string()))?;
    serde_json::from_value(value)
        .map_err(|e| ServerMsg::error(ErrorCode::BadMessage, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<ErrorCode> {
        match parse(text) {
            Err(ServerMsg::Error { code, .. }) => Some(code),
            _ => None,
        }
    }

    #[test]
    fn messages_parse_strictly() {
        let join = r#"{"type":"join","code":"ABCD","name":"Anna"}"#;
        assert!(matches!(parse(join), Ok(ClientMsg::Join { .. })));
        let act = r#"{"type":"act","key":"1","action":{"kind":"vote","poll":"p","agree":true}}"#;
        assert!(matches!(parse(act), Ok(ClientMsg::Act { .. })));
        assert_eq!(code("{"), Some(ErrorCode::BadJson));
        assert_eq!(
            code(r#"{"type":"join","code":"A","extra":1}"#),
            Some(ErrorCode::BadMessage)
        );
        let extra =
            r#"{"type":"act","key":"1","action":{"kind":"vote","poll":"p","agree":true,"x":1}}"#;
        assert_eq!(code(extra), Some(ErrorCode::BadMessage));
        assert_eq!(
            code(r#"{"type":"join","code":5}"#),
            Some(ErrorCode::BadMessage)
        );
        let big = format!(r#"{{"type":"lang","lang":"{}"}}"#, "x".repeat(MAX_MESSAGE));
        assert_eq!(code(&big), Some(ErrorCode::TooLarge));
    }
}
