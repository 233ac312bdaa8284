//! Errors returned while reading a credential file.

use core::fmt;

use crate::Source;

/// Failure to read an Open Badges credential from a file.
///
/// Every variant names what was wrong with the input and how the caller can get past it, so a
/// JSON-RPC method can pass [`CredentialError`]'s `Display` text straight to the integrator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CredentialError {
	/// The input has no bytes.
	Empty,
	/// The input matches no supported format: JSON, PNG, SVG or a compact JWS / VC-JWT.
	UnrecognizedFormat {
		/// Description of what the input looks like instead, for the error message.
		reason: String,
	},
	/// The JSON text (a file, a baked payload or a JWT segment) does not parse.
	InvalidJson {
		/// Container the JSON came from.
		source: Source,
		/// The parser's message, with line and column.
		message: String,
	},
	/// The PNG file is truncated or corrupt where its text chunks are read.
	InvalidPng {
		/// Name of the malformed chunk or field.
		reason: String,
	},
	/// The compact JWS / VC-JWT is malformed: wrong segment count, bad base64url or a header that
	/// is not a JSON object.
	InvalidJwt {
		/// Name of the malformed part.
		reason: String,
	},
	/// A PNG or SVG file was read but carries no baked credential: no `openbadges` or
	/// `openbadgecredential` text chunk, and no `<openbadges:assertion>` or
	/// `<openbadges:credential>` element.
	NoBakedCredential {
		/// The image format that was searched.
		source: Source,
	},
	/// The baked payload of an image is neither JSON, a compact JWS nor a URL.
	InvalidBakedPayload {
		/// The image format the payload came from.
		source: Source,
	},
	/// The file only points at a hosted Open Badges 2.0 assertion. The node never fetches URLs,
	/// so post the assertion JSON that this URL serves instead.
	HostedAssertionUrl(String),
	/// The JSON parsed but is not an Open Badges 2.0 assertion nor an Open Badges 3.0
	/// `OpenBadgeCredential` / `AchievementCredential`.
	NotAnOpenBadge {
		/// Property the document lacks, or the type it has instead.
		reason: String,
	},
}

impl fmt::Display for CredentialError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Empty => write!(f, "the credential file is empty; post the file's bytes"),
			Self::UnrecognizedFormat { reason } => write!(
				f,
				"unrecognized credential format ({reason}); post an Open Badges credential as \
				 JSON, a compact JWS / VC-JWT, or a baked PNG or SVG image"
			),
			Self::InvalidJson { source, message } => {
				write!(f, "invalid JSON in the {source} input: {message}")
			}
			Self::InvalidPng { reason } => write!(f, "invalid PNG file: {reason}"),
			Self::InvalidJwt { reason } => write!(f, "invalid compact JWS / VC-JWT: {reason}"),
			Self::NoBakedCredential { source } => write!(
				f,
				"the {source} image carries no baked Open Badges credential; post the credential \
				 JSON or an image baked by the issuer"
			),
			Self::InvalidBakedPayload { source } => write!(
				f,
				"the credential baked into the {source} image is neither JSON, a compact JWS nor \
				 a URL"
			),
			Self::HostedAssertionUrl(url) => write!(
				f,
				"the file only points at the hosted Open Badges 2.0 assertion {url}; the node \
				 does not fetch URLs, so download that assertion and post its JSON"
			),
			Self::NotAnOpenBadge { reason } => write!(f, "not an Open Badges credential: {reason}"),
		}
	}
}

impl std::error::Error for CredentialError {}
