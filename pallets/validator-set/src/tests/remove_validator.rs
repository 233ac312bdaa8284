use crate::{mock::*, ActiveValidators, Error, Event, Validators};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn remove_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));

		assert_eq!(Validators::<Test>::get().into_inner(), vec![1, 3, 4]);
		assert_eq!(last_event(), Event::ValidatorRemoved { who: 2 });
	});
}

#[test]
fn remove_validator_keeps_current_session() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));

		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn remove_validator_allows_non_established_validator() {
	// 1, 2 and 3 are established; 4 and 5 are admitted with keys and queued.
	ExtBuilder::default().validators(vec![1, 2, 3, 4, 5]).build_and_execute(|| {
		ActiveValidators::<Test>::put(bounded(vec![1, 2, 3]));

		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 5));

		assert_eq!(last_event(), Event::ValidatorRemoved { who: 5 });
	});
}

#[test]
fn remove_validator_allows_removal_once_newcomers_are_established() {
	ExtBuilder::default().validators(vec![1, 2, 3]).build_and_execute(|| {
		set_keys(4);
		set_keys(5);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		run_to_session(1);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::WouldStallFinality
		);

		run_to_session(2);

		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4, 5]);
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
	});
}

#[test]
fn remove_validator_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(2), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn remove_validator_fails_when_not_validator() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_validator_fails_when_below_minimum() {
	ExtBuilder::default().validators(vec![1, 2, 3]).min_validators(3).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn remove_validator_fails_when_below_minimum_later() {
	ExtBuilder::default().min_validators(2).build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));

		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn remove_validator_fails_when_newcomers_needed() {
	// 1, 2 and 3 are established; 4 and 5 have keys but have not validated yet. Without 1,
	// the plan has 4 validators with a threshold of 3, but only 2 and 3 are established.
	ExtBuilder::default().validators(vec![1, 2, 3, 4, 5]).build_and_execute(|| {
		ActiveValidators::<Test>::put(bounded(vec![1, 2, 3]));

		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::WouldStallFinality
		);
	});
}

#[test]
fn remove_validator_fails_when_no_keys_remain() {
	ExtBuilder::default().validators(vec![1, 2]).min_validators(1).build_and_execute(|| {
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(2)));

		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::WouldStallFinality
		);
	});
}

#[test]
fn remove_validator_ignores_remaining_validators_without_keys() {
	// Without 1, the plan is {3, 4} because 2 has no keys: both are established, which meets
	// the threshold of 2.
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(2)));

		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
	});
}

fn bounded(validators: Vec<u64>) -> frame_support::BoundedVec<u64, MaxValidators> {
	validators.try_into().expect("the test set fits in MaxValidators")
}
