//! Compact JWS (RFC 7515) and VC-JWT: three base64url segments `header.payload.signature`.
//!
//! Signatures are not checked here: the chain anchors the credential's hash, and an integrator
//! who needs the issuer's signature checks it with the issuer's key.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde_json::Value;

use crate::{CredentialError, Source};

/// Returns whether `text` has the shape of a compact JWS: three segments of base64url
/// characters separated by dots, the first two non-empty. An unsecured JWS has an empty third
/// segment.
pub(crate) fn looks_like_compact_jws(text: &str) -> bool {
	let segments: Vec<&str> = text.split('.').collect();
	let [header, payload, signature] = segments.as_slice() else { return false };
	let is_base64url = |segment: &&str| {
		segment.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
	};
	!header.is_empty()
		&& !payload.is_empty()
		&& is_base64url(header)
		&& is_base64url(payload)
		&& is_base64url(signature)
}

/// Decodes the credential JSON of a compact JWS: the `vc` claim of a VC-JWT (VC Data Model
/// 1.1), or else the whole payload (Open Badges 2.0 signed assertions and VC Data Model 2.0
/// JOSE credentials).
pub(crate) fn decode_credential(token: &str) -> Result<Value, CredentialError> {
	let mut segments = token.split('.');
	let (Some(header), Some(payload), Some(_signature), None) =
		(segments.next(), segments.next(), segments.next(), segments.next())
	else {
		return Err(invalid("a compact JWS has exactly three dot-separated segments"));
	};
	let header = decode_segment(header, "header")?;
	if !header.is_object() {
		return Err(invalid("the header is not a JSON object"));
	}
	let payload = decode_segment(payload, "payload")?;
	match payload {
		Value::Object(mut claims) => match claims.remove("vc") {
			Some(credential @ Value::Object(_)) => Ok(credential),
			Some(_) => Err(invalid("the `vc` claim is not a JSON object")),
			None => Ok(Value::Object(claims)),
		},
		_ => Err(invalid("the payload is not a JSON object")),
	}
}

fn decode_segment(segment: &str, name: &str) -> Result<Value, CredentialError> {
	// Some encoders keep base64 padding; RFC 7515 omits it.
	let bytes = URL_SAFE_NO_PAD
		.decode(segment.trim_end_matches('='))
		.map_err(|error| invalid(&format!("the {name} is not valid base64url: {error}")))?;
	serde_json::from_slice(&bytes).map_err(|error| CredentialError::InvalidJson {
		source: Source::Jwt,
		message: format!("JWS {name}: {error}"),
	})
}

fn invalid(reason: &str) -> CredentialError {
	CredentialError::InvalidJwt { reason: reason.to_owned() }
}
