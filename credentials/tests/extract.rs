//! Every 1EdTech validator fixture yields a credential of the expected version or the expected
//! named error, and no input, whole or cut short, makes the reader panic.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::panic)]

mod common;

use std::collections::BTreeSet;

use lifelong_credentials::{extract_credential, CredentialError, ObVersion, Source};

/// Expected outcome of every data file, as [`common::outcome`] names it. Files that the
/// upstream validator rejects for expiry, revocation, signatures or schema errors still parse
/// here: this crate only reads the credential and leaves those checks to the chain and the
/// caller. BadgeClass, Issuer, key, endorsement, CLR and status list documents are not Open
/// Badges credentials.
const EXPECTED: &[(&str, &str)] = &[
	("inspector-clr/src/test/resources/clr20/complex.json", "NotAnOpenBadge"),
	("inspector-clr/src/test/resources/clr20/simple-noproof.json", "NotAnOpenBadge"),
	("inspector-clr/src/test/resources/clr20/simple.json", "NotAnOpenBadge"),
	("inspector-clr/src/test/resources/clr20/simple.jwt", "NotAnOpenBadge"),
	("inspector-clr/src/test/resources/clr20/simple_old_safesigned.json", "NotAnOpenBadge"),
	("inspector-clr/src/test/resources/clr20/simple_v1.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assertion-with-data-image.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/assertion-with-endorsements.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/assertion-with-extension-node-basic.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/assertion-with-extension-node-invalid.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/assertion-with-multiple-extensions.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/assets/altbadgeurl.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/bad-issuer.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badge-from-organization-with-empty-revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badge-from-organization-with-revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badge-with-bad-issuer.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badge-with-data-image.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-complex-image.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-endorsements.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-language.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-verification-invalid-multiple-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-verification-invalid-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-verification-valid-multiple-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-verification-valid-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass-with-verification.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgeclass1.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/badgecriteria.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/basic-badge-no-public-key.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/beths-robot-badge.png", "NoBakedCredential"),
	("inspector-vc/src/test/resources/ob20/assets/beths-robot-work.html", "Empty"),
	("inspector-vc/src/test/resources/ob20/assets/criteria-no-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/empty-revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/endorsement-1.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/endorsement-2.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/endorsement-3.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/endorsement-4.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-invalid-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-with-allowed-origins-invalid-multiple-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-with-allowed-origins-invalid-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-with-allowed-origins-valid-multiple-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-with-allowed-origins-valid-starts-with.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer-with-allowed-origins.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/issuer1.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/key1.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/key2.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/key3.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/openbadges_context.json", "UnrecognizedFormat"),
	("inspector-vc/src/test/resources/ob20/assets/organization-no-public-key.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/organization-with-empty-revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/organization-with-revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/organization.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/revocation-list.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/robotics-badge.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/assets/robotics-badge.png", "NoBakedCredential"),
	("inspector-vc/src/test/resources/ob20/badge-class-with-language.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-expired-before-issued.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-expired.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-in-future.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-invalid-context.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-invalid-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-no-public-key.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-allowed-origins-invalid-starts-with.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-allowed-origins-valid-multiple-starts-with.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-allowed-origins-valid-starts-with.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-allowed-origins.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion-with-language.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/basic-assertion.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/issuer-compact-iri-validation.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/badge-class-invalid-issuer-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/invalid-class.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/invalid-empty-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/invalid-one-invalid-class.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/valid-alignment-object.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/valid-badge-class-empty-criteria-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/valid-badge-class.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/valid-cool-class.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/rdf-validation/valid-issuer-extension.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob20/redirected-validation-subject.json", "InvalidJson"),
	("inspector-vc/src/test/resources/ob20/simple-badge.png", "V2 Png"),
	("inspector-vc/src/test/resources/ob20/simple-not-revoked.jwt", "V2 Jwt"),
	("inspector-vc/src/test/resources/ob20/simple-revoked.jwt", "V2 Jwt"),
	("inspector-vc/src/test/resources/ob20/simple.jwt", "V2 Jwt"),
	("inspector-vc/src/test/resources/ob20/warning-issuer-non-http.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob20/warning-with-redirection.json", "V2 Json"),
	("inspector-vc/src/test/resources/ob30/bit-string-list/credential-status-revoked-blank-nodes.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/bit-string-list/credential-status-revoked.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/bit-string-list/testlist", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob30/complete.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/complete_v1.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/credential-status-revoked.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/endorsement-err-schema-status-refresh.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob30/endorsement-valid.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob30/sd/derivedcredential.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-context-alias.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-context-version.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-did-key-method.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-did-web-method.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-eddsa-2022.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-context.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-credential-subject-achievement-result-description-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-credential-subject-identifier-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-credential-subject-profile-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-credential-subject-result-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-credential-subject-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-evidence-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-expired.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-issued.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-issuer-otheridentifier-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-issuer-parentorg-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-issuer-type.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-issuer.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-proof-method-no-scheme.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-proof-method-unknown-did-method.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-proof-method-unknown-scheme.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-proof-method.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-proof-value.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-err-type.json", "NotAnOpenBadge"),
	("inspector-vc/src/test/resources/ob30/simple-json.png", "V3 Png"),
	("inspector-vc/src/test/resources/ob30/simple-json.svg", "V3 Svg"),
	("inspector-vc/src/test/resources/ob30/simple-jwt.png", "V3 Png"),
	("inspector-vc/src/test/resources/ob30/simple-jwt.svg", "V3 Svg"),
	("inspector-vc/src/test/resources/ob30/simple-jwt_v1.png", "V3 Png"),
	("inspector-vc/src/test/resources/ob30/simple-jwt_v1.svg", "V3 Svg"),
	("inspector-vc/src/test/resources/ob30/simple-multiple-proofs.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple-noproof.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple.1ob", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/simple.jwt", "V3 Jwt"),
	("inspector-vc/src/test/resources/ob30/simple_v1.json", "V3 Json"),
	("inspector-vc/src/test/resources/ob30/velocity.jwt", "V3 Jwt"),
];

#[test]
fn extract_credential_gives_expected_outcome_for_every_fixture() {
	let root = common::fixtures_root();
	for (file, expected) in EXPECTED {
		let bytes = std::fs::read(root.join(file)).expect("fixture is readable");
		let result = extract_credential(&bytes);
		assert_eq!(common::outcome(&result), *expected, "{file}: {result:?}");
	}
}

#[test]
fn expected_table_lists_every_fixture() {
	let on_disk: BTreeSet<String> =
		common::data_files(&common::fixtures_root()).into_iter().collect();
	let listed: BTreeSet<String> = EXPECTED.iter().map(|(file, _)| (*file).to_owned()).collect();
	assert_eq!(on_disk, listed);
	assert_eq!(listed.len(), 131);
}

#[test]
fn extract_credential_survives_truncated_fixtures() {
	let root = common::fixtures_root();
	for (file, _) in EXPECTED {
		let bytes = std::fs::read(root.join(file)).expect("fixture is readable");
		let len = bytes.len();
		let mut cuts: BTreeSet<usize> =
			[0, 1, 2, 7, 8, 9, 12, 16, 33, 64, len / 4, len / 3, len / 2, len * 3 / 4].into();
		cuts.extend((1..=16).map(|back| len.saturating_sub(back)));
		for cut in cuts.into_iter().filter(|&cut| cut < len) {
			// Only the absence of a panic is checked: a prefix may still be a whole credential
			// when the file ends in padding.
			let _ = extract_credential(&bytes[..cut]);
		}
	}
}

#[test]
fn extract_credential_survives_every_prefix_of_baked_files() {
	for file in
		["ob20/simple-badge.png", "ob30/simple-json.svg", "ob30/simple-jwt.svg", "ob20/simple.jwt"]
	{
		let bytes = common::read_vc_fixture(file);
		for cut in 0..bytes.len() {
			let _ = extract_credential(&bytes[..cut]);
		}
	}
}

#[test]
fn extract_credential_survives_corrupted_png_chunks() {
	let original = common::read_vc_fixture("ob30/simple-json.png");
	// Flip each byte of the first 4 KiB, which contains the header and the baked iTXt chunk.
	for position in 8..original.len().min(4096) {
		let mut bytes = original.clone();
		bytes[position] ^= 0xff;
		let _ = extract_credential(&bytes);
	}
}

#[test]
fn extract_credential_survives_garbage() {
	// A fixed linear congruential generator keeps the inputs the same on every run.
	let mut state: u64 = 0x2545_f491_4f6c_dd1d;
	let mut next = move || {
		state =
			state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
		(state >> 33) as u8
	};
	let prefixes: [&[u8]; 6] = [b"", b"\x89PNG\r\n\x1a\n", b"{", b"<svg", b"\xEF\xBB\xBF{", b"eyJ"];
	for prefix in prefixes {
		for len in [0usize, 1, 5, 40, 300] {
			for _ in 0..20 {
				let mut bytes = prefix.to_vec();
				bytes.extend((0..len).map(|_| next()));
				let _ = extract_credential(&bytes);
			}
		}
	}
}

#[test]
fn extract_credential_fails_when_empty() {
	assert_eq!(extract_credential(b""), Err(CredentialError::Empty));
	assert_eq!(extract_credential(b" \n\t"), Err(CredentialError::Empty));
	assert_eq!(extract_credential(b"\xEF\xBB\xBF"), Err(CredentialError::Empty));
}

#[test]
fn extract_credential_fails_when_format_is_unknown() {
	let result = extract_credential(b"\x00\x01binary");
	assert!(matches!(result, Err(CredentialError::UnrecognizedFormat { .. })), "{result:?}");
	let result = extract_credential(b"<html><body>badge</body></html>");
	assert!(matches!(result, Err(CredentialError::UnrecognizedFormat { .. })), "{result:?}");
	let result = extract_credential(b"just some words");
	assert!(matches!(result, Err(CredentialError::UnrecognizedFormat { .. })), "{result:?}");
}

#[test]
fn extract_credential_fails_when_json_is_invalid() {
	let result = extract_credential(b"{\"type\": ");
	assert!(
		matches!(result, Err(CredentialError::InvalidJson { source: Source::Json, .. })),
		"{result:?}"
	);
}

#[test]
fn extract_fails_on_unbaked_png() {
	let result = extract_credential(&common::read_vc_fixture("ob20/assets/robotics-badge.png"));
	assert_eq!(result, Err(CredentialError::NoBakedCredential { source: Source::Png }));
}

#[test]
fn extract_fails_on_truncated_png() {
	let bytes = common::read_vc_fixture("ob20/simple-badge.png");
	let keyword = bytes.windows(10).position(|window| window == b"openbadges").expect("baked");
	let result = extract_credential(&bytes[..keyword + 50]);
	assert!(matches!(result, Err(CredentialError::InvalidPng { .. })), "{result:?}");
}

#[test]
fn extract_fails_on_unbaked_svg() {
	let result =
		extract_credential(b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>");
	assert_eq!(result, Err(CredentialError::NoBakedCredential { source: Source::Svg }));
}

#[test]
fn extract_fails_on_hosted_url() {
	let url = "https://example.org/beths-robotics-badge.json";
	let svg = format!("<svg><openbadges:assertion verify=\"{url}\"></openbadges:assertion></svg>");
	assert_eq!(
		extract_credential(svg.as_bytes()),
		Err(CredentialError::HostedAssertionUrl(url.to_owned()))
	);
	let png = png_with_text_chunk(b"iTXt", b"openbadges\0\0\0\0\0https://example.org/a.json");
	assert_eq!(
		extract_credential(&png),
		Err(CredentialError::HostedAssertionUrl("https://example.org/a.json".to_owned()))
	);
	assert_eq!(
		extract_credential(url.as_bytes()),
		Err(CredentialError::HostedAssertionUrl(url.to_owned()))
	);
}

#[test]
fn extract_credential_fails_when_baked_payload_is_unreadable() {
	let png = png_with_text_chunk(b"tEXt", b"openbadges\0not a credential");
	assert_eq!(
		extract_credential(&png),
		Err(CredentialError::InvalidBakedPayload { source: Source::Png })
	);
}

#[test]
fn extract_credential_fails_when_jwt_is_invalid() {
	let result = extract_credential(b"eyJhbGciOiJub25lIn0.!!!.sig");
	assert!(matches!(result, Err(CredentialError::UnrecognizedFormat { .. })), "{result:?}");
	// "bm90IGpzb24" is base64url for "not json".
	let result = extract_credential(b"eyJhbGciOiJub25lIn0.bm90IGpzb24.");
	assert!(
		matches!(result, Err(CredentialError::InvalidJson { source: Source::Jwt, .. })),
		"{result:?}"
	);
	// "WzFd" is base64url for "[1]", a payload that is not an object.
	let result = extract_credential(b"eyJhbGciOiJub25lIn0.WzFd.");
	assert!(matches!(result, Err(CredentialError::InvalidJwt { .. })), "{result:?}");
	// A payload segment of one character cannot be base64url.
	let result = extract_credential(b"eyJhbGciOiJub25lIn0.e.");
	assert!(matches!(result, Err(CredentialError::InvalidJwt { .. })), "{result:?}");
}

#[test]
fn extract_credential_fails_when_not_an_open_badge() {
	let result = extract_credential(
		br#"{"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass"}"#,
	);
	assert!(matches!(result, Err(CredentialError::NotAnOpenBadge { .. })), "{result:?}");
	let result = extract_credential(br#"{"type": "Assertion"}"#);
	assert!(matches!(result, Err(CredentialError::NotAnOpenBadge { .. })), "{result:?}");
	let result = extract_credential(b"[1, 2]");
	assert!(matches!(result, Err(CredentialError::NotAnOpenBadge { .. })), "{result:?}");
	let clr = std::fs::read(
		common::fixtures_root().join("inspector-clr/src/test/resources/clr20/simple.json"),
	)
	.expect("fixture is readable");
	let Err(CredentialError::NotAnOpenBadge { reason }) = extract_credential(&clr) else {
		panic!("a CLR is not an Open Badge");
	};
	assert!(reason.contains("CLR"), "{reason}");
}

#[test]
fn extract_credential_reads_compressed_itxt_chunk() {
	let credential = br#"{"@context": ["https://w3id.org/openbadges/v2"], "type": "Assertion"}"#;
	let mut data = b"openbadges\0\x01\x00\0\0".to_vec();
	data.extend(miniz_oxide::deflate::compress_to_vec_zlib(credential, 6));
	let extracted = extract_credential(&png_with_text_chunk(b"iTXt", &data)).expect("baked OB 2.0");
	assert_eq!(extracted.version, ObVersion::V2);
	assert_eq!(extracted.source, Source::Png);
}

#[test]
fn extract_credential_reads_ztxt_chunk() {
	let credential = br#"{"type": ["VerifiableCredential", "OpenBadgeCredential"]}"#;
	let mut data = b"openbadgecredential\0\x00".to_vec();
	data.extend(miniz_oxide::deflate::compress_to_vec_zlib(credential, 6));
	let extracted = extract_credential(&png_with_text_chunk(b"zTXt", &data)).expect("baked OB 3.0");
	assert_eq!(extracted.version, ObVersion::V3);
}

#[test]
fn extract_fails_on_oversized_inflation() {
	let mut data = b"openbadges\0\x01\x00\0\0".to_vec();
	data.extend(miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 2 << 20], 9));
	let result = extract_credential(&png_with_text_chunk(b"iTXt", &data));
	assert!(matches!(result, Err(CredentialError::InvalidPng { .. })), "{result:?}");
}

#[test]
fn extract_credential_reads_vc_claim_of_jwt() {
	let extracted = common::extract_vc_fixture("ob30/simple.jwt");
	assert_eq!(extracted.source, Source::Jwt);
	assert!(extracted.json.get("vc").is_none());
	assert_eq!(extracted.json["id"], "http://example.edu/credentials/3732");
}

#[test]
fn error_messages_name_the_fix() {
	let message = CredentialError::HostedAssertionUrl("https://example.org/a".into()).to_string();
	assert!(message.contains("https://example.org/a"), "{message}");
	assert!(message.contains("post its JSON"), "{message}");
}

/// Builds a minimal PNG: signature, one text chunk, IEND. CRCs are zero, which the reader
/// does not check.
fn png_with_text_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
	let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
	png.extend((data.len() as u32).to_be_bytes());
	png.extend(kind);
	png.extend(data);
	png.extend([0; 4]);
	png.extend(0u32.to_be_bytes());
	png.extend(b"IEND");
	png.extend([0; 4]);
	png
}
