//! Benchmarks of the validator set pallet's calls.
//!
//! Component `v` counts validators: the admitted set before the call for `add_validator` and
//! `remove_validator`, and the new set for `force_set_validators`.

use crate::{
	ActiveValidators, BenchmarkHelper, Call, Config, Event, Pallet, QueuedValidators, Validators,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

/// Returns `count` distinct validator ids, sorted, from seed `seed`.
fn validator_ids<T: Config>(seed: u32, count: u32) -> Vec<T::ValidatorId>
where
	T::ValidatorId: From<T::AccountId>,
{
	let mut ids: Vec<T::ValidatorId> =
		(0..count).map(|index| account::<T::AccountId>("validator", index, seed).into()).collect();
	ids.sort();
	ids
}

/// Admits `validators`, registers their keys and makes them the active and queued set.
fn establish<T: Config>(validators: &[T::ValidatorId]) {
	for who in validators {
		T::BenchmarkHelper::register_keys(who);
	}
	let bounded: BoundedVec<T::ValidatorId, T::MaxValidators> =
		validators.to_vec().try_into().expect("benchmarks stay within `MaxValidators`; qed");
	Validators::<T>::put(&bounded);
	QueuedValidators::<T>::put(&bounded);
	ActiveValidators::<T>::put(&bounded);
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

#[benchmarks(where T::ValidatorId: From<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(v: Linear<0, { T::MaxValidators::get().saturating_sub(1) }>) {
		let origin =
			T::GovernanceOrigin::try_successful_origin().expect("governance origin exists; qed");
		establish::<T>(&validator_ids::<T>(0, v));
		let who = validator_ids::<T>(1, 1).pop().expect("one id was requested; qed");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_last_event::<T>(Event::ValidatorAdded { who });
	}

	/// Worst case: the removed validator is established, so every remaining validator's keys
	/// are read for the finality check.
	#[benchmark]
	fn remove_validator(
		v: Linear<{ T::MinValidators::get().saturating_add(1) }, { T::MaxValidators::get() }>,
	) {
		let origin =
			T::GovernanceOrigin::try_successful_origin().expect("governance origin exists; qed");
		let validators = validator_ids::<T>(0, v);
		establish::<T>(&validators);
		let who = validators.first().cloned().expect("`v` is at least 1; qed");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_last_event::<T>(Event::ValidatorRemoved { who });
	}

	/// Worst case: the new set shares no validator with a full old set, so every old validator
	/// is removed and every new one added.
	#[benchmark]
	fn force_set_validators(v: Linear<{ T::MinValidators::get() }, { T::MaxValidators::get() }>) {
		let origin =
			T::GovernanceOrigin::try_successful_origin().expect("governance origin exists; qed");
		establish::<T>(&validator_ids::<T>(0, T::MaxValidators::get()));
		let mut new = validator_ids::<T>(1, v);
		// Reversed input makes the call sort it.
		new.reverse();
		let bounded: BoundedVec<T::ValidatorId, T::MaxValidators> =
			new.try_into().expect("`v` is at most `MaxValidators`; qed");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, bounded);

		assert_eq!(Validators::<T>::get().len() as u32, v);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
