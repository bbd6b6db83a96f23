//! Error answers in the service's shape: an HTTP status and
//! `{"RequestId","HostId","Code","Message","Recommend"}`.

use serde_json::json;

/// An error the emulator answers with. Messages never hold a secret or an expected signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl Problem {
    pub fn new(status: u16, code: &str, message: impl Into<String>) -> Problem {
        Problem {
            status,
            code: code.to_owned(),
            message: message.into(),
        }
    }

    pub fn missing(param: &str) -> Problem {
        Problem::new(
            400,
            "MissingParameter",
            format!(
                "The input parameter \"{param}\" that is mandatory for processing this request is not supplied."
            ),
        )
    }

    pub fn invalid(param: &str, why: impl std::fmt::Display) -> Problem {
        Problem::new(
            400,
            "InvalidParameter",
            format!("The specified parameter \"{param}\" is not valid: {why}"),
        )
    }

    pub fn not_found(code: &str, what: &str, id: &str) -> Problem {
        Problem::new(
            404,
            code,
            format!("The specified {what} {id:?} does not exist."),
        )
    }

    pub fn denied(code: &str, message: impl Into<String>) -> Problem {
        Problem::new(403, code, message)
    }

    pub fn throttled() -> Problem {
        Problem::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        )
    }

    /// The JSON body, with the request's ID and the host it was sent to.
    pub fn body(&self, request_id: &str, host: &str) -> Vec<u8> {
        let body = json!({
            "RequestId": request_id,
            "HostId": host,
            "Code": self.code,
            "Message": self.message,
            "Recommend": format!("https://api.aliyun.com/troubleshoot?q={}", self.code),
        });
        serde_json::to_vec(&body).expect("a JSON tree serialises")
    }
}
