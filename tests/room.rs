//! The join protocol against the real room server: the `samenspel room` binary on
//! 127.0.0.1 (never another address), phones as WebSocket clients. Every wait is bounded.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// How long any one expected message may take.
const WAIT: Duration = Duration::from_secs(10);

struct Room {
    child: Child,
    stdin: ChildStdin,
    port: u16,
    code: String,
    save: PathBuf,
    _dir: Option<TempDir>,
}

impl Drop for Room {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A folder removed at the end of the test.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn room(step: usize) -> Room {
    let dir = std::env::temp_dir().join(format!(
        "samenspel-room-{}-{step}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let mut room = start_room(step, &dir.join("session.ron"), false);
    room._dir = Some(TempDir(dir));
    room
}

/// The room server on 127.0.0.1, saving to `save`; with `resume`, going on from it.
fn start_room(step: usize, save: &std::path::Path, resume: bool) -> Room {
    let save = save.to_path_buf();
    let mut command = Command::new(env!("CARGO_BIN_EXE_samenspel"));
    command
        .args([
            "room",
            "tess",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--step",
        ])
        .arg(step.to_string())
        .arg("--autosave")
        .arg(&save);
    if resume {
        command.arg("--resume");
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let join = lines.next().unwrap().unwrap();
    let code = lines.next().unwrap().unwrap();
    // Keep reading the facilitator's answers so the pipe never fills.
    std::thread::spawn(move || lines.for_each(drop));
    let url = join.strip_prefix("join: http://127.0.0.1:").expect(&join);
    let port = url.split('/').next().unwrap().parse().unwrap();
    let code = code.strip_prefix("code: ").unwrap().to_string();
    assert_eq!(code.len(), 4);
    Room {
        child,
        stdin,
        port,
        code,
        save,
        _dir: None,
    }
}

impl Room {
    async fn phone(&self) -> Ws {
        let url = format!("ws://127.0.0.1:{}/ws", self.port);
        connect_async(url).await.expect("connects").0
    }

    /// Join as a new phone; returns (socket, phone id, token).
    async fn join(&self, name: &str) -> (Ws, u64, String) {
        let mut ws = self.phone().await;
        send(
            &mut ws,
            json!({"type": "join", "code": self.code, "name": name}),
        )
        .await;
        let w = until(&mut ws, "welcome").await;
        (
            ws,
            w["phone"].as_u64().unwrap(),
            w["token"].as_str().unwrap().to_string(),
        )
    }

    fn facilitator(&mut self, line: &str) {
        writeln!(self.stdin, "{line}").unwrap();
        self.stdin.flush().unwrap();
    }

    fn saved(&self) -> String {
        std::fs::read_to_string(&self.save).unwrap_or_default()
    }
}

async fn send(ws: &mut Ws, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.unwrap();
}

/// The next message of `kind` (earlier ones of other kinds are skipped).
async fn until(ws: &mut Ws, kind: &str) -> Value {
    until_that(ws, |v| v["type"] == kind).await
}

async fn until_that(ws: &mut Ws, mut wanted: impl FnMut(&Value) -> bool) -> Value {
    let read = async {
        while let Some(msg) = ws.next().await {
            if let Ok(Message::Text(t)) = msg {
                let v: Value = serde_json::from_str(&t).unwrap();
                if wanted(&v) {
                    return v;
                }
            }
        }
        panic!("the connection ended");
    };
    tokio::time::timeout(WAIT, read)
        .await
        .expect("the message came in time")
}

async fn error(ws: &mut Ws) -> String {
    until(ws, "error").await["code"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn take(ws: &mut Ws, role: &str) {
    send(ws, json!({"type": "take", "role": role})).await;
    until_that(ws, |v| v["type"] == "room" && v["role"] == role).await;
}

fn place(key: &str, ring: &str, what: &str) -> Value {
    json!({"type": "act", "key": key, "action":
        {"kind": "place", "domain": "wonen", "ring": ring, "what": what, "frequency": "elke week"}})
}

async fn result(ws: &mut Ws, key: &str) -> Value {
    until_that(ws, |v| v["type"] == "result" && v["key"] == key).await
}

fn cards_saying(state: &Value, what: &str) -> usize {
    state["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["what"] == what)
        .count()
}

#[tokio::test]
async fn join_take_a_role_and_lay_a_card() {
    let room = room(2);
    let (mut ws, _, token) = room.join("Anna").await;
    assert_eq!(token.len(), 32);
    let state = until(&mut ws, "state").await;
    assert_eq!(state["step"], 2);
    assert!(state["wheel"].as_str().unwrap().starts_with("<svg"));
    take(&mut ws, "moeder").await;
    send(&mut ws, place("k1", "informeel", "kookt op zondag")).await;
    assert_eq!(result(&mut ws, "k1").await["ok"], true);
    let state = until_that(&mut ws, |v| {
        v["type"] == "state" && cards_saying(v, "kookt op zondag") == 1
    })
    .await;
    let card = state["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["what"] == "kookt op zondag")
        .unwrap();
    assert_eq!(card["role"], "moeder");
    assert!(
        room.saved().contains("kookt op zondag"),
        "the card is in the autosave"
    );
    let saved = samenspel_engine::Session::from_bytes("autosave", room.saved().as_bytes()).unwrap();
    let acted = saved
        .state
        .journal
        .last()
        .expect("the phone's action is in the journal");
    assert_eq!(acted.role, "moeder", "with the phone's role");
    // A second phone cannot take a role that is taken.
    let (mut other, _, _) = room.join("Bram").await;
    send(&mut other, json!({"type": "take", "role": "moeder"})).await;
    assert_eq!(error(&mut other).await, "role_taken");
}

#[tokio::test]
async fn the_engine_refuses_and_the_phone_hears_why() {
    let room = room(2);
    let (mut ws, _, _) = room.join("").await;
    send(&mut ws, place("k0", "informeel", "zonder rol")).await;
    assert_eq!(result(&mut ws, "k0").await["code"], "no_role");
    take(&mut ws, "moeder").await;
    // The mother does not place support in the municipality's ring.
    send(&mut ws, place("k1", "gemeente", "regelt alles")).await;
    let r = result(&mut ws, "k1").await;
    assert_eq!(r["ok"], false);
    assert!(r["message"].as_str().unwrap().contains("ring"), "{r}");
    // Nor remove the mentor's card.
    let remove =
        json!({"type": "act", "key": "k2", "action": {"kind": "remove", "token": "fasehuis"}});
    send(&mut ws, remove).await;
    assert_eq!(result(&mut ws, "k2").await["ok"], false);
    // Voting is for step 4.
    let vote = json!({"type": "act", "key": "k3", "action": {"kind": "vote", "poll": "alle_leefgebieden", "agree": true}});
    send(&mut ws, vote).await;
    assert_eq!(result(&mut ws, "k3").await["code"], "not_now");
    assert!(room.saved().contains("fasehuis"));
}

#[tokio::test]
async fn a_line_from_my_card_to_the_persona() {
    let room = room(2);
    let (mut ws, _, _) = room.join("").await;
    take(&mut ws, "moeder").await;
    let link = json!({"type": "act", "key": "l1", "action":
        {"kind": "link", "from": "weekend_moeder", "to": "persona", "link": "Contact"}});
    send(&mut ws, link).await;
    assert_eq!(result(&mut ws, "l1").await["ok"], true);
    let mine = |v: &Value| {
        v["links"].as_array().unwrap().iter().any(|l| {
            l["from"] == "weekend_moeder" && l["to"] == "persona" && l["kind"] == "Contact"
        })
    };
    until_that(&mut ws, |v| v["type"] == "state" && mine(v)).await;
    assert!(room.saved().contains("weekend_moeder"));
}

#[tokio::test]
async fn vote_change_the_vote_and_post_a_note() {
    let mut room = room(4);
    let (mut ws, _, _) = room.join("Cas").await;
    take(&mut ws, "observer").await;
    for (key, agree) in [("v1", true), ("v2", false), ("v3", false)] {
        let vote = json!({"type": "act", "key": key, "action": {"kind": "vote", "poll": "alle_leefgebieden", "agree": agree}});
        send(&mut ws, vote).await;
        assert_eq!(result(&mut ws, key).await["ok"], true);
    }
    let note = json!({"type": "act", "key": "n1", "action": {"kind": "note", "text": "Wie belt Tess na haar 18e?"}});
    send(&mut ws, note).await;
    assert_eq!(result(&mut ws, "n1").await["ok"], true);
    room.facilitator("reveal");
    let state = until_that(&mut ws, |v| v["type"] == "state" && v["revealed"] == true).await;
    let poll = state["polls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "alle_leefgebieden")
        .unwrap();
    assert_eq!(poll["counts"], json!([0, 1]), "one phone, one vote");
    let vote = json!({"type": "act", "key": "v4", "action": {"kind": "vote", "poll": "alle_leefgebieden", "agree": true}});
    send(&mut ws, vote).await;
    assert_eq!(result(&mut ws, "v4").await["code"], "voting_closed");
    assert!(room.saved().contains("Wie belt Tess na haar 18e?"));
}

#[tokio::test]
async fn a_phone_comes_back_with_its_token_and_a_retry_counts_once() {
    let room = room(2);
    let (mut ws, id, token) = room.join("Dirk").await;
    take(&mut ws, "vader").await;
    drop(ws);
    let mut ws = room.phone().await;
    send(
        &mut ws,
        json!({"type": "join", "code": room.code, "token": token}),
    )
    .await;
    assert_eq!(until(&mut ws, "welcome").await["phone"], id);
    let me = until(&mut ws, "room").await;
    assert_eq!(me["role"], "vader");
    assert_eq!(me["name"], "Dirk");
    for _ in 0..3 {
        send(&mut ws, place("same", "informeel", "belt op vrijdag")).await;
    }
    assert_eq!(result(&mut ws, "same").await["ok"], true);
    send(&mut ws, place("after", "informeel", "nog een kaart")).await;
    assert_eq!(result(&mut ws, "after").await["ok"], true);
    let state = until_that(&mut ws, |v| {
        v["type"] == "state" && cards_saying(v, "nog een kaart") == 1
    })
    .await;
    assert_eq!(
        cards_saying(&state, "belt op vrijdag"),
        1,
        "the retried message was applied once"
    );
}

#[tokio::test]
async fn hostile_input_is_refused_and_nothing_else_happens() {
    let room = room(2);
    let mut ws = room.phone().await;
    send(&mut ws, json!({"type": "take", "role": "moeder"})).await;
    assert_eq!(error(&mut ws).await, "not_joined");
    send(&mut ws, json!({"type": "join", "code": "ZZZZ"})).await;
    assert_eq!(error(&mut ws).await, "wrong_code");
    send(&mut ws, json!({"type": "join", "code": room.code})).await;
    until(&mut ws, "welcome").await;
    take(&mut ws, "moeder").await;
    let cases: Vec<(Message, &str)> = vec![
        (Message::Text("x".repeat(20_000).into()), "too_large"),
        (Message::Text("{\"type\":".into()), "bad_json"),
        (
            Message::Text(
                json!({"type": "lang", "lang": "nl", "evil": 1})
                    .to_string()
                    .into(),
            ),
            "bad_message",
        ),
        (
            Message::Text(json!({"type": "take", "role": 7}).to_string().into()),
            "bad_message",
        ),
        (
            Message::Text(
                json!({"type": "act", "key": "", "action": {"kind": "remove", "token": "x"}})
                    .to_string()
                    .into(),
            ),
            "bad_key",
        ),
        (
            Message::Text(json!({"type": "hack"}).to_string().into()),
            "bad_message",
        ),
        (Message::Binary(vec![0, 1, 2].into()), "not_text"),
    ];
    for (msg, code) in cases {
        ws.send(msg).await.unwrap();
        assert_eq!(error(&mut ws).await, code);
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    // A flood: the first 20 pass, then the phone is told to slow down.
    for i in 0..40 {
        send(
            &mut ws,
            json!({"type": "lang", "lang": if i % 2 == 0 { "en" } else { "nl" }}),
        )
        .await;
    }
    assert_eq!(error(&mut ws).await, "too_many");
    // The session is as it was, and the server still answers.
    let before = room.saved();
    assert!(before.contains("weekend_moeder"));
    let (mut other, _, _) = room.join("").await;
    until(&mut other, "state").await;
}

#[tokio::test]
async fn the_room_holds_a_hundred_phones_and_closes_when_asked() {
    let mut room = room(1);
    let mut phones = Vec::new();
    for _ in 0..100 {
        phones.push(room.join("").await.0);
    }
    let mut extra = room.phone().await;
    send(&mut extra, json!({"type": "join", "code": room.code})).await;
    assert_eq!(error(&mut extra).await, "room_full");
    drop(phones);
    let mut room2 = self::room(1);
    room2.facilitator("close");
    let mut late = room2.phone().await;
    // The facilitator's command and the join race; try until it is refused (bounded).
    let mut code = String::new();
    for _ in 0..50 {
        send(&mut late, json!({"type": "join", "code": room2.code})).await;
        let v = until_that(&mut late, |v| {
            v["type"] == "error" || v["type"] == "welcome"
        })
        .await;
        if v["type"] == "error" {
            code = v["code"].as_str().unwrap().to_string();
            break;
        }
        late = room2.phone().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(code, "joining_closed");
    room.facilitator("quit");
}

#[tokio::test]
async fn change_move_and_remove_my_own_card() {
    let room = room(2);
    let (mut ws, _, _) = room.join("Eva").await;
    take(&mut ws, "moeder").await;
    let edit = json!({"type": "act", "key": "e1", "action":
        {"kind": "edit", "token": "weekend_moeder", "what": "elk weekend thuis", "frequency": "wekelijks"}});
    send(&mut ws, edit).await;
    assert_eq!(result(&mut ws, "e1").await["ok"], true);
    let moved = json!({"type": "act", "key": "m1", "action":
        {"kind": "move", "token": "weekend_moeder", "domain": "wonen", "ring": "informeel"}});
    send(&mut ws, moved).await;
    assert_eq!(result(&mut ws, "m1").await["ok"], true);
    let state = until_that(&mut ws, |v| {
        v["type"] == "state"
            && v["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["id"] == "weekend_moeder" && t["domain"] == "wonen")
    })
    .await;
    let card = state["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "weekend_moeder")
        .unwrap();
    assert_eq!(card["what"], "elk weekend thuis");
    let remove = json!({"type": "act", "key": "r1", "action": {"kind": "remove", "token": "weekend_moeder"}});
    send(&mut ws, remove).await;
    assert_eq!(result(&mut ws, "r1").await["ok"], true);
    until_that(&mut ws, |v| {
        v["type"] == "state"
            && !v["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["id"] == "weekend_moeder")
    })
    .await;
}

#[tokio::test]
async fn the_facilitator_gives_a_role_and_removes_a_phone() {
    let mut room = room(2);
    let (mut ws, id, _) = room.join("Fee").await;
    until(&mut ws, "state").await;
    room.facilitator(&format!("give {id} mentor"));
    until_that(&mut ws, |v| v["type"] == "room" && v["role"] == "mentor").await;
    room.facilitator(&format!("remove {id}"));
    assert_eq!(until(&mut ws, "bye").await["reason"], "removed");
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect()
}

fn lay(key: &str, token: &str) -> Value {
    json!({"type": "act", "key": key, "action": {"kind": "lay", "token": token}})
}

#[tokio::test]
async fn the_starting_cards_come_from_the_players_hands() {
    let mut room = room(2);
    let (mut ws, _, _) = room.join("Gea").await;
    take(&mut ws, "moeder").await;
    room.facilitator("deal");
    let dealt = until_that(&mut ws, |v| {
        v["type"] == "state" && ids(&v["hand"]).contains(&"weekend_moeder".into())
    })
    .await;
    assert!(
        !ids(&dealt["tokens"]).contains(&"weekend_moeder".into()),
        "a card in hand is not on the wheel"
    );
    // Not the mentor's card: each player lays their own.
    send(&mut ws, lay("h1", "fasehuis")).await;
    let refused = result(&mut ws, "h1").await;
    assert_eq!(refused["ok"], false);
    assert!(
        refused["message"].as_str().unwrap().contains("Mentor"),
        "{refused}"
    );
    send(&mut ws, lay("h2", "weekend_moeder")).await;
    assert_eq!(result(&mut ws, "h2").await["ok"], true);
    let laid = until_that(&mut ws, |v| {
        v["type"] == "state" && ids(&v["tokens"]).contains(&"weekend_moeder".into())
    })
    .await;
    assert!(!ids(&laid["hand"]).contains(&"weekend_moeder".into()));
    assert!(ids(&laid["hand"]).contains(&"gezag_moeder".into()));
    send(&mut ws, lay("h3", "weekend_moeder")).await;
    assert_eq!(result(&mut ws, "h3").await["ok"], false, "laid once");
    let saved = samenspel_engine::Session::from_bytes("autosave", room.saved().as_bytes()).unwrap();
    assert!(!saved.in_hand("weekend_moeder") && saved.in_hand("fasehuis"));
    // "Alles tonen": what nobody laid, the facilitator lays.
    room.facilitator("all");
    until_that(&mut ws, |v| {
        v["type"] == "state" && v["hand"].as_array().is_some_and(|h| h.is_empty())
    })
    .await;
}

#[tokio::test]
async fn the_observer_fills_in_the_form_and_nobody_else_does() {
    let room = room(2);
    let (mut ws, _, _) = room.join("Ilse").await;
    take(&mut ws, "moeder").await;
    let observe = |key: &str, score: &str| {
        json!({"type": "act", "key": key, "action":
            {"kind": "observe", "indicator": "samen_plan", "score": score}})
    };
    send(&mut ws, observe("o1", "Vaak")).await;
    let refused = result(&mut ws, "o1").await;
    assert_eq!(refused["ok"], false, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("waarnemer"));
    take(&mut ws, "observer").await;
    send(&mut ws, observe("o2", "Vaak")).await;
    assert_eq!(result(&mut ws, "o2").await["ok"], true);
    let state = until_that(&mut ws, |v| {
        v["type"] == "state" && v["observation"]["answers"]["samen_plan"] == "Vaak"
    })
    .await;
    let parts = state["observation"]["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(state["observation"]["scores"].as_array().unwrap().len(), 5);
    send(&mut ws, observe("o3", "Unknown")).await;
    assert_eq!(error(&mut ws).await, "bad_message");
    let saved = samenspel_engine::Session::from_bytes("autosave", room.saved().as_bytes()).unwrap();
    let o = &saved.state.observations[0];
    assert_eq!(
        (o.indicator.as_str(), o.score),
        ("samen_plan", samenspel_engine::observe::Score::Vaak)
    );
}

fn vote(key: &str, agree: bool) -> Value {
    json!({"type": "act", "key": key, "action":
        {"kind": "vote", "poll": "alle_leefgebieden", "agree": agree}})
}

#[tokio::test]
async fn undo_takes_back_the_phones_own_vote_too() {
    let mut room = room(4);
    let (mut ws, _, _) = room.join("Jan").await;
    take(&mut ws, "observer").await;
    send(&mut ws, vote("v1", true)).await;
    assert_eq!(result(&mut ws, "v1").await["ok"], true);
    let mine = |v: &Value| v["votes"] == json!([["alle_leefgebieden", true]]);
    until_that(&mut ws, |v| v["type"] == "room" && mine(v)).await;
    room.facilitator("undo");
    until_that(&mut ws, |v| v["type"] == "room" && v["votes"] == json!([])).await;
    // The same vote again counts: the phone's record followed the session back.
    send(&mut ws, vote("v2", true)).await;
    assert_eq!(result(&mut ws, "v2").await["ok"], true);
    room.facilitator("reveal");
    let state = until_that(&mut ws, |v| v["type"] == "state" && v["revealed"] == true).await;
    let poll = state["polls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "alle_leefgebieden")
        .unwrap()
        .clone();
    assert_eq!(poll["counts"], json!([1, 0]));
}

#[tokio::test]
async fn after_a_crash_phones_come_back_with_the_same_code_and_token() {
    let room = room(2);
    let (mut ws, id, token) = room.join("Kim").await;
    take(&mut ws, "moeder").await;
    // The seat (token and role, no name) reaches the autosave; then the room crashes.
    let seated = |room: &Room| {
        let saved = samenspel_engine::Session::from_bytes("autosave", room.saved().as_bytes());
        let seats = saved
            .ok()
            .and_then(|s| s.room)
            .map(|r| r.phones)
            .unwrap_or_default();
        seats
            .iter()
            .any(|s| s.token == token && s.role.as_deref() == Some("moeder"))
    };
    for _ in 0..100 {
        if seated(&room) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(seated(&room), "the seat is in the autosave");
    assert!(
        !room.saved().contains("Kim"),
        "no names in the session file"
    );
    let (code, port, save) = (room.code.clone(), room.port, room.save.clone());
    let mut room = room;
    let dir = room._dir.take();
    drop(ws);
    drop(room);
    let again = start_room(2, &save, true);
    assert_eq!(again.code, code, "the same room code");
    assert_eq!(
        again.port, port,
        "the same address, so the page reconnects by itself"
    );
    let mut ws = again.phone().await;
    send(
        &mut ws,
        json!({"type": "join", "code": code, "token": token}),
    )
    .await;
    assert_eq!(until(&mut ws, "welcome").await["phone"], id);
    until_that(&mut ws, |v| v["type"] == "room" && v["role"] == "moeder").await;
    send(&mut ws, place("r1", "informeel", "na de herstart")).await;
    assert_eq!(result(&mut ws, "r1").await["ok"], true);
    // A token the room never gave is a new phone, not someone else's seat.
    let (_other, other_id, _) = again.join("").await;
    assert_ne!(other_id, id);
    drop(again);
    drop(dir);
}

fn choose(key: &str, option: &str) -> Value {
    json!({"type": "act", "key": key, "action":
        {"kind": "choose", "poll": "werkzaam", "option": option}})
}

#[tokio::test]
async fn two_phones_answer_a_question_change_an_answer_and_see_the_counts() {
    let mut room = room(4);
    let (mut anna, _, _) = room.join("Anna").await;
    take(&mut anna, "observer").await;
    let (mut bram, _, _) = room.join("Bram").await;
    take(&mut bram, "moeder").await;
    // The question reaches the phones with its answers, and no counts yet.
    let state = until_that(&mut anna, |v| v["type"] == "state").await;
    let question = state["polls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "werkzaam")
        .unwrap()
        .clone();
    assert_eq!(question["options"].as_array().unwrap().len(), 4);
    assert_eq!(question["options"][0]["count"], Value::Null);
    send(&mut anna, choose("c1", "beleid")).await;
    assert_eq!(result(&mut anna, "c1").await["ok"], true);
    send(&mut anna, choose("c2", "uitvoering")).await;
    assert_eq!(result(&mut anna, "c2").await["ok"], true);
    let mine = |v: &Value| v["choices"] == json!([["werkzaam", "uitvoering"]]);
    until_that(&mut anna, |v| v["type"] == "room" && mine(v)).await;
    send(&mut bram, choose("c1", "uitvoering")).await;
    assert_eq!(result(&mut bram, "c1").await["ok"], true);
    // An answer the question does not have is refused, in the phone's words.
    send(&mut bram, choose("c2", "astronaut")).await;
    let refused = result(&mut bram, "c2").await;
    assert_eq!(refused["ok"], false);
    assert!(
        refused["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{refused}"
    );
    room.facilitator("reveal");
    let state = until_that(&mut anna, |v| v["type"] == "state" && v["revealed"] == true).await;
    let counts: Vec<(String, Value)> = state["polls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "werkzaam")
        .unwrap()["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap().to_string(), o["count"].clone()))
        .collect();
    assert_eq!(
        counts,
        [
            ("beleid".to_string(), json!(0)),
            ("uitvoering".to_string(), json!(2)),
            ("client".to_string(), json!(0)),
            ("kennis".to_string(), json!(0)),
        ],
        "two phones, two answers; the changed one moved"
    );
    send(&mut anna, choose("c3", "kennis")).await;
    assert_eq!(result(&mut anna, "c3").await["code"], "voting_closed");
    let saved = samenspel_engine::Session::from_bytes("autosave", room.saved().as_bytes()).unwrap();
    assert_eq!(saved.state.choice("werkzaam", "uitvoering"), 2);
}
