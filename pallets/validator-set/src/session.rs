//! Session planning: the pallet as the session pallet's `SessionManager`.

use crate::{
	ActiveValidators, Config, Event, Pallet, QueuedValidators, SessionIndex, Validators, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::{traits::ValidatorRegistration, BoundedVec};

impl<T: Config> Pallet<T> {
	/// Plans session `session`: keeps the admitted validators with session keys and reports
	/// every skipped one.
	fn plan_session(session: SessionIndex) -> BoundedVec<T::ValidatorId, T::MaxValidators> {
		let mut planned = Validators::<T>::get();
		planned.retain(|who| {
			let registered = T::ValidatorRegistration::is_registered(who);
			if !registered {
				log::info!(
					target: LOG_TARGET,
					"validator {who:?} has no session keys; leaving it out of session {session}",
				);
				Self::deposit_event(Event::ValidatorWithoutKeysSkipped {
					session,
					who: who.clone(),
				});
			}
			registered
		});
		planned
	}
}

impl<T: Config> pallet_session::SessionManager<T::ValidatorId> for Pallet<T> {
	/// Returns the planned set when it differs from the set queued before, and `None` to keep
	/// that set.
	///
	/// The session pallet calls `start_session` just before this, so the set queued before is
	/// the current session's set, which is what the session pallet reuses on `None`.
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::ValidatorId>> {
		let planned = Self::plan_session(new_index);
		if planned.is_empty() {
			// NOTE: the session pallet then reuses the current set, after dropping its own
			// validators without keys, so the chain keeps its authorities only if some of
			// them still have keys.
			log::error!(
				target: LOG_TARGET,
				"no admitted validator has session keys; keeping the current set for session \
				 {new_index}",
			);
			return None;
		}
		if planned == QueuedValidators::<T>::get() {
			return None;
		}

		log::info!(
			target: LOG_TARGET,
			"planned session {new_index} with {} validators",
			planned.len(),
		);
		QueuedValidators::<T>::put(&planned);
		let validators = planned.into_inner();
		Self::deposit_event(Event::NewSessionPlanned {
			session: new_index,
			validators: validators.clone(),
		});
		Some(validators)
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {
		ActiveValidators::<T>::put(QueuedValidators::<T>::get());
	}
}
