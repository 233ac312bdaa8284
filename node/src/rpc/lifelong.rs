//! Lifelong's JSON-RPC methods, in the `lifelong` namespace.
//!
//! Each method is a thin wrapper over the runtime APIs of the skills, badges and
//! recommendations pallets. Responses are plain JSON: SS58 addresses, ESCO URIs and labels
//! resolved, times in ISO 8601 (UTC). Every method that reads the chain takes an optional block
//! hash as its last parameter and reads the best block when it is absent. Bad input fails with
//! a JSON-RPC error whose message names the value and how to fix it; see `docs/rpc.md`.

use std::sync::Arc;

use base64::Engine as _;
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use lifelong_credentials::{BadgeExport, BadgeStatus, SkillLevel};
use lifelong_primitives::{ProficiencyLevel, SkillId};
use lifelong_runtime::{opaque::Block, AccountId, Hash, Moment};
use pallet_badges::{BadgeState, BadgeVerification, IssuerStanding, RevocationReason};
use pallet_badges_runtime_api::BadgesApi;
use pallet_recommendations_runtime_api::RecommendationsApi;
use pallet_skills_runtime_api::SkillsApi;
use polkadot_sdk::*;
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::{AccountId32, Ss58Codec};

/// Error code: a parameter is malformed (wrong type, not an address, not a hash).
pub const INVALID_PARAMETER: i32 = 4000;
/// Error code: the parameter is well formed but names nothing on chain.
pub const NOT_FOUND: i32 = 4004;
/// Error code: the credential file could not be read as an Open Badge.
pub const INVALID_CREDENTIAL: i32 = 4010;
/// Error code: the runtime API call failed (an unknown block hash, or a node fault).
pub const RUNTIME_ERROR: i32 = 5000;

fn invalid(message: String) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMETER, message, None::<()>)
}

fn not_found(message: String) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(NOT_FOUND, message, None::<()>)
}

fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(
		RUNTIME_ERROR,
		format!("the runtime API call failed: {error}. Check that the block hash is known."),
		None::<()>,
	)
}

/// The `lifelong_*` JSON-RPC methods.
#[rpc(server, namespace = "lifelong")]
pub trait LifelongApi {
	/// Verifies a badge by id: status, reason, issuer standing, class, skills and dates.
	#[method(name = "verifyBadge")]
	fn verify_badge(&self, badge: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Finds the badge anchored with an evidence hash (`0x` and 64 hex digits) and verifies it.
	#[method(name = "badgeByEvidence")]
	fn badge_by_evidence(&self, evidence: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Lists a learner's badges, verified.
	#[method(name = "badgesOf")]
	fn badges_of(&self, learner: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Returns a learner's skill profile.
	#[method(name = "skillProfile")]
	fn skill_profile(&self, learner: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Looks up a skill by id or ESCO URI.
	#[method(name = "skill")]
	fn skill(&self, skill: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Looks up an occupation by id or ESCO URI, with its essential and optional skills.
	#[method(name = "occupation")]
	fn occupation(&self, occupation: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Returns a learner's stored recommendations, with jobs, courses and skills resolved.
	#[method(name = "recommendations")]
	fn recommendations(&self, learner: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Compares a learner's profile with a job offer (`{"job": id}`) or an occupation
	/// (`{"occupation": id or URI}`).
	#[method(name = "skillGap")]
	fn skill_gap(&self, learner: Value, target: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Exports a badge as an Open Badges 3.0 `OpenBadgeCredential`.
	#[method(name = "exportOpenBadge")]
	fn export_open_badge(&self, badge: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Reads an Open Badges 2.0 or 3.0 credential (a JSON object, or a file's bytes in base64:
	/// JSON, baked PNG or SVG, or a JWT), computes its evidence hash and reports whether a badge
	/// anchors it and that badge's status.
	#[method(name = "verifyCredential")]
	fn verify_credential(&self, credential: Value, at: Option<Value>) -> RpcResult<Value>;

	/// Computes the evidence hash of a credential, for an issuer who anchors it in an award.
	#[method(name = "credentialHash")]
	fn credential_hash(&self, credential: Value) -> RpcResult<Value>;
}

/// Implements [`LifelongApiServer`] on top of a client's runtime APIs.
pub struct Lifelong<C> {
	client: Arc<C>,
	chain_name: String,
}

impl<C> Lifelong<C> {
	/// Creates the handler; `chain_name` goes into exported credentials.
	pub fn new(client: Arc<C>, chain_name: String) -> Self {
		Self { client, chain_name }
	}
}

fn parse_account(value: &Value) -> Result<AccountId, ErrorObjectOwned> {
	let text = value.as_str().ok_or_else(|| {
		invalid(format!(
			"invalid account {value}: expected an SS58 address string such as \
			 \"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\""
		))
	})?;
	if let Some(hex_text) = text.strip_prefix("0x") {
		let bytes = hex_decode(hex_text).filter(|bytes| bytes.len() == 32).ok_or_else(|| {
			invalid(format!(
				"invalid account {text:?}: a hex account id has 32 bytes (64 hex digits)"
			))
		})?;
		let mut raw = [0u8; 32];
		raw.copy_from_slice(&bytes);
		return Ok(AccountId32::from(raw));
	}
	AccountId32::from_ss58check(text).map_err(|error| {
		invalid(format!(
			"invalid account {text:?}: not an SS58 address ({error:?}); copy the address from \
			 your wallet, or pass the 32-byte account id as 0x-prefixed hex"
		))
	})
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
	if text.len() % 2 != 0 {
		return None;
	}
	(0..text.len())
		.step_by(2)
		.map(|index| u8::from_str_radix(text.get(index..index + 2)?, 16).ok())
		.collect()
}

/// Decodes a JSON string of `0x` and 64 hex digits.
fn decode_h256(value: &Value) -> Option<sp_core::H256> {
	let bytes = value.as_str()?.strip_prefix("0x").and_then(hex_decode)?;
	(bytes.len() == 32).then(|| sp_core::H256::from_slice(&bytes))
}

fn parse_hash(value: &Value, what: &str) -> Result<sp_core::H256, ErrorObjectOwned> {
	decode_h256(value).ok_or_else(|| {
		invalid(format!(
			"invalid {what} {value}: expected \"0x\" followed by 64 hex digits (32 bytes); \
			 lifelong_credentialHash computes it from a credential file"
		))
	})
}

fn parse_id(value: &Value, what: &str) -> Result<u64, ErrorObjectOwned> {
	let parsed = match value {
		Value::Number(number) => number.as_u64(),
		Value::String(text) => text.parse::<u64>().ok(),
		_ => None,
	};
	parsed.ok_or_else(|| {
		invalid(format!("invalid {what} id {value}: expected a non-negative integer such as 0"))
	})
}

fn ss58(account: &AccountId) -> String {
	account.to_ss58check()
}

fn utf8(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn iso(ms: Moment) -> String {
	lifelong_credentials::format_rfc3339_millis(ms)
}

fn level_name(level: ProficiencyLevel) -> &'static str {
	match level {
		ProficiencyLevel::Foundation => "Foundation",
		ProficiencyLevel::Intermediate => "Intermediate",
		ProficiencyLevel::Advanced => "Advanced",
		ProficiencyLevel::HighlySpecialised => "HighlySpecialised",
	}
}

fn standing_name(standing: Option<IssuerStanding>) -> &'static str {
	match standing {
		Some(IssuerStanding::Accredited) => "accredited",
		Some(IssuerStanding::Suspended) => "suspended",
		Some(IssuerStanding::Withdrawn) => "withdrawn",
		None => "unknown",
	}
}

fn reason_code(reason: &RevocationReason) -> &'static str {
	match reason {
		RevocationReason::IssuedInError => "IssuedInError",
		RevocationReason::Misconduct => "Misconduct",
		RevocationReason::AchievementInvalidated => "AchievementInvalidated",
		RevocationReason::Superseded => "Superseded",
		RevocationReason::LearnerRequest => "LearnerRequest",
		RevocationReason::IssuerWithdrawn => "IssuerWithdrawn",
		RevocationReason::Other => "Other",
	}
}

impl<C> Lifelong<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: SkillsApi<Block>
		+ BadgesApi<Block, AccountId, Moment>
		+ RecommendationsApi<Block, AccountId>,
{
	/// Returns the block that `at` names, or the best block when it is absent or null.
	fn at(&self, at: Option<Value>) -> RpcResult<Hash> {
		match at {
			None | Some(Value::Null) => Ok(self.client.info().best_hash),
			Some(value) => decode_h256(&value).ok_or_else(|| {
				invalid(format!(
					"invalid block hash {value}: expected \"0x\" followed by 64 hex digits (32 \
					 bytes); leave it out to read the best block"
				))
			}),
		}
	}

	fn skill_json(&self, at: Hash, id: SkillId) -> RpcResult<Value> {
		let skill = self.client.runtime_api().skill(at, id).map_err(runtime_error)?;
		Ok(match skill {
			Some(skill) => json!({
				"id": skill.id,
				"uri": utf8(&skill.uri),
				"label": utf8(&skill.label),
				"skillType": skill.skill_type.map(|kind| format!("{kind:?}")),
				"reuseLevel": skill.reuse_level.map(|level| format!("{level:?}")),
				"broader": skill.broader,
				"status": format!("{:?}", skill.status),
			}),
			None => json!({ "id": id, "uri": null, "label": null }),
		})
	}

	fn skill_levels_json(
		&self,
		at: Hash,
		skills: &[(SkillId, ProficiencyLevel)],
	) -> RpcResult<Vec<Value>> {
		skills
			.iter()
			.map(|(skill, level)| {
				let mut entry = self.skill_json(at, *skill)?;
				entry["level"] = json!(level_name(*level));
				Ok(entry)
			})
			.collect()
	}

	fn verification_json(
		&self,
		at: Hash,
		badge: &BadgeVerification<AccountId, Moment>,
	) -> RpcResult<Value> {
		let (status, reason) = match &badge.state {
			BadgeState::Active => ("active", Value::Null),
			BadgeState::Suspended { reason, since } => {
				("suspended", json!({ "note": utf8(reason), "since": iso(*since) }))
			}
			BadgeState::Revoked { reason, note, at, by_governance } => (
				"revoked",
				json!({
					"code": reason_code(reason),
					"note": utf8(note),
					"at": iso(*at),
					"byGovernance": by_governance,
				}),
			),
			BadgeState::Expired { .. } => ("expired", Value::Null),
		};
		Ok(json!({
			"badgeId": badge.badge,
			"valid": badge.valid,
			"status": status,
			"reason": reason,
			"learner": ss58(&badge.learner),
			"evidenceHash": format!("{:?}", badge.evidence),
			"issuedAt": iso(badge.issued_at),
			"expiresAt": badge.expires_at.map(iso),
			"class": {
				"id": badge.class,
				"name": utf8(&badge.class_name),
				"retired": badge.class_retired,
			},
			"skills": self.skill_levels_json(at, &badge.skills)?,
			"issuer": {
				"account": ss58(&badge.issuer),
				"name": utf8(&badge.issuer_name),
				"standing": standing_name(badge.issuer_standing),
			},
		}))
	}

	fn verification(
		&self,
		at: Hash,
		badge: u64,
	) -> RpcResult<BadgeVerification<AccountId, Moment>> {
		self.client.runtime_api().verify_badge(at, badge).map_err(runtime_error)?.ok_or_else(|| {
			not_found(format!(
				"badge {badge} not found: no badge has this id (never awarded, or declined by \
					 its learner); lifelong_badgesOf lists a learner's badge ids"
			))
		})
	}

	fn resolve_skill(&self, at: Hash, value: &Value) -> RpcResult<SkillId> {
		let api = self.client.runtime_api();
		let found = match value {
			Value::String(text) if text.starts_with("http") => {
				api.skill_by_uri(at, text.as_bytes().to_vec()).map_err(runtime_error)?
			}
			_ => {
				let id = parse_id(value, "skill").map_err(|_| {
					invalid(format!(
						"invalid skill {value}: expected an ESCO skill URI \
						 (\"http://data.europa.eu/esco/skill/...\") or a skill id such as 0"
					))
				})?;
				let id = SkillId::try_from(id)
					.map_err(|_| invalid(format!("invalid skill id {id}: too large")))?;
				api.skill(at, id).map_err(runtime_error)?
			}
		};
		found.map(|skill| skill.id).ok_or_else(|| {
			not_found(format!(
				"skill {value} not found: pass an ESCO skill URI such as \
				 \"http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab\" or a \
				 skill id; lifelong_skill resolves both"
			))
		})
	}

	fn occupation_info(&self, at: Hash, value: &Value) -> RpcResult<pallet_skills::OccupationInfo> {
		let api = self.client.runtime_api();
		let found = match value {
			Value::String(text) if text.starts_with("http") => {
				api.occupation_by_uri(at, text.as_bytes().to_vec()).map_err(runtime_error)?
			}
			_ => {
				let id = parse_id(value, "occupation").map_err(|_| {
					invalid(format!(
						"invalid occupation {value}: expected an ESCO occupation URI \
						 (\"http://data.europa.eu/esco/occupation/...\") or an occupation id such \
						 as 0"
					))
				})?;
				let id = u32::try_from(id)
					.map_err(|_| invalid(format!("invalid occupation id {id}: too large")))?;
				api.occupation(at, id).map_err(runtime_error)?
			}
		};
		found.ok_or_else(|| {
			not_found(format!(
				"occupation {value} not found: pass an ESCO occupation URI such as \
				 \"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34\" \
				 or an occupation id; lifelong_occupation resolves both"
			))
		})
	}

	fn export(&self, at: Hash, badge_id: u64) -> RpcResult<Value> {
		let api = self.client.runtime_api();
		let badge = self.verification(at, badge_id)?;
		let class = api.badge_class(at, badge.class).map_err(runtime_error)?;
		let issuer = api.issuer(at, badge.issuer.clone()).map_err(runtime_error)?;
		let skills = badge
			.skills
			.iter()
			.map(|(skill, level)| {
				let info = api.skill(at, *skill).map_err(runtime_error)?;
				Ok(SkillLevel {
					uri: info.as_ref().map(|info| utf8(&info.uri)).unwrap_or_default(),
					label: info.as_ref().map(|info| utf8(&info.label)).unwrap_or_default(),
					level_name: level_name(*level).to_string(),
					level_rank: level.rank(),
				})
			})
			.collect::<RpcResult<Vec<_>>>()?;
		let (status, revocation_reason) = match &badge.state {
			BadgeState::Active => (BadgeStatus::Active, None),
			BadgeState::Suspended { .. } => (BadgeStatus::Suspended, None),
			BadgeState::Revoked { reason, .. } => {
				(BadgeStatus::Revoked, Some(reason_code(reason).to_string()))
			}
			BadgeState::Expired { .. } => (BadgeStatus::Expired, None),
		};
		let genesis = self.client.info().genesis_hash;
		let export = BadgeExport {
			badge_id,
			chain_name: self.chain_name.clone(),
			genesis_hash: format!("{genesis:?}"),
			rpc_endpoint: None,
			learner: ss58(&badge.learner),
			issuer: ss58(&badge.issuer),
			issuer_name: utf8(&badge.issuer_name),
			issuer_url: issuer.map(|issuer| utf8(&issuer.url)).filter(|url| !url.is_empty()),
			class_id: u64::from(badge.class),
			class_name: utf8(&badge.class_name),
			description: class.as_ref().map(|class| utf8(&class.description)).unwrap_or_default(),
			criteria_uri: class
				.as_ref()
				.and_then(|class| class.criteria_uri.as_ref())
				.map(|uri| utf8(uri)),
			criteria_hash: class
				.as_ref()
				.and_then(|class| class.criteria_hash)
				.map(|hash| format!("{hash:?}")),
			skills,
			eqf_level: class.as_ref().and_then(|class| class.eqf_level),
			ects_hundredths: class
				.as_ref()
				.and_then(|class| class.ects_tenths)
				.map(|tenths| u32::from(tenths).saturating_mul(10)),
			issued_at_ms: badge.issued_at,
			expires_at_ms: badge.expires_at,
			evidence_hash: Some(format!("{:?}", badge.evidence)),
			status,
			revocation_reason,
		};
		Ok(lifelong_credentials::export_open_badge_v3(&export))
	}
}

/// Reads the `credential` parameter: a JSON object is the credential itself; a string contains
/// a file's bytes in base64, or the raw text of a JSON credential or a JWT.
fn credential_bytes(credential: &Value) -> Result<Vec<u8>, ErrorObjectOwned> {
	match credential {
		Value::Object(_) => Ok(credential.to_string().into_bytes()),
		Value::String(text) => {
			let trimmed = text.trim();
			if trimmed.starts_with('{') || trimmed.matches('.').count() == 2 {
				return Ok(trimmed.as_bytes().to_vec());
			}
			base64::engine::general_purpose::STANDARD.decode(trimmed).map_err(|error| {
				invalid(format!(
					"invalid credential: the string is neither JSON, a JWT nor base64 ({error}); \
					 send the file's bytes in standard base64, or the credential as a JSON object"
				))
			})
		}
		other => Err(invalid(format!(
			"invalid credential {other}: send the credential as a JSON object, or the file's \
			 bytes (JSON, PNG, SVG or JWT) as a base64 string"
		))),
	}
}

fn version_name(version: lifelong_credentials::ObVersion) -> &'static str {
	match version {
		lifelong_credentials::ObVersion::V2 => "2.0",
		lifelong_credentials::ObVersion::V3 => "3.0",
	}
}

fn source_name(source: lifelong_credentials::Source) -> &'static str {
	match source {
		lifelong_credentials::Source::Json => "json",
		lifelong_credentials::Source::Png => "png",
		lifelong_credentials::Source::Svg => "svg",
		lifelong_credentials::Source::Jwt => "jwt",
	}
}

fn extract(credential: &Value) -> RpcResult<(lifelong_credentials::ExtractedCredential, String)> {
	let bytes = credential_bytes(credential)?;
	let extracted = lifelong_credentials::extract_credential(&bytes).map_err(|error| {
		ErrorObjectOwned::owned(
			INVALID_CREDENTIAL,
			format!("the credential could not be read: {error}"),
			None::<()>,
		)
	})?;
	let hash = lifelong_credentials::canonical_hash_hex(&extracted.json);
	Ok((extracted, hash))
}

impl<C> LifelongApiServer for Lifelong<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: SkillsApi<Block>
		+ BadgesApi<Block, AccountId, Moment>
		+ RecommendationsApi<Block, AccountId>,
{
	fn verify_badge(&self, badge: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let badge = parse_id(&badge, "badge")?;
		let verification = self.verification(at, badge)?;
		self.verification_json(at, &verification)
	}

	fn badge_by_evidence(&self, evidence: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let hash = parse_hash(&evidence, "evidence hash")?;
		let badge = self.client.runtime_api().badge_by_evidence(at, hash).map_err(runtime_error)?;
		let badge = badge.ok_or_else(|| {
			not_found(format!(
				"no badge is anchored with evidence hash {hash:?}: lifelong_credentialHash \
				 computes the hash of a credential file, and lifelong_badgesOf lists a learner's \
				 badges with their evidence hashes"
			))
		})?;
		let verification = self.verification(at, badge)?;
		self.verification_json(at, &verification)
	}

	fn badges_of(&self, learner: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let learner = parse_account(&learner)?;
		let ids = self.client.runtime_api().badges_of(at, learner).map_err(runtime_error)?;
		let badges = ids
			.into_iter()
			.map(|id| {
				let verification = self.verification(at, id)?;
				self.verification_json(at, &verification)
			})
			.collect::<RpcResult<Vec<_>>>()?;
		Ok(Value::Array(badges))
	}

	fn skill_profile(&self, learner: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let learner = parse_account(&learner)?;
		let profile =
			self.client.runtime_api().skill_profile(at, learner).map_err(runtime_error)?;
		let entries = profile
			.into_iter()
			.map(|(skill, holding)| {
				let mut entry = self.skill_json(at, skill)?;
				entry["level"] = json!(level_name(holding.level));
				entry["badgeCount"] = json!(holding.badge_count);
				entry["lastAwarded"] = json!(iso(holding.last_awarded));
				Ok(entry)
			})
			.collect::<RpcResult<Vec<_>>>()?;
		Ok(Value::Array(entries))
	}

	fn skill(&self, skill: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let id = self.resolve_skill(at, &skill)?;
		self.skill_json(at, id)
	}

	fn occupation(&self, occupation: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let info = self.occupation_info(at, &occupation)?;
		let essential = info
			.essential
			.iter()
			.map(|id| self.skill_json(at, *id))
			.collect::<RpcResult<Vec<_>>>()?;
		let optional = info
			.optional
			.iter()
			.map(|id| self.skill_json(at, *id))
			.collect::<RpcResult<Vec<_>>>()?;
		Ok(json!({
			"id": info.id,
			"uri": utf8(&info.uri),
			"label": utf8(&info.label),
			"iscoGroup": info.isco_group,
			"status": format!("{:?}", info.status),
			"essentialSkills": essential,
			"optionalSkills": optional,
		}))
	}

	fn recommendations(&self, learner: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let account = parse_account(&learner)?;
		let api = self.client.runtime_api();
		let stored = api.recommendations(at, account.clone()).map_err(runtime_error)?;
		let Some(stored) = stored else {
			return Ok(json!({
				"learner": ss58(&account),
				"optedIn": api.compute_recommendations(at, account.clone())
					.map_err(runtime_error)?
					.is_some(),
				"result": null,
			}));
		};
		let jobs = stored
			.jobs
			.iter()
			.map(|job| {
				let view = api.job(at, job.job).map_err(runtime_error)?;
				let missing = job
					.missing
					.iter()
					.map(|skill| self.skill_json(at, *skill))
					.collect::<RpcResult<Vec<_>>>()?;
				Ok(json!({
					"jobId": job.job,
					"title": view.as_ref().map(|view| utf8(&view.title)),
					"employer": view.as_ref().map(|view| utf8(&view.employer_name)),
					"location": view.as_ref().map(|view| utf8(&view.location)),
					"url": view.as_ref().map(|view| utf8(&view.url)),
					"score": f64::from(job.score.deconstruct()) / 1_000_000.0,
					"match": format!("{:?}", job.kind).to_lowercase(),
					"missingSkills": missing,
				}))
			})
			.collect::<RpcResult<Vec<_>>>()?;
		let courses = stored
			.courses
			.iter()
			.map(|course| {
				let view = api.course(at, course.course).map_err(runtime_error)?;
				let teaches = course
					.teaches
					.iter()
					.map(|skill| self.skill_json(at, *skill))
					.collect::<RpcResult<Vec<_>>>()?;
				Ok(json!({
					"courseId": course.course,
					"title": view.as_ref().map(|view| utf8(&view.title)),
					"url": view.as_ref().map(|view| utf8(&view.url)),
					"score": f64::from(course.score.deconstruct()) / 1_000_000.0,
					"teaches": teaches,
				}))
			})
			.collect::<RpcResult<Vec<_>>>()?;
		Ok(json!({
			"learner": ss58(&account),
			"optedIn": true,
			"result": {
				"algorithmVersion": stored.algorithm_version,
				"inputsHash": format!("{:?}", stored.inputs_hash),
				"listingVersion": stored.listing_version,
				"jobs": jobs,
				"courses": courses,
			},
		}))
	}

	fn skill_gap(&self, learner: Value, target: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let account = parse_account(&learner)?;
		let api = self.client.runtime_api();
		let profile = api.skill_profile(at, account.clone()).map_err(runtime_error)?;
		let held = |skill: SkillId| {
			profile.iter().find(|(id, _)| *id == skill).map(|(_, holding)| holding.level)
		};

		// Each requirement: skill, minimum level (if the target states one), essential or not.
		let (target_json, requirements): (Value, Vec<(SkillId, Option<ProficiencyLevel>, bool)>) =
			if let Some(job) = target.get("job") {
				let job_id = parse_id(job, "job")?;
				let job_id = u32::try_from(job_id)
					.map_err(|_| invalid(format!("invalid job id {job_id}: too large")))?;
				let view = api.job(at, job_id).map_err(runtime_error)?.ok_or_else(|| {
					not_found(format!(
						"job {job_id} not found: it was never posted, or was withdrawn or \
						 removed; lifelong_recommendations lists the jobs matched to a learner"
					))
				})?;
				let requirements = view
					.skills
					.iter()
					.map(|required| {
						(
							required.skill,
							Some(required.min_level),
							required.weight == pallet_recommendations::SkillWeight::Essential,
						)
					})
					.collect();
				(json!({ "job": job_id, "title": utf8(&view.title) }), requirements)
			} else if let Some(occupation) = target.get("occupation") {
				let info = self.occupation_info(at, occupation)?;
				let requirements = info
					.essential
					.iter()
					.map(|skill| (*skill, None, true))
					.chain(info.optional.iter().map(|skill| (*skill, None, false)))
					.collect();
				(
					json!({ "occupation": info.id, "uri": utf8(&info.uri), "label": utf8(&info.label) }),
					requirements,
				)
			} else {
				return Err(invalid(format!(
					"invalid target {target}: expected {{\"job\": <job id>}} or \
					 {{\"occupation\": <occupation id or ESCO URI>}}"
				)));
			};

		let mut met = Vec::new();
		let mut below = Vec::new();
		let mut missing = Vec::new();
		for (skill, min_level, essential) in requirements {
			let mut entry = self.skill_json(at, skill)?;
			entry["essential"] = json!(essential);
			entry["requiredLevel"] = json!(min_level.map(level_name));
			let level = held(skill);
			entry["heldLevel"] = json!(level.map(level_name));
			match (level, min_level) {
				(None, _) => missing.push(entry),
				(Some(level), Some(min)) if level < min => below.push(entry),
				_ => met.push(entry),
			}
		}
		let essential_gaps = missing
			.iter()
			.chain(below.iter())
			.filter(|entry| entry["essential"] == json!(true))
			.count();
		Ok(json!({
			"learner": ss58(&account),
			"target": target_json,
			"fullMatch": essential_gaps == 0,
			"met": met,
			"belowLevel": below,
			"missing": missing,
		}))
	}

	fn export_open_badge(&self, badge: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let badge = parse_id(&badge, "badge")?;
		self.export(at, badge)
	}

	fn verify_credential(&self, credential: Value, at: Option<Value>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let (extracted, hash) = extract(&credential)?;
		let evidence = parse_hash(&json!(hash), "evidence hash")?;
		let badge =
			self.client.runtime_api().badge_by_evidence(at, evidence).map_err(runtime_error)?;
		let badge_json = match badge {
			Some(id) => {
				let verification = self.verification(at, id)?;
				self.verification_json(at, &verification)?
			}
			None => Value::Null,
		};
		Ok(json!({
			"openBadgesVersion": version_name(extracted.version),
			"source": source_name(extracted.source),
			"evidenceHash": hash,
			"anchored": !badge_json.is_null(),
			"badge": badge_json,
		}))
	}

	fn credential_hash(&self, credential: Value) -> RpcResult<Value> {
		let (extracted, hash) = extract(&credential)?;
		Ok(json!({
			"openBadgesVersion": version_name(extracted.version),
			"source": source_name(extracted.source),
			"evidenceHash": hash,
		}))
	}
}
