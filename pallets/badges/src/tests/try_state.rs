//! `try_state` catches storage that disagrees with the badge records.

use super::prelude::*;

#[test]
fn try_state_fails_when_badge_missing_from_list() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::do_try_state());

		BadgesOf::<Test>::remove(LEARNER);
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_list_names_missing_badge() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		BadgesOf::<Test>::mutate(LEARNER, |list| list.try_push(7).unwrap());
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_list_unsorted() {
	ExtBuilder::build().execute_with(|| {
		let class = create_class();
		award_to(class, LEARNER, 1);
		award_to(class, LEARNER, 2);
		let mut reversed = BadgesOf::<Test>::get(LEARNER).into_inner();
		reversed.reverse();
		BadgesOf::<Test>::insert(LEARNER, frame_support::BoundedVec::truncate_from(reversed));
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_empty_list_stored() {
	ExtBuilder::build().execute_with(|| {
		BadgesOf::<Test>::insert(LEARNER, frame_support::BoundedVec::default());
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_learner_index_disagrees() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		BadgesOf::<Test>::insert(OTHER_LEARNER, frame_support::BoundedVec::truncate_from(vec![0]));
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_evidence_index_disagrees() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		BadgeByEvidence::<Test>::insert(evidence(2), 0);
		assert!(Badges::do_try_state().is_err());
	});
}
