//! Checks of call inputs. Each `validate_*` function reads storage but writes nothing, and
//! returns the records that the call writes once the whole batch has passed. The public
//! functions let off-chain tools, such as `lifelong-esco-import`, apply the same rules.

use crate::{
	Config, Error, LabelOf, NewOccupation, NewSkill, NextOccupationId, NextSkillId,
	OccupationIdByUri, OccupationRecord, OccupationUpdate, Occupations, Pallet, SkillIdByUri,
	SkillRecord, SkillUpdate, Skills, UriOf,
};
use alloc::{collections::BTreeSet, vec::Vec};
use frame_support::{ensure, traits::Get, BoundedVec};
use lifelong_primitives::{OccupationId, SkillId, SkillStatus};

/// Highest ISCO-08 unit group code.
pub const MAX_ISCO_GROUP: u16 = 9999;

/// Returns whether `uri` is non-empty printable ASCII with an `http://` or `https://` scheme.
/// Length bounds are checked separately.
pub fn uri_is_well_formed(uri: &[u8]) -> bool {
	let printable = uri.iter().all(|byte| byte.is_ascii_graphic());
	let has_scheme = uri.starts_with(b"http://") || uri.starts_with(b"https://");
	printable && has_scheme
}

/// Returns whether `label` is non-empty UTF-8 without control characters. Length bounds are
/// checked separately.
pub fn label_is_well_formed(label: &[u8]) -> bool {
	core::str::from_utf8(label)
		.is_ok_and(|text| !text.is_empty() && !text.chars().any(char::is_control))
}

/// Converts a length to a weight component, saturating at `u32::MAX`.
pub(crate) fn count(len: usize) -> u32 {
	u32::try_from(len).unwrap_or(u32::MAX)
}

/// Returns the total number of broader skills named in a batch, the `b` weight component.
pub(crate) fn broader_count(lengths: impl Iterator<Item = usize>) -> u32 {
	lengths.fold(0u32, |total, len| total.saturating_add(count(len)))
}

/// Returns the total number of essential and optional skills named in a batch, the `s` weight
/// component.
pub(crate) fn occupation_skill_count(lengths: impl Iterator<Item = (usize, usize)>) -> u32 {
	lengths.fold(0u32, |total, (essential, optional)| {
		total.saturating_add(count(essential)).saturating_add(count(optional))
	})
}

/// Checks a concept URI: at most `MaxUriLen` bytes of printable ASCII with an http(s) scheme.
pub(crate) fn check_uri<T: Config>(uri: &[u8]) -> Result<UriOf<T>, Error<T>> {
	let bounded: UriOf<T> = uri.to_vec().try_into().map_err(|_| Error::<T>::UriTooLong)?;
	ensure!(uri_is_well_formed(uri), Error::<T>::InvalidUri);
	Ok(bounded)
}

/// Checks a label: at most `MaxLabelLen` bytes of non-empty UTF-8 without control characters.
pub(crate) fn check_label<T: Config>(label: &[u8]) -> Result<LabelOf<T>, Error<T>> {
	let bounded: LabelOf<T> = label.to_vec().try_into().map_err(|_| Error::<T>::LabelTooLong)?;
	ensure!(label_is_well_formed(label), Error::<T>::InvalidLabel);
	Ok(bounded)
}

/// Checks an ISCO-08 unit group code.
pub(crate) fn check_isco_group<T: Config>(isco_group: u16) -> Result<u16, Error<T>> {
	ensure!(isco_group <= MAX_ISCO_GROUP, Error::<T>::InvalidIscoGroup);
	Ok(isco_group)
}

/// Sorts a list of ids into a bounded vector, rejecting an over-long list or a repeated id.
pub(crate) fn sorted_unique<T: Config, S: Get<u32>>(
	ids: &[u32],
	too_many: Error<T>,
	duplicate: Error<T>,
) -> Result<BoundedVec<u32, S>, Error<T>> {
	let mut sorted = ids.to_vec();
	sorted.sort_unstable();
	let sorted: BoundedVec<u32, S> = sorted.try_into().map_err(|_| too_many)?;
	let repeats = sorted.windows(2).any(|pair| matches!(pair, [a, b] if a == b));
	ensure!(!repeats, duplicate);
	Ok(sorted)
}

/// Rejects a batch that is empty or longer than `MaxBatchSize`.
fn check_batch_len<T: Config>(len: usize) -> Result<(), Error<T>> {
	ensure!(len > 0, Error::<T>::EmptyBatch);
	ensure!(count(len) <= T::MaxBatchSize::get(), Error::<T>::BatchTooLarge);
	Ok(())
}

/// Rejects a batch of ids that names an id twice.
fn check_unique_ids<T: Config>(ids: impl Iterator<Item = u32>) -> Result<(), Error<T>> {
	let mut seen = BTreeSet::new();
	for id in ids {
		ensure!(seen.insert(id), Error::<T>::DuplicateIdInBatch);
	}
	Ok(())
}

impl<T: Config> Pallet<T> {
	/// Checks that an existing skill may be newly referenced: it exists and is active.
	fn check_referenced_skill(skill: SkillId, unknown: Error<T>) -> Result<(), Error<T>> {
		let record = Skills::<T>::get(skill).ok_or(unknown)?;
		ensure!(record.status == SkillStatus::Active, Error::<T>::DeprecatedSkillReferenced);
		Ok(())
	}

	/// Checks the broader skills of skill `id`. Ids in `batch_start..id` are skills that come
	/// earlier in the same `add_skills` batch, so they are active but not yet stored.
	fn check_broader(
		id: SkillId,
		broader: &[SkillId],
		batch_start: SkillId,
	) -> Result<BoundedVec<SkillId, T::MaxBroaderSkills>, Error<T>> {
		let sorted = sorted_unique::<T, T::MaxBroaderSkills>(
			broader,
			Error::<T>::TooManyBroaderSkills,
			Error::<T>::DuplicateBroaderSkill,
		)?;
		for &broader_id in sorted.iter() {
			ensure!(broader_id != id, Error::<T>::SkillIsOwnBroader);
			if (batch_start..id).contains(&broader_id) {
				continue;
			}
			Self::check_referenced_skill(broader_id, Error::<T>::UnknownBroaderSkill)?;
		}
		Ok(sorted)
	}

	/// Checks an occupation's essential and optional skills.
	fn check_occupation_skills(
		essential: &[SkillId],
		optional: &[SkillId],
	) -> Result<
		(BoundedVec<SkillId, T::MaxEssentialSkills>, BoundedVec<SkillId, T::MaxOptionalSkills>),
		Error<T>,
	> {
		let essential = sorted_unique::<T, T::MaxEssentialSkills>(
			essential,
			Error::<T>::TooManyEssentialSkills,
			Error::<T>::DuplicateOccupationSkill,
		)?;
		let optional = sorted_unique::<T, T::MaxOptionalSkills>(
			optional,
			Error::<T>::TooManyOptionalSkills,
			Error::<T>::DuplicateOccupationSkill,
		)?;
		for skill in optional.iter() {
			ensure!(essential.binary_search(skill).is_err(), Error::<T>::DuplicateOccupationSkill);
		}
		for &skill in essential.iter().chain(optional.iter()) {
			Self::check_referenced_skill(skill, Error::<T>::UnknownSkill)?;
		}
		Ok((essential, optional))
	}

	/// Validates an `add_skills` batch and assigns ids from [`NextSkillId`]. Returns the
	/// records and the id that follows the last of them.
	pub(crate) fn validate_new_skills(
		skills: &[NewSkill],
	) -> Result<(Vec<(SkillId, SkillRecord<T>)>, SkillId), Error<T>> {
		check_batch_len::<T>(skills.len())?;

		let batch_start = NextSkillId::<T>::get();
		let mut next_id = batch_start;
		let mut batch_uris = BTreeSet::new();
		let mut records = Vec::with_capacity(skills.len());
		for skill in skills {
			let id = next_id;
			next_id = next_id.checked_add(1).ok_or(Error::<T>::SkillIdsExhausted)?;

			let uri = check_uri::<T>(&skill.uri)?;
			ensure!(!SkillIdByUri::<T>::contains_key(&uri), Error::<T>::DuplicateSkillUri);
			ensure!(batch_uris.insert(skill.uri.as_slice()), Error::<T>::DuplicateSkillUri);
			let record = SkillRecord {
				uri,
				label: check_label::<T>(&skill.label)?,
				skill_type: skill.skill_type,
				reuse_level: skill.reuse_level,
				broader: Self::check_broader(id, &skill.broader, batch_start)?,
				status: SkillStatus::Active,
			};
			records.push((id, record));
		}
		Ok((records, next_id))
	}

	/// Validates an `update_skills` batch.
	pub(crate) fn validate_skill_updates(
		updates: &[SkillUpdate],
	) -> Result<Vec<(SkillId, SkillRecord<T>)>, Error<T>> {
		check_batch_len::<T>(updates.len())?;
		check_unique_ids::<T>(updates.iter().map(|update| update.id))?;

		let mut records = Vec::with_capacity(updates.len());
		for update in updates {
			let mut record = Skills::<T>::get(update.id).ok_or(Error::<T>::SkillNotFound)?;
			record.label = check_label::<T>(&update.label)?;
			record.skill_type = update.skill_type;
			record.reuse_level = update.reuse_level;
			// No broader skill lies inside an update batch, so the batch range is empty.
			record.broader = Self::check_broader(update.id, &update.broader, update.id)?;
			records.push((update.id, record));
		}
		Ok(records)
	}

	/// Validates a `deprecate_skills` batch.
	pub(crate) fn validate_skill_deprecations(
		skills: &[SkillId],
	) -> Result<Vec<(SkillId, SkillRecord<T>)>, Error<T>> {
		check_batch_len::<T>(skills.len())?;
		check_unique_ids::<T>(skills.iter().copied())?;

		let mut records = Vec::with_capacity(skills.len());
		for &id in skills {
			let record = Skills::<T>::get(id).ok_or(Error::<T>::SkillNotFound)?;
			ensure!(record.status == SkillStatus::Active, Error::<T>::SkillAlreadyDeprecated);
			records.push((id, record));
		}
		Ok(records)
	}

	/// Validates an `add_occupations` batch and assigns ids from [`NextOccupationId`]. Returns
	/// the records and the id that follows the last of them.
	pub(crate) fn validate_new_occupations(
		occupations: &[NewOccupation],
	) -> Result<(Vec<(OccupationId, OccupationRecord<T>)>, OccupationId), Error<T>> {
		check_batch_len::<T>(occupations.len())?;

		let mut next_id = NextOccupationId::<T>::get();
		let mut batch_uris = BTreeSet::new();
		let mut records = Vec::with_capacity(occupations.len());
		for occupation in occupations {
			let id = next_id;
			next_id = next_id.checked_add(1).ok_or(Error::<T>::OccupationIdsExhausted)?;

			let uri = check_uri::<T>(&occupation.uri)?;
			ensure!(
				!OccupationIdByUri::<T>::contains_key(&uri),
				Error::<T>::DuplicateOccupationUri
			);
			ensure!(
				batch_uris.insert(occupation.uri.as_slice()),
				Error::<T>::DuplicateOccupationUri
			);
			let label = check_label::<T>(&occupation.label)?;
			let isco_group = check_isco_group::<T>(occupation.isco_group)?;
			let (essential, optional) =
				Self::check_occupation_skills(&occupation.essential, &occupation.optional)?;
			let record = OccupationRecord {
				uri,
				label,
				isco_group,
				essential,
				optional,
				status: SkillStatus::Active,
			};
			records.push((id, record));
		}
		Ok((records, next_id))
	}

	/// Validates an `update_occupations` batch.
	pub(crate) fn validate_occupation_updates(
		updates: &[OccupationUpdate],
	) -> Result<Vec<(OccupationId, OccupationRecord<T>)>, Error<T>> {
		check_batch_len::<T>(updates.len())?;
		check_unique_ids::<T>(updates.iter().map(|update| update.id))?;

		let mut records = Vec::with_capacity(updates.len());
		for update in updates {
			let mut record =
				Occupations::<T>::get(update.id).ok_or(Error::<T>::OccupationNotFound)?;
			record.label = check_label::<T>(&update.label)?;
			record.isco_group = check_isco_group::<T>(update.isco_group)?;
			let (essential, optional) =
				Self::check_occupation_skills(&update.essential, &update.optional)?;
			record.essential = essential;
			record.optional = optional;
			records.push((update.id, record));
		}
		Ok(records)
	}

	/// Validates a `deprecate_occupations` batch.
	pub(crate) fn validate_occupation_deprecations(
		occupations: &[OccupationId],
	) -> Result<Vec<(OccupationId, OccupationRecord<T>)>, Error<T>> {
		check_batch_len::<T>(occupations.len())?;
		check_unique_ids::<T>(occupations.iter().copied())?;

		let mut records = Vec::with_capacity(occupations.len());
		for &id in occupations {
			let record = Occupations::<T>::get(id).ok_or(Error::<T>::OccupationNotFound)?;
			ensure!(record.status == SkillStatus::Active, Error::<T>::OccupationAlreadyDeprecated);
			records.push((id, record));
		}
		Ok(records)
	}
}
