//! Format detection and Open Badges version detection.

use serde_json::Value;

use crate::{jwt, png, svg, CredentialError, ExtractedCredential, ObVersion, Source};

/// The JSON-LD context that every Open Badges 2.0 document names.
pub(crate) const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";

/// `type` values that make a document an Open Badges 3.0 credential.
const OB3_TYPES: [&str; 2] = ["OpenBadgeCredential", "AchievementCredential"];

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads an Open Badges 2.0 or 3.0 credential from a file's bytes.
///
/// The format is detected from the content, not from a file name:
/// - PNG: the PNG signature; the credential is in a `tEXt`, `zTXt` or `iTXt` chunk with the
///   keyword `openbadges` (Open Badges 2.0) or `openbadgecredential` (Open Badges 3.0);
/// - JSON: text whose first character, after an optional UTF-8 byte order mark and whitespace,
///   is `{` or `[`;
/// - SVG: text starting with `<` that contains `<svg`; the credential is in an
///   `<openbadges:assertion>` or `<openbadges:credential>` element;
/// - compact JWS / VC-JWT: three base64url segments; the credential is the `vc` claim, or the
///   whole payload when it has no `vc` claim.
///
/// A baked payload may itself be JSON or a compact JWS. A payload or a whole file that is only
/// a URL yields [`CredentialError::HostedAssertionUrl`], because the node never fetches URLs.
///
/// # Errors
///
/// Returns a [`CredentialError`] naming the problem. The tests feed every upstream fixture,
/// truncated and corrupted copies of them and pseudo-random bytes without a panic.
pub fn extract_credential(bytes: &[u8]) -> Result<ExtractedCredential, CredentialError> {
	if bytes.starts_with(&png::SIGNATURE) {
		let text = png::baked_text(bytes)?
			.ok_or(CredentialError::NoBakedCredential { source: Source::Png })?;
		return read_baked_payload(&text, Source::Png);
	}

	let text = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
	let text = text.trim_ascii_start();
	match text.first() {
		None => Err(CredentialError::Empty),
		Some(b'{' | b'[') => {
			parse_json(text, Source::Json).and_then(|json| classify(json, Source::Json))
		}
		Some(b'<') => read_svg(text),
		Some(_) => {
			let Ok(text) = core::str::from_utf8(text) else {
				return Err(unrecognized("binary data that is not a PNG image"));
			};
			let text = text.trim();
			if jwt::looks_like_compact_jws(text) {
				classify(jwt::decode_credential(text)?, Source::Jwt)
			} else if is_url(text) {
				Err(CredentialError::HostedAssertionUrl(text.to_owned()))
			} else {
				Err(unrecognized("text that is not JSON, SVG, a compact JWS or a URL"))
			}
		}
	}
}

/// Determines the Open Badges version of a credential document.
///
/// - Open Badges 3.0: `type` contains `OpenBadgeCredential` or `AchievementCredential`;
/// - Open Badges 2.0: `type` contains `Assertion` and `@context` names
///   `https://w3id.org/openbadges/v2`.
///
/// # Errors
///
/// [`CredentialError::NotAnOpenBadge`] for anything else, with the reason.
pub fn detect_version(credential: &Value) -> Result<ObVersion, CredentialError> {
	let Some(document) = credential.as_object() else {
		return Err(not_an_open_badge("the JSON document is not an object".to_owned()));
	};
	let types = strings_of(document.get("type"));
	if types.iter().any(|kind| OB3_TYPES.contains(kind)) {
		return Ok(ObVersion::V3);
	}
	if types.contains(&"Assertion") {
		let contexts = strings_of(document.get("@context"));
		let has_ob2_context =
			contexts.iter().any(|context| context.trim_end_matches('/') == OB2_CONTEXT);
		return if has_ob2_context {
			Ok(ObVersion::V2)
		} else {
			Err(not_an_open_badge(format!(
				"it has type Assertion but its @context does not name {OB2_CONTEXT}"
			)))
		};
	}

	let mut reason = if types.is_empty() {
		"it has no `type`".to_owned()
	} else {
		format!("its type is {}", types.join(", "))
	};
	reason.push_str(
		"; expected an OpenBadgeCredential or AchievementCredential (Open Badges 3.0) or an \
		 Assertion (Open Badges 2.0)",
	);
	if types.contains(&"ClrCredential") {
		reason.push_str("; a CLR bundles several credentials, so post each one on its own");
	}
	Err(not_an_open_badge(reason))
}

fn read_svg(text: &[u8]) -> Result<ExtractedCredential, CredentialError> {
	// A baked payload is ASCII or UTF-8; a stray invalid byte elsewhere in the drawing should not
	// hide it.
	let text = String::from_utf8_lossy(text);
	if !text.contains("<svg") {
		return Err(unrecognized("markup without an <svg> element"));
	}
	let element = svg::baked_element(&text)
		.ok_or(CredentialError::NoBakedCredential { source: Source::Svg })?;
	// A hosted Open Badges 2.0 assertion may carry both a `verify` URL and a JSON copy: prefer the
	// copy, which the node can read.
	let payload = element
		.content
		.or(element.verify)
		.ok_or(CredentialError::NoBakedCredential { source: Source::Svg })?;
	read_baked_payload(&payload, Source::Svg)
}

/// Reads the text baked into an image: JSON, a compact JWS, or a hosted assertion URL.
fn read_baked_payload(
	payload: &str,
	source: Source,
) -> Result<ExtractedCredential, CredentialError> {
	let payload = payload.trim_start_matches('\u{feff}').trim();
	if payload.starts_with('{') {
		let json = parse_json(payload.as_bytes(), source)?;
		classify(json, source)
	} else if jwt::looks_like_compact_jws(payload) {
		classify(jwt::decode_credential(payload)?, source)
	} else if is_url(payload) {
		Err(CredentialError::HostedAssertionUrl(payload.to_owned()))
	} else {
		Err(CredentialError::InvalidBakedPayload { source })
	}
}

fn classify(json: Value, source: Source) -> Result<ExtractedCredential, CredentialError> {
	let version = detect_version(&json)?;
	Ok(ExtractedCredential { version, json, source })
}

fn parse_json(text: &[u8], source: Source) -> Result<Value, CredentialError> {
	serde_json::from_slice(text)
		.map_err(|error| CredentialError::InvalidJson { source, message: error.to_string() })
}

fn is_url(text: &str) -> bool {
	(text.starts_with("https://") || text.starts_with("http://"))
		&& !text.contains(char::is_whitespace)
}

/// Returns the strings of a JSON-LD value that may be one string or an array; other items,
/// such as embedded context objects, are skipped.
fn strings_of(value: Option<&Value>) -> Vec<&str> {
	match value {
		Some(Value::String(text)) => vec![text.as_str()],
		Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
		_ => Vec::new(),
	}
}

fn unrecognized(reason: &str) -> CredentialError {
	CredentialError::UnrecognizedFormat { reason: reason.to_owned() }
}

fn not_an_open_badge(reason: String) -> CredentialError {
	CredentialError::NotAnOpenBadge { reason }
}
