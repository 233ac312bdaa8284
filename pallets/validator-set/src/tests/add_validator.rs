use crate::{mock::*, Error, Event, QueuedValidators, Validators};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn add_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 0));

		assert_eq!(Validators::<Test>::get().into_inner(), vec![0, 1, 2, 3, 4]);
		assert_eq!(last_event(), Event::ValidatorAdded { who: 0 });
	});
}

#[test]
fn add_validator_does_not_change_queued_set() {
	ExtBuilder::default().build_and_execute(|| {
		set_keys(5);

		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));

		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn add_validator_accepts_validator_without_keys() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));

		assert_eq!(ValidatorSet::validators_without_keys(), vec![5]);
	});
}

#[test]
fn add_validator_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(1), 5),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_validator_fails_when_already_validator() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_fails_when_set_is_full() {
	ExtBuilder::default().build_and_execute(|| {
		for who in 5..=MaxValidators::get() as u64 {
			assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), who));
		}

		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 11),
			Error::<Test>::TooManyValidators
		);
	});
}
