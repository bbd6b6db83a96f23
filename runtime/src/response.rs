//! Turning a successful HTTP answer into the operation's output, and an error answer into
//! [`ErrorMeta`].

use crate::error::{Error, ErrorMeta, ResponseError};
use crate::json::{field, object, FromJson};
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

/// Parses a 2xx body as `O`; an in-body failure becomes the operation's error.
pub fn parse<O: FromJson + Response, E: From<ErrorMeta>>(
    response: &HttpResponse,
) -> Result<O, Error<E>> {
    let header_id = || response.header("x-acs-request-id").map(str::to_owned);
    let fail = |reason: String| {
        Error::Response(ResponseError::new(
            response.status,
            &response.body,
            reason,
            header_id(),
        ))
    };
    if response.body.is_empty() {
        return Err(fail("empty body where JSON was expected".to_owned()));
    }
    let value: serde_json::Value = serde_json::from_slice(&response.body)
        .map_err(|e| fail(format!("not the documented JSON: {e}")))?;
    // Read before the output takes the value apart; shared by every operation.
    let undocumented = O::PROBE_CODE
        .then(|| text_field(&value, "Code"))
        .flatten()
        .map(|code| BodyFailure {
            code: Some(code),
            message: O::PROBE_MESSAGE
                .then(|| text_field(&value, "Message"))
                .flatten(),
        });
    let body_id = text_field(&value, "RequestId");
    let output = O::from_json(value).map_err(|e| fail(format!("not the documented JSON: {e}")))?;
    if let Some(f) = output.failure().or(undocumented) {
        return Err(Error::Service(E::from(ErrorMeta {
            status: response.status,
            code: f.code.unwrap_or_default(),
            message: f.message,
            request_id: body_id.or_else(header_id),
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
