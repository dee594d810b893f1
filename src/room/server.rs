//! The HTTP side of the room: the phone page (three files compiled into the binary, sent
//! with a Content-Security-Policy that allows nothing but this server) and the WebSocket
//! that every phone keeps open.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::protocol::{ClientMsg, ErrorCode, MAX_MESSAGE, ServerMsg, parse};
use super::registry::{Budget, Seen};
use super::{Inbound, Shared};

const PAGE: &str = include_str!("../../assets/phone/index.html");
const SCRIPT: &str = include_str!("../../assets/phone/phone.js");
const STYLE: &str = include_str!("../../assets/phone/phone.css");

/// Only this server: no outside scripts, styles, fonts, images or connections.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Wrong room codes one connection may try before it is closed.
const WRONG_CODES: u32 = 5;
/// How long a new connection may wait before it joins.
const JOIN_WITHIN: Duration = Duration::from_secs(60);
/// How often the server pings a phone, and how long a silent phone stays connected.
const PING_EVERY: Duration = Duration::from_secs(20);
const SILENT_LIMIT: Duration = Duration::from_secs(50);

pub fn run(
    runtime: tokio::runtime::Runtime,
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    stopped: tokio::sync::oneshot::Receiver<()>,
) {
    runtime.block_on(async move {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
            return;
        };
        let app = Router::new()
            .route(
                "/",
                get(|| async { file(PAGE, "text/html; charset=utf-8") }),
            )
            .route(
                "/phone.js",
                get(|| async { file(SCRIPT, "text/javascript; charset=utf-8") }),
            )
            .route(
                "/phone.css",
                get(|| async { file(STYLE, "text/css; charset=utf-8") }),
            )
            .route("/ws", get(upgrade))
            .with_state(shared);
        tokio::select! {
            _ = axum::serve(listener, app) => {}
            _ = stopped => {}
        }
    });
    // Dropping the runtime here ends every connection.
}

fn file(body: &'static str, kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

async fn upgrade(ws: WebSocketUpgrade, State(shared): State<Arc<Shared>>) -> Response {
    // Frames a little over the limit still arrive whole, so the phone hears why; far larger
    // ones end the connection in the WebSocket layer.
    ws.max_message_size(4 * MAX_MESSAGE)
        .max_frame_size(4 * MAX_MESSAGE)
        .on_upgrade(move |socket| connection(socket, shared))
}

async fn send(socket: &mut WebSocket, msg: &ServerMsg) -> bool {
    socket
        .send(Message::Text(msg.to_json().into()))
        .await
        .is_ok()
}

/// Read one text message; None when the connection ended. Errors are answered here.
/// `heard` is set to the time of every frame that arrives, pongs included.
async fn next_text(
    socket: &mut WebSocket,
    heard: &mut Instant,
) -> Option<Result<String, ServerMsg>> {
    loop {
        let frame = socket.recv().await?;
        *heard = Instant::now();
        match frame {
            Ok(Message::Text(t)) => return Some(Ok(t.to_string())),
            Ok(Message::Binary(_)) => {
                return Some(Err(ServerMsg::error(ErrorCode::NotText, "send JSON text")));
            }
            Ok(Message::Ping(_) | Message::Pong(_)) => continue,
            Ok(Message::Close(_)) | Err(_) => return None,
        }
    }
}

/// Until the phone has joined: only `join` is understood.
async fn wait_for_join(socket: &mut WebSocket, shared: &Shared) -> Option<(u32, String)> {
    let mut budget = Budget::new();
    let mut wrong = 0;
    let mut heard = Instant::now();
    loop {
        let text = match next_text(socket, &mut heard).await? {
            Ok(t) => t,
            Err(e) => {
                send(socket, &e).await;
                continue;
            }
        };
        if !budget.spend() {
            send(socket, &ServerMsg::error(ErrorCode::TooMany, "slow down")).await;
            continue;
        }
        let reply = match parse(&text) {
            Ok(ClientMsg::Join {
                code,
                name,
                token,
                lang,
            }) => {
                if !code.trim().eq_ignore_ascii_case(&shared.code) {
                    wrong += 1;
                    if wrong >= WRONG_CODES {
                        send(
                            socket,
                            &ServerMsg::error(ErrorCode::WrongCode, "too many tries"),
                        )
                        .await;
                        return None;
                    }
                    ServerMsg::error(ErrorCode::WrongCode, "this is not the room's code")
                } else {
                    let name: String = name.unwrap_or_default().trim().chars().take(40).collect();
                    let new_token = || super::random_string(b"0123456789abcdef", 32);
                    let joined = shared.registry().join(token.as_deref(), &name, new_token);
                    match joined {
                        Ok(id) => {
                            let lang = if lang.as_deref() == Some("en") {
                                "en"
                            } else {
                                "nl"
                            };
                            return Some((id, lang.to_string()));
                        }
                        Err(e) => e,
                    }
                }
            }
            Ok(_) => ServerMsg::error(ErrorCode::NotJoined, "join first"),
            Err(e) => e,
        };
        send(socket, &reply).await;
    }
}

async fn connection(mut socket: WebSocket, shared: Arc<Shared>) {
    let joined = tokio::time::timeout(JOIN_WITHIN, wait_for_join(&mut socket, &shared)).await;
    let Ok(Some((phone, mut lang))) = joined else {
        return;
    };
    let (tx, mut outbox) = tokio::sync::mpsc::unbounded_channel();
    let (link, token) = {
        let mut r = shared.registry();
        let link = r.attach(phone, tx);
        if let Some(p) = r.phone_mut(phone) {
            p.lang = lang.clone();
        }
        (
            link,
            r.phone(phone).map(|p| p.token.clone()).unwrap_or_default(),
        )
    };
    shared.room_changed();
    let mut state = shared.state.subscribe();
    let mut room = shared.room.subscribe();
    state.mark_changed();
    room.mark_changed();
    let welcome = ServerMsg::Welcome { phone, token };
    let mut open = send(&mut socket, &welcome).await;
    let mut warned: Option<Instant> = None;
    let mut heard = Instant::now();
    let mut ping = tokio::time::interval(PING_EVERY);
    while open {
        open = tokio::select! {
            text = next_text(&mut socket, &mut heard) => match text {
                None => false,
                Some(Err(e)) => send(&mut socket, &e).await,
                Some(Ok(t)) => {
                    let reply = handle(&shared, phone, &t, &mut lang, &mut warned);
                    if reply == Some(Reply::Resend) {
                        state.mark_changed();
                    }
                    match reply {
                        Some(Reply::Msg(m)) => send(&mut socket, &m).await,
                        _ => true,
                    }
                }
            },
            Ok(()) = state.changed() => {
                let snapshot = state.borrow_and_update().clone();
                let json = if lang == "en" { snapshot.en } else { snapshot.nl };
                json.as_str().is_empty() || socket.send(Message::Text(json)).await.is_ok()
            },
            Ok(()) = room.changed() => {
                room.borrow_and_update();
                let msg = shared.registry().room_msg(phone);
                match msg {
                    Some(m) => send(&mut socket, &m).await,
                    // The phone is no longer in the room: the facilitator removed it. Say so
                    // here, since this can run before the outbox's own goodbye.
                    None => {
                        send(&mut socket, &ServerMsg::Bye { reason: "removed".into() }).await;
                        false
                    }
                }
            },
            // A phone that went away without closing (out of range, battery) answers no
            // ping: after a while it counts as away. A browser answers pings by itself.
            _ = ping.tick() => {
                heard.elapsed() < SILENT_LIMIT
                    && socket.send(Message::Ping(Default::default())).await.is_ok()
            },
            msg = outbox.recv() => match msg {
                Some(m @ ServerMsg::Bye { .. }) => {
                    send(&mut socket, &m).await;
                    false
                }
                Some(m) => send(&mut socket, &m).await,
                None => false,
            },
        };
    }
    shared.registry().detach(phone, link);
    shared.room_changed();
}

#[derive(Debug, PartialEq)]
enum Reply {
    Msg(ServerMsg),
    /// Send the state again (the language changed).
    Resend,
}

/// One message of a joined phone.
fn handle(
    shared: &Shared,
    phone: u32,
    text: &str,
    lang: &mut String,
    warned: &mut Option<Instant>,
) -> Option<Reply> {
    let within_budget = shared
        .registry()
        .phone_mut(phone)
        .is_some_and(|p| p.budget.spend());
    if !within_budget {
        // One warning a second is enough; the rest of a flood is dropped quietly.
        if warned.is_some_and(|w| w.elapsed() < Duration::from_secs(1)) {
            return None;
        }
        *warned = Some(Instant::now());
        let msg = ServerMsg::error(ErrorCode::TooMany, "more than 20 messages a second");
        return Some(Reply::Msg(msg));
    }
    let msg = match parse(text) {
        Ok(m) => m,
        Err(e) => return Some(Reply::Msg(e)),
    };
    match msg {
        ClientMsg::Join { .. } => Some(Reply::Msg(ServerMsg::error(
            ErrorCode::AlreadyJoined,
            "this connection has joined already",
        ))),
        ClientMsg::Lang { lang: l } => {
            *lang = if l == "en" { "en" } else { "nl" }.to_string();
            if let Some(p) = shared.registry().phone_mut(phone) {
                p.lang = lang.clone();
            }
            Some(Reply::Resend)
        }
        ClientMsg::Take { role } => {
            let given = shared.registry().give(phone, role.as_deref(), false);
            match given {
                Ok(()) => {
                    shared.room_changed();
                    None
                }
                Err(e) => Some(Reply::Msg(e)),
            }
        }
        ClientMsg::Act { key, action } => {
            if key.is_empty() || key.len() > 64 {
                let e = ServerMsg::error(ErrorCode::BadKey, "a key of 1 to 64 bytes");
                return Some(Reply::Msg(e));
            }
            let seen = shared.registry().seen(phone, &key);
            match seen {
                Seen::New => {
                    shared.push(Inbound { phone, key, action });
                    None
                }
                Seen::Pending => None,
                Seen::Answered(m) => Some(Reply::Msg(m)),
            }
        }
    }
}
