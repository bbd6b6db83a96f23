//! Listening and accepting, so that thousands of callers are either served or refused at once,
//! never left waiting: a deep listen backlog, and a quick `503 ServiceUnavailable` (then a
//! closed connection) for a connection beyond the emulator's cap or one accepted while the
//! process is out of file descriptors (a descriptor kept in reserve is given up to accept it).

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::oneshot;

/// Connections the kernel may hold for the emulator before it accepts them (it caps this at
/// `net.core.somaxconn`, 4096 on current Linux). Tokio's default is 1024; when the queue is
/// full, new callers' SYNs are dropped and they wait on retransmissions. 5,000 callers with a
/// connection each ran clean with either (BENCHMARKS.md, section 8): the depth is margin for
/// callers that connect all at once.
pub const LISTEN_BACKLOG: u32 = 8192;

pub fn bind(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

/// Accepts connections, giving up its reserve descriptor to accept (and refuse) one when the
/// process has none left.
pub struct Acceptor {
    listener: TcpListener,
    reserve: Option<std::fs::File>,
}

/// Out of file descriptors, for the process (EMFILE) or the system (ENFILE).
fn out_of_descriptors(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(23 | 24))
}

fn reserve() -> Option<std::fs::File> {
    std::fs::File::open("/dev/null").ok()
}

impl Acceptor {
    pub fn new(listener: TcpListener) -> Acceptor {
        Acceptor {
            listener,
            reserve: reserve(),
        }
    }

    /// The next connection to serve, or `None` once `stop` fires. Connections accepted to be
    /// refused are counted in `refused` and answered here.
    pub async fn next(
        &mut self,
        stop: &mut oneshot::Receiver<()>,
        refused: &std::sync::atomic::AtomicU64,
    ) -> Option<TcpStream> {
        loop {
            if self.reserve.is_none() {
                self.reserve = reserve();
            }
            let accepted = std::future::poll_fn(|cx| {
                if Pin::new(&mut *stop).poll(cx).is_ready() {
                    return Poll::Ready(None);
                }
                self.listener.poll_accept(cx).map(Some)
            })
            .await;
            match accepted {
                None => return None,
                Some(Ok((stream, _))) => return Some(stream),
                Some(Err(e)) if out_of_descriptors(&e) && self.reserve.is_some() => {
                    // Free one descriptor, take the waiting connection with it, refuse it.
                    self.reserve = None;
                    if let Ok((stream, _)) = self.listener.accept().await {
                        refused.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        refuse(stream);
                    }
                }
                // Still out of descriptors, or another failure: wait instead of spinning.
                Some(Err(_)) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }
}

/// What a refused connection is told, in the service's error shape.
fn refusal() -> Vec<u8> {
    let request_id = alicloud_migration_runtime::client_token().to_ascii_uppercase();
    let body = crate::problem::Problem::new(
        503,
        "ServiceUnavailable",
        "The emulator is serving as many connections as it takes; retry.",
    )
    .body(&request_id, "127.0.0.1");
    let mut out = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json;charset=utf-8\r\n\
         x-acs-request-id: {request_id}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

/// Answers `503 ServiceUnavailable` without reading the request, then closes: the client
/// sees the answer (its retry policy retries it) or, at worst, a closed connection, at once.
pub fn refuse(mut stream: TcpStream) {
    tokio::spawn(async move {
        let _ = stream.write_all(&refusal()).await;
        let _ = stream.shutdown().await;
        // Read what the client sent before closing: closing with unread bytes would reset the
        // connection and could discard the answer before the client reads it.
        let mut sink = [0u8; 4096];
        let drain = async {
            let mut total = 0usize;
            while total < 64 * 1024 {
                match stream.read(&mut sink).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => total += n,
                }
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(1), drain).await;
    });
}
