//! Open Badges 3.0 export. The examples are written to `test-data/exported/`, where
//! `validate-export.mjs` checks them against 1EdTech's JSON Schemas.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::panic)]

mod common;

use lifelong_credentials::{
	export_open_badge_v3, extract_credential, BadgeExport, BadgeStatus, ObVersion, SkillLevel,
	CHAIN_STATUS_TYPE, OB_V3_CONTEXT, VC_V2_CONTEXT,
};
use serde_json::{json, Value};

const GENESIS: &str = "0x91B171BB158E2D3848FA23A9F1C25182FB8E20313B2C1EB49219DA7A70CE90C3";
const NAMESPACE: &str = "urn:lifelong:91b171bb158e2d3848fa23a9f1c25182";
const LEARNER: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
const ISSUER: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

fn skill(uri: &str, label: &str, level_name: &str, level_rank: u8) -> SkillLevel {
	SkillLevel {
		uri: uri.to_owned(),
		label: label.to_owned(),
		level_name: level_name.to_owned(),
		level_rank,
	}
}

/// Builds a badge with every optional field set.
fn full_badge() -> BadgeExport {
	BadgeExport {
		badge_id: 42,
		chain_name: "Lifelong Local Testnet".to_owned(),
		genesis_hash: GENESIS.to_owned(),
		rpc_endpoint: Some("ws://127.0.0.1:9944".to_owned()),
		learner: LEARNER.to_owned(),
		issuer: ISSUER.to_owned(),
		issuer_name: "Universidad de Ejemplo".to_owned(),
		issuer_url: Some("https://www.example.edu".to_owned()),
		class_id: 7,
		class_name: "Data Engineering with Python".to_owned(),
		description: "Designs, builds and queries relational databases from Python programs."
			.to_owned(),
		criteria_uri: Some("https://www.example.edu/badges/data-engineering/criteria".to_owned()),
		criteria_hash: Some(
			"0x5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef".to_owned(),
		),
		skills: vec![
			skill(
				"http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
				"Python (computer programming)",
				"Advanced",
				3,
			),
			skill(
				"http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742",
				"SQL",
				"Intermediate",
				2,
			),
			skill(
				"http://data.europa.eu/esco/skill/4463a721-69f3-413d-8321-43e3af13a4f1",
				"use databases",
				"Advanced",
				3,
			),
		],
		eqf_level: Some(6),
		ects_hundredths: Some(550),
		issued_at_ms: 1_717_243_200_000,
		expires_at_ms: Some(1_843_473_600_500),
		evidence_hash: Some(
			"0xd588171b4f05935a8aaed18896c98ccf2d8c458b9ccd826b427003088c4a2b49".to_owned(),
		),
		status: BadgeStatus::Active,
		revocation_reason: None,
	}
}

/// Builds a badge with only the required fields.
fn minimal_badge() -> BadgeExport {
	BadgeExport {
		badge_id: 1,
		chain_name: "Lifelong".to_owned(),
		genesis_hash: GENESIS.trim_start_matches("0x").to_owned(),
		learner: LEARNER.to_owned(),
		issuer: ISSUER.to_owned(),
		issuer_name: "Example Academy".to_owned(),
		class_id: 1,
		class_name: "Teamwork".to_owned(),
		description: "Works in a team towards a shared goal.".to_owned(),
		issued_at_ms: 0,
		..BadgeExport::default()
	}
}

/// Builds a revoked badge with one skill.
fn revoked_badge() -> BadgeExport {
	BadgeExport {
		badge_id: 9_007_199_254_740_993,
		status: BadgeStatus::Revoked,
		revocation_reason: Some("Awarded in error".to_owned()),
		skills: vec![skill(
			"http://data.europa.eu/esco/skill/a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01",
			"teamwork principles",
			"Foundation",
			1,
		)],
		evidence_hash: Some(String::new()),
		issuer_url: Some("  ".to_owned()),
		..minimal_badge()
	}
}

/// Writes an exported credential where `validate-export.mjs` reads it. The output is
/// deterministic, so the committed files only change when the export changes.
fn write_exported(name: &str, credential: &Value) {
	let folder = common::crate_dir().join("test-data/exported");
	std::fs::create_dir_all(&folder).expect("export folder can be created");
	let mut text = serde_json::to_string_pretty(credential).expect("serialises");
	text.push('\n');
	std::fs::write(folder.join(format!("{name}.json")), text).expect("export is writable");
}

#[test]
fn export_open_badge_v3_writes_examples() {
	for (name, badge) in
		[("full", full_badge()), ("minimal", minimal_badge()), ("revoked", revoked_badge())]
	{
		let credential = export_open_badge_v3(&badge);
		write_exported(name, &credential);
		let reread = extract_credential(&serde_json::to_vec(&credential).expect("serialises"))
			.expect("the export is an Open Badge");
		assert_eq!(reread.version, ObVersion::V3, "{name}");
	}
}

#[test]
fn export_open_badge_v3_works() {
	let credential = export_open_badge_v3(&full_badge());

	assert_eq!(credential["@context"], json!([VC_V2_CONTEXT, OB_V3_CONTEXT]));
	assert_eq!(credential["id"], format!("{NAMESPACE}:badge:42"));
	assert_eq!(credential["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
	assert_eq!(credential["validFrom"], "2024-06-01T12:00:00Z");
	assert_eq!(credential["validUntil"], "2028-06-01T12:00:00.500Z");
	assert_eq!(credential["name"], "Data Engineering with Python");
	assert!(credential.get("proof").is_none());

	let issuer = &credential["issuer"];
	assert_eq!(issuer["id"], format!("{NAMESPACE}:account:{ISSUER}"));
	assert_eq!(issuer["type"], json!(["Profile"]));
	assert_eq!(issuer["name"], "Universidad de Ejemplo");
	assert_eq!(issuer["url"], "https://www.example.edu");

	let subject = &credential["credentialSubject"];
	assert_eq!(subject["id"], format!("{NAMESPACE}:account:{LEARNER}"));
	assert_eq!(subject["type"], json!(["AchievementSubject"]));
	assert_eq!(subject["creditsEarned"], json!(5.5));

	let achievement = &subject["achievement"];
	assert_eq!(achievement["id"], format!("{NAMESPACE}:class:7"));
	assert_eq!(achievement["type"], json!(["Achievement"]));
	assert_eq!(achievement["creditsAvailable"], json!(5.5));
	assert_eq!(
		achievement["criteria"]["id"],
		"https://www.example.edu/badges/data-engineering/criteria"
	);
	let narrative = achievement["criteria"]["narrative"].as_str().expect("narrative");
	assert!(narrative.contains("0x5f70bf18"), "{narrative}");

	let alignments = achievement["alignment"].as_array().expect("alignments");
	assert_eq!(alignments.len(), 4);
	assert_eq!(alignments[0]["type"], json!(["Alignment"]));
	assert_eq!(alignments[0]["targetName"], "Python (computer programming)");
	assert_eq!(
		alignments[0]["targetUrl"],
		"http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
	);
	assert_eq!(alignments[0]["targetFramework"], "ESCO v1.1.1");
	assert_eq!(alignments[0]["targetCode"], "ccd0a1d9-afda-43d9-b901-96344886e14d");
	assert_eq!(alignments[0]["targetDescription"], "Proficiency level 3 (Advanced)");
	assert_eq!(alignments[3]["targetUrl"], "http://data.europa.eu/snb/eqf/6");

	let descriptions = achievement["resultDescription"].as_array().expect("descriptions");
	let results = subject["result"].as_array().expect("results");
	assert_eq!(descriptions.len(), 3);
	assert_eq!(results.len(), 3);
	assert_eq!(results[1]["resultDescription"], descriptions[1]["id"]);
	assert_eq!(results[1]["achievedLevel"], descriptions[1]["rubricCriterionLevel"][0]["id"]);
	assert_eq!(descriptions[1]["rubricCriterionLevel"][0]["name"], "Intermediate");

	let evidence = credential["evidence"].as_array().expect("evidence");
	assert_eq!(evidence.len(), 1);
	assert_eq!(evidence[0]["type"], json!(["Evidence"]));
	let narrative = evidence[0]["narrative"].as_str().expect("narrative");
	assert!(
		narrative.ends_with("0xd588171b4f05935a8aaed18896c98ccf2d8c458b9ccd826b427003088c4a2b49")
	);

	let status = &credential["credentialStatus"];
	assert_eq!(status["id"], format!("{NAMESPACE}:badge:42:status"));
	assert_eq!(status["type"], CHAIN_STATUS_TYPE);
	assert_eq!(status["genesisHash"], GENESIS.to_ascii_lowercase());
	assert_eq!(status["badgeId"], "42");
	assert_eq!(status["status"], "active");
	assert_eq!(status["rpcEndpoint"], "ws://127.0.0.1:9944");
	assert!(status.get("statusReason").is_none());
}

#[test]
fn export_open_badge_v3_leaves_out_missing_fields() {
	let credential = export_open_badge_v3(&minimal_badge());
	assert_eq!(credential["validFrom"], "1970-01-01T00:00:00Z");
	assert!(credential.get("validUntil").is_none());
	assert!(credential.get("evidence").is_none());
	assert!(credential["issuer"].get("url").is_none());
	let subject = &credential["credentialSubject"];
	assert!(subject.get("result").is_none());
	assert!(subject.get("creditsEarned").is_none());
	let achievement = &subject["achievement"];
	assert!(achievement.get("alignment").is_none());
	assert!(achievement.get("resultDescription").is_none());
	assert!(achievement.get("creditsAvailable").is_none());
	assert!(achievement["criteria"].get("id").is_none());
	assert!(achievement["criteria"]["narrative"].is_string());
	assert!(credential["credentialStatus"].get("rpcEndpoint").is_none());
	assert_eq!(credential["credentialStatus"]["genesisHash"], GENESIS.to_ascii_lowercase());
}

#[test]
fn export_open_badge_v3_reports_revocation() {
	let credential = export_open_badge_v3(&revoked_badge());
	let status = &credential["credentialStatus"];
	assert_eq!(status["status"], "revoked");
	assert_eq!(status["statusReason"], "Awarded in error");
	// Ids above 2^53 stay exact because they are written as strings.
	assert_eq!(status["badgeId"], "9007199254740993");
	// Blank optional strings are left out rather than written empty.
	assert!(credential.get("evidence").is_none());
	assert!(credential["issuer"].get("url").is_none());
}

#[test]
fn badge_status_names_are_lower_case() {
	let names: Vec<&str> =
		[BadgeStatus::Active, BadgeStatus::Suspended, BadgeStatus::Revoked, BadgeStatus::Expired]
			.into_iter()
			.map(BadgeStatus::as_str)
			.collect();
	assert_eq!(names, ["active", "suspended", "revoked", "expired"]);
}
