//! # Lifelong credentials
//!
//! Open Badges interoperability for Lifelong, in plain Rust with no Substrate dependencies, so
//! that the node's JSON-RPC methods and off-chain tools can share it.
//!
//! ## Overview
//!
//! - [`extract_credential`] reads an Open Badges 2.0 or 3.0 credential from the bytes of a JSON
//!   file, a baked PNG or SVG image, or a compact JWS / VC-JWT.
//! - [`canonical_hash`] computes a credential's evidence hash: SHA-256 of its RFC 8785 (JCS)
//!   serialisation, [`canonical_json`]. Issuers anchor this hash when awarding a badge, and
//!   verifiers recompute it from the file they are shown. The JSON, PNG, SVG and JWT forms of
//!   one credential give the same hash, because the hash covers the embedded credential JSON.
//! - [`export_open_badge_v3`] turns an on-chain badge, described by a [`BadgeExport`], into an
//!   Open Badges 3.0 `OpenBadgeCredential`.
//!
//! Nothing here checks signatures, fetches URLs or reads the chain: the caller looks the hash
//! up on chain and reports the badge's status.
//!
//! ## Example
//!
//! ```
//! let file = br#"{
//!     "@context": "https://w3id.org/openbadges/v2",
//!     "type": "Assertion",
//!     "id": "https://example.org/assertions/1"
//! }"#;
//! let credential = lifelong_credentials::extract_credential(file).expect("an OB 2.0 assertion");
//! assert_eq!(credential.version, lifelong_credentials::ObVersion::V2);
//! let hash = lifelong_credentials::canonical_hash(&credential.json);
//! assert_eq!(hash, credential.canonical_hash());
//! ```
//!
//! ## Terminology
//!
//! - **Open Badge**: a digital credential in 1EdTech's Open Badges format. Version 2.0 calls it
//!   an `Assertion`; version 3.0 makes it a W3C Verifiable Credential of type
//!   `OpenBadgeCredential` (alias `AchievementCredential`).
//! - **Baked image**: a PNG or SVG badge image with the credential embedded in it.
//! - **Compact JWS / VC-JWT**: a credential signed as a JSON Web Signature, written as three
//!   base64url segments `header.payload.signature`.
//! - **Canonical JSON (JCS)**: the RFC 8785 serialisation of a JSON value, which does not depend
//!   on whitespace or member order.
//! - **Evidence hash**: SHA-256 of a credential's canonical JSON, anchored on chain with the
//!   badge.
//! - **Badge, badge class, issuer, learner**: as on chain. A badge is one award of a badge class
//!   by an issuer to a learner.

mod error;
mod export;
mod extract;
mod jcs;
mod jwt;
mod png;
mod svg;
mod time;

pub use error::CredentialError;
pub use export::{
	export_open_badge_v3, BadgeExport, BadgeStatus, SkillLevel, CHAIN_STATUS_TYPE, ESCO_FRAMEWORK,
	OB_V3_CONTEXT, OB_V3_SCHEMA, VC_V2_CONTEXT,
};
pub use extract::{detect_version, extract_credential};
pub use jcs::{canonical_hash, canonical_hash_hex, canonical_json};
pub use time::format_rfc3339_millis;

use core::fmt;

/// Open Badges specification version of a credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObVersion {
	/// Open Badges 2.0: a JSON-LD `Assertion`.
	V2,
	/// Open Badges 3.0: a Verifiable Credential of type `OpenBadgeCredential` or
	/// `AchievementCredential`.
	V3,
}

/// Container a credential was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
	/// A JSON document.
	Json,
	/// A baked PNG image.
	Png,
	/// A baked SVG image.
	Svg,
	/// A compact JWS / VC-JWT file.
	Jwt,
}

impl fmt::Display for Source {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(match self {
			Self::Json => "JSON",
			Self::Png => "PNG",
			Self::Svg => "SVG",
			Self::Jwt => "JWT",
		})
	}
}

/// A credential read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractedCredential {
	/// Open Badges version, from the document's `type` and `@context`.
	pub version: ObVersion,
	/// The credential document. For a JWS this is the decoded `vc` claim, or the whole payload
	/// when there is none; for a baked image, the embedded credential.
	pub json: serde_json::Value,
	/// Container the credential was read from. A JWS baked into an image reports the image.
	pub source: Source,
}

impl ExtractedCredential {
	/// Returns the evidence hash of the credential, [`canonical_hash`] of [`Self::json`].
	pub fn canonical_hash(&self) -> [u8; 32] {
		canonical_hash(&self.json)
	}
}
