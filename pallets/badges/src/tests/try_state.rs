//! `try_state` catches storage that disagrees with the badge records.

use super::prelude::*;

#[test]
fn try_state_fails_when_profile_entry_missing() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::do_try_state());

		ProfileEntries::<Test>::remove((LEARNER, 1, 0));
		assert!(Badges::do_try_state().is_err());
	});
}

#[test]
fn try_state_fails_when_learner_index_disagrees() {
	ExtBuilder::build().execute_with(|| {
		award_to(create_class(), LEARNER, 1);
		BadgeCountOf::<Test>::insert(LEARNER, 2);
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
