//! The bridge between the game and the room server (`crate::room`): it starts and stops
//! the server, turns what phones ask for into `UiCommand::Phone` for the one command path,
//! and after every change sends the new state to the phones. The server thread wakes the
//! event loop only when a phone sends something, so an idle room keeps the game idle.

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use super::command::UiCommand;
use super::i18n::Strings;
use super::state::{Game, Screen};
use samenspel_engine::Scenario;
use samenspel_engine::session::PlayState;

use super::latest::Latest;
use crate::room::apply::{Table, carry_out, publish, roles, snapshot, update_registry};
use crate::room::{Inbound, RoomConfig, RoomServer};

/// What the facilitator can do with the room.
#[derive(Clone, Debug, PartialEq)]
pub enum RoomCommand {
    /// Start the server, or show its panel when it runs.
    Start,
    Stop,
    ShowPanel(bool),
    /// Let new phones join (true) or not.
    Open(bool),
    Give {
        phone: u32,
        role: Option<String>,
    },
    Remove(u32),
}

/// The room server while it runs, and how to start it.
#[derive(Resource)]
pub struct Room {
    pub config: RoomConfig,
    pub server: Option<RoomServer>,
    /// Makes the phones' state (the wheel as SVG in two languages: up to a few hundred
    /// milliseconds on a board of 400 cards) on a thread of its own, so no frame waits.
    publisher: Option<Latest<(Scenario, PlayState, Table)>>,
    /// Why the server could not start, for the panel.
    pub error: Option<String>,
    pub panel: bool,
    /// Start as soon as the play screen opens (`--join`).
    pub start_now: bool,
    /// The join address as a QR code, made once when the server starts.
    pub qr: Option<crate::room::qr::Qr>,
}

impl Room {
    pub fn new(config: RoomConfig, start_now: bool) -> Room {
        Room {
            config,
            server: None,
            publisher: None,
            error: None,
            panel: false,
            start_now,
            qr: None,
        }
    }
}

pub fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Room>() {
        app.insert_resource(Room::new(
            RoomConfig {
                bind: None,
                port: 0,
                share_roles: false,
            },
            false,
        ));
    }
    app.add_systems(
        Update,
        (
            (start_now, room_commands, phones_to_commands).before(super::command::apply_commands),
            send_state.after(super::command::apply_commands),
        )
            .run_if(in_state(Screen::Play)),
    );
}

fn start_now(mut room: ResMut<Room>, mut out: MessageWriter<UiCommand>) {
    if room.start_now {
        room.start_now = false;
        out.write(UiCommand::Room(RoomCommand::Start));
    }
}

/// Carry out the facilitator's room commands. None of them changes the session.
fn room_commands(
    mut commands: MessageReader<UiCommand>,
    mut room: ResMut<Room>,
    game: Res<Game>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
) {
    for command in commands.read() {
        let UiCommand::Room(command) = command else {
            continue;
        };
        match command.clone() {
            RoomCommand::Start => start(&mut room, &game, proxy.as_deref()),
            RoomCommand::Stop => {
                room.publisher = None;
                room.server = None;
                room.panel = false;
            }
            RoomCommand::ShowPanel(shown) => room.panel = shown,
            other => {
                if let Some(server) = &room.server {
                    let shared = &server.shared;
                    let mut registry = shared.registry();
                    match other {
                        RoomCommand::Open(open) => registry.open = open,
                        RoomCommand::Give { phone, role } => {
                            let _ = registry.give(phone, role.as_deref(), true);
                        }
                        RoomCommand::Remove(phone) => registry.remove(phone),
                        _ => {}
                    }
                    drop(registry);
                    shared.room_changed();
                }
            }
        }
    }
}

fn start(room: &mut Room, game: &Game, proxy: Option<&EventLoopProxyWrapper>) {
    room.panel = true;
    if room.server.is_some() {
        return;
    }
    let proxy = proxy.map(|p| (**p).clone());
    let wake = Box::new(move || {
        if let Some(proxy) = &proxy {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }
    });
    // A resumed session brings its room: the same code, and its phones' tokens.
    let earlier = game.session.room.as_ref();
    match RoomServer::start(&room.config, roles(&game.session), wake, earlier) {
        Ok(server) => {
            use std::io::Write;
            let mut out = std::io::stdout();
            let _ = writeln!(out, "{}", server.announce());
            let _ = out.flush();
            publish(&game.session, &server.shared, table(game));
            let shared = std::sync::Arc::clone(&server.shared);
            room.publisher = Some(Latest::start(
                "samenspel-phones",
                move |(s, state, table): (Scenario, PlayState, Table)| {
                    shared.publish(snapshot(&s, &state, table));
                    Ok(())
                },
            ));
            room.qr = crate::room::qr::Qr::new(&server.shared.url);
            room.server = Some(server);
            room.error = None;
        }
        Err(e) => room.error = Some(e.to_string()),
    }
}

fn table(game: &Game) -> Table {
    Table {
        polls_revealed: game.table.poll_revealed,
        round: game.table.round,
    }
}

/// What phones asked for becomes commands, carried out with all the others; so does a
/// change of who holds which token and role, which the session file keeps.
fn phones_to_commands(room: Res<Room>, game: Res<Game>, mut out: MessageWriter<UiCommand>) {
    if let Some(server) = &room.server {
        let (inbox, waited) = server.shared.take_inbox_waited();
        super::timing::phones(inbox.len(), waited);
        for inbound in inbox {
            out.write(UiCommand::Phone(inbound));
        }
        let seats = server.shared.seats();
        if game.session.room.as_ref() != Some(&seats) {
            out.write(UiCommand::RoomSeats(seats));
        }
    }
}

/// Called by `command::apply_commands` for `UiCommand::Phone`: the engine decides, as the
/// phone's role. Returns whether the session changed.
pub fn apply_phone(game: &mut Game, room: Option<&Room>, inbound: Inbound) -> bool {
    let Some(server) = room.and_then(|r| r.server.as_ref()) else {
        return false;
    };
    let table = table(game);
    carry_out(&mut game.session, &server.shared, inbound, table)
}

/// After a change, every phone gets the new state: the registry at once, the state from
/// the publisher's thread (the frame hands over a copy of the played state and goes on).
fn send_state(game: Res<Game>, room: Res<Room>) {
    if !(game.is_changed() || room.is_changed()) {
        return;
    }
    let (Some(server), Some(publisher)) = (&room.server, &room.publisher) else {
        return;
    };
    let publish_now = || {
        update_registry(&game.session, &server.shared);
        let session = &game.session;
        let job = (
            session.scenario.clone(),
            session.state.clone(),
            table(&game),
        );
        let _ = publisher.submit(job);
    };
    super::timing::measure(super::timing::Part::Publish, publish_now);
}

/// The facilitator's words for a phone's state, for the panel.
pub fn connection_label(strings: &Strings, connected: bool) -> String {
    strings.t(if connected {
        "room-connected"
    } else {
        "room-away"
    })
}

#[cfg(test)]
mod tests {
    use bevy::state::app::StatesPlugin;
    use samenspel_engine::builtin::builtin;
    use samenspel_engine::{Action, Lang, Session};

    use super::*;
    use crate::game::state;
    use crate::room::protocol::{PhoneAction, ServerMsg};

    fn has_card(app: &App) -> bool {
        let game = app.world().resource::<Game>();
        game.session
            .board()
            .tokens
            .iter()
            .any(|t| t.role == "moeder" && t.what.get(Lang::Nl) == "helpt verhuizen")
    }

    /// A phone's card goes through `apply_commands` as the phone's role, the phone hears
    /// back, and the facilitator's Ctrl+Z undoes it like any other action.
    #[test]
    fn a_phone_card_takes_the_one_command_path() {
        let scenario = builtin("tess").unwrap().unwrap();
        let mut session = Session::new(&scenario, None, 0).unwrap();
        session.apply(Action::NextStep).unwrap();
        let config = RoomConfig {
            bind: Some(std::net::Ipv4Addr::LOCALHOST.into()),
            port: 0,
            share_roles: false,
        };
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin))
            .insert_resource(Strings::new(Lang::Nl))
            .insert_resource(Game::new(session, None))
            .insert_resource(Room::new(config, true))
            .add_plugins((state::plugin, crate::game::command::plugin, plugin))
            .insert_state(Screen::Play);
        for _ in 0..3 {
            app.update();
        }
        let shared = app
            .world()
            .resource::<Room>()
            .server
            .as_ref()
            .unwrap()
            .shared
            .clone();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let phone = {
            let mut r = shared.registry();
            let id = r.join(None, "Anna", || "token".into()).unwrap();
            r.attach(id, tx);
            r.give(id, Some("moeder"), false).unwrap();
            id
        };
        let action = PhoneAction::Place {
            domain: "wonen".into(),
            ring: "informeel".into(),
            what: "helpt verhuizen".into(),
            frequency: None,
            who: None,
        };
        let key = "k1".to_string();
        app.world_mut()
            .write_message(UiCommand::Phone(Inbound { phone, key, action }));
        app.update();
        assert!(has_card(&app));
        // The phones' state is made on the publisher's thread; once it is done, it has the card.
        let room = app.world().resource::<Room>();
        room.publisher.as_ref().unwrap().flush().unwrap();
        assert!(shared.current_state().contains("helpt verhuizen"));
        let answered = std::iter::from_fn(|| rx.try_recv().ok())
            .any(|m| matches!(m, ServerMsg::Result { ok: true, .. }));
        assert!(answered, "the phone hears that its card was laid");
        app.world_mut().write_message(UiCommand::Undo);
        app.update();
        assert!(!has_card(&app));
    }

    /// The game keeps the room's seats in the session (and so in its autosave); a game
    /// that resumes that session starts the room with the same code and lets the phone in.
    #[test]
    fn the_session_keeps_the_seats_and_a_resumed_game_restores_them() {
        let scenario = builtin("tess").unwrap().unwrap();
        let session = Session::new(&scenario, None, 0).unwrap();
        let config = RoomConfig {
            bind: Some(std::net::Ipv4Addr::LOCALHOST.into()),
            port: 0,
            share_roles: false,
        };
        let app_with = |session: Session| {
            let mut app = App::new();
            app.add_plugins((MinimalPlugins, StatesPlugin))
                .insert_resource(Strings::new(Lang::Nl))
                .insert_resource(Game::new(session, None))
                .insert_resource(Room::new(config.clone(), true))
                .add_plugins((state::plugin, crate::game::command::plugin, plugin))
                .insert_state(Screen::Play);
            for _ in 0..3 {
                app.update();
            }
            app
        };
        let shared = |app: &App| {
            let room = app.world().resource::<Room>();
            room.server.as_ref().unwrap().shared.clone()
        };
        let mut app = app_with(session);
        let first = shared(&app);
        let token = "0123456789abcdef0123456789abcdef";
        {
            let mut r = first.registry();
            let id = r.join(None, "Anna", || token.into()).unwrap();
            r.give(id, Some("moeder"), false).unwrap();
        }
        app.update();
        app.update();
        let kept = app.world().resource::<Game>().session.room.clone().unwrap();
        assert_eq!(kept.code, first.code);
        assert_eq!(kept.phones[0].token, token);
        assert_eq!(kept.phones[0].role.as_deref(), Some("moeder"));
        let resumed = app.world().resource::<Game>().session.clone();
        drop(app);
        let again = shared(&app_with(resumed));
        assert_eq!(again.code, first.code);
        let back = again
            .registry()
            .join(Some(token), "", || "new".into())
            .unwrap();
        assert_eq!(
            again.registry().phone(back).unwrap().role.as_deref(),
            Some("moeder")
        );
    }
}
