//! The room server: phones join the game over the room's own network. It runs in its own
//! thread (a small tokio runtime with axum), only while joining is on. It never changes
//! the session: what a phone asks for is put in the inbox, the owner of the session (the
//! Bevy game, or the headless host) is woken, carries it out through its one command path
//! and publishes the new state, which goes to every phone.

pub mod apply;
pub mod headless;
pub mod protocol;
pub mod qr;
pub mod registry;
mod server;

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::watch;

use protocol::PhoneAction;
use registry::Registry;
use samenspel_engine::session::RoomSeats;

/// Where the server listens.
#[derive(Clone, Debug)]
pub struct RoomConfig {
    /// None: every interface, and the laptop's network address in the join line.
    pub bind: Option<IpAddr>,
    /// 0 for any free port.
    pub port: u16,
    /// Several phones may take the same role.
    pub share_roles: bool,
}

/// A phone's request, waiting for the session's owner.
#[derive(Clone, Debug, PartialEq)]
pub struct Inbound {
    pub phone: u32,
    pub key: String,
    pub action: PhoneAction,
}

/// The state every phone sees, once per language, as JSON. Shared bytes: sending it to
/// forty phones copies nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub nl: axum::extract::ws::Utf8Bytes,
    pub en: axum::extract::ws::Utf8Bytes,
}

/// What the server thread and the session's owner share.
pub struct Shared {
    pub code: String,
    pub url: String,
    pub port: u16,
    registry: Mutex<Registry>,
    inbox: Mutex<VecDeque<Inbound>>,
    /// When the oldest request now in the inbox arrived (for timing the owner's answer).
    first_at: Mutex<Option<std::time::Instant>>,
    wake: Box<dyn Fn() + Send + Sync>,
    state: watch::Sender<Snapshot>,
    room: watch::Sender<u64>,
}

impl Shared {
    pub fn registry(&self) -> MutexGuard<'_, Registry> {
        // A panic while holding the lock cannot leave the registry half-changed in a way
        // that matters more than stopping the room would; carry on with its data.
        self.registry.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Take everything phones asked for since the last call.
    pub fn take_inbox(&self) -> Vec<Inbound> {
        let mut inbox = self.inbox.lock().unwrap_or_else(|e| e.into_inner());
        inbox.drain(..).collect()
    }

    /// The inbox, and how long its oldest request waited for the owner.
    pub fn take_inbox_waited(&self) -> (Vec<Inbound>, Option<std::time::Duration>) {
        let mut inbox = self.inbox.lock().unwrap_or_else(|e| e.into_inner());
        let first = self
            .first_at
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        (inbox.drain(..).collect(), first.map(|t| t.elapsed()))
    }

    fn push(&self, inbound: Inbound) {
        let mut inbox = self.inbox.lock().unwrap_or_else(|e| e.into_inner());
        if inbox.is_empty() {
            *self.first_at.lock().unwrap_or_else(|e| e.into_inner()) =
                Some(std::time::Instant::now());
        }
        inbox.push_back(inbound);
        drop(inbox);
        (self.wake)();
    }

    /// The registry changed: tell the phones (who is who) and wake the owner (the panel).
    pub fn room_changed(&self) {
        self.room.send_modify(|v| *v += 1);
        (self.wake)();
    }

    /// The room as the session file keeps it, for phones coming back after a restart.
    pub fn seats(&self) -> RoomSeats {
        RoomSeats {
            code: self.code.clone(),
            port: self.port,
            phones: self.registry().seats(),
        }
    }

    /// The state the phones have now, in Dutch.
    #[cfg(test)]
    pub fn current_state(&self) -> String {
        self.state.borrow().nl.to_string()
    }

    /// A new state for every phone (sent only when it differs from the last one).
    pub fn publish(&self, snapshot: Snapshot) {
        self.state.send_if_modified(|s| {
            let new = *s != snapshot;
            *s = snapshot;
            new
        });
    }
}

/// A running room server. Dropping it stops the server and lets every phone go.
pub struct RoomServer {
    pub shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for RoomServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The address phones use: the bound one, or for "every interface" the address of the
/// interface that reaches the local network. A UDP "connect" sends nothing; it only asks
/// the system which interface it would use.
fn public_ip(bind: Option<IpAddr>) -> IpAddr {
    if let Some(ip) = bind.filter(|ip| !ip.is_unspecified()) {
        return ip;
    }
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(10, 255, 255, 255), 9))?;
            s.local_addr()
        })
        .map(|a| a.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// A random string of `n` symbols from `alphabet`, from the system's entropy.
pub fn random_string(alphabet: &[u8], n: usize) -> String {
    let mut bytes = vec![0u8; n];
    if getrandom::fill(&mut bytes).is_err() {
        // No entropy source: refuse to make a guessable secret.
        return String::new();
    }
    bytes
        .iter()
        .map(|b| alphabet[*b as usize % alphabet.len()] as char)
        .collect()
}

/// Room codes: no 0/O, 1/I/L to mix up when read from the projector.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// Whether a code from a session file looks like one this server makes (a hand-edited
/// file gets a new code rather than a guessable one).
fn is_room_code(code: &str) -> bool {
    code.len() == 4 && code.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

impl RoomServer {
    /// Bind and start the server; `wake` is called whenever the owner has work. With the
    /// seats of an earlier run (a resumed session), the room keeps its code, its port if it
    /// is free and no other port was asked for, and its phones' tokens and roles.
    pub fn start(
        config: &RoomConfig,
        roles: Vec<String>,
        wake: Box<dyn Fn() + Send + Sync>,
        earlier: Option<&RoomSeats>,
    ) -> std::io::Result<RoomServer> {
        let bind = config.bind.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let same_port = earlier
            .map(|e| e.port)
            .filter(|p| *p != 0 && config.port == 0)
            .and_then(|p| TcpListener::bind((bind, p)).ok());
        let listener = match same_port {
            Some(l) => l,
            None => TcpListener::bind((bind, config.port))?,
        };
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let code = match earlier.filter(|e| is_room_code(&e.code)) {
            Some(e) => e.code.clone(),
            None => random_string(CODE_ALPHABET, 4),
        };
        if code.is_empty() {
            return Err(std::io::Error::other("no source of randomness"));
        }
        let host = SocketAddr::new(public_ip(config.bind), addr.port());
        let mut registry = Registry::new();
        registry.roles = roles;
        registry.share_roles = config.share_roles;
        if let Some(e) = earlier {
            registry.restore(&e.phones);
        }
        let shared = Arc::new(Shared {
            url: format!("http://{host}/?code={code}"),
            port: addr.port(),
            code,
            registry: Mutex::new(registry),
            inbox: Mutex::new(VecDeque::new()),
            first_at: Mutex::new(None),
            wake,
            state: watch::channel(Snapshot::default()).0,
            room: watch::channel(0).0,
        });
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let served = shared.clone();
        let thread = std::thread::Builder::new()
            .name("room".into())
            .spawn(move || server::run(runtime, listener, served, stopped))?;
        Ok(RoomServer {
            shared,

            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The two lines for stdout: where to join, and the code.
    pub fn announce(&self) -> String {
        format!("join: {}\ncode: {}", self.shared.url, self.shared.code)
    }
}
