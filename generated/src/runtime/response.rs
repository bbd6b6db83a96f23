//! Turning a successful HTTP answer into the operation's output, and an error answer into
//! [`ErrorMeta`].

use super::error::{Error, ErrorMeta, ResponseError};
use super::json::{field, object, FromJson};
use super::transport::HttpResponse;

/// A failure reported inside an HTTP 200 body.
#[derive(Clone, Debug, Default)]
pub struct BodyFailure {
    pub code: Option<String>,
    pub message: Option<String>,
}

/// What the runtime needs to know about an operation's output.
pub trait Response {
    fn request_id(&self) -> Option<&str> {
        None
    }

    /// `Some` when the body says the call failed although the status was 200.
    fn failure(&self) -> Option<BodyFailure> {
        None
    }

    /// `Some` when a 2xx body carries an error `Code` the operation does not document.
    fn undocumented_error(&self) -> Option<BodyFailure> {
        None
    }
}

/// Parses a 2xx body as `O`; an in-body failure becomes the operation's error.
pub fn parse<O: FromJson + Response, E: From<ErrorMeta>>(
    response: &HttpResponse,
) -> Result<O, Error<E>> {
    let request_id = || response.header("x-acs-request-id").map(str::to_owned);
    let fail = |reason: String| {
        Error::Response(ResponseError::new(
            response.status,
            &response.body,
            reason,
            request_id(),
        ))
    };
    if response.body.is_empty() {
        return Err(fail("empty body where JSON was expected".to_owned()));
    }
    let value: serde_json::Value = serde_json::from_slice(&response.body)
        .map_err(|e| fail(format!("not the documented JSON: {e}")))?;
    let output = O::from_json(value).map_err(|e| fail(format!("not the documented JSON: {e}")))?;
    if let Some(f) = output.failure().or_else(|| output.undocumented_error()) {
        return Err(Error::Service(E::from(ErrorMeta {
            status: response.status,
            code: f.code.unwrap_or_default(),
            message: f.message,
            request_id: output.request_id().map(str::to_owned).or_else(request_id),
            ..ErrorMeta::default()
        })));
    }
    Ok(output)
}

/// A 4xx/5xx answer: the service's error if the body names a code, else a [`ResponseError`].
pub fn error_answer(response: &HttpResponse) -> Result<ErrorMeta, ResponseError> {
    let header_id = response.header("x-acs-request-id").map(str::to_owned);
    let retry_after = response
        .header("x-acs-retry-after")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(std::time::Duration::from_millis);
    let body = |reason: &str| {
        ResponseError::new(
            response.status,
            &response.body,
            reason.to_owned(),
            header_id.clone(),
        )
    };
    if response.body.is_empty() {
        return Err(body("error status with an empty body"));
    }
    let value: serde_json::Value = serde_json::from_slice(&response.body)
        .map_err(|e| body(&format!("error status with a body that is not JSON: {e}")))?;
    let mut o =
        object(value).map_err(|_| body("error status with a body that is not a JSON object"))?;
    // Field names are capitalised in RPC answers; some gateways send them in camel case.
    let mut text = |upper: &str, lower: &str| -> Option<String> {
        field::<String>(&mut o, upper)
            .ok()
            .flatten()
            .or_else(|| field::<String>(&mut o, lower).ok().flatten())
    };
    let Some(code) = text("Code", "code") else {
        return Err(body("error status without an error code"));
    };
    Ok(ErrorMeta {
        status: response.status,
        code,
        message: text("Message", "message"),
        request_id: text("RequestId", "requestId").or(header_id.clone()),
        host_id: text("HostId", "hostId"),
        recommend: text("Recommend", "recommend"),
        retry_after,
        attempts: 0,
    })
}
