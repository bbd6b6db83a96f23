//! Turning a successful HTTP answer into the operation's output, and an error answer into
//! [`ErrorMeta`].

use crate::error::{Error, ErrorMeta, ResponseError};
use crate::json::{field, object, FromJson, JsonError};
use crate::transport::HttpResponse;

/// A failure reported inside an HTTP 200 body.
#[derive(Clone, Debug, Default)]
pub struct BodyFailure {
    pub code: Option<String>,
    pub message: Option<String>,
}

/// What the runtime needs to know about an operation's output.
pub trait Response {
    /// A 2xx body carrying `Code` is an error the service did not flag with a status, unless
    /// the operation documents a `Code` field of its own.
    const PROBE_CODE: bool = true;
    /// Read `Message` with such a `Code`, unless the operation documents a `Message` field.
    const PROBE_MESSAGE: bool = true;

    /// `Some` when the body says the call failed although the status was 200.
    fn failure(&self) -> Option<BodyFailure> {
        None
    }
}

/// A top-level text field of a JSON object, read leniently as the outputs read strings.
fn text_field(value: &serde_json::Value, name: &str) -> Option<String> {
    match value.get(name)? {
        serde_json::Value::Null => None,
        v => String::from_json(v.clone()).ok(),
    }
}

/// A 2xx answer read as JSON, before it becomes an operation's output: the non-generic part
/// of reading, shared by every operation.
#[derive(Debug)]
pub struct Answer {
    value: serde_json::Value,
    /// A `Code` (and `Message`) the operation does not document: a failure reported in a
    /// 200 body.
    undocumented: Option<BodyFailure>,
    body_id: Option<String>,
}

/// How an operation's output reads its answer (its [`Response`] constants).
#[derive(Clone, Copy, Debug)]
pub struct Probes {
    pub code: bool,
    pub message: bool,
}

impl Probes {
    pub fn of<O: Response>() -> Probes {
        Probes {
            code: O::PROBE_CODE,
            message: O::PROBE_MESSAGE,
        }
    }
}

fn unreadable(response: &HttpResponse, reason: String) -> ResponseError {
    ResponseError::new(
        response.status,
        &response.body,
        reason,
        response.header("x-acs-request-id").map(str::to_owned),
    )
}

/// Reads a 2xx body as JSON and looks for an undocumented in-body failure.
pub fn read(response: &HttpResponse, probes: Probes) -> Result<Answer, ResponseError> {
    if response.body.is_empty() {
        return Err(unreadable(
            response,
            "empty body where JSON was expected".to_owned(),
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(&response.body)
        .map_err(|e| unreadable(response, format!("not the documented JSON: {e}")))?;
    // Read before the output takes the value apart.
    let undocumented = probes
        .code
        .then(|| text_field(&value, "Code"))
        .flatten()
        .map(|code| BodyFailure {
            code: Some(code),
            message: probes
                .message
                .then(|| text_field(&value, "Message"))
                .flatten(),
        });
    let body_id = text_field(&value, "RequestId");
    Ok(Answer {
        value,
        undocumented,
        body_id,
    })
}

impl Answer {
    /// The JSON, for the output to read, and what is left to settle the call with.
    pub fn split(self) -> (serde_json::Value, Settle) {
        (
            self.value,
            Settle {
                undocumented: self.undocumented,
                body_id: self.body_id,
            },
        )
    }
}

/// What decides, once the output is read, whether the call succeeded.
#[derive(Debug)]
pub struct Settle {
    undocumented: Option<BodyFailure>,
    body_id: Option<String>,
}

impl Settle {
    /// The service's error when the output (`documented`) or the body (an undocumented
    /// `Code`) reports a failure; `None` when the call succeeded.
    pub fn failure(
        self,
        response: &HttpResponse,
        documented: Option<BodyFailure>,
    ) -> Option<ErrorMeta> {
        let f = documented.or(self.undocumented)?;
        Some(ErrorMeta {
            status: response.status,
            code: f.code.unwrap_or_default(),
            message: f.message,
            request_id: self
                .body_id
                .or_else(|| response.header("x-acs-request-id").map(str::to_owned)),
            ..ErrorMeta::default()
        })
    }
}

/// The output's reading failed: the answer is not what the documentation describes.
pub fn not_documented(response: &HttpResponse, e: JsonError) -> ResponseError {
    unreadable(response, format!("not the documented JSON: {e}"))
}

/// Turns a read answer into the operation's output, or its error: the only per-operation
/// step of reading.
pub fn output<O: FromJson + Response, E: From<ErrorMeta>>(
    response: &HttpResponse,
    answer: Answer,
) -> Result<O, Error<E>> {
    let (value, settle) = answer.split();
    match O::from_json(value) {
        Ok(out) => match settle.failure(response, out.failure()) {
            None => Ok(out),
            Some(meta) => Err(Error::Service(E::from(meta))),
        },
        Err(e) => Err(Error::Response(not_documented(response, e))),
    }
}

/// Parses a 2xx body as `O`; an in-body failure becomes the operation's error.
pub fn parse<O: FromJson + Response, E: From<ErrorMeta>>(
    response: &HttpResponse,
) -> Result<O, Error<E>> {
    let answer = read(response, Probes::of::<O>()).map_err(Error::Response)?;
    output(response, answer)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An output that documents its own `Code` field, and one that documents only `Message`.
    #[derive(Debug)]
    struct WithCode(Option<String>);
    #[derive(Debug)]
    struct WithMessage;

    impl FromJson for WithCode {
        fn from_json(v: serde_json::Value) -> Result<Self, crate::json::JsonError> {
            Ok(WithCode(
                v.get("Code").and_then(|c| c.as_str()).map(str::to_owned),
            ))
        }
    }
    impl Response for WithCode {
        const PROBE_CODE: bool = false;
    }
    impl FromJson for WithMessage {
        fn from_json(_: serde_json::Value) -> Result<Self, crate::json::JsonError> {
            Ok(WithMessage)
        }
    }
    impl Response for WithMessage {
        const PROBE_MESSAGE: bool = false;
    }

    fn answer(body: &str) -> HttpResponse {
        HttpResponse {
            status: 200,
            headers: Default::default(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_documented_code_field_is_data_not_an_error() {
        let body = answer(r#"{"Code": "OK", "Message": "fine", "RequestId": "r"}"#);
        let out = parse::<WithCode, ErrorMeta>(&body).unwrap();
        assert_eq!(out.0.as_deref(), Some("OK"));
        let Err(Error::Service(meta)) = parse::<WithMessage, ErrorMeta>(&body) else {
            panic!("an undocumented Code is an error")
        };
        assert_eq!(
            (meta.code.as_str(), meta.message, meta.request_id.as_deref()),
            ("OK", None, Some("r")),
            "a documented Message is the output's, not the error's"
        );
    }
}
