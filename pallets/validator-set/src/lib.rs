//! # Validator set pallet
//!
//! The consortium decides by vote which universities run validators, and this pallet hands that
//! set to `pallet-session` at every session change.
//!
//! ## Overview
//!
//! Governance ([`Config::GovernanceOrigin`], a two-thirds vote of the consortium's council in
//! the Lifelong runtime) admits a validator with [`Pallet::add_validator`] and removes one with
//! [`Pallet::remove_validator`]. [`Pallet::force_set_validators`] replaces the whole set for
//! recovery. Admission does not require session keys: an admitted university then registers
//! its keys with `pallet_session::set_keys`, signed by its validator account, and starts
//! authoring after the following session changes.
//!
//! The pallet implements [`pallet_session::SessionManager`]. When the session pallet plans a
//! session, this pallet returns the admitted validators that have session keys registered
//! ([`Config::ValidatorRegistration`]), skips the others, and records the skip in
//! [`Event::ValidatorWithoutKeysSkipped`] and the log. Session rotation itself is decided by the
//! session pallet's `ShouldEndSession` (`PeriodicSessions` in the Lifelong runtime).
//!
//! ## Terminology
//!
//! - **Validator**: an account admitted by governance to author blocks (Aura) and vote on
//!   finality (GRANDPA). Listed in [`Validators`].
//! - **Session keys**: the Aura and GRANDPA public keys that a validator registers in
//!   `pallet-session`. A validator without them is skipped when a session is planned.
//! - **Planned set**: the admitted validators with session keys, as returned to the session
//!   pallet for a coming session. Stored in [`QueuedValidators`].
//! - **Active set**: the validators that author and finalize in the current session. Stored in
//!   [`ActiveValidators`].
//! - **Established validator**: a validator in the active set, so it is already running a node
//!   that takes part in consensus.
//! - **Finality threshold**: the number of GRANDPA votes needed to finalize a block with `n`
//!   equally weighted voters: `n - floor((n - 1) / 3)`, which is more than two thirds of `n`.
//!   See [`finality_threshold`].
//!
//! ## Timing
//!
//! The session pallet plans session `i + 1` when session `i` starts. A change made during
//! session `i` therefore enters the plan for session `i + 2`: it is queued at the first session
//! change and takes effect at the second.
//!
//! ## Safety checks
//!
//! A removal is rejected with [`Error::TooFewValidators`] when fewer than
//! [`Config::MinValidators`] validators would remain.
//!
//! A removal of an established validator is also checked against the set that the next plan
//! would contain without it. Let `n` count the remaining admitted validators with session keys,
//! and `e` count those of them that are established. The removal is rejected with
//! [`Error::WouldStallFinality`] unless `n >= 1` and `e >= finality_threshold(n)`, so the
//! established validators could finalize the next set on their own. Admitted validators that
//! are not yet established may not be running a node yet, so they are never counted on to
//! finalize. Removing a validator that is not established never lowers `e` and never raises
//! `n`, so only the minimum applies to it.
//!
//! [`Pallet::force_set_validators`] checks the minimum but not the finality threshold,
//! because it exists to replace validators that have gone offline.
//!
//! ## Integration
//!
//! - Set `pallet_session::Config::SessionManager` to this pallet, and use the same
//!   `ValidatorId` type in both pallets.
//! - Place this pallet before `pallet-session` in `construct_runtime!`, so its genesis is built
//!   first. The session pallet reads the genesis validators from it while building its own
//!   genesis.
//! - Give every initial validator session keys in `pallet-session`'s genesis config.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod session;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{traits::ValidatorRegistration, BoundedVec};

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::validator-set";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{MaybeSerializeDeserialize, Member};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Identifier of a validator. Must be the session pallet's `ValidatorId`, which the
		/// Lifelong runtime sets to the validator's account id.
		type ValidatorId: Member + Parameter + MaybeSerializeDeserialize + MaxEncodedLen + Ord;

		/// Registry of session keys, normally `pallet_session::Pallet<Runtime>`. A validator
		/// that it reports as unregistered is left out of a planned session.
		type ValidatorRegistration: ValidatorRegistration<Self::ValidatorId>;

		/// Origin that admits, removes and replaces validators, such as a two-thirds vote of
		/// the consortium's council.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Minimum number of admitted validators. A removal or replacement that would leave
		/// fewer is rejected. The genesis set may be smaller, for a single-validator
		/// development chain.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Maximum number of admitted validators.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Registers session keys for a validator in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::ValidatorId>;
	}

	/// Validators admitted by governance, sorted by id and without duplicates. Those with
	/// session keys are planned into every coming session.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::ValidatorId, T::MaxValidators>, ValueQuery>;

	/// Validators planned for the next session: the admitted validators that had session keys
	/// when the session was planned, sorted by id.
	#[pallet::storage]
	pub type QueuedValidators<T: Config> =
		StorageValue<_, BoundedVec<T::ValidatorId, T::MaxValidators>, ValueQuery>;

	/// Validators of the current session, sorted by id. They author blocks and vote on
	/// finality until the next session starts.
	#[pallet::storage]
	pub type ActiveValidators<T: Config> =
		StorageValue<_, BoundedVec<T::ValidatorId, T::MaxValidators>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance admitted a validator. It joins the first session planned after it has
		/// registered session keys.
		ValidatorAdded {
			/// The admitted validator.
			who: T::ValidatorId,
		},
		/// Governance removed a validator. It leaves with the next planned session.
		ValidatorRemoved {
			/// The removed validator.
			who: T::ValidatorId,
		},
		/// Governance replaced the whole validator set. A `ValidatorAdded` or
		/// `ValidatorRemoved` event precedes this one for every validator that changed.
		ValidatorSetForced {
			/// The new admitted set, sorted by id.
			validators: Vec<T::ValidatorId>,
		},
		/// A session was planned with a set that differs from the current one. Sessions
		/// planned with the same set emit no event.
		NewSessionPlanned {
			/// Index of the planned session.
			session: SessionIndex,
			/// Validators of the planned session, sorted by id.
			validators: Vec<T::ValidatorId>,
		},
		/// An admitted validator was left out of a planned session because it has not
		/// registered session keys. It should call `session.set_keys`.
		ValidatorWithoutKeysSkipped {
			/// Index of the planned session.
			session: SessionIndex,
			/// The validator without session keys.
			who: T::ValidatorId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an admitted validator. Check `validatorSet.validators`
		/// before proposing it.
		AlreadyValidator,
		/// The account is not an admitted validator, so it cannot be removed.
		NotValidator,
		/// The change would leave fewer validators than `MinValidators`. Admit a replacement
		/// first.
		TooFewValidators,
		/// The set already contains `MaxValidators` validators. Remove one first.
		TooManyValidators,
		/// Removing this established validator would leave too few established validators with
		/// session keys to finalize blocks on their own. Wait until newly admitted validators
		/// have registered keys and joined the active set, or admit a replacement first.
		WouldStallFinality,
		/// The new validator set lists a validator more than once.
		DuplicateValidator,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The initial validators, in any order and without duplicates. Each needs session
		/// keys in `pallet-session`'s genesis config. Leave it empty only in the default
		/// config that tooling builds: the session pallet then falls back to the validators
		/// of its own genesis keys, and this pallet admits none until
		/// [`Pallet::force_set_validators`].
		pub initial_validators: Vec<T::ValidatorId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// Genesis is built with the chain spec, not in a block, so an invalid config must stop
		// the build with a message.
		#[allow(clippy::panic)]
		fn build(&self) {
			let validators = match Pallet::<T>::sorted_unique(self.initial_validators.clone()) {
				Ok(validators) => validators,
				Err(error) => panic!("invalid initial validators in genesis: {error:?}"),
			};
			Validators::<T>::put(validators);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "`MinValidators` must be at least 1");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"`MinValidators` must not exceed `MaxValidators`"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits a validator.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// The validator does not need session keys yet. It joins the first session planned
		/// after it registers them with `session.set_keys`.
		///
		/// Errors: [`Error::AlreadyValidator`] if `who` is already admitted and
		/// [`Error::TooManyValidators`] if the set is full.
		///
		/// Emits [`Event::ValidatorAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(
			origin: OriginFor<T>,
			who: T::ValidatorId,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let mut validators = Validators::<T>::get();
			let count = validators.len() as u32;
			let position = match validators.binary_search(&who) {
				Ok(_) => return Err(Error::<T>::AlreadyValidator.into()),
				Err(position) => position,
			};
			validators
				.try_insert(position, who.clone())
				.map_err(|_| Error::<T>::TooManyValidators)?;

			Validators::<T>::put(validators);

			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(Some(T::WeightInfo::add_validator(count)).into())
		}

		/// Removes a validator.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// The validator keeps its place in the current and the already queued session and
		/// leaves with the next planned one. Its session keys stay registered until it calls
		/// `session.purge_keys`, which also releases the key deposit.
		///
		/// Errors: [`Error::NotValidator`] if `who` is not admitted and
		/// [`Error::TooFewValidators`] if fewer than [`Config::MinValidators`] would remain.
		/// It fails with [`Error::WouldStallFinality`] if `who` is established and the
		/// established validators left with session keys could not finalize the next planned
		/// set on their own. The crate docs describe this check.
		///
		/// Emits [`Event::ValidatorRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(
			origin: OriginFor<T>,
			who: T::ValidatorId,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let mut validators = Validators::<T>::get();
			let count = validators.len() as u32;
			let position = validators.binary_search(&who).map_err(|_| Error::<T>::NotValidator)?;
			validators.remove(position);
			ensure!(
				validators.len() as u32 >= T::MinValidators::get(),
				Error::<T>::TooFewValidators
			);
			let active = ActiveValidators::<T>::get();
			if active.binary_search(&who).is_ok() {
				ensure!(
					Self::can_finalize_without_newcomers(&validators, &active),
					Error::<T>::WouldStallFinality
				);
			}

			Validators::<T>::put(validators);

			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(Some(T::WeightInfo::remove_validator(count)).into())
		}

		/// Replaces the whole validator set, for recovery when validators have gone offline.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// `validators` may come in any order. The finality check of
		/// [`Pallet::remove_validator`] does not apply. The new set takes effect like any other
		/// change, through the session pallet. If finality has already stalled, GRANDPA also
		/// needs a forced authority change (`grandpa.note_stalled`, root only) before the new
		/// set can finalize.
		///
		/// Errors: [`Error::DuplicateValidator`] if a validator is listed twice and
		/// [`Error::TooFewValidators`] if fewer than [`Config::MinValidators`] are listed.
		///
		/// Emits [`Event::ValidatorRemoved`] and [`Event::ValidatorAdded`] for every change,
		/// then [`Event::ValidatorSetForced`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::force_set_validators(validators.len() as u32))]
		pub fn force_set_validators(
			origin: OriginFor<T>,
			validators: BoundedVec<T::ValidatorId, T::MaxValidators>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let new = Self::sorted_unique(validators.into_inner())?;
			ensure!(new.len() as u32 >= T::MinValidators::get(), Error::<T>::TooFewValidators);

			let old = Validators::<T>::get();
			Validators::<T>::put(&new);

			for who in old.iter().filter(|who| new.binary_search(who).is_err()) {
				Self::deposit_event(Event::ValidatorRemoved { who: who.clone() });
			}
			for who in new.iter().filter(|who| old.binary_search(who).is_err()) {
				Self::deposit_event(Event::ValidatorAdded { who: who.clone() });
			}
			Self::deposit_event(Event::ValidatorSetForced { validators: new.into_inner() });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Returns the admitted validators, sorted by id.
	pub fn validators() -> Vec<T::ValidatorId> {
		Validators::<T>::get().into_inner()
	}

	/// Returns the validators of the current session, sorted by id.
	pub fn active_validators() -> Vec<T::ValidatorId> {
		ActiveValidators::<T>::get().into_inner()
	}

	/// Returns the validators planned for the next session, sorted by id.
	pub fn queued_validators() -> Vec<T::ValidatorId> {
		QueuedValidators::<T>::get().into_inner()
	}

	/// Returns the admitted validators that have not registered session keys, so the next
	/// planned session will leave them out.
	pub fn validators_without_keys() -> Vec<T::ValidatorId> {
		Validators::<T>::get()
			.into_iter()
			.filter(|who| !T::ValidatorRegistration::is_registered(who))
			.collect()
	}

	/// Returns how many validators of the current session may be offline while the others
	/// still finalize blocks.
	pub fn max_faulty_of_active_set() -> u32 {
		max_faulty(ActiveValidators::<T>::get().len() as u32)
	}

	/// Checks that the established validators in `remaining` that have session keys reach the
	/// finality threshold of the set that would be planned from `remaining`.
	///
	/// Reads the key registry once per validator in `remaining`.
	fn can_finalize_without_newcomers(
		remaining: &[T::ValidatorId],
		active: &[T::ValidatorId],
	) -> bool {
		let mut planned: u32 = 0;
		let mut established: u32 = 0;
		for who in remaining.iter().filter(|who| T::ValidatorRegistration::is_registered(who)) {
			planned = planned.saturating_add(1);
			if active.binary_search(who).is_ok() {
				established = established.saturating_add(1);
			}
		}
		planned > 0 && established >= finality_threshold(planned)
	}

	/// Sorts `validators` by id, rejecting duplicates and sets larger than
	/// [`Config::MaxValidators`].
	fn sorted_unique(
		mut validators: Vec<T::ValidatorId>,
	) -> Result<BoundedVec<T::ValidatorId, T::MaxValidators>, Error<T>> {
		validators.sort();
		let has_duplicate = validators.windows(2).any(|pair| pair.first() == pair.last());
		if has_duplicate {
			return Err(Error::<T>::DuplicateValidator);
		}
		BoundedVec::try_from(validators).map_err(|_| Error::<T>::TooManyValidators)
	}
}
