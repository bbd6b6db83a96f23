// @generated from specs/*/product.yaml by `cargo run -p codegen -- generate`. Do not edit: change the spec and regenerate.
//! One module per product, each behind its cargo feature, and the builder
//! type their operations share.
use crate::runtime as rt;
#[cfg(feature = "dataworks-public")]
pub mod dataworks_public;
#[cfg(feature = "dts")]
pub mod dts;
#[cfg(feature = "rds")]
pub mod rds;
/// A call being prepared: the client and the parameters set so far. Every
/// operation's builder is one (`rds::CancelImport` is `Call<CancelImportInput>`),
/// with a setter per parameter; [`send`](Call::send) checks and sends it.
///
/// `M` is the mode: [`Single`] (one call) by default, or a waiter's type (such as
/// `dts::DtsJobRunningWaiter`), which polls the operation with
/// [`wait`](Call::wait) instead.
#[derive(Clone, Debug)]
pub struct Call<I, M = Single> {
    client: rt::Client,
    input: I,
    mode: M,
}
/// The default mode of [`Call`]: the operation is sent once (with its retries).
#[derive(Clone, Copy, Debug, Default)]
pub struct Single;
/// A call of operation `I` on `client` with no parameters set, which each product
/// client's operation methods return (a function, for the reason above).
#[inline]
fn call<I: Default, M: Default>(client: &rt::Client) -> Call<I, M> {
    Call {
        client: client.clone(),
        input: I::default(),
        mode: M::default(),
    }
}
impl<I, M> Call<I, M> {
    /// The parameters set so far.
    #[inline]
    pub fn input(&self) -> &I {
        &self.input
    }
    /// The parameters, to change in place.
    #[inline]
    pub fn input_mut(&mut self) -> &mut I {
        &mut self.input
    }
}
impl<I: rt::OperationInput> Call<I> {
    /// Checks the parameters and returns them, without sending anything.
    #[inline]
    pub fn build(self) -> Result<I, crate::ValidationError> {
        rt::build(self.input)
    }
    /// Checks the parameters, then sends the request (with retries) and parses the
    /// answer. Nothing reaches the network when a check fails. The future is `Send`
    /// and `'static`; it resolves to the output or a [`crate::Error`].
    #[inline]
    pub fn send(self) -> crate::Sending<I> {
        rt::send(self.client, self.input)
    }
}
impl<I: rt::Paginated> Call<I> {
    /// Sends one request per page, from the page set (its number, default 1, or its
    /// token, default the first page), until the last: for pages by number, until the
    /// service's total is reached or a page comes back empty; for pages by token, until
    /// an answer names no next page. Each page is a call of its own (with its own
    /// retries and client token).
    #[inline]
    pub fn paginate(self) -> crate::Paginator<I> {
        rt::Paginator::new(self.client, self.input)
    }
}
impl<W: rt::Waiter> Call<W::Input, W> {
    /// Limits the whole wait to `limit` instead of the waiter's documented default.
    #[inline]
    pub fn max_wait(mut self, limit: std::time::Duration) -> Self {
        self.mode.options().max_wait = Some(limit);
        self
    }
    /// Polls first after `min`, doubling the delay (with jitter) up to `max`, instead
    /// of the waiter's documented delays.
    #[inline]
    pub fn delays(mut self, min: std::time::Duration, max: std::time::Duration) -> Self {
        self.mode.options().delays = Some((min, max));
        self
    }
    /// Polls the operation until the state is one the waiter documents as success
    /// (returning that answer) or failure, or the time limit passes. Each poll is an
    /// ordinary call with its own retries; nothing is sent when a check fails.
    #[inline]
    pub async fn wait(
        self,
    ) -> Result<
        <W::Input as rt::OperationInput>::Output,
        crate::WaitError<<W::Input as rt::OperationInput>::Error>,
    > {
        rt::wait(&self.client, self.input, self.mode).await
    }
}
