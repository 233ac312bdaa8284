//! The off-chain worker: recomputes the results of the learners assigned to this node's worker
//! keys and submits them as authorized general transactions.

use crate::{
	matching,
	pallet::{Call, Config, Learners, ListingSetVersion, MomentOf, Pallet, Results, WorkerKeys},
	Dirty, ResultSubmission, WorkerId, ALGORITHM_VERSION, LOG_TARGET,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::{Get, Time};
use frame_system::{offchain::SubmitTransaction, pallet_prelude::BlockNumberFor};
use lifelong_primitives::SkillProfileProvider;
use sp_core::H256;
use sp_runtime::{
	offchain::{
		storage::StorageValueRef,
		storage_lock::{StorageLock, Time as LockTime},
		Duration,
	},
	traits::Saturating,
	RuntimeAppPublic, SaturatedConversion,
};

/// Blocks for which a submitted transaction stays valid in the pool.
pub(crate) const SUBMISSION_LONGEVITY: u64 = 5;

/// Offchain-storage key of the lock that keeps overlapping worker runs from double-submitting.
const LOCK_KEY: &[u8] = b"recommendations::worker-lock";

/// How long a worker run may hold the lock, in milliseconds.
const LOCK_DEADLINE_MS: u64 = 20_000;

/// Offchain-storage key prefix under which the worker remembers its latest submission per
/// learner: `(inputs hash, block)`.
const SENT_PREFIX: &[u8] = b"recommendations::sent::";

/// Runs the worker for the block just imported.
pub(crate) fn run_worker<T: Config>(block: BlockNumberFor<T>) {
	let keys = WorkerKeys::<T>::get();
	if keys.is_empty() {
		return;
	}
	let local = WorkerId::all();
	let mine: Vec<&WorkerId> = keys.iter().filter(|key| local.contains(key)).collect();
	if mine.is_empty() {
		return;
	}

	let mut lock =
		StorageLock::<LockTime>::with_deadline(LOCK_KEY, Duration::from_millis(LOCK_DEADLINE_MS));
	let Ok(_guard) = lock.try_lock() else {
		log::debug!(target: LOG_TARGET, "worker lock is taken by another run; skipping block");
		return;
	};

	let listing_version = ListingSetVersion::<T>::get();
	let now = T::Time::now();
	let limit = T::MaxResultsPerBlock::get();
	let mut submitted = 0u32;
	for learner in Learners::<T>::iter_keys() {
		if submitted >= limit {
			break;
		}
		let Some(worker) = Pallet::<T>::assigned_worker(&keys, &learner) else { continue };
		if !mine.contains(&worker) {
			continue;
		}
		if submit_for::<T>(&learner, worker, listing_version, now, block) {
			submitted = submitted.saturating_add(1);
		}
	}
	if submitted > 0 {
		log::debug!(target: LOG_TARGET, "submitted {} result(s) at block {:?}", submitted, block);
	}
}

/// Recomputes and submits one learner's result when their inputs changed. Returns whether a
/// transaction was submitted.
fn submit_for<T: Config>(
	learner: &T::AccountId,
	worker: &WorkerId,
	listing_version: u64,
	now: MomentOf<T>,
	block: BlockNumberFor<T>,
) -> bool {
	let Some(preferences) = Learners::<T>::get(learner) else { return false };
	let stored = Results::<T>::get(learner);
	let outdated = stored.as_ref().is_none_or(|stored| {
		stored.listing_version != listing_version || stored.algorithm_version != ALGORITHM_VERSION
	});
	if !outdated && !Dirty::<T>::contains_key(learner) {
		return false;
	}

	let profile = T::Profiles::skill_profile(learner);
	let inputs_hash = Pallet::<T>::inputs_hash(&profile, &preferences, listing_version);
	if stored.is_some_and(|stored| stored.inputs_hash == inputs_hash) {
		return false;
	}
	let sent_key = sent_key(learner);
	let sent = StorageValueRef::persistent(&sent_key);
	if let Ok(Some((hash, at))) = sent.get::<(H256, BlockNumberFor<T>)>() {
		let resend_from = at.saturating_add(SUBMISSION_LONGEVITY.saturated_into());
		if hash == inputs_hash && block < resend_from {
			return false;
		}
	}

	let (jobs, courses) = matching::compute::<T>(&profile, &preferences, now);
	let submission = ResultSubmission {
		learner: learner.clone(),
		worker: worker.clone(),
		algorithm_version: ALGORITHM_VERSION,
		inputs_hash,
		listing_version,
		jobs,
		courses,
	};
	let Some(signature) = worker.sign(&submission.encode()) else {
		log::error!(target: LOG_TARGET, "worker key {:?} failed to sign a result", worker);
		return false;
	};
	let call = Call::<T>::submit_result { submission, signature };
	let transaction = T::create_authorized_transaction(call.into());
	match SubmitTransaction::<T, Call<T>>::submit_transaction(transaction) {
		Ok(()) => {
			sent.set(&(inputs_hash, block));
			true
		}
		Err(()) => {
			log::warn!(
				target: LOG_TARGET,
				"transaction pool rejected the result for learner {:?}",
				learner
			);
			false
		}
	}
}

fn sent_key<AccountId: Encode>(learner: &AccountId) -> Vec<u8> {
	let mut key = SENT_PREFIX.to_vec();
	learner.encode_to(&mut key);
	key
}
