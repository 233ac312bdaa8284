//! Open Badges 3.0 export of an on-chain badge.

use serde_json::{json, Map, Value};

use crate::time::format_rfc3339_millis;

/// W3C Verifiable Credentials Data Model 2.0 context.
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";

/// Open Badges 3.0 context, version 3.0.3, as in the specification's examples.
pub const OB_V3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// 1EdTech's published JSON Schema for an `AchievementCredential` / `OpenBadgeCredential`.
pub const OB_V3_SCHEMA: &str =
	"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

/// Name of the skill framework that alignments point into.
pub const ESCO_FRAMEWORK: &str = "ESCO v1.1.1";

/// `credentialStatus.type` of an exported badge: its status is read live from the chain.
pub const CHAIN_STATUS_TYPE: &str = "LifelongChainStatus";

/// Number of genesis hash hex digits in an identifier, as CAIP-2 chain ids for Polkadot SDK
/// chains use: the first 16 bytes.
const GENESIS_PREFIX_HEX_DIGITS: usize = 32;

/// Everything the export needs to know about one on-chain badge, in plain owned types.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BadgeExport {
	/// On-chain badge id.
	pub badge_id: u64,
	/// Human-readable chain name, such as the chain spec's name.
	pub chain_name: String,
	/// Genesis block hash as hex, with or without `0x`.
	pub genesis_hash: String,
	/// A JSON-RPC endpoint where the badge's status can be read, if the node wants to advertise
	/// one.
	pub rpc_endpoint: Option<String>,
	/// Learner (badge holder) account, SS58.
	pub learner: String,
	/// Issuer account, SS58.
	pub issuer: String,
	/// Issuer's registered display name.
	pub issuer_name: String,
	/// Issuer's registered web site, if any.
	pub issuer_url: Option<String>,
	/// On-chain badge class id.
	pub class_id: u64,
	/// Badge class name.
	pub class_name: String,
	/// Badge class description.
	pub description: String,
	/// URI of the badge class's criteria document, if any.
	pub criteria_uri: Option<String>,
	/// SHA-256 of the criteria document as hex, if any.
	pub criteria_hash: Option<String>,
	/// Skills that the badge certifies, each with its proficiency level.
	pub skills: Vec<SkillLevel>,
	/// European Qualifications Framework level (1..=8) of the badge class, if any.
	pub eqf_level: Option<u8>,
	/// ECTS credits of the badge class in hundredths (550 = 5.5 credits), if any.
	pub ects_hundredths: Option<u32>,
	/// Award time, Unix milliseconds.
	pub issued_at_ms: u64,
	/// Expiry time, Unix milliseconds, if the badge expires.
	pub expires_at_ms: Option<u64>,
	/// Hex evidence hash anchored on chain (the canonical hash of the issuer's credential), if
	/// any.
	pub evidence_hash: Option<String>,
	/// Status of the badge at export time.
	pub status: BadgeStatus,
	/// Reason given when the badge was revoked, if any.
	pub revocation_reason: Option<String>,
}

/// One certified skill.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SkillLevel {
	/// ESCO concept URI, such as `http://data.europa.eu/esco/skill/<uuid>`.
	pub uri: String,
	/// ESCO preferred label.
	pub label: String,
	/// Proficiency level name, such as `Advanced`.
	pub level_name: String,
	/// Proficiency level rank, 1 for the lowest.
	pub level_rank: u8,
}

/// Status of a badge on chain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BadgeStatus {
	/// Valid.
	#[default]
	Active,
	/// Temporarily not valid; the issuer may reinstate it.
	Suspended,
	/// Permanently withdrawn by the issuer.
	Revoked,
	/// Past its expiry time.
	Expired,
}

impl BadgeStatus {
	/// Returns the lower-case name used in `credentialStatus.status`.
	pub fn as_str(self) -> &'static str {
		match self {
			Self::Active => "active",
			Self::Suspended => "suspended",
			Self::Revoked => "revoked",
			Self::Expired => "expired",
		}
	}
}

/// Builds the Open Badges 3.0 `OpenBadgeCredential` of an on-chain badge.
///
/// The document carries no `proof`, because the chain stores no issuer signature over it. Its
/// `credentialStatus` of type [`CHAIN_STATUS_TYPE`] names the badge and the chain, where the
/// live status must be read. See `docs/open-badges.md` for the full mapping.
pub fn export_open_badge_v3(badge: &BadgeExport) -> Value {
	let ids = Identifiers::new(badge);
	let mut credential = Map::new();
	credential.insert("@context".into(), json!([VC_V2_CONTEXT, OB_V3_CONTEXT]));
	credential.insert("id".into(), json!(ids.badge));
	credential.insert("type".into(), json!(["VerifiableCredential", "OpenBadgeCredential"]));
	credential.insert("issuer".into(), issuer_profile(badge, &ids));
	credential.insert("validFrom".into(), json!(format_rfc3339_millis(badge.issued_at_ms)));
	if let Some(expires_at_ms) = badge.expires_at_ms {
		credential.insert("validUntil".into(), json!(format_rfc3339_millis(expires_at_ms)));
	}
	credential.insert("awardedDate".into(), json!(format_rfc3339_millis(badge.issued_at_ms)));
	credential.insert("name".into(), json!(badge.class_name));
	credential.insert("description".into(), json!(badge.description));
	credential.insert("credentialSubject".into(), credential_subject(badge, &ids));
	if let Some(hash) = non_empty(&badge.evidence_hash) {
		credential.insert("evidence".into(), json!([evidence(hash)]));
	}
	credential.insert("credentialStatus".into(), credential_status(badge, &ids));
	credential.insert(
		"credentialSchema".into(),
		json!([{ "id": OB_V3_SCHEMA, "type": "1EdTechJsonSchemaValidator2019" }]),
	);
	Value::Object(credential)
}

/// URNs of the things a badge names, all under `urn:lifelong:<genesis prefix>:`.
struct Identifiers {
	namespace: String,
	badge: String,
	achievement: String,
}

impl Identifiers {
	fn new(badge: &BadgeExport) -> Self {
		let genesis = badge.genesis_hash.trim().trim_start_matches("0x").to_ascii_lowercase();
		let prefix: String = genesis.chars().take(GENESIS_PREFIX_HEX_DIGITS).collect();
		let namespace = format!("urn:lifelong:{prefix}");
		Self {
			badge: format!("{namespace}:badge:{}", badge.badge_id),
			achievement: format!("{namespace}:class:{}", badge.class_id),
			namespace,
		}
	}

	fn account(&self, ss58: &str) -> String {
		format!("{}:account:{}", self.namespace, ss58.trim())
	}
}

fn issuer_profile(badge: &BadgeExport, ids: &Identifiers) -> Value {
	let mut profile = Map::new();
	profile.insert("id".into(), json!(ids.account(&badge.issuer)));
	profile.insert("type".into(), json!(["Profile"]));
	profile.insert("name".into(), json!(badge.issuer_name));
	if let Some(url) = non_empty(&badge.issuer_url) {
		profile.insert("url".into(), json!(url));
	}
	Value::Object(profile)
}

fn credential_subject(badge: &BadgeExport, ids: &Identifiers) -> Value {
	let mut achievement = Map::new();
	achievement.insert("id".into(), json!(ids.achievement));
	achievement.insert("type".into(), json!(["Achievement"]));
	achievement.insert("achievementType".into(), json!("Badge"));
	achievement.insert("name".into(), json!(badge.class_name));
	achievement.insert("description".into(), json!(badge.description));
	achievement.insert("criteria".into(), criteria(badge));

	let mut alignments: Vec<Value> = badge.skills.iter().map(skill_alignment).collect();
	if let Some(level) = badge.eqf_level {
		alignments.push(eqf_alignment(level));
	}
	if !alignments.is_empty() {
		achievement.insert("alignment".into(), Value::Array(alignments));
	}
	if let Some(hundredths) = badge.ects_hundredths {
		achievement.insert("creditsAvailable".into(), json!(f64::from(hundredths) / 100.0));
	}

	let mut subject = Map::new();
	subject.insert("id".into(), json!(ids.account(&badge.learner)));
	subject.insert("type".into(), json!(["AchievementSubject"]));
	if !badge.skills.is_empty() {
		let (descriptions, results): (Vec<Value>, Vec<Value>) = badge
			.skills
			.iter()
			.enumerate()
			.map(|(index, skill)| skill_result(&ids.achievement, index, skill))
			.unzip();
		achievement.insert("resultDescription".into(), Value::Array(descriptions));
		subject.insert("result".into(), Value::Array(results));
	}
	if let Some(hundredths) = badge.ects_hundredths {
		subject.insert("creditsEarned".into(), json!(f64::from(hundredths) / 100.0));
	}
	subject.insert("achievement".into(), Value::Object(achievement));
	Value::Object(subject)
}

fn criteria(badge: &BadgeExport) -> Value {
	let mut narrative = format!(
		"Awarded by {} on the {} chain to learners who meet the criteria of the badge class \"{}\".",
		badge.issuer_name, badge.chain_name, badge.class_name
	);
	if let Some(hash) = non_empty(&badge.criteria_hash) {
		narrative.push_str(&format!(" SHA-256 of the criteria document: {hash}."));
	}
	let mut criteria = Map::new();
	if let Some(uri) = non_empty(&badge.criteria_uri) {
		criteria.insert("id".into(), json!(uri));
	}
	criteria.insert("narrative".into(), json!(narrative));
	Value::Object(criteria)
}

fn skill_alignment(skill: &SkillLevel) -> Value {
	// The ESCO concept's UUID is the last path segment of its URI.
	let code = skill.uri.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
	json!({
		"type": ["Alignment"],
		"targetName": skill.label,
		"targetUrl": skill.uri,
		"targetDescription": format!(
			"Proficiency level {} ({})", skill.level_rank, skill.level_name
		),
		"targetFramework": ESCO_FRAMEWORK,
		"targetCode": code,
		"targetType": "ceasn:Competency",
	})
}

fn eqf_alignment(level: u8) -> Value {
	json!({
		"type": ["Alignment"],
		"targetName": format!("EQF level {level}"),
		"targetUrl": format!("http://data.europa.eu/snb/eqf/{level}"),
		"targetFramework": "European Qualifications Framework",
		"targetCode": level.to_string(),
	})
}

/// Returns the achievement's `ResultDescription` of one skill and the subject's `Result` that
/// points at the achieved level.
fn skill_result(achievement_id: &str, index: usize, skill: &SkillLevel) -> (Value, Value) {
	let description_id = format!("{achievement_id}:skill:{index}");
	let level_id = format!("{description_id}:level:{}", skill.level_rank);
	let description = json!({
		"id": description_id,
		"type": ["ResultDescription"],
		"name": format!("Proficiency in {}", skill.label),
		"resultType": "RubricCriterionLevel",
		"alignment": [skill_alignment(skill)],
		"rubricCriterionLevel": [{
			"id": level_id,
			"type": ["RubricCriterionLevel"],
			"name": skill.level_name,
			"level": skill.level_rank.to_string(),
		}],
	});
	let result = json!({
		"type": ["Result"],
		"resultDescription": description_id,
		"achievedLevel": level_id,
	});
	(description, result)
}

fn evidence(hash: &str) -> Value {
	json!({
		"type": ["Evidence"],
		"name": "Anchored credential hash",
		"narrative": format!(
			"SHA-256 of the RFC 8785 (JCS) form of the credential that the issuer anchored on \
			 chain when awarding this badge: {hash}"
		),
	})
}

fn credential_status(badge: &BadgeExport, ids: &Identifiers) -> Value {
	let mut status = Map::new();
	status.insert("id".into(), json!(format!("{}:status", ids.badge)));
	status.insert("type".into(), json!(CHAIN_STATUS_TYPE));
	status.insert("chain".into(), json!(badge.chain_name));
	status.insert("genesisHash".into(), json!(hex_with_prefix(&badge.genesis_hash)));
	status.insert("badgeId".into(), json!(badge.badge_id.to_string()));
	status.insert("status".into(), json!(badge.status.as_str()));
	if let Some(reason) = non_empty(&badge.revocation_reason) {
		status.insert("statusReason".into(), json!(reason));
	}
	if let Some(endpoint) = non_empty(&badge.rpc_endpoint) {
		status.insert("rpcEndpoint".into(), json!(endpoint));
	}
	Value::Object(status)
}

fn hex_with_prefix(hex: &str) -> String {
	format!("0x{}", hex.trim().trim_start_matches("0x").to_ascii_lowercase())
}

fn non_empty(text: &Option<String>) -> Option<&str> {
	text.as_deref().map(str::trim).filter(|text| !text.is_empty())
}
