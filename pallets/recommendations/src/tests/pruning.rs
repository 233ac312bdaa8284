//! `on_idle` pruning of results that reference withdrawn or removed listings.

use super::*;
use crate::{ListingRef, PruneQueue, ResultsByListing};
use frame_support::{traits::Get, weights::Weight};

fn learner_with_result(context: &TestContext, learner: AccountId) {
	assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(learner), preferences()));
	award_all(learner, &[1]);
	assert_eq!(run_worker_and_apply(context), 1);
}

#[test]
fn on_idle_prunes_withdrawn_job() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));
		learner_with_result(context, LEARNER);
		assert_eq!(stored(LEARNER).jobs.len(), 2);

		assert_ok!(Recommendations::withdraw_job(RuntimeOrigin::signed(EMPLOYER), 0));
		assert!(PruneQueue::<Test>::contains_key(ListingRef::Job(0)));
		next_block();

		let jobs: Vec<_> = stored(LEARNER).jobs.iter().map(|matched| matched.job).collect();
		assert_eq!(jobs, vec![1]);
		assert!(!ResultsByListing::<Test>::contains_key(ListingRef::Job(0), LEARNER));
		assert!(!PruneQueue::<Test>::contains_key(ListingRef::Job(0)));
	});
}

#[test]
fn on_idle_prunes_within_weight() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		learner_with_result(context, 20);
		learner_with_result(context, 21);
		assert_ok!(Recommendations::withdraw_job(RuntimeOrigin::signed(EMPLOYER), 0));

		assert_eq!(Recommendations::on_idle(1, Weight::zero()), Weight::zero());
		assert_eq!(ResultsByListing::<Test>::iter_key_prefix(ListingRef::Job(0)).count(), 2);

		let one_entry = <() as crate::WeightInfo>::prune_result_entry().saturating_add(
			<<Test as frame_system::Config>::DbWeight as Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads_writes(2, 1),
		);
		let used = Recommendations::on_idle(1, one_entry);
		assert!(used.all_lte(one_entry));
		assert_eq!(ResultsByListing::<Test>::iter_key_prefix(ListingRef::Job(0)).count(), 1);

		next_block();
		assert_eq!(ResultsByListing::<Test>::iter_key_prefix(ListingRef::Job(0)).count(), 0);
		assert!(stored(20).jobs.is_empty());
		assert!(stored(21).jobs.is_empty());
	});
}

#[test]
fn on_idle_prunes_expired_course() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[2])
		));
		learner_with_result(context, LEARNER);
		assert_eq!(stored(LEARNER).courses.len(), 1);

		Now::set(START + 61 * DAY);
		assert_ok!(Recommendations::remove_expired_course(RuntimeOrigin::signed(OTHER), 0));
		next_block();

		assert!(stored(LEARNER).courses.is_empty());
	});
}
