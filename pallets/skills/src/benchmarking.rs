//! Benchmarks of the skills pallet. Every benchmark uses URIs and labels of the maximum length
//! and spreads its `b` or `s` references over the batch, at most the per-item bound each.
//!
//! NOTE: a batch of `n` items holds at most `n` times the per-item bound of references, so a
//! larger `b` or `s` is capped. The `n` slope measured with the other component at its maximum
//! then includes reference costs, which overestimates small batches.

use super::*;
use crate::Pallet as SkillsPallet;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use lifelong_primitives::{OccupationId, SkillId, SkillStatus};

/// Returns a URI of exactly `MaxUriLen` bytes, unique for `kind` and `n`.
fn max_uri<T: Config>(kind: &str, n: u32) -> Vec<u8> {
	let mut uri = format!("http://bench.example/{kind}/{n}/").into_bytes();
	uri.resize(T::MaxUriLen::get() as usize, b'x');
	uri
}

/// Returns a label of exactly `MaxLabelLen` bytes.
fn max_label<T: Config>() -> Vec<u8> {
	vec![b'l'; T::MaxLabelLen::get() as usize]
}

/// Stores `count` active skills with ids from [`NextSkillId`] on, and returns their ids.
fn seed_skills<T: Config>(count: u32) -> Vec<SkillId> {
	let first = NextSkillId::<T>::get();
	let ids: Vec<SkillId> = (first..first.saturating_add(count)).collect();
	for &id in &ids {
		let uri: UriOf<T> = max_uri::<T>("seed-skill", id).try_into().unwrap_or_default();
		let record = SkillRecord::<T> {
			uri: uri.clone(),
			label: max_label::<T>().try_into().unwrap_or_default(),
			skill_type: Some(SkillType::SkillCompetence),
			reuse_level: Some(ReuseLevel::SectorSpecific),
			broader: BoundedVec::new(),
			status: SkillStatus::Active,
		};
		SkillIdByUri::<T>::insert(&uri, id);
		Skills::<T>::insert(id, record);
	}
	NextSkillId::<T>::put(first.saturating_add(count));
	ids
}

/// Stores `count` active occupations without skills, and returns their ids.
fn seed_occupations<T: Config>(count: u32) -> Vec<OccupationId> {
	let first = NextOccupationId::<T>::get();
	let ids: Vec<OccupationId> = (first..first.saturating_add(count)).collect();
	for &id in &ids {
		let uri: UriOf<T> = max_uri::<T>("seed-occupation", id).try_into().unwrap_or_default();
		let record = OccupationRecord::<T> {
			uri: uri.clone(),
			label: max_label::<T>().try_into().unwrap_or_default(),
			isco_group: 2512,
			essential: BoundedVec::new(),
			optional: BoundedVec::new(),
			status: SkillStatus::Active,
		};
		OccupationIdByUri::<T>::insert(&uri, id);
		Occupations::<T>::insert(id, record);
	}
	NextOccupationId::<T>::put(first.saturating_add(count));
	ids
}

/// Splits `total` references over `items` lists of at most `per_item` each, from the front.
fn spread(items: u32, per_item: u32, total: u32) -> Vec<u32> {
	let mut left = total;
	(0..items)
		.map(|_| {
			let take = left.min(per_item);
			left = left.saturating_sub(take);
			take
		})
		.collect()
}

/// Splits `count` references of one occupation into essential and optional skill lists.
fn occupation_lists<T: Config>(targets: &[SkillId], count: u32) -> (Vec<SkillId>, Vec<SkillId>) {
	let essential_len = count.min(T::MaxEssentialSkills::get()) as usize;
	let chosen: Vec<SkillId> = targets.iter().copied().take(count as usize).collect();
	let (essential, optional) = chosen.split_at(essential_len.min(chosen.len()));
	(essential.to_vec(), optional.to_vec())
}

fn max_occupation_skills<T: Config>() -> u32 {
	T::MaxEssentialSkills::get().saturating_add(T::MaxOptionalSkills::get())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_skills(
		n: Linear<1, { T::MaxBatchSize::get() }>,
		b: Linear<0, { T::MaxBatchSize::get().saturating_mul(T::MaxBroaderSkills::get()) }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let targets = seed_skills::<T>(T::MaxBroaderSkills::get());
		let skills: Vec<NewSkill> = spread(n, T::MaxBroaderSkills::get(), b)
			.into_iter()
			.enumerate()
			.map(|(i, refs)| NewSkill {
				uri: max_uri::<T>("new-skill", i as u32),
				label: max_label::<T>(),
				skill_type: Some(SkillType::Knowledge),
				reuse_level: Some(ReuseLevel::Transversal),
				broader: targets.iter().copied().take(refs as usize).collect(),
			})
			.collect();
		let expected_next = NextSkillId::<T>::get().saturating_add(n);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, skills);

		assert_eq!(NextSkillId::<T>::get(), expected_next);
		Ok(())
	}

	#[benchmark]
	fn update_skills(
		n: Linear<1, { T::MaxBatchSize::get() }>,
		b: Linear<0, { T::MaxBatchSize::get().saturating_mul(T::MaxBroaderSkills::get()) }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let targets = seed_skills::<T>(T::MaxBroaderSkills::get());
		let updated = seed_skills::<T>(n);
		let updates: Vec<SkillUpdate> = spread(n, T::MaxBroaderSkills::get(), b)
			.into_iter()
			.zip(updated.iter())
			.map(|(refs, &id)| SkillUpdate {
				id,
				label: max_label::<T>(),
				skill_type: Some(SkillType::Knowledge),
				reuse_level: Some(ReuseLevel::OccupationSpecific),
				broader: targets.iter().copied().take(refs as usize).collect(),
			})
			.collect();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);

		let last = updated.last().copied().unwrap_or_default();
		assert_eq!(Skills::<T>::get(last).map(|r| r.skill_type), Some(Some(SkillType::Knowledge)));
		Ok(())
	}

	#[benchmark]
	fn deprecate_skills(n: Linear<1, { T::MaxBatchSize::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let skills = seed_skills::<T>(n);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, skills.clone());

		for id in skills {
			assert_eq!(Skills::<T>::get(id).map(|r| r.status), Some(SkillStatus::Deprecated));
		}
		Ok(())
	}

	#[benchmark]
	fn add_occupations(
		n: Linear<1, { T::MaxBatchSize::get() }>,
		s: Linear<0, { T::MaxBatchSize::get().saturating_mul(max_occupation_skills::<T>()) }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let targets = seed_skills::<T>(max_occupation_skills::<T>());
		let occupations: Vec<NewOccupation> = spread(n, max_occupation_skills::<T>(), s)
			.into_iter()
			.enumerate()
			.map(|(i, refs)| {
				let (essential, optional) = occupation_lists::<T>(&targets, refs);
				NewOccupation {
					uri: max_uri::<T>("new-occupation", i as u32),
					label: max_label::<T>(),
					isco_group: 2512,
					essential,
					optional,
				}
			})
			.collect();
		let expected_next = NextOccupationId::<T>::get().saturating_add(n);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, occupations);

		assert_eq!(NextOccupationId::<T>::get(), expected_next);
		Ok(())
	}

	#[benchmark]
	fn update_occupations(
		n: Linear<1, { T::MaxBatchSize::get() }>,
		s: Linear<0, { T::MaxBatchSize::get().saturating_mul(max_occupation_skills::<T>()) }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let targets = seed_skills::<T>(max_occupation_skills::<T>());
		let updated = seed_occupations::<T>(n);
		let updates: Vec<OccupationUpdate> = spread(n, max_occupation_skills::<T>(), s)
			.into_iter()
			.zip(updated.iter())
			.map(|(refs, &id)| {
				let (essential, optional) = occupation_lists::<T>(&targets, refs);
				OccupationUpdate {
					id,
					label: max_label::<T>(),
					isco_group: 2511,
					essential,
					optional,
				}
			})
			.collect();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);

		let last = updated.last().copied().unwrap_or_default();
		assert_eq!(Occupations::<T>::get(last).map(|r| r.isco_group), Some(2511));
		Ok(())
	}

	#[benchmark]
	fn deprecate_occupations(
		n: Linear<1, { T::MaxBatchSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let occupations = seed_occupations::<T>(n);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, occupations.clone());

		for id in occupations {
			assert_eq!(Occupations::<T>::get(id).map(|r| r.status), Some(SkillStatus::Deprecated));
		}
		Ok(())
	}

	#[benchmark]
	fn set_taxonomy_version() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let version = vec![b'v'; T::MaxVersionLen::get() as usize];

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, version.clone());

		assert_eq!(SkillsPallet::<T>::taxonomy_version(), version);
		Ok(())
	}

	impl_benchmark_test_suite!(
		SkillsPallet,
		crate::mock::ExtBuilder::empty().build(),
		crate::mock::Test
	);
}
