//! Read access to the taxonomy: the [`SkillRegistry`] implementation and the lookups behind
//! the runtime API.

use crate::{
	Config, OccupationIdByUri, OccupationInfo, OccupationSkills, Occupations, Pallet, SkillIdByUri,
	SkillInfo, Skills, TaxonomyVersion, UriOf,
};
use alloc::vec::Vec;
use lifelong_primitives::{OccupationId, SkillId, SkillRegistry, SkillStatus};

impl<T: Config> SkillRegistry for Pallet<T> {
	fn skill_status(skill: SkillId) -> Option<SkillStatus> {
		Skills::<T>::get(skill).map(|record| record.status)
	}

	fn broader_skills(skill: SkillId) -> Vec<SkillId> {
		Skills::<T>::get(skill).map(|record| record.broader.into_inner()).unwrap_or_default()
	}

	fn occupation_is_active(occupation: OccupationId) -> bool {
		Occupations::<T>::get(occupation).is_some_and(|record| record.status == SkillStatus::Active)
	}

	fn occupation_skills(occupation: OccupationId) -> Option<(Vec<SkillId>, Vec<SkillId>)> {
		Occupations::<T>::get(occupation)
			.map(|record| (record.essential.into_inner(), record.optional.into_inner()))
	}
}

impl<T: Config> Pallet<T> {
	/// Returns the skill with this id.
	pub fn skill_info(skill: SkillId) -> Option<SkillInfo> {
		Skills::<T>::get(skill).map(|record| record.to_info(skill))
	}

	/// Returns the skill with this concept URI. A URI over `MaxUriLen` bytes gives `None`.
	pub fn skill_info_by_uri(uri: &[u8]) -> Option<SkillInfo> {
		let uri: UriOf<T> = uri.to_vec().try_into().ok()?;
		SkillIdByUri::<T>::get(uri).and_then(Self::skill_info)
	}

	/// Returns the occupation with this id.
	pub fn occupation_info(occupation: OccupationId) -> Option<OccupationInfo> {
		Occupations::<T>::get(occupation).map(|record| record.to_info(occupation))
	}

	/// Returns the occupation with this concept URI. A URI over `MaxUriLen` bytes gives
	/// `None`.
	pub fn occupation_info_by_uri(uri: &[u8]) -> Option<OccupationInfo> {
		let uri: UriOf<T> = uri.to_vec().try_into().ok()?;
		OccupationIdByUri::<T>::get(uri).and_then(Self::occupation_info)
	}

	/// Returns an occupation's essential and optional skills in full.
	pub fn occupation_skill_infos(occupation: OccupationId) -> Option<OccupationSkills> {
		let record = Occupations::<T>::get(occupation)?;
		let infos = |ids: &[SkillId]| -> Vec<SkillInfo> {
			ids.iter().filter_map(|&skill| Self::skill_info(skill)).collect()
		};
		Some(OccupationSkills {
			essential: infos(&record.essential),
			optional: infos(&record.optional),
		})
	}

	/// Returns the taxonomy version text, which is empty when unset.
	pub fn taxonomy_version() -> Vec<u8> {
		TaxonomyVersion::<T>::get().into_inner()
	}
}
