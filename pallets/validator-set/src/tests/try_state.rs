use crate::{mock::*, ActiveValidators, QueuedValidators, Validators};
use frame_support::BoundedVec;

fn bounded(validators: Vec<u64>) -> BoundedVec<u64, MaxValidators> {
	validators.try_into().expect("the test set fits in MaxValidators")
}

#[test]
fn try_state_works() {
	ExtBuilder::default().build().execute_with(|| {
		assert_eq!(ValidatorSet::do_try_state(), Ok(()));
	});
}

#[test]
fn try_state_fails_when_admitted_set_is_unsorted() {
	ExtBuilder::default().build().execute_with(|| {
		Validators::<Test>::put(bounded(vec![2, 1]));

		assert!(ValidatorSet::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_admitted_set_has_duplicates() {
	ExtBuilder::default().build().execute_with(|| {
		Validators::<Test>::put(bounded(vec![1, 1, 2]));

		assert!(ValidatorSet::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_admitted_set_is_empty() {
	ExtBuilder::default().build().execute_with(|| {
		Validators::<Test>::kill();

		assert!(ValidatorSet::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_queued_set_is_unsorted() {
	ExtBuilder::default().build().execute_with(|| {
		QueuedValidators::<Test>::put(bounded(vec![3, 1]));

		assert!(ValidatorSet::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_active_set_is_unsorted() {
	ExtBuilder::default().build().execute_with(|| {
		ActiveValidators::<Test>::put(bounded(vec![3, 1]));

		assert!(ValidatorSet::do_try_state().is_err());
	});
}
