//! Simulated phones for the room server: a load benchmark, not a test.
//!
//! `cargo run --release --example phones -- URL --code CODE --phones 40 --cards 10 [--hold S]`
//!
//! Every phone joins, takes a role that may lay cards (start the server with
//! `--share-roles` when there are more phones than roles, and at step 2), then lays its
//! cards one after another. Prints one JSON line: `applied`, `refused`, `errors`, `p50_ms`
//! and `p95_ms` (an action sent → the state update with its card received on that phone),
//! and whether every card is on the board exactly once. `--hold S` keeps the phones
//! connected and quiet for S seconds afterwards (to measure the game idling). Talk to
//! 127.0.0.1 only.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::connect_async;
use tokio_tungstenite::tungstenite::Message;

struct Args {
    url: String,
    code: String,
    phones: usize,
    cards: usize,
    hold: u64,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        url: String::new(),
        code: String::new(),
        phones: 40,
        cards: 10,
        hold: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--code" => a.code = value()?,
            "--phones" => a.phones = value()?.parse().map_err(|e| format!("--phones: {e}"))?,
            "--cards" => a.cards = value()?.parse().map_err(|e| format!("--cards: {e}"))?,
            "--hold" => a.hold = value()?.parse().map_err(|e| format!("--hold: {e}"))?,
            url if a.url.is_empty() => a.url = url.to_string(),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let host = a
        .url
        .strip_prefix("http://")
        .ok_or("URL must start with http://")?;
    let host = host.split('/').next().unwrap_or_default();
    if !host.starts_with("127.0.0.1:") {
        return Err("this benchmark talks to 127.0.0.1 only".into());
    }
    if a.code.is_empty() {
        a.code = a.url.split("code=").nth(1).unwrap_or_default().to_string();
    }
    a.url = format!("ws://{host}/ws");
    Ok(a)
}

#[derive(Default)]
struct Tally {
    applied: usize,
    refused: usize,
    errors: usize,
    latencies: Vec<f64>,
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn next(ws: &mut Ws) -> Option<Value> {
    let text = next_text(ws).await?;
    Some(serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// The next message as text (empty for a non-text frame); None when the connection ends.
async fn next_text(ws: &mut Ws) -> Option<String> {
    let msg = tokio::time::timeout(Duration::from_secs(30), ws.next())
        .await
        .ok()??
        .ok()?;
    match msg {
        Message::Text(t) => Some(t.to_string()),
        _ => Some(String::new()),
    }
}

/// Join, take a role with a ring, and wait for the state. Returns the socket, role and ring.
async fn join(a: &Args, n: usize) -> Option<(Ws, String, String)> {
    let (mut ws, _) = connect_async(&a.url).await.ok()?;
    let join = json!({"type": "join", "code": a.code, "name": format!("phone {n}")});
    ws.send(Message::Text(join.to_string().into())).await.ok()?;
    let mut state = None;
    while state.is_none() {
        let v = next(&mut ws).await?;
        if v["type"] == "error" {
            return None;
        }
        if v["type"] == "state" {
            state = Some(v);
        }
    }
    let state = state?;
    let roles: Vec<&Value> = state["roles"]
        .as_array()?
        .iter()
        .filter(|r| r["on_board"] == true && !r["rings"].as_array().is_none_or(|g| g.is_empty()))
        .collect();
    let role = roles.get(n % roles.len().max(1))?;
    let (id, ring) = (
        role["id"].as_str()?.to_string(),
        role["rings"][0].as_str()?.to_string(),
    );
    ws.send(Message::Text(
        json!({"type": "take", "role": id}).to_string().into(),
    ))
    .await
    .ok()?;
    loop {
        let v = next(&mut ws).await?;
        if v["type"] == "room" && v["role"] == id.as_str() {
            return Some((ws, id, ring));
        }
        if v["type"] == "error" {
            return None;
        }
    }
}

/// Whether a state message has the card saying `what`. A search in the text, not a parse:
/// one phone reads one state, but this program reads forty at once and would measure its
/// own JSON parsing instead of the server.
fn has_card(state: &str, what: &str) -> bool {
    // Only a state has cards; results and room messages have no "what".
    state.contains(&format!(r#""what":"{what}""#))
}

async fn phone(a: &Args, n: usize, domains: &[String]) -> (Tally, Option<Ws>) {
    let mut tally = Tally::default();
    let Some((mut ws, _role, ring)) = join(a, n).await else {
        tally.errors += a.cards;
        return (tally, None);
    };
    for c in 0..a.cards {
        let what = format!("p{n}-c{c}");
        let domain = &domains[c % domains.len()];
        let act = json!({"type": "act", "key": what, "action":
            {"kind": "place", "domain": domain, "ring": ring, "what": what}});
        let sent = Instant::now();
        if ws
            .send(Message::Text(act.to_string().into()))
            .await
            .is_err()
        {
            tally.errors += 1;
            continue;
        }
        let (mut answered, mut seen) = (None, false);
        while answered.is_none() || (answered == Some(true) && !seen) {
            let Some(text) = next_text(&mut ws).await else {
                break;
            };
            if has_card(&text, &what) {
                seen = true;
                tally.latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
            } else if text.starts_with(r#"{"type":"result""#) {
                let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                if v["key"] == what.as_str() {
                    answered = v["ok"].as_bool();
                }
            }
        }
        match answered {
            Some(true) if seen => tally.applied += 1,
            Some(false) => tally.refused += 1,
            _ => tally.errors += 1,
        }
    }
    (tally, Some(ws))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let a = Box::leak(Box::new(a));
    // The domains come from the first phone's state.
    let Some((mut probe, _, _)) = join(a, 0).await else {
        eprintln!("error: could not join {}", a.url);
        return std::process::ExitCode::FAILURE;
    };
    let _ = probe.close(None).await;
    let (ws, _) = connect_async(&a.url).await.expect("connects");
    let mut ws = ws;
    let _ = ws
        .send(Message::Text(
            json!({"type": "join", "code": a.code}).to_string().into(),
        ))
        .await;
    let mut domains = Vec::new();
    while domains.is_empty() {
        let Some(v) = next(&mut ws).await else { break };
        if v["type"] == "state" {
            domains = v["domains"]
                .as_array()
                .map(|d| {
                    d.iter()
                        .filter_map(|d| d["id"].as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
        }
    }
    let domains: &'static [String] = Box::leak(domains.into_boxed_slice());
    let started = Instant::now();
    let tasks: Vec<_> = (0..a.phones)
        .map(|n| tokio::spawn(phone(a, n + 1, domains)))
        .collect();
    let mut total = Tally::default();
    let mut sockets = Vec::new();
    for t in tasks {
        if let Ok((tally, ws)) = t.await {
            total.applied += tally.applied;
            total.refused += tally.refused;
            total.errors += tally.errors;
            total.latencies.extend(tally.latencies);
            sockets.extend(ws);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    // Every card on the board exactly once: read the latest state on the watching socket.
    let (mut last, mut state_bytes) = (Value::Null, 0);
    while let Ok(Some(text)) =
        tokio::time::timeout(Duration::from_millis(500), next_text(&mut ws)).await
    {
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if v["type"] == "state" {
            state_bytes = text.len();
            last = v;
        }
    }
    let once = (1..=a.phones).all(|n| {
        (0..a.cards).all(|c| {
            let what = format!("p{n}-c{c}");
            last["tokens"]
                .as_array()
                .is_some_and(|t| t.iter().filter(|t| t["what"] == what.as_str()).count() == 1)
        })
    });
    total.latencies.sort_by(f64::total_cmp);
    let line = json!({
        "phones": a.phones, "cards": a.cards, "applied": total.applied, "refused": total.refused,
        "errors": total.errors, "exactly_once": once,
        "p50_ms": (percentile(&total.latencies, 0.5) * 10.0).round() / 10.0,
        "p95_ms": (percentile(&total.latencies, 0.95) * 10.0).round() / 10.0,
        "seconds": (seconds * 100.0).round() / 100.0,
        "last_state_kb": state_bytes / 1024,
    });
    println!("{line}");
    if a.hold > 0 {
        tokio::time::sleep(Duration::from_secs(a.hold)).await;
    }
    drop(sockets);
    std::process::ExitCode::SUCCESS
}
