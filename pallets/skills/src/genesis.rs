//! Building the genesis taxonomy.

use crate::{
	validation::{check_isco_group, check_label, check_uri, sorted_unique},
	Config, Error, GenesisConfig, NextOccupationId, NextSkillId, OccupationIdByUri,
	OccupationRecord, Occupations, SkillIdByUri, SkillRecord, Skills, TaxonomyVersion, VersionOf,
	LOG_TARGET,
};
use alloc::{collections::BTreeSet, format, string::String, vec::Vec};
use frame_support::BoundedVec;
use lifelong_primitives::{SkillId, SkillStatus};

/// Builds the genesis storage of the pallet.
///
/// A chain must not start from an inconsistent taxonomy, so invalid data panics with a message
/// that names the entry and the problem. `lifelong-esco-import` runs the same checks first and
/// returns errors instead.
#[allow(clippy::panic)]
pub(crate) fn build<T: Config>(config: &GenesisConfig<T>) {
	if let Err(message) = try_build::<T>(config) {
		panic!("invalid `skills` genesis config: {message}");
	}
}

/// Validates the whole config, then writes it. Returns what is wrong on the first failure.
fn try_build<T: Config>(config: &GenesisConfig<T>) -> Result<(), String> {
	let version: VersionOf<T> =
		config.version.as_bytes().to_vec().try_into().map_err(|_| {
			format!("version {:?}: {:?}", config.version, Error::<T>::VersionTooLong)
		})?;
	let skill_count = SkillId::try_from(config.skills.len()).map_err(|_| {
		format!("{} skills: {:?}", config.skills.len(), Error::<T>::SkillIdsExhausted)
	})?;
	let occupation_count = u32::try_from(config.occupations.len()).map_err(|_| {
		format!(
			"{} occupations: {:?}",
			config.occupations.len(),
			Error::<T>::OccupationIdsExhausted
		)
	})?;

	let mut skills = Vec::with_capacity(config.skills.len());
	let mut uris = BTreeSet::new();
	for (id, skill) in (0..skill_count).zip(config.skills.iter()) {
		let context = |error: Error<T>| format!("skill {id} ({}): {error:?}", skill.uri);
		let uri = check_uri::<T>(skill.uri.as_bytes()).map_err(context)?;
		if !uris.insert(skill.uri.as_str()) {
			return Err(context(Error::<T>::DuplicateSkillUri));
		}
		let label = check_label::<T>(skill.label.as_bytes()).map_err(context)?;
		let broader: BoundedVec<SkillId, T::MaxBroaderSkills> = sorted_unique(
			&skill.broader,
			Error::<T>::TooManyBroaderSkills,
			Error::<T>::DuplicateBroaderSkill,
		)
		.map_err(context)?;
		if broader.contains(&id) {
			return Err(context(Error::<T>::SkillIsOwnBroader));
		}
		if broader.iter().any(|&broader_id| broader_id >= skill_count) {
			return Err(context(Error::<T>::UnknownBroaderSkill));
		}
		let record = SkillRecord::<T> {
			uri,
			label,
			skill_type: skill.skill_type,
			reuse_level: skill.reuse_level,
			broader,
			status: SkillStatus::Active,
		};
		skills.push((id, record));
	}

	let mut occupations = Vec::with_capacity(config.occupations.len());
	let mut uris = BTreeSet::new();
	for (id, occupation) in (0..occupation_count).zip(config.occupations.iter()) {
		let context = |error: Error<T>| format!("occupation {id} ({}): {error:?}", occupation.uri);
		let uri = check_uri::<T>(occupation.uri.as_bytes()).map_err(context)?;
		if !uris.insert(occupation.uri.as_str()) {
			return Err(context(Error::<T>::DuplicateOccupationUri));
		}
		let label = check_label::<T>(occupation.label.as_bytes()).map_err(context)?;
		let isco_group = check_isco_group::<T>(occupation.isco_group).map_err(context)?;
		let essential: BoundedVec<SkillId, T::MaxEssentialSkills> = sorted_unique(
			&occupation.essential,
			Error::<T>::TooManyEssentialSkills,
			Error::<T>::DuplicateOccupationSkill,
		)
		.map_err(context)?;
		let optional: BoundedVec<SkillId, T::MaxOptionalSkills> = sorted_unique(
			&occupation.optional,
			Error::<T>::TooManyOptionalSkills,
			Error::<T>::DuplicateOccupationSkill,
		)
		.map_err(context)?;
		if optional.iter().any(|skill| essential.binary_search(skill).is_ok()) {
			return Err(context(Error::<T>::DuplicateOccupationSkill));
		}
		if essential.iter().chain(optional.iter()).any(|&skill| skill >= skill_count) {
			return Err(context(Error::<T>::UnknownSkill));
		}
		let record = OccupationRecord::<T> {
			uri,
			label,
			isco_group,
			essential,
			optional,
			status: SkillStatus::Active,
		};
		occupations.push((id, record));
	}

	TaxonomyVersion::<T>::put(version);
	for (id, record) in skills {
		SkillIdByUri::<T>::insert(&record.uri, id);
		Skills::<T>::insert(id, record);
	}
	NextSkillId::<T>::put(skill_count);
	for (id, record) in occupations {
		OccupationIdByUri::<T>::insert(&record.uri, id);
		Occupations::<T>::insert(id, record);
	}
	NextOccupationId::<T>::put(occupation_count);
	log::info!(
		target: LOG_TARGET,
		"built the genesis taxonomy {:?}: {skill_count} skills, {occupation_count} occupations",
		config.version,
	);
	Ok(())
}
