//! One error shape for every route: a status and a fixed message, as `{"error": "..."}`.
//!
//! Messages name what was wrong (a parameter's name, a limit), never the value sent: a
//! client that mis-sends a secret as a parameter must not get it back, or see it logged.

use std::borrow::Cow;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The body of every error response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct ErrorBody {
    /// What went wrong, without the values that were sent.
    pub(crate) error: Cow<'static, str>,
}

/// An error answered to the client.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) message: Cow<'static, str>,
}

impl ApiError {
    /// 400 with `message`.
    pub(crate) fn bad_request(message: impl Into<Cow<'static, str>>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// 500 that says nothing about the cause (internals never reach the client).
    pub(crate) fn internal() -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "internal error".into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_error(self.status, self.message)
    }
}

/// A JSON error response with `status`.
pub(crate) fn json_error(status: StatusCode, message: impl Into<Cow<'static, str>>) -> Response {
    let body = serde_json::to_vec(&ErrorBody {
        error: message.into(),
    })
    .unwrap_or_else(|_| br#"{"error":"internal error"}"#.to_vec());
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
