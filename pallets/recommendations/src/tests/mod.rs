//! Unit tests, one file per call or area.

// Test code may panic: a panic is how a test fails.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::panic,
	clippy::unwrap_used
)]

mod courses;
mod governance;
mod jobs;
mod learners;
mod matching;
mod pruning;
mod real_data;
mod submit_result;
mod worker;

use crate::{
	mock::*,
	pallet::{ResultSubmissionOf, Results},
	ResultSubmission, WorkerId, WorkerSignature, ALGORITHM_VERSION,
};
use frame_support::{
	assert_ok,
	traits::{Authorize, Hooks},
};
use lifelong_primitives::{ProficiencyLevel, SkillProfileProvider};
use sp_runtime::{traits::Dispatchable, RuntimeAppPublic};

/// Returns the dispatch origin of an authorized general transaction.
pub fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

/// Awards `skills` to `learner` at intermediate level, now.
pub fn award_all(learner: AccountId, skills: &[u32]) {
	for skill in skills {
		MockProfiles::award(learner, *skill, ProficiencyLevel::Intermediate, Now::get());
	}
}

/// Computes `learner`'s result from current state as `worker` would and signs it.
pub fn signed_submission(
	learner: AccountId,
	worker: &WorkerId,
) -> (ResultSubmissionOf<Test>, WorkerSignature) {
	let preferences = crate::Learners::<Test>::get(learner).expect("learner opted in");
	let profile = MockProfiles::skill_profile(&learner);
	let listing_version = crate::ListingSetVersion::<Test>::get();
	let (jobs, courses) = crate::matching::compute::<Test>(&profile, &preferences, Now::get());
	let submission = ResultSubmission {
		learner,
		worker: worker.clone(),
		algorithm_version: ALGORITHM_VERSION,
		inputs_hash: crate::Pallet::<Test>::inputs_hash(&profile, &preferences, listing_version),
		listing_version,
		jobs,
		courses,
	};
	let signature = worker.sign(&codec::Encode::encode(&submission)).expect("key in keystore");
	(submission, signature)
}

/// Runs the off-chain worker, then authorizes and dispatches every transaction it submitted.
/// Returns how many it submitted.
pub fn run_worker_and_apply(context: &TestContext) -> usize {
	Recommendations::offchain_worker(System::block_number());
	let transactions = core::mem::take(&mut context.pool.write().transactions);
	for encoded in &transactions {
		let extrinsic: Extrinsic =
			codec::Decode::decode(&mut &encoded[..]).expect("the worker submits valid extrinsics");
		let call = extrinsic.function;
		let authorization = call
			.authorize(sp_runtime::transaction_validity::TransactionSource::Local)
			.expect("submit_result carries an authorization");
		assert_ok!(authorization);
		assert_ok!(call.dispatch(authorized()));
	}
	transactions.len()
}

/// Returns the stored result of `learner`.
pub fn stored(learner: AccountId) -> crate::pallet::StoredRecommendationsOf<Test> {
	Results::<Test>::get(learner).expect("a result is stored")
}
