//! Runtime API of the skills pallet: look up ESCO skills and occupations by id or concept URI.
//!
//! Clients call it with `state_call`, for example `SkillsApi_skill_by_uri` with the SCALE
//! encoding of the URI bytes. The view types ([`SkillInfo`], [`OccupationInfo`],
//! [`OccupationSkills`]) are defined in `pallet-skills` and re-exported here.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use lifelong_primitives::{OccupationId, SkillId};
pub use pallet_skills::{OccupationInfo, OccupationSkills, ReuseLevel, SkillInfo, SkillType};

sp_api::decl_runtime_apis! {
	/// Lookups in the skills taxonomy.
	pub trait SkillsApi {
		/// Returns the skill with this id, or `None` when there is none.
		fn skill(id: SkillId) -> Option<SkillInfo>;

		/// Returns the skill with this ESCO concept URI, or `None` when there is none.
		fn skill_by_uri(uri: Vec<u8>) -> Option<SkillInfo>;

		/// Returns the occupation with this id, or `None` when there is none.
		fn occupation(id: OccupationId) -> Option<OccupationInfo>;

		/// Returns the occupation with this ESCO concept URI, or `None` when there is none.
		fn occupation_by_uri(uri: Vec<u8>) -> Option<OccupationInfo>;

		/// Returns the essential and optional skills of an occupation in full, or `None` when
		/// the occupation does not exist.
		fn occupation_skills(id: OccupationId) -> Option<OccupationSkills>;

		/// Returns the ESCO release that the taxonomy follows, such as `ESCO v1.1.1`, as
		/// UTF-8. Empty when unset.
		fn taxonomy_version() -> Vec<u8>;
	}
}
