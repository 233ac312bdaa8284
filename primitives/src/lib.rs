//! # Lifelong primitives
//!
//! The vocabulary that Lifelong's pallets share, so that each pallet can be built and tested
//! against a mock of the others.
//!
//! - [`SkillId`] and [`OccupationId`]: compact ids that the skills pallet assigns to ESCO
//!   concepts. ESCO concept URIs stay resolvable through the skills pallet's URI index.
//! - [`ProficiencyLevel`]: how well a skill is held (by a badge) or needed (by a listing).
//! - [`SkillRegistry`]: what badges and recommendations read from the taxonomy.
//! - [`SkillProfileProvider`] and [`OnSkillProfileChanged`]: how recommendations read and follow
//!   a learner's skill profile, which the badges pallet keeps.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Weight;

/// Compact id of an ESCO skill or knowledge concept.
pub type SkillId = u32;

/// Compact id of an ESCO occupation.
pub type OccupationId = u32;

/// Proficiency with which a skill is held or required.
///
/// ESCO classifies skills but defines no proficiency scale, so Lifelong uses the four broad
/// levels of the European Digital Competence Framework (DigComp 2.2): foundation,
/// intermediate, advanced and highly specialised. Four steps are coarse enough that issuers in
/// different countries apply them the same way, and each maps to a pair of the EQF's eight
/// learning-outcome levels (1-2, 3-4, 5-6, 7-8), which badge classes also carry.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ProficiencyLevel {
	/// Remembers and applies the skill in simple tasks, with guidance (EQF 1-2).
	Foundation,
	/// Applies the skill on their own to well-defined, routine problems (EQF 3-4).
	Intermediate,
	/// Applies the skill to varied, non-routine problems and guides others (EQF 5-6).
	Advanced,
	/// Solves complex problems with the skill, innovates and leads in the field (EQF 7-8).
	HighlySpecialised,
}

impl ProficiencyLevel {
	/// All levels, lowest first.
	pub const ALL: [ProficiencyLevel; 4] = [
		ProficiencyLevel::Foundation,
		ProficiencyLevel::Intermediate,
		ProficiencyLevel::Advanced,
		ProficiencyLevel::HighlySpecialised,
	];

	/// Returns the level's rank: 1 for foundation up to 4 for highly specialised.
	pub fn rank(self) -> u8 {
		match self {
			ProficiencyLevel::Foundation => 1,
			ProficiencyLevel::Intermediate => 2,
			ProficiencyLevel::Advanced => 3,
			ProficiencyLevel::HighlySpecialised => 4,
		}
	}
}

/// Standing of a skill in the taxonomy.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum SkillStatus {
	/// In use: new badge classes and listings may name it.
	Active,
	/// Withdrawn by a taxonomy update. It stays resolvable so that existing badges still verify,
	/// but nothing new may name it.
	Deprecated,
}

/// Read access to the skills taxonomy.
pub trait SkillRegistry {
	/// Returns the status of a skill, or `None` when no skill has this id.
	fn skill_status(skill: SkillId) -> Option<SkillStatus>;

	/// Returns the direct broader skills of a skill in ESCO's hierarchy (empty when none or
	/// when the skill is unknown).
	fn broader_skills(skill: SkillId) -> Vec<SkillId>;

	/// Returns whether an occupation with this id exists and is not deprecated.
	fn occupation_is_active(occupation: OccupationId) -> bool;

	/// Returns the essential and the optional skills of an occupation, or `None` when the
	/// occupation is unknown.
	fn occupation_skills(occupation: OccupationId) -> Option<(Vec<SkillId>, Vec<SkillId>)>;
}

/// One skill of a learner's skill profile.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct SkillHolding<Moment> {
	/// Highest level shown by any of the learner's valid badges.
	pub level: ProficiencyLevel,
	/// Number of the learner's valid badges that show this skill.
	pub badge_count: u32,
	/// Time of the most recent award among those badges, in milliseconds since the Unix epoch.
	pub last_awarded: Moment,
}

/// Read access to learners' skill profiles.
pub trait SkillProfileProvider<AccountId, Moment> {
	/// Returns the learner's valid skills, sorted by skill id.
	fn skill_profile(learner: &AccountId) -> Vec<(SkillId, SkillHolding<Moment>)>;
}

/// Called whenever a learner's skill profile may have changed (an award, suspension,
/// reinstatement, revocation, decline or expiry).
pub trait OnSkillProfileChanged<AccountId> {
	/// Handles a change of `learner`'s profile.
	fn on_skill_profile_changed(learner: &AccountId);

	/// Returns the maximum weight of one call of [`Self::on_skill_profile_changed`]. A caller
	/// adds it to its own weight once for each learner whose profile it changes, because the
	/// caller's benchmarks measure only the path that their learners take through the hook.
	fn on_skill_profile_changed_weight() -> Weight;
}

impl<AccountId> OnSkillProfileChanged<AccountId> for () {
	fn on_skill_profile_changed(_learner: &AccountId) {}

	fn on_skill_profile_changed_weight() -> Weight {
		Weight::zero()
	}
}
