//! Records, call inputs, genesis entries and runtime API views of the skills pallet.

use crate::Config;
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use lifelong_primitives::{OccupationId, SkillId, SkillStatus};
use scale_info::TypeInfo;

/// A concept URI as stored on chain, at most [`Config::MaxUriLen`] bytes.
pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;

/// An English preferred label as stored on chain: UTF-8, at most [`Config::MaxLabelLen`] bytes.
pub type LabelOf<T> = BoundedVec<u8, <T as Config>::MaxLabelLen>;

/// The taxonomy version as stored on chain, at most [`Config::MaxVersionLen`] bytes.
pub type VersionOf<T> = BoundedVec<u8, <T as Config>::MaxVersionLen>;

/// ESCO's `skillType`: whether a concept is a body of knowledge or a skill or competence.
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
#[serde(rename_all = "camelCase")]
pub enum SkillType {
	/// ESCO `knowledge`: facts, principles, theories and practices of a field.
	Knowledge,
	/// ESCO `skill/competence`: the ability to apply knowledge to complete tasks.
	SkillCompetence,
}

/// ESCO's `reuseLevel`: how widely a skill applies across occupations and sectors.
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
#[serde(rename_all = "camelCase")]
pub enum ReuseLevel {
	/// Relevant to any occupation, such as teamwork or numeracy.
	Transversal,
	/// Relevant to occupations in several sectors.
	CrossSector,
	/// Relevant to occupations within one sector.
	SectorSpecific,
	/// Relevant to a single occupation or a few close ones.
	OccupationSpecific,
}

/// A skill as stored in [`crate::Skills`].
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct SkillRecord<T: Config> {
	/// ESCO concept URI, such as `http://data.europa.eu/esco/skill/<uuid>`.
	pub uri: UriOf<T>,
	/// English preferred label (UTF-8).
	pub label: LabelOf<T>,
	/// Knowledge or skill/competence, or `None` where ESCO leaves the type empty.
	pub skill_type: Option<SkillType>,
	/// ESCO reuse level, or `None` where ESCO leaves it empty.
	pub reuse_level: Option<ReuseLevel>,
	/// Direct broader skills in ESCO's skill hierarchy, ascending and without repeats.
	pub broader: BoundedVec<SkillId, T::MaxBroaderSkills>,
	/// Whether new badge classes and listings may still name the skill.
	pub status: SkillStatus,
}

/// An occupation as stored in [`crate::Occupations`].
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct OccupationRecord<T: Config> {
	/// ESCO concept URI, such as `http://data.europa.eu/esco/occupation/<uuid>`.
	pub uri: UriOf<T>,
	/// English preferred label (UTF-8).
	pub label: LabelOf<T>,
	/// ISCO-08 unit group as a number: 2654 for "film, stage and related directors and
	/// producers". Codes with a leading zero, such as 0110, are stored as 110.
	pub isco_group: u16,
	/// Skills that ESCO marks essential for the occupation, ascending and without repeats.
	pub essential: BoundedVec<SkillId, T::MaxEssentialSkills>,
	/// Skills that ESCO marks optional for the occupation, ascending and without repeats. No
	/// skill is both essential and optional.
	pub optional: BoundedVec<SkillId, T::MaxOptionalSkills>,
	/// Whether learners' goals and new job listings may still name the occupation.
	pub status: SkillStatus,
}

/// A new skill for [`crate::Pallet::add_skills`].
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct NewSkill {
	/// Concept URI: printable ASCII with an `http://` or `https://` scheme, not yet registered.
	pub uri: Vec<u8>,
	/// English preferred label: non-empty UTF-8 without control characters.
	pub label: Vec<u8>,
	/// Knowledge or skill/competence, if ESCO gives one.
	pub skill_type: Option<SkillType>,
	/// ESCO reuse level, if ESCO gives one.
	pub reuse_level: Option<ReuseLevel>,
	/// Direct broader skills: active skills that exist already or come earlier in the batch.
	pub broader: Vec<SkillId>,
}

/// New values for an existing skill, for [`crate::Pallet::update_skills`]. The URI and the
/// status do not change.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct SkillUpdate {
	/// Id of the skill to update.
	pub id: SkillId,
	/// New English preferred label: non-empty UTF-8 without control characters.
	pub label: Vec<u8>,
	/// New skill type.
	pub skill_type: Option<SkillType>,
	/// New reuse level.
	pub reuse_level: Option<ReuseLevel>,
	/// New direct broader skills, replacing the old list: existing, active skills other than
	/// the skill itself.
	pub broader: Vec<SkillId>,
}

/// A new occupation for [`crate::Pallet::add_occupations`].
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct NewOccupation {
	/// Concept URI: printable ASCII with an `http://` or `https://` scheme, not yet registered.
	pub uri: Vec<u8>,
	/// English preferred label: non-empty UTF-8 without control characters.
	pub label: Vec<u8>,
	/// ISCO-08 unit group, 0 to 9999.
	pub isco_group: u16,
	/// Essential skills: existing, active skills.
	pub essential: Vec<SkillId>,
	/// Optional skills: existing, active skills that are not also essential.
	pub optional: Vec<SkillId>,
}

/// New values for an existing occupation, for [`crate::Pallet::update_occupations`]. The URI
/// and the status do not change.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OccupationUpdate {
	/// Id of the occupation to update.
	pub id: OccupationId,
	/// New English preferred label: non-empty UTF-8 without control characters.
	pub label: Vec<u8>,
	/// New ISCO-08 unit group, 0 to 9999.
	pub isco_group: u16,
	/// New essential skills, replacing the old list: existing, active skills.
	pub essential: Vec<SkillId>,
	/// New optional skills, replacing the old list: existing, active skills that are not also
	/// essential.
	pub optional: Vec<SkillId>,
}

/// One skill of the genesis taxonomy. Its id is its index in [`crate::GenesisConfig::skills`].
#[derive(Clone, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisSkill {
	/// ESCO concept URI.
	pub uri: String,
	/// English preferred label.
	pub label: String,
	/// Knowledge or skill/competence, omitted when ESCO leaves it empty.
	#[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
	pub skill_type: Option<SkillType>,
	/// ESCO reuse level, omitted when ESCO leaves it empty.
	#[serde(rename = "reuse", default, skip_serializing_if = "Option::is_none")]
	pub reuse_level: Option<ReuseLevel>,
	/// Ids (indexes in the genesis skill list) of the direct broader skills.
	#[serde(default, skip_serializing_if = "Vec::is_empty")]
	pub broader: Vec<SkillId>,
}

/// One occupation of the genesis taxonomy. Its id is its index in
/// [`crate::GenesisConfig::occupations`].
#[derive(Clone, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisOccupation {
	/// ESCO concept URI.
	pub uri: String,
	/// English preferred label.
	pub label: String,
	/// ISCO-08 unit group.
	#[serde(rename = "isco")]
	pub isco_group: u16,
	/// Ids of the essential skills.
	#[serde(default, skip_serializing_if = "Vec::is_empty")]
	pub essential: Vec<SkillId>,
	/// Ids of the optional skills.
	#[serde(default, skip_serializing_if = "Vec::is_empty")]
	pub optional: Vec<SkillId>,
}

/// A skill as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct SkillInfo {
	/// Compact id.
	pub id: SkillId,
	/// ESCO concept URI.
	pub uri: Vec<u8>,
	/// English preferred label (UTF-8).
	pub label: Vec<u8>,
	/// Knowledge or skill/competence, if known.
	pub skill_type: Option<SkillType>,
	/// ESCO reuse level, if known.
	pub reuse_level: Option<ReuseLevel>,
	/// Ids of the direct broader skills.
	pub broader: Vec<SkillId>,
	/// Active or deprecated.
	pub status: SkillStatus,
}

/// An occupation as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OccupationInfo {
	/// Compact id.
	pub id: OccupationId,
	/// ESCO concept URI.
	pub uri: Vec<u8>,
	/// English preferred label (UTF-8).
	pub label: Vec<u8>,
	/// ISCO-08 unit group as a number.
	pub isco_group: u16,
	/// Ids of the essential skills.
	pub essential: Vec<SkillId>,
	/// Ids of the optional skills.
	pub optional: Vec<SkillId>,
	/// Active or deprecated.
	pub status: SkillStatus,
}

/// An occupation's skills in full, as the runtime API returns them.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OccupationSkills {
	/// The essential skills.
	pub essential: Vec<SkillInfo>,
	/// The optional skills.
	pub optional: Vec<SkillInfo>,
}

impl<T: Config> SkillRecord<T> {
	/// Returns the runtime API view of this record under `id`.
	pub fn to_info(&self, id: SkillId) -> SkillInfo {
		SkillInfo {
			id,
			uri: self.uri.to_vec(),
			label: self.label.to_vec(),
			skill_type: self.skill_type,
			reuse_level: self.reuse_level,
			broader: self.broader.to_vec(),
			status: self.status,
		}
	}
}

impl<T: Config> OccupationRecord<T> {
	/// Returns the runtime API view of this record under `id`.
	pub fn to_info(&self, id: OccupationId) -> OccupationInfo {
		OccupationInfo {
			id,
			uri: self.uri.to_vec(),
			label: self.label.to_vec(),
			isco_group: self.isco_group,
			essential: self.essential.to_vec(),
			optional: self.optional.to_vec(),
			status: self.status,
		}
	}
}
