//! Tests of the skills pallet, one file per call or area. A test built with
//! `ExtBuilder::default()` starts from [`crate::mock::sample_genesis`]: skills 0 to 3 and
//! occupation 0.

mod add_occupations;
mod add_skills;
mod deprecate_occupations;
mod deprecate_skills;
mod genesis;
mod registry;
mod set_taxonomy_version;
mod update_occupations;
mod update_skills;

use crate::{
	mock::*, NewOccupation, NewSkill, OccupationUpdate, ReuseLevel, SkillType, SkillUpdate,
};
use alloc::{vec, vec::Vec};
use frame_system::RawOrigin;

/// Origin of the governance calls in the mock (root).
fn governance() -> RuntimeOrigin {
	RawOrigin::Root.into()
}

/// Origin of an ordinary account, which governance calls reject.
fn signed() -> RuntimeOrigin {
	RawOrigin::Signed(7).into()
}

/// Returns a valid new skill with test URI number `n`.
fn new_skill(n: u32, broader: Vec<u32>) -> NewSkill {
	NewSkill {
		uri: skill_uri(n),
		label: b"new skill".to_vec(),
		skill_type: Some(SkillType::Knowledge),
		reuse_level: Some(ReuseLevel::Transversal),
		broader,
	}
}

/// Returns a valid update of skill `id`.
fn skill_update(id: u32, broader: Vec<u32>) -> SkillUpdate {
	SkillUpdate {
		id,
		label: b"renamed skill".to_vec(),
		skill_type: Some(SkillType::Knowledge),
		reuse_level: Some(ReuseLevel::OccupationSpecific),
		broader,
	}
}

/// Returns a valid new occupation with test URI number `n`.
fn new_occupation(n: u32, essential: Vec<u32>, optional: Vec<u32>) -> NewOccupation {
	NewOccupation {
		uri: occupation_uri(n),
		label: b"new occupation".to_vec(),
		isco_group: 2511,
		essential,
		optional,
	}
}

/// Returns a valid update of occupation `id`.
fn occupation_update(id: u32, essential: Vec<u32>, optional: Vec<u32>) -> OccupationUpdate {
	OccupationUpdate {
		id,
		label: b"renamed occupation".to_vec(),
		isco_group: 2519,
		essential,
		optional,
	}
}

/// Returns a batch one item over the mock's `MaxBatchSize` of 5.
fn oversized<I: Clone>(item: I) -> Vec<I> {
	vec![item; 6]
}

/// Converts test URI bytes into the stored form. The mock's test URIs fit `MaxUriLen`.
fn bounded(uri: Vec<u8>) -> crate::UriOf<Test> {
	crate::UriOf::<Test>::truncate_from(uri)
}
