use crate::{mock::*, ActiveValidators, Event, QueuedValidators};
use frame_support::assert_ok;

#[test]
fn added_validator_is_queued_at_next_rotation() {
	ExtBuilder::default().build_and_execute(|| {
		set_keys(5);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));

		run_to_session(1);

		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4, 5]);
		let queued: Vec<u64> = Session::queued_keys().into_iter().map(|(who, _)| who).collect();
		assert_eq!(queued, vec![1, 2, 3, 4, 5]);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		assert_eq!(
			last_event(),
			Event::NewSessionPlanned { session: 2, validators: vec![1, 2, 3, 4, 5] }
		);
	});
}

#[test]
fn added_validator_validates_after_second_rotation() {
	ExtBuilder::default().build_and_execute(|| {
		set_keys(5);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));

		run_to_session(2);

		assert_eq!(Session::validators(), vec![1, 2, 3, 4, 5]);
		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4, 5]);
	});
}

#[test]
fn removed_validator_leaves_after_second_rotation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));

		run_to_session(1);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		run_to_session(2);

		assert_eq!(Session::validators(), vec![1, 2, 4]);
		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 4]);
	});
}

#[test]
fn validator_without_keys_is_skipped() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));

		run_to_session(2);

		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		assert!(validator_set_events()
			.contains(&Event::ValidatorWithoutKeysSkipped { session: 2, who: 5 }));
		assert_eq!(last_event(), Event::ValidatorWithoutKeysSkipped { session: 3, who: 5 });
	});
}

#[test]
fn validator_joins_once_keys_are_registered() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		run_to_session(1);

		set_keys(5);
		run_to_session(3);

		assert_eq!(Session::validators(), vec![1, 2, 3, 4, 5]);
	});
}

#[test]
fn genesis_validator_without_keys_is_skipped() {
	ExtBuilder::default().keyed(vec![1, 2, 3]).build_and_execute(|| {
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(ActiveValidators::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(ValidatorSet::validators_without_keys(), vec![4]);
	});
}

#[test]
fn unchanged_plan_keeps_current_set() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_session(3);

		assert_eq!(validator_set_events(), vec![]);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn plan_without_any_keys_keeps_queued_set() {
	ExtBuilder::default().validators(vec![1]).min_validators(1).build_and_execute(|| {
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(1)));

		run_to_session(1);

		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1]);
		assert_eq!(last_event(), Event::ValidatorWithoutKeysSkipped { session: 2, who: 1 });
	});
}
