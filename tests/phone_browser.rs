//! The phone page in a real browser: headless Chromium at 390×844, driven over the DevTools
//! protocol on 127.0.0.1, against the `samenspel room` binary on 127.0.0.1. It joins with
//! the code, takes a role, taps a cell, types a card, and finds the card in the autosave.
//! Screenshots of each step go to target/phone-shots/ (the docs use the best ones).
//! Without `chromium` on the machine the test says so and passes (scripts/test.sh installs it).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Wait for `check` to give Some, at most `limit`.
fn poll<T>(limit: Duration, mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(v) = check() {
            return Some(v);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

/// GET a path from 127.0.0.1:port; the body, read up to its Content-Length.
fn http_get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = s.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf).to_string();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length: usize = head.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse().ok())
            })??;
            if body.len() >= length {
                return Some(body.to_string());
            }
        }
    }
}

struct Page {
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    id: u64,
}

impl Page {
    async fn call(&mut self, method: &str, params: Value) -> Value {
        self.id += 1;
        let id = self.id;
        let msg = json!({"id": id, "method": method, "params": params});
        self.ws
            .send(Message::Text(msg.to_string().into()))
            .await
            .unwrap();
        let wait = async {
            while let Some(Ok(m)) = self.ws.next().await {
                if let Message::Text(t) = m {
                    let v: Value = serde_json::from_str(&t).unwrap();
                    if v["id"] == id {
                        return v;
                    }
                }
            }
            panic!("DevTools connection ended");
        };
        tokio::time::timeout(Duration::from_secs(20), wait)
            .await
            .expect("DevTools answered")
    }

    async fn eval(&mut self, js: &str) -> Value {
        let r = self
            .call(
                "Runtime.evaluate",
                json!({"expression": js, "returnByValue": true}),
            )
            .await;
        r["result"]["result"]["value"].clone()
    }

    /// Wait until `js` is true in the page (bounded).
    async fn until(&mut self, js: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(15) {
            if self.eval(js).await == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page never got to: {js}");
    }

    /// Save the screen as `name`.png, after checking that nothing sticks out sideways.
    async fn shot(&mut self, dir: &Path, name: &str) {
        let wide = self.eval("document.documentElement.scrollWidth").await;
        assert!(
            wide.as_f64().unwrap() <= 390.0,
            "{name}: the page is {wide} px wide"
        );
        let r = self
            .call("Page.captureScreenshot", json!({"format": "png"}))
            .await;
        let data = r["result"]["data"].as_str().unwrap();
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Click the first button whose text is `label`.
    async fn tap(&mut self, label: &str) {
        let js = format!(
            "(() => {{ const b = [...document.querySelectorAll('button')].find(b => b.textContent === {label:?}); if (!b) return false; b.click(); return true; }})()"
        );
        self.until(&js).await;
    }
}

fn start_room(save: &Path) -> (Killed, std::process::ChildStdin, u16, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_samenspel"))
        .args([
            "room",
            "tess",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--step",
            "2",
            "--autosave",
        ])
        .arg(save)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let join = lines.next().unwrap().unwrap();
    let code = lines.next().unwrap().unwrap().replace("code: ", "");
    std::thread::spawn(move || lines.for_each(drop));
    let port = join["join: http://127.0.0.1:".len()..]
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    (Killed(child), stdin, port, code)
}

fn start_chromium(profile: &Path) -> Option<(Killed, u16)> {
    let child = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=390,844",
            "about:blank",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let child = Killed(child);
    let port = poll(Duration::from_secs(30), || {
        let text = std::fs::read_to_string(profile.join("DevToolsActivePort")).ok()?;
        text.lines().next()?.trim().parse().ok()
    })?;
    Some((child, port))
}

/// One phone's whole visit, step by step, in one browser: each step needs the page the
/// step before left behind, which is why this is one long test and not several.
#[tokio::test]
async fn a_phone_joins_takes_a_role_and_lays_a_card() {
    if Command::new("chromium").arg("--version").output().is_err() {
        eprintln!("chromium is not installed: skipping the browser test");
        return;
    }
    let dir = std::env::temp_dir().join(format!("samenspel-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("profile")).unwrap();
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/phone-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let save = dir.join("session.ron");
    let (_room, mut room_stdin, port, code) = start_room(&save);
    let (_browser, devtools) = start_chromium(&dir.join("profile")).expect("chromium starts");
    let list = poll(Duration::from_secs(10), || http_get(devtools, "/json/list")).unwrap();
    let targets: Value = serde_json::from_str(&list).unwrap();
    let page = targets
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["type"] == "page")
        .unwrap();
    let url = page["webSocketDebuggerUrl"].as_str().unwrap();
    assert!(url.starts_with("ws://127.0.0.1:"), "{url}");
    let ws = tokio_tungstenite::connect_async(url).await.unwrap().0;
    let mut p = Page { ws, id: 0 };
    let metrics = json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true});
    p.call("Emulation.setDeviceMetricsOverride", metrics).await;
    p.call(
        "Page.navigate",
        json!({"url": format!("http://127.0.0.1:{port}/?code={code}")}),
    )
    .await;
    p.until(
        "!!document.getElementById('join') && document.getElementById('status').textContent === ''",
    )
    .await;
    p.shot(&shots, "1-join").await;
    p.eval("document.getElementById('name').value = 'Anna'")
        .await;
    p.tap("Meedoen").await;
    p.until("document.body.textContent.includes('Kies een rol')")
        .await;
    p.shot(&shots, "2-roles").await;
    p.tap("Moeder").await;
    p.until("document.body.textContent.includes('Steun leggen')")
        .await;
    p.shot(&shots, "3-cells").await;
    // The facilitator deals the starting cards: the mother's two are in this phone's hand.
    writeln!(room_stdin, "deal").unwrap();
    room_stdin.flush().unwrap();
    p.until("document.body.textContent.includes('In je hand (2)')")
        .await;
    p.eval("window.scrollTo(0, 0)").await;
    p.shot(&shots, "3-hand").await;
    p.tap("Op het bord leggen").await;
    p.until("document.body.textContent.includes('In je hand (1)') && document.getElementById('status').textContent === 'Gelukt.'").await;
    let laid = poll(Duration::from_secs(10), || {
        let saved = std::fs::read_to_string(&save).ok()?;
        let session = samenspel_engine::Session::from_bytes("autosave", saved.as_bytes()).ok()?;
        (session.state.hand.len() + 1 == session.scenario.board.tokens.len()).then_some(())
    });
    assert!(
        laid.is_some(),
        "the laid card left the hand in the autosave"
    );
    p.tap("Wonen").await;
    p.until("!!document.getElementById('what')").await;
    p.eval("document.getElementById('what').value = 'Helpt met verhuizen'; document.getElementById('often').value = 'eenmalig'").await;
    p.shot(&shots, "4-card").await;
    p.tap("Kaart leggen").await;
    p.until("document.body.textContent.includes('Helpt met verhuizen') && document.getElementById('status').textContent === 'Gelukt.'").await;
    p.eval("[...document.querySelectorAll('h2')].find(h => h.textContent === 'Jouw kaarten').scrollIntoView()").await;
    p.shot(&shots, "5-laid").await;
    p.eval("document.querySelector('.wheel').scrollIntoView()")
        .await;
    p.shot(&shots, "6-wheel").await;
    let saved = std::fs::read_to_string(&save).unwrap();
    assert!(
        saved.contains("Helpt met verhuizen"),
        "the card is in the autosave"
    );
    // Text is at least 16 px and every button at least 44 px tall.
    let small = p.eval("[...document.querySelectorAll('p,li,label,button,input,summary')].filter(e => e.offsetParent && parseFloat(getComputedStyle(e).fontSize) < 16).length").await;
    assert_eq!(small, json!(0));
    let low = p.eval("[...document.querySelectorAll('button')].filter(b => b.offsetParent && b.getBoundingClientRect().height < 44).length").await;
    assert_eq!(low, json!(0));
    p.tap("English").await;
    p.until("document.body.textContent.includes('Your cards')")
        .await;
    p.eval("window.scrollTo(0, 0)").await;
    p.shot(&shots, "7-english").await;
    // Step 4: the facilitator moves on; the phone votes and posts a post-it.
    p.tap("Nederlands").await;
    writeln!(room_stdin, "next").unwrap();
    writeln!(room_stdin, "next").unwrap();
    room_stdin.flush().unwrap();
    p.until("document.body.textContent.includes('Stemmen met de voeten')")
        .await;
    p.tap("Eens").await;
    p.until("!!document.querySelector('button.chosen')").await;
    // A question with answers: one tap on the answer, which then shows as chosen.
    p.tap("Uitvoering").await;
    p.until(
        "[...document.querySelectorAll('button.chosen')].some(b => b.textContent === 'Uitvoering')",
    )
    .await;
    p.eval("[...document.querySelectorAll('button')].find(b => b.textContent === 'Uitvoering').closest('.card').scrollIntoView({block: 'center'})")
        .await;
    p.shot(&shots, "8-question").await;
    p.eval("document.getElementById('note').value = 'Wie regelt de zorgverzekering?'")
        .await;
    p.tap("Plakken").await;
    p.until("document.getElementById('status').textContent === 'Gelukt.'")
        .await;
    p.eval("document.getElementById('note').scrollIntoView()")
        .await;
    p.shot(&shots, "8-reflection").await;
    // The same phone as the observer: the observation form.
    p.tap("Rol teruggeven").await;
    p.tap("Waarnemer").await;
    p.until("!!document.querySelector('[data-score=\"samen_plan:Vaak\"]')")
        .await;
    p.eval("document.querySelector('[data-score=\"samen_plan:Vaak\"]').click()")
        .await;
    p.until(
        "document.querySelector('[data-score=\"samen_plan:Vaak\"]').classList.contains('chosen')",
    )
    .await;
    p.eval("document.getElementById('form').scrollIntoView()")
        .await;
    p.shot(&shots, "9-observer").await;
    let low = p.eval("[...document.querySelectorAll('button')].filter(b => b.offsetParent && b.getBoundingClientRect().height < 44).length").await;
    assert_eq!(low, json!(0), "the form's buttons are tap targets too");
    let observed = poll(Duration::from_secs(10), || {
        let saved = std::fs::read_to_string(&save).ok()?;
        saved.contains("samen_plan").then_some(())
    });
    assert!(observed.is_some(), "the observation is in the autosave");
    let answered = poll(Duration::from_secs(10), || {
        let saved = std::fs::read_to_string(&save).ok()?;
        saved.contains("\"uitvoering\"").then_some(())
    });
    assert!(answered.is_some(), "the phone's answer is in the autosave");
    // The answer can come a moment before the autosave is written: wait for it (bounded).
    let note = poll(Duration::from_secs(10), || {
        let saved = std::fs::read_to_string(&save).ok()?;
        saved
            .contains("Wie regelt de zorgverzekering?")
            .then_some(())
    });
    assert!(note.is_some(), "the post-it is in the autosave");
    let _ = std::fs::remove_dir_all(&dir);
}
