//! Consistency checks of the pallet's storage, run by `try-runtime` and after every test.

use crate::{
	Config, NextOccupationId, NextSkillId, OccupationIdByUri, Occupations, Pallet, SkillIdByUri,
	Skills,
};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks that the URI indexes and the records agree, that ids lie below the `Next*`
	/// counters, and that every reference names an existing skill.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_skill = NextSkillId::<T>::get();
		let mut skill_count: u32 = 0;
		for (id, record) in Skills::<T>::iter() {
			skill_count = skill_count.saturating_add(1);
			ensure!(id < next_skill, "a skill id is not below NextSkillId");
			ensure!(
				SkillIdByUri::<T>::get(&record.uri) == Some(id),
				"a skill's URI does not map back to its id"
			);
			for broader in record.broader.iter() {
				ensure!(*broader != id, "a skill is its own broader skill");
				ensure!(Skills::<T>::contains_key(broader), "a broader skill does not exist");
			}
			ensure!(
				record.broader.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
				"a skill's broader skills are not ascending and unique"
			);
		}
		let mut skill_index_count: u32 = 0;
		for (uri, id) in SkillIdByUri::<T>::iter() {
			skill_index_count = skill_index_count.saturating_add(1);
			let record = Skills::<T>::get(id).ok_or("the skill URI index names a missing skill")?;
			ensure!(record.uri == uri, "the skill URI index names a skill with another URI");
		}
		ensure!(skill_count == skill_index_count, "skill records and URI index differ in size");

		let next_occupation = NextOccupationId::<T>::get();
		let mut occupation_count: u32 = 0;
		for (id, record) in Occupations::<T>::iter() {
			occupation_count = occupation_count.saturating_add(1);
			ensure!(id < next_occupation, "an occupation id is not below NextOccupationId");
			ensure!(
				OccupationIdByUri::<T>::get(&record.uri) == Some(id),
				"an occupation's URI does not map back to its id"
			);
			for skill in record.essential.iter().chain(record.optional.iter()) {
				ensure!(Skills::<T>::contains_key(skill), "an occupation names a missing skill");
			}
			ensure!(
				record.optional.iter().all(|skill| record.essential.binary_search(skill).is_err()),
				"an occupation names a skill as both essential and optional"
			);
		}
		let mut occupation_index_count: u32 = 0;
		for (uri, id) in OccupationIdByUri::<T>::iter() {
			occupation_index_count = occupation_index_count.saturating_add(1);
			let record = Occupations::<T>::get(id)
				.ok_or("the occupation URI index names a missing occupation")?;
			ensure!(
				record.uri == uri,
				"the occupation URI index names an occupation with another URI"
			);
		}
		ensure!(
			occupation_count == occupation_index_count,
			"occupation records and URI index differ in size"
		);
		Ok(())
	}
}
