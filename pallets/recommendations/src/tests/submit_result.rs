//! `submit_result` and its authorization.

use super::*;
use crate::{Dirty, Error, Event, ResultsByListing, WorkerSubmissions};
use frame_support::{assert_noop, pallet_prelude::InvalidTransaction};
use sp_runtime::{transaction_validity::TransactionSource, DispatchError};

fn setup() {
	assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1, 2])));
	assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
	award_all(LEARNER, &[1]);
}

fn authorize(
	submission: &crate::pallet::ResultSubmissionOf<Test>,
	signature: &WorkerSignature,
) -> Result<(), InvalidTransaction> {
	let call: RuntimeCall = crate::Call::<Test>::submit_result {
		submission: submission.clone(),
		signature: signature.clone(),
	}
	.into();
	match call.authorize(TransactionSource::External).expect("call is authorizable") {
		Ok(_) => Ok(()),
		Err(sp_runtime::transaction_validity::TransactionValidityError::Invalid(invalid)) => {
			Err(invalid)
		}
		Err(other) => panic!("unexpected validity error {other:?}"),
	}
}

#[test]
fn submit_result_works() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		assert_eq!(authorize(&submission, &signature), Ok(()));

		assert_ok!(Recommendations::submit_result(authorized(), submission.clone(), signature));

		let result = stored(LEARNER);
		assert_eq!(result.inputs_hash, submission.inputs_hash);
		assert_eq!(result.jobs, submission.jobs);
		assert_eq!(result.worker, context.workers[0]);
		assert!(ResultsByListing::<Test>::contains_key(crate::ListingRef::Job(0), LEARNER));
		assert!(!Dirty::<Test>::contains_key(LEARNER));
		assert_eq!(WorkerSubmissions::<Test>::get(&context.workers[0]), Some((1, 1)));
		assert_eq!(
			last_event(),
			Event::RecommendationsStored {
				learner: LEARNER,
				worker: context.workers[0].clone(),
				inputs_hash: submission.inputs_hash,
				jobs: 1,
				courses: 0,
			}
		);
	});
}

#[test]
fn submit_result_fails_when_not_authorized() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		assert_noop!(
			Recommendations::submit_result(RuntimeOrigin::signed(OTHER), submission, signature),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn submit_result_fails_when_signature_invalid() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (mut submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		submission.jobs.clear();
		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::BadProof));
	});
}

#[test]
fn submit_result_fails_when_inputs_stale() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		award_all(LEARNER, &[2]);

		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::Stale));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::StaleInputs
		);
	});
}

#[test]
fn submit_result_fails_when_listings_changed() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[3])));

		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::StaleInputs
		);
	});
}

#[test]
fn submit_result_fails_when_duplicate() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		assert_ok!(Recommendations::submit_result(
			authorized(),
			submission.clone(),
			signature.clone()
		));

		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::Stale));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::DuplicateResult
		);
	});
}

#[test]
fn submit_result_fails_when_wrong_worker() {
	ExtBuilder::default().workers(&["//Alice", "//Bob"]).build_and_execute(|context| {
		setup();
		let assigned =
			crate::Pallet::<Test>::assigned_worker(&crate::WorkerKeys::<Test>::get(), &LEARNER)
				.cloned()
				.expect("two workers registered");
		let other = context.workers.iter().find(|key| **key != assigned).expect("two keys");
		let (submission, signature) = signed_submission(LEARNER, other);
		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::BadSigner));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::WrongWorker
		);

		let (submission, signature) = signed_submission(LEARNER, &assigned);
		assert_ok!(Recommendations::remove_worker_key(RuntimeOrigin::root(), assigned));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::UnknownWorker
		);
	});
}

#[test]
fn submit_result_fails_when_too_many_in_block() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		for learner in [20, 21, 22] {
			assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(learner), preferences()));
			award_all(learner, &[1]);
		}
		for learner in [20, 21] {
			let (submission, signature) = signed_submission(learner, &context.workers[0]);
			assert_ok!(Recommendations::submit_result(authorized(), submission, signature));
		}

		let (submission, signature) = signed_submission(22, &context.workers[0]);
		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::ExhaustsResources));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission.clone(), signature.clone()),
			Error::<Test>::TooManySubmissions
		);

		next_block();
		assert_ok!(Recommendations::submit_result(authorized(), submission, signature));
	});
}

#[test]
fn submit_result_fails_when_content_invalid() {
	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let worker = &context.workers[0];
		let sign = |submission: &crate::pallet::ResultSubmissionOf<Test>| {
			worker.sign(&codec::Encode::encode(submission)).expect("key in keystore")
		};

		let (mut submission, _) = signed_submission(LEARNER, worker);
		submission.algorithm_version = ALGORITHM_VERSION + 1;
		let signature = sign(&submission);
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::AlgorithmVersionMismatch
		);

		let (mut submission, _) = signed_submission(LEARNER, worker);
		submission.jobs[0].job = 77;
		let signature = sign(&submission);
		assert_eq!(authorize(&submission, &signature), Err(InvalidTransaction::Call));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::UnknownListing
		);

		let (submission, signature) = signed_submission(LEARNER, worker);
		assert_ok!(Recommendations::opt_out(RuntimeOrigin::signed(LEARNER)));
		assert_noop!(
			Recommendations::submit_result(authorized(), submission, signature),
			Error::<Test>::NotOptedIn
		);
	});
}

#[test]
fn submit_result_weights_include_the_profile_read() {
	use crate::weights::WeightInfo;
	use frame_support::{dispatch::GetDispatchInfo, traits::Authorize};

	ExtBuilder::default().build_and_execute(|context| {
		setup();
		let (submission, signature) = signed_submission(LEARNER, &context.workers[0]);
		let (jobs, courses) = (submission.jobs.len() as u32, submission.courses.len() as u32);
		let call: RuntimeCall = crate::Call::<Test>::submit_result { submission, signature }.into();

		assert_eq!(
			call.get_dispatch_info().call_weight,
			<() as WeightInfo>::submit_result(jobs, courses)
				.saturating_add(ProfileReadWeight::get())
		);
		assert_eq!(
			call.weight_of_authorize(),
			<() as WeightInfo>::authorize_submit_result().saturating_add(ProfileReadWeight::get())
		);
	});
}
