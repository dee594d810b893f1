//! `samenspel-engine`: the rules, state, analysis and reports of Samenspel, the digital
//! Participatiewiel Samenspel. No Bevy and no window: the game and the command line are
//! thin shells around this crate.

pub mod board;
pub mod builtin;
pub mod compare;
pub mod deck;
pub mod draft;
pub mod durable;
pub mod layout;
pub mod load;
pub mod locate;
pub mod observe;
pub mod palette;
pub mod prepare;
pub mod problem;
mod quick;
pub mod reflect;
pub mod report;
pub mod scenario;
pub mod scene;
pub mod session;
pub mod simulate;
pub mod starter;
pub mod svg;
pub mod text;
pub mod validate;
pub mod werksessie;
pub mod words;

pub use board::Board;
pub use problem::{Problem, Problems};
pub use scenario::Scenario;
pub use session::{Action, Session, Step};
pub use text::{Lang, Text};
pub use words::Words;
