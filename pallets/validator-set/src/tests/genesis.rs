use crate::{mock::*, ActiveValidators, QueuedValidators, Validators};

#[test]
fn genesis_sorts_initial_validators() {
	ExtBuilder::default().validators(vec![3, 1, 2]).build_and_execute(|| {
		assert_eq!(Validators::<Test>::get().into_inner(), vec![1, 2, 3]);
	});
}

#[test]
fn genesis_plans_first_sessions() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn genesis_allows_fewer_than_minimum() {
	ExtBuilder::default().validators(vec![1]).min_validators(2).build_and_execute(|| {
		assert_eq!(Session::validators(), vec![1]);
	});
}

#[test]
#[should_panic(expected = "invalid initial validators in genesis: DuplicateValidator")]
fn genesis_fails_when_validator_is_duplicated() {
	ExtBuilder::default().validators(vec![1, 2, 1]).keyed(vec![1, 2]).build();
}

#[test]
fn genesis_without_validators_falls_back_to_session_keys() {
	ExtBuilder::default().validators(vec![]).keyed(vec![1, 2]).build().execute_with(|| {
		assert!(Validators::<Test>::get().is_empty());
		assert!(ActiveValidators::<Test>::get().is_empty());
		assert_eq!(Session::validators(), vec![1, 2]);
	});
}

#[test]
#[should_panic(expected = "invalid initial validators in genesis: TooManyValidators")]
fn genesis_fails_when_too_many() {
	ExtBuilder::default().validators((1..=11).collect()).build();
}
