//! Turning a successful HTTP answer into the operation's output, and an error answer into
//! [`ErrorMeta`].

use super::error::{Error, ErrorMeta, ResponseError};
use super::transport::HttpResponse;
use serde::de::DeserializeOwned;
use serde::Deserialize;

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
pub fn parse<O: DeserializeOwned + Response, E: From<ErrorMeta>>(
    response: &HttpResponse,
) -> Result<O, Error<E>> {
    let request_id = || response.header("x-acs-request-id").map(str::to_owned);
    let output: O = serde_json::from_slice(&response.body).map_err(|e| {
        let reason = if response.body.is_empty() {
            "empty body where JSON was expected".to_owned()
        } else {
            format!("not the documented JSON: {e}")
        };
        Error::Response(ResponseError::new(
            response.status,
            &response.body,
            reason,
            request_id(),
        ))
    })?;
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

/// The fields of an error body, read leniently.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ErrorBody {
    #[serde(
        rename = "Code",
        alias = "code",
        deserialize_with = "super::de::opt_string"
    )]
    code: Option<String>,
    #[serde(
        rename = "Message",
        alias = "message",
        deserialize_with = "super::de::opt_string"
    )]
    message: Option<String>,
    #[serde(
        rename = "RequestId",
        alias = "requestId",
        deserialize_with = "super::de::opt_string"
    )]
    request_id: Option<String>,
    #[serde(
        rename = "HostId",
        alias = "hostId",
        deserialize_with = "super::de::opt_string"
    )]
    host_id: Option<String>,
    #[serde(
        rename = "Recommend",
        alias = "recommend",
        deserialize_with = "super::de::opt_string"
    )]
    recommend: Option<String>,
}

/// A 4xx/5xx answer: the service's error if the body names a code, else a [`ResponseError`].
pub fn error_answer(response: &HttpResponse) -> Result<ErrorMeta, ResponseError> {
    let header_id = response.header("x-acs-request-id").map(str::to_owned);
    let retry_after = response
        .header("x-acs-retry-after")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(std::time::Duration::from_millis);
    match serde_json::from_slice::<ErrorBody>(&response.body) {
        Ok(ErrorBody {
            code: Some(code),
            message,
            request_id,
            host_id,
            recommend,
        }) => Ok(ErrorMeta {
            status: response.status,
            code,
            message,
            request_id: request_id.or(header_id),
            host_id,
            recommend,
            retry_after,
            attempts: 0,
        }),
        Ok(_) => Err(ResponseError::new(
            response.status,
            &response.body,
            "error status without an error code".to_owned(),
            header_id,
        )),
        Err(e) => Err(ResponseError::new(
            response.status,
            &response.body,
            if response.body.is_empty() {
                "error status with an empty body".to_owned()
            } else {
                format!("error status with a body that is not JSON: {e}")
            },
            header_id,
        )),
    }
}
