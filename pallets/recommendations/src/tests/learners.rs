//! `opt_in`, `opt_out` and the profile-change hook.

use super::*;
use crate::{Dirty, Error, Event, Learners, ResultsByListing};
use frame_support::assert_noop;

#[test]
fn opt_in_works() {
	ExtBuilder::default().build_and_execute(|_| {
		MockSkills::add_occupation(7, &[1, 2], &[]);
		let mut wanted = preferences();
		wanted.goal = Some(7);
		wanted.location = Some(bounded(b"Addis Ababa"));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted.clone()));

		assert_eq!(Learners::<Test>::get(LEARNER), Some(wanted));
		assert!(Dirty::<Test>::contains_key(LEARNER));
		assert_eq!(last_event(), crate::Event::LearnerOptedIn { learner: LEARNER });
	});
}

#[test]
fn opt_in_fails_when_goal_unknown() {
	ExtBuilder::default().build_and_execute(|_| {
		let mut wanted = preferences();
		wanted.goal = Some(99);
		assert_noop!(
			Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted),
			Error::<Test>::UnknownOccupation
		);
	});
}

#[test]
fn opt_in_fails_when_max_results_invalid() {
	ExtBuilder::default().build_and_execute(|_| {
		for max_results in [0, 6] {
			let mut wanted = preferences();
			wanted.max_results = max_results;
			assert_noop!(
				Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted),
				Error::<Test>::InvalidMaxResults
			);
		}
	});
}

#[test]
fn opt_out_works() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		award_all(LEARNER, &[1]);
		assert_eq!(run_worker_and_apply(context), 1);
		assert!(ResultsByListing::<Test>::contains_key(crate::ListingRef::Job(0), LEARNER));

		assert_ok!(Recommendations::opt_out(RuntimeOrigin::signed(LEARNER)));

		assert!(Learners::<Test>::get(LEARNER).is_none());
		assert!(Results::<Test>::get(LEARNER).is_none());
		assert!(!ResultsByListing::<Test>::contains_key(crate::ListingRef::Job(0), LEARNER));
		assert_eq!(last_event(), Event::LearnerOptedOut { learner: LEARNER });
	});
}

#[test]
fn opt_out_fails_when_not_opted_in() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::opt_out(RuntimeOrigin::signed(LEARNER)),
			Error::<Test>::NotOptedIn
		);
	});
}

#[test]
fn profile_change_marks_only_opted_in_learners() {
	ExtBuilder::default().build_and_execute(|_| {
		award_all(OTHER, &[1]);
		assert!(!Dirty::<Test>::contains_key(OTHER));

		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		Dirty::<Test>::remove(LEARNER);
		award_all(LEARNER, &[1]);
		assert!(Dirty::<Test>::contains_key(LEARNER));
	});
}
