//! What every operation shares: the [`OperationInput`] trait generated inputs implement, the
//! call that sends them ([`Call`]) and the paginator ([`Paginator`]). Written once here as
//! generic code, so the generated crate carries no per-operation copy of the call path; the
//! compiler instantiates it only for the operations a program actually uses.

use super::client::Client;
use super::error::{Error, ErrorMeta};
use super::json::FromJson;
use super::meta::OperationMeta;
use super::request::{encode, Request, Value};
use super::response::{parse, Response};
use super::validate::ValidationError;
use std::collections::VecDeque;
use std::fmt;

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
}

/// A paginated operation: where its page number and items are.
pub trait Paginated: OperationInput {
    type Item;
    /// The page number set, if any.
    fn page_number(&self) -> Option<i64>;
    fn set_page_number(&mut self, page: i64);
    /// How many items a page holds.
    fn count(out: &Self::Output) -> usize;
    /// The page's items.
    fn into_items(out: Self::Output) -> Vec<Self::Item>;
    /// The total the service reports, if it does.
    fn total(out: &Self::Output) -> Option<i64>;
}

/// A call being prepared: the client and the parameters set so far. Every operation's builder
/// is one (`rds::CancelImport` is `Call<CancelImportInput>`); the generated code adds a setter
/// per parameter.
#[derive(Clone, Debug)]
pub struct Call<I> {
    client: Client,
    // Generated setters assign this field directly: a method call on `Call<…>` makes the
    // compiler look through every operation's inherent impl of `Call`, which is quadratic
    // in the number of operations.
    pub(crate) input: I,
}

/// A call of operation `I` on `client`, with no parameters set (what each product client's
/// operation methods return). A free function, for the same reason the `input` field is
/// assigned directly.
pub fn call<I: OperationInput>(client: &Client) -> Call<I> {
    Call {
        client: client.clone(),
        input: I::default(),
    }
}

impl<I: OperationInput> Call<I> {
    /// The parameters set so far.
    pub fn input(&self) -> &I {
        &self.input
    }

    /// The parameters, to change in place.
    pub fn input_mut(&mut self) -> &mut I {
        &mut self.input
    }

    /// Checks the parameters and returns them, without sending anything.
    pub fn build(self) -> Result<I, ValidationError> {
        self.input.validate()?;
        Ok(self.input)
    }

    /// Checks the parameters, then sends the request (with retries) and parses the answer.
    /// Nothing reaches the network when a check fails.
    pub async fn send(self) -> Result<I::Output, Error<I::Error>> {
        let Call { client, mut input } = self;
        if let Some(token) = input.client_token() {
            if token.is_none() {
                *token = Some(super::random::client_token());
            }
        }
        let request = encode(I::META, input.values(), true)?;
        let response = client
            .call(request)
            .await
            .map_err(|e| e.into_service::<I::Error>())?;
        parse(&response)
    }
}

impl<I: Paginated> Call<I> {
    /// Sends one request per page, from the page number set (default 1), until the
    /// service's total is reached or a page comes back empty. Each page is a call of its own
    /// (with its own retries and client token).
    pub fn paginate(self) -> Paginator<I> {
        Paginator {
            next: Some(self),
            seen: 0,
            buffered: VecDeque::new(),
        }
    }
}

/// Pages of a paginated operation, and their items.
pub struct Paginator<I: Paginated> {
    next: Option<Call<I>>,
    seen: u64,
    buffered: VecDeque<I::Item>,
}

impl<I: Paginated> fmt::Debug for Paginator<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("next", &self.next)
            .field("seen", &self.seen)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

impl<I: Paginated> Paginator<I> {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(&mut self) -> Option<Result<I::Output, Error<I::Error>>> {
        let current = self.next.take()?;
        let page = current.input.page_number().unwrap_or(1);
        let mut following = current.clone();
        let out = match current.send().await {
            Ok(out) => out,
            Err(e) => return Some(Err(e)),
        };
        let count = I::count(&out) as u64;
        self.seen += count;
        let more = count > 0 && I::total(&out).is_none_or(|total| (self.seen as i64) < total);
        if more {
            following.input.set_page_number(page + 1);
            if let Some(token) = following.input.client_token() {
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
