//! The off-chain worker, run with the SDK's off-chain test externalities: the off-chain
//! database and HTTP mock, the transaction pool and the keystore.

use super::*;
use crate::MatchKind;

#[test]
fn worker_submits_full_match() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2, 3])
		));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		award_all(LEARNER, &[1, 2, 3]);

		assert_eq!(run_worker_and_apply(context), 1);

		let result = stored(LEARNER);
		assert_eq!(result.jobs.len(), 1);
		assert_eq!(result.jobs[0].job, 0);
		assert_eq!(result.jobs[0].kind, MatchKind::Full);
		assert!(result.jobs[0].missing.is_empty());
	});
}

#[test]
fn worker_submits_partial_match_with_course() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2, 3, 4])
		));
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3, 4])
		));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		award_all(LEARNER, &[1, 2]);

		assert_eq!(run_worker_and_apply(context), 1);

		let result = stored(LEARNER);
		assert_eq!(result.jobs[0].kind, MatchKind::Partial);
		assert_eq!(result.jobs[0].missing.to_vec(), vec![3, 4]);
		assert_eq!(result.courses.len(), 1);
		assert_eq!(result.courses[0].course, 0);
		assert_eq!(result.courses[0].teaches.to_vec(), vec![3, 4]);
	});
}

#[test]
fn worker_resubmits_only_after_inputs_change() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		assert_eq!(run_worker_and_apply(context), 1);
		assert!(stored(LEARNER).jobs.is_empty());
		next_block();

		assert_eq!(run_worker_and_apply(context), 0);

		award_all(LEARNER, &[1]);
		next_block();
		assert_eq!(run_worker_and_apply(context), 1);
		assert_eq!(stored(LEARNER).jobs[0].kind, MatchKind::Partial);

		next_block();
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_eq!(run_worker_and_apply(context), 1);
		assert_eq!(stored(LEARNER).jobs[0].kind, MatchKind::Full);
	});
}

#[test]
fn worker_does_not_resubmit_pending_result() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		Recommendations::offchain_worker(1);
		next_block();
		Recommendations::offchain_worker(2);

		assert_eq!(context.pool.read().transactions.len(), 1);
	});
}

#[test]
fn worker_handles_only_assigned_learners() {
	ExtBuilder::default().build_and_execute(|context| {
		let foreign = foreign_key("//Bob");
		assert_ok!(Recommendations::add_worker_key(RuntimeOrigin::root(), foreign.clone()));
		let keys = crate::WorkerKeys::<Test>::get();
		let learners: Vec<AccountId> = (100..120).collect();
		for learner in &learners {
			assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(*learner), preferences()));
		}
		let mine = learners
			.iter()
			.filter(|learner| {
				crate::Pallet::<Test>::assigned_worker(&keys, learner) == Some(&context.workers[0])
			})
			.count();
		assert!(mine > 0, "the local worker gets learners");
		assert!(mine < learners.len(), "the foreign worker gets learners");

		let mut submitted = 0;
		for _ in 0..learners.len() {
			submitted += run_worker_and_apply(context);
			next_block();
		}

		assert_eq!(submitted, mine);
		for learner in &learners {
			let assigned = crate::Pallet::<Test>::assigned_worker(&keys, learner);
			assert_eq!(Results::<Test>::contains_key(learner), assigned != Some(&foreign));
		}
	});
}

#[test]
fn worker_submits_at_most_max_results_per_block() {
	ExtBuilder::default().build_and_execute(|context| {
		for learner in 100..105 {
			assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(learner), preferences()));
		}

		assert_eq!(run_worker_and_apply(context), 2);
		next_block();
		assert_eq!(run_worker_and_apply(context), 2);
		next_block();
		assert_eq!(run_worker_and_apply(context), 1);
	});
}

#[test]
fn worker_does_nothing_without_local_key() {
	ExtBuilder::default().workers(&[]).build_and_execute(|context| {
		assert_ok!(Recommendations::add_worker_key(RuntimeOrigin::root(), foreign_key("//Bob")));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));

		assert_eq!(run_worker_and_apply(context), 0);
	});
}
