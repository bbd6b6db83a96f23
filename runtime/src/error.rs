//! The error every call returns: `Error<E>`, where `E` is the operation's own error enum.

use crate::validate::ValidationError;
use std::fmt;
use std::time::Duration;

/// What went wrong with a call.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// A parameter broke a documented rule; nothing was sent.
    Validation(ValidationError),
    /// The service answered with an error code (HTTP 4xx/5xx, or a failure inside a 200 body).
    Service(E),
    /// No usable credentials; nothing was sent.
    Credentials(CredentialsError),
    /// The request did not complete: connection, timeout, or an oversized body.
    Transport(TransportError),
    /// The service answered with a body that is not what the documentation describes.
    Response(ResponseError),
}

impl<E> From<ValidationError> for Error<E> {
    fn from(e: ValidationError) -> Self {
        Error::Validation(e)
    }
}

impl Error<ErrorMeta> {
    /// Maps a service error to the operation's own error enum.
    pub fn into_service<E: From<ErrorMeta>>(self) -> Error<E> {
        match self {
            Error::Validation(e) => Error::Validation(e),
            Error::Service(m) => Error::Service(E::from(m)),
            Error::Credentials(e) => Error::Credentials(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Response(e) => Error::Response(e),
        }
    }
}

impl<E> Error<E> {
    /// The service's error, if that is what this is.
    pub fn service(&self) -> Option<&E> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => e.fmt(f),
            Error::Service(e) => write!(f, "service error: {e}"),
            Error::Credentials(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Response(e) => e.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(e) => Some(e),
            Error::Service(e) => Some(e),
            Error::Credentials(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Response(e) => Some(e),
        }
    }
}

/// What the service said about a failure: the fields of its error body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorMeta {
    /// HTTP status (200 for a failure reported inside a success body).
    pub status: u16,
    /// The error code exactly as sent, e.g. `InvalideStatus.Format`.
    pub code: String,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub host_id: Option<String>,
    /// A troubleshooting URL.
    pub recommend: Option<String>,
    /// The delay the service asked for (`x-acs-retry-after`).
    pub retry_after: Option<Duration>,
    /// How many attempts the call made.
    pub attempts: u32,
}

impl ErrorMeta {
    /// Throttling codes (`Throttling`, `Throttling.User`, ...): the request was not processed.
    pub fn is_throttling(&self) -> bool {
        self.code == "Throttling" || self.code.starts_with("Throttling.")
    }
}

impl fmt::Display for ErrorMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (HTTP {})",
            if self.code.is_empty() {
                "no code"
            } else {
                &self.code
            },
            self.status
        )?;
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request {id}]")?;
        }
        Ok(())
    }
}

/// Why credentials could not be had. Never carries a secret.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CredentialsError {
    pub kind: CredentialsErrorKind,
    /// Names the source and what to fix.
    pub message: String,
}

/// What kind of failure a [`CredentialsError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// No source is configured (nothing to fix in a source: configure one).
    NotFound,
    /// A source is present but broken: a file that does not parse, a missing field, a mode
    /// that is not supported, an answer that is not what the service sends.
    Invalid,
    /// The credentials service refused (an HTTP 4xx): wrong role, keys or token. Not retried
    /// until the next refresh is due.
    Refused,
    /// The credentials service could not be reached or failed (a network error, a timeout,
    /// an HTTP 5xx), and no unexpired credentials were held.
    Unavailable,
}

impl CredentialsError {
    pub fn new(kind: CredentialsErrorKind, message: impl Into<String>) -> CredentialsError {
        CredentialsError {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no usable credentials: {}", self.message)
    }
}

impl std::error::Error for CredentialsError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// Could not connect (the request was not sent).
    Connect,
    /// No complete answer within the timeout.
    Timeout,
    /// The connection failed while the request or answer was in flight.
    Io,
    /// The answer was larger than the configured cap.
    BodyTooLarge,
}

/// The request did not complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportError {
    pub kind: TransportErrorKind,
    pub message: String,
    /// How many attempts the call made.
    pub attempts: u32,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::Io => "connection failed",
            TransportErrorKind::BodyTooLarge => "response body too large",
        };
        write!(
            f,
            "{what} after {} attempt(s): {}",
            self.attempts, self.message
        )
    }
}

impl std::error::Error for TransportError {}

/// A body that is not the documented JSON: status, why, and the start of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseError {
    pub status: u16,
    pub reason: String,
    /// The first bytes of the body, lossily decoded.
    pub excerpt: String,
    pub request_id: Option<String>,
}

impl ResponseError {
    pub(crate) fn new(
        status: u16,
        body: &[u8],
        reason: String,
        request_id: Option<String>,
    ) -> ResponseError {
        const MAX: usize = 200;
        let cut = body.len().min(MAX);
        let mut excerpt = String::from_utf8_lossy(&body[..cut]).into_owned();
        if body.len() > MAX {
            excerpt.push('…');
        }
        ResponseError {
            status,
            reason,
            excerpt,
            request_id,
        }
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unexpected response (HTTP {}): {}",
            self.status, self.reason
        )?;
        if !self.excerpt.is_empty() {
            write!(f, "; body starts {:?}", self.excerpt)?;
        } else {
            write!(f, "; body is empty")?;
        }
        Ok(())
    }
}

impl std::error::Error for ResponseError {}
