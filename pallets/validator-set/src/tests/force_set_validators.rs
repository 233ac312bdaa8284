use crate::{mock::*, Error, Event, Validators};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_runtime::DispatchError;

fn bounded(validators: Vec<u64>) -> BoundedVec<u64, MaxValidators> {
	validators.try_into().expect("the test set fits in MaxValidators")
}

#[test]
fn force_set_validators_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::force_set_validators(
			RuntimeOrigin::root(),
			bounded(vec![6, 2, 5])
		));

		assert_eq!(Validators::<Test>::get().into_inner(), vec![2, 5, 6]);
		let events = validator_set_events();
		assert_eq!(
			events,
			vec![
				Event::ValidatorRemoved { who: 1 },
				Event::ValidatorRemoved { who: 3 },
				Event::ValidatorRemoved { who: 4 },
				Event::ValidatorAdded { who: 5 },
				Event::ValidatorAdded { who: 6 },
				Event::ValidatorSetForced { validators: vec![2, 5, 6] },
			]
		);
	});
}

#[test]
fn force_set_validators_skips_finality_check() {
	ExtBuilder::default().build_and_execute(|| {
		set_keys(5);
		set_keys(6);

		assert_ok!(ValidatorSet::force_set_validators(RuntimeOrigin::root(), bounded(vec![5, 6])));

		run_to_session(2);
		assert_eq!(Session::validators(), vec![5, 6]);
	});
}

#[test]
fn force_set_validators_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::force_set_validators(RuntimeOrigin::signed(1), bounded(vec![1, 2])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn force_set_validators_fails_when_validator_is_duplicated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::force_set_validators(RuntimeOrigin::root(), bounded(vec![1, 2, 1])),
			Error::<Test>::DuplicateValidator
		);
	});
}

#[test]
fn force_set_validators_fails_when_below_minimum() {
	ExtBuilder::default().min_validators(3).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::force_set_validators(RuntimeOrigin::root(), bounded(vec![1, 2])),
			Error::<Test>::TooFewValidators
		);
	});
}
