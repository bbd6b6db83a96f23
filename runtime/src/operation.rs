//! What every operation shares: the [`OperationInput`] trait generated inputs implement, the
//! functions behind every builder's `build` and `send`, and the paginator ([`Paginator`]).
//! Written once here, mostly as non-generic code; the per-operation rest (the answer into the
//! typed output, [`OperationInput::finish`]) hangs off one generated function per operation,
//! compiled in the programs that call it or, with the generated crate's
//! `precompiled-operations` feature, once in that crate.
//! (The builder type itself, `Call`, is emitted into the generated crate, whose setters are
//! inherent methods on it and so must live in the crate that defines it.)

use crate::client::Client;
use crate::error::{Error, ErrorMeta};
use crate::json::FromJson;
use crate::meta::OperationMeta;
use crate::request::{encode, Request};
use crate::response::{output, read, Answer, Probes, Response};
use crate::transport::HttpResponse;
use crate::validate::ValidationError;
use crate::value::Value;
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

/// The parameters of one operation (the generated `…Input` structs).
pub trait OperationInput: Clone + fmt::Debug + Default {
    /// The operation's parsed answer.
    type Output: FromJson + Response;
    /// The operation's own error enum.
    type Error: From<ErrorMeta>;
    /// Action, product, retry rules and the parameter table.
    const META: &'static OperationMeta;

    /// One value per entry of `META.params`, in order.
    fn values(&self) -> Vec<Value<'_>>;

    /// The idempotency-token parameter, for operations that have one: filled per call when
    /// left unset, and kept across that call's retries.
    fn client_token(&mut self) -> Option<&mut Option<String>> {
        None
    }

    /// Checks every documented constraint; the first broken one is returned.
    fn validate(&self) -> Result<(), ValidationError> {
        encode(Self::META, self.values(), true).map(drop)
    }

    /// The request as it goes on the wire (before signing), without checks.
    fn to_request(&self) -> Request {
        match encode(Self::META, self.values(), false) {
            Ok(r) => r,
            Err(e) => unreachable!("unchecked encoding does not fail: {e}"),
        }
    }

    /// The last, per-operation step of a call: the answer into the typed output, or a
    /// service error into the operation's error enum. Generated as a call of [`finish`], so
    /// that the generic reading path is instantiated where this function is compiled: in the
    /// generated crate when it is built with `precompiled-operations`, else in each program
    /// that calls the operation.
    fn finish(done: Exchanged) -> Result<Self::Output, Error<Self::Error>>;
}

/// What the shared part of a call yields: the answer and its JSON, or a failure not yet
/// mapped to the operation's error enum.
pub type Exchanged = Result<(HttpResponse, Answer), Error<ErrorMeta>>;

/// The body of every [`OperationInput::finish`].
pub fn finish<O, E>(done: Exchanged) -> Result<O, Error<E>>
where
    O: FromJson + Response,
    E: From<ErrorMeta>,
{
    match done {
        Ok((response, answer)) => output(&response, answer),
        Err(e) => Err(e.into_service()),
    }
}

/// A paginated operation: how its pages are named (by number, or by the token each answer
/// gives for the next), and where its items and total are. An operation implements the
/// methods of its kind; the others keep their defaults.
pub trait Paginated: OperationInput {
    type Item;
    /// Pages are named by the token of the previous answer, not by number.
    const BY_TOKEN: bool = false;
    /// The page number set, if any (pages by number).
    fn page_number(&self) -> Option<i64> {
        None
    }
    fn set_page_number(&mut self, _page: i64) {}
    /// The token naming the next page, from an answer (pages by token): absent or empty on
    /// the last page.
    fn next_token(_out: &Self::Output) -> Option<&str> {
        None
    }
    fn set_token(&mut self, _token: String) {}
    /// How many items a page holds.
    fn count(out: &Self::Output) -> usize;
    /// The page's items.
    fn into_items(out: Self::Output) -> Vec<Self::Item>;
    /// The total the service reports, if it does.
    fn total(_out: &Self::Output) -> Option<i64> {
        None
    }
}

/// Checks `input` and returns it, without sending anything: what every builder's `build`
/// does.
pub fn build<I: OperationInput>(input: I) -> Result<I, ValidationError> {
    input.validate()?;
    Ok(input)
}

/// Checks the parameters, then sends the request (with retries) and parses the answer:
/// what every builder's `send` does. Nothing reaches the network when a check fails. An
/// unset client token is filled in, once for all attempts of this call.
///
/// The parameters are checked and encoded here; the rest is [`Sending`].
pub fn send<I: OperationInput>(client: Client, mut input: I) -> Sending<I> {
    fill_token(input.client_token());
    Sending {
        exchange: start(client, I::META, input.values(), Probes::of::<I::Output>()),
        operation: PhantomData,
    }
}

fn fill_token(token: Option<&mut Option<String>>) {
    if let Some(token @ None) = token {
        *token = Some(crate::random::client_token());
    }
}

type Exchange = Pin<Box<dyn Future<Output = Exchanged> + Send>>;

/// Checking, encoding, sending, retrying and reading the JSON of an answer: written once,
/// not generic, so a program that calls many operations compiles it once.
fn start(
    client: Client,
    op: &'static OperationMeta,
    values: Vec<Value<'_>>,
    probes: Probes,
) -> Exchange {
    let request = encode(op, values, true);
    Box::pin(async move {
        let response = client.call(request?).await?;
        let answer = read(&response, probes).map_err(Error::Response)?;
        Ok((response, answer))
    })
}

/// The future of one call (what a builder's `send` returns): resolves to the operation's
/// output or error. Only its last step, turning the JSON into the typed output, is
/// per operation; the request has been checked already, and nothing is sent if that failed.
#[must_use = "a call does nothing unless awaited"]
pub struct Sending<I: OperationInput> {
    exchange: Exchange,
    operation: PhantomData<fn() -> I>,
}

impl<I: OperationInput> fmt::Debug for Sending<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sending")
            .field("action", &I::META.action)
            .finish_non_exhaustive()
    }
}

impl<I: OperationInput> Future for Sending<I> {
    type Output = Result<I::Output, Error<I::Error>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.exchange.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(done) => Poll::Ready(I::finish(done)),
        }
    }
}

/// Pages of a paginated operation, and their items: what a builder's `paginate` returns.
pub struct Paginator<I: Paginated> {
    client: Client,
    next: Option<I>,
    seen: u64,
    /// The token that named the page being read (pages by token): an answer naming the same
    /// page again ends the paging instead of looping.
    token: Option<String>,
    buffered: VecDeque<I::Item>,
}

impl<I: Paginated> fmt::Debug for Paginator<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("client", &self.client)
            .field("next", &self.next)
            .field("seen", &self.seen)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

impl<I: Paginated> Paginator<I> {
    /// Sends one request per page, from the page `input` names (its page number, default 1,
    /// or its token, default the first page), until the last: for pages by number, until the
    /// service's total is reached or a page comes back empty; for pages by token, until an
    /// answer gives no next token (or the service's total is reached). Each page is a call of
    /// its own (with its own retries and client token).
    pub fn new(client: Client, input: I) -> Paginator<I> {
        Paginator {
            client,
            next: Some(input),
            seen: 0,
            token: None,
            buffered: VecDeque::new(),
        }
    }

    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(&mut self) -> Option<Result<I::Output, Error<I::Error>>> {
        let current = self.next.take()?;
        let page = current.page_number().unwrap_or(1);
        let mut following = current.clone();
        let out = match send(self.client.clone(), current).await {
            Ok(out) => out,
            Err(e) => return Some(Err(e)),
        };
        let count = I::count(&out) as u64;
        self.seen += count;
        let below_total = I::total(&out).is_none_or(|total| (self.seen as i64) < total);
        let more = if I::BY_TOKEN {
            match I::next_token(&out) {
                Some(t) if !t.is_empty() && below_total && self.token.as_deref() != Some(t) => {
                    following.set_token(t.to_owned());
                    self.token = Some(t.to_owned());
                    true
                }
                _ => false,
            }
        } else {
            following.set_page_number(page + 1);
            count > 0 && below_total
        };
        if more {
            if let Some(token) = following.client_token() {
                *token = None;
            }
            self.next = Some(following);
        }
        Some(Ok(out))
    }

    /// The next item, fetching pages as needed.
    pub async fn next_item(&mut self) -> Option<Result<I::Item, Error<I::Error>>> {
        loop {
            if let Some(item) = self.buffered.pop_front() {
                return Some(Ok(item));
            }
            match self.next_page().await? {
                Ok(out) => self.buffered.extend(I::into_items(out)),
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Every item of every page.
    pub async fn collect_items(mut self) -> Result<Vec<I::Item>, Error<I::Error>> {
        let mut all = Vec::new();
        while let Some(item) = self.next_item().await {
            all.push(item?);
        }
        Ok(all)
    }
}
