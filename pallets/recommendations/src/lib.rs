//! # Recommendations pallet
//!
//! Job offers and courses indexed by ESCO skill, and recommendations for learners computed by
//! the validators' off-chain workers and stored on chain.
//!
//! ## Overview
//!
//! - Employers that the governance origin registers post **job offers**: required skills each
//!   with a minimum level and an essential or optional weight, an optional ESCO occupation and an
//!   expiry. Accredited issuers (see [`Config::CourseProviders`]) post **courses**: the skills
//!   taught, the level reached, credits, duration, language and the badge class awarded. Both
//!   hold a deposit from the poster until the listing is withdrawn, or removed after expiry by
//!   anyone.
//! - A **learner** opts in with [`Pallet::opt_in`], which is their consent to having their skill
//!   profile processed, optionally with a goal occupation and preferences. [`Pallet::opt_out`]
//!   deletes their result at once.
//! - Each block, every validator's **off-chain worker** recomputes the results of the learners
//!   assigned to its key whose inputs changed, with the deterministic function in
//!   [`matching`], and submits each as an authorized general transaction
//!   ([`Pallet::submit_result`]). The pallet accepts a result only when its inputs hash matches
//!   the current state and differs from the stored one.
//! - The runtime API in `pallet-recommendations-runtime-api` returns a learner's stored result
//!   and computes the same result from current state, so a client can check a stored one.
//!
//! ## Design
//!
//! - Matching walks the learner's skills and their broader skills through the
//!   [`JobsBySkill`] and [`CoursesBySkill`] indexes, so its cost follows the learner's profile
//!   and the listings that share a skill with it, not the total number of listings. The formula
//!   is in [`matching`] and in `docs/recommendations.md`.
//! - Learner `l` is handled by the worker key at index `u32(blake2_256(l)[0..4]) mod n` of the
//!   sorted registered keys ([`WorkerKeys`]), so the work spreads across the consortium.
//! - Submissions use `#[pallet::authorize]`: a worker signs the payload with its registered
//!   `reco` key, and the authorization checks the signature, the assignment, the inputs hash,
//!   duplicates and the per-block limit [`Config::MaxResultsPerBlock`]. Such transactions pay no
//!   fee, so only registered keys can submit them.
//! - Results that reference a withdrawn or removed listing are pruned in `on_idle`, within the
//!   weight left in the block, through the reverse index [`ResultsByListing`].
//!
//! ## Terminology
//!
//! - **Skill**: an ESCO skill or knowledge concept, by its id in the skills pallet.
//! - **Skill profile**: the skills a learner holds through valid badges, each with the highest
//!   level shown and the time of the latest award; the badges pallet keeps it.
//! - **Badge class**: a kind of badge an issuer awards; a course names the one it leads to.
//! - **Issuer**: an accredited organisation that awards badges; only issuers post courses.
//! - **Employer**: an account that governance registered to post job offers.
//! - **Listing**: a job offer or a course.
//! - **Listing-set version**: a counter raised by every change of a listing; part of every
//!   result's inputs.
//! - **Worker key**: an sr25519 key of type `reco`, registered by governance, with which a
//!   validator's off-chain worker signs results.
//! - **Inputs hash**: BLAKE2-256 of the learner's profile, preferences and the listing-set
//!   version, recorded with each result so that anyone can re-run it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod matching;
#[cfg(test)]
mod mock;
mod offchain;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::recommendations";

/// Key type of the worker keys with which off-chain workers sign results.
pub const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"reco");

/// The sr25519 worker key (`reco`) and its signature.
pub mod crypto {
	use super::KEY_TYPE;
	use sp_application_crypto::{app_crypto, sr25519};
	app_crypto!(sr25519, KEY_TYPE);
}

/// Public worker key.
pub type WorkerId = crypto::Public;

/// Signature of a worker key over a SCALE-encoded [`ResultSubmission`].
pub type WorkerSignature = crypto::Signature;

/// Helpers that benchmarks need from the runtime: skills, occupations, course providers and
/// learner profiles live in other pallets.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates an active skill and returns its id; a different one on every call.
	fn create_skill() -> lifelong_primitives::SkillId;
	/// Creates an active occupation whose essential skills are `essential`.
	fn create_occupation(
		essential: &[lifelong_primitives::SkillId],
	) -> lifelong_primitives::OccupationId;
	/// Makes `who` an accredited course provider.
	fn make_course_provider(who: &AccountId);
	/// Gives `learner` a profile that holds `skills` at the given levels.
	fn award_skills(
		learner: &AccountId,
		skills: &[(lifelong_primitives::SkillId, lifelong_primitives::ProficiencyLevel)],
	);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Contains, Time,
		},
	};
	use frame_system::{offchain::CreateAuthorizedTransaction, pallet_prelude::*};
	use lifelong_primitives::{
		OnSkillProfileChanged, SkillId, SkillProfileProvider, SkillRegistry, SkillStatus,
	};
	use sp_core::H256;
	use sp_runtime::{
		traits::{Saturating, Zero},
		RuntimeAppPublic,
	};

	/// Balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// Time type of [`Config::Time`]: milliseconds since the Unix epoch.
	pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

	/// Job details as the calls take them.
	pub type JobDetailsOf<T> = JobDetails<
		MomentOf<T>,
		<T as Config>::MaxTextLength,
		<T as Config>::MaxUrlLength,
		<T as Config>::MaxListingSkills,
	>;

	/// Job offer as stored.
	pub type JobOfferOf<T> = JobOffer<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		MomentOf<T>,
		<T as Config>::MaxTextLength,
		<T as Config>::MaxUrlLength,
		<T as Config>::MaxListingSkills,
	>;

	/// Course details as the calls take them.
	pub type CourseDetailsOf<T> = CourseDetails<
		MomentOf<T>,
		<T as Config>::MaxTextLength,
		<T as Config>::MaxUrlLength,
		<T as Config>::MaxListingSkills,
	>;

	/// Course as stored.
	pub type CourseOf<T> = Course<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		MomentOf<T>,
		<T as Config>::MaxTextLength,
		<T as Config>::MaxUrlLength,
		<T as Config>::MaxListingSkills,
	>;

	/// Learner preferences with this runtime's bounds.
	pub type PreferencesOf<T> = LearnerPreferences<<T as Config>::MaxTextLength>;

	/// Recommended job with this runtime's bounds.
	pub type JobMatchOf<T> = JobMatch<<T as Config>::MaxMissingSkills>;

	/// Recommended course with this runtime's bounds.
	pub type CourseMatchOf<T> = CourseMatch<<T as Config>::MaxMissingSkills>;

	/// Bounded list of recommended jobs.
	pub type JobMatchesOf<T> = BoundedVec<JobMatchOf<T>, <T as Config>::MaxJobResults>;

	/// Bounded list of recommended courses.
	pub type CourseMatchesOf<T> = BoundedVec<CourseMatchOf<T>, <T as Config>::MaxCourseResults>;

	/// Result submission with this runtime's bounds.
	pub type ResultSubmissionOf<T> = ResultSubmission<
		<T as frame_system::Config>::AccountId,
		WorkerId,
		<T as Config>::MaxJobResults,
		<T as Config>::MaxCourseResults,
		<T as Config>::MaxMissingSkills,
	>;

	/// Stored result with this runtime's bounds.
	pub type StoredRecommendationsOf<T> = StoredRecommendations<
		BlockNumberFor<T>,
		WorkerId,
		<T as Config>::MaxJobResults,
		<T as Config>::MaxCourseResults,
		<T as Config>::MaxMissingSkills,
	>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + CreateAuthorizedTransaction<Call<Self>> {
		/// Currency from which listing deposits are held.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reason, which includes this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// Wall-clock time in milliseconds since the Unix epoch, for listing expiry.
		type Time: Time;

		/// The skills taxonomy: skill status, broader skills and occupation skills.
		type Skills: SkillRegistry;

		/// Learners' skill profiles, kept by the badges pallet.
		type Profiles: SkillProfileProvider<Self::AccountId, MomentOf<Self>>;

		/// Accounts that may post courses: the accredited badge issuers.
		type CourseProviders: Contains<Self::AccountId>;

		/// Origin that registers employers and worker keys (the consortium's governance).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held for a job offer, on top of the per-skill deposit.
		#[pallet::constant]
		type JobDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a course, on top of the per-skill deposit.
		#[pallet::constant]
		type CourseDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for each skill that a listing names.
		#[pallet::constant]
		type DepositPerSkill: Get<BalanceOf<Self>>;

		/// Maximum time from now to a listing's expiry, in milliseconds.
		#[pallet::constant]
		type MaxListingDuration: Get<MomentOf<Self>>;

		/// Maximum length in bytes of a title, employer name or location.
		#[pallet::constant]
		type MaxTextLength: Get<u32>;

		/// Maximum length in bytes of a listing URL.
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// Maximum number of skills that one listing names.
		#[pallet::constant]
		type MaxListingSkills: Get<u32>;

		/// Maximum number of registered worker keys.
		#[pallet::constant]
		type MaxWorkers: Get<u32>;

		/// Maximum number of results that one worker key may store per block.
		#[pallet::constant]
		type MaxResultsPerBlock: Get<u32>;

		/// Maximum number of jobs in a result.
		#[pallet::constant]
		type MaxJobResults: Get<u32>;

		/// Maximum number of courses in a result.
		#[pallet::constant]
		type MaxCourseResults: Get<u32>;

		/// Maximum number of missing skills listed per job, and of taught skills per course.
		#[pallet::constant]
		type MaxMissingSkills: Get<u32>;

		/// Maximum number of index entries that matching reads for one skill. It bounds the
		/// cost per learner when many listings share a skill.
		#[pallet::constant]
		type MaxCandidatesPerSkill: Get<u32>;

		/// Priority of result submissions in the transaction pool.
		#[pallet::constant]
		type SubmissionPriority: Get<TransactionPriority>;

		/// Weights of this pallet's calls, authorization and pruning.
		type WeightInfo: WeightInfo;

		/// Weight of reading the largest skill profile from [`Config::Profiles`]. It is added
		/// to the weights of `submit_result` and of its authorization, because both compare the
		/// submission with the learner's current profile. Their benchmarks measure the rest.
		type ProfileReadWeight: Get<Weight>;

		/// Creates skills, occupations, course providers and profiles for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Reason for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a job offer or a course while it is listed.
		ListingDeposit,
	}

	/// Registered employers, who may post job offers.
	// Blake2_128Concat: account ids are chosen by users.
	#[pallet::storage]
	pub type Employers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Registered worker keys, sorted ascending; a learner's worker is chosen by index here.
	#[pallet::storage]
	pub type WorkerKeys<T: Config> =
		StorageValue<_, BoundedVec<WorkerId, T::MaxWorkers>, ValueQuery>;

	/// Block of a worker key's latest stored result, and how many it stored in that block.
	// Twox64Concat: only registered keys, which governance chose, are ever written.
	#[pallet::storage]
	pub type WorkerSubmissions<T: Config> =
		StorageMap<_, Twox64Concat, WorkerId, (BlockNumberFor<T>, u32)>;

	/// Id that the next job offer gets.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Id that the next course gets.
	#[pallet::storage]
	pub type NextCourseId<T: Config> = StorageValue<_, CourseId, ValueQuery>;

	/// Job offers by id.
	// Twox64Concat: ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOfferOf<T>>;

	/// Courses by id.
	// Twox64Concat: ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Courses<T: Config> = StorageMap<_, Twox64Concat, CourseId, CourseOf<T>>;

	/// Index from a required skill to the job offers that require it.
	// Twox64Concat: skill ids come from the skills pallet (governance) and job ids from this
	// pallet, so neither can be ground by a user to unbalance the trie.
	#[pallet::storage]
	pub type JobsBySkill<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SkillId, Twox64Concat, JobId, ()>;

	/// Index from a taught skill to the courses that teach it, with the level they reach.
	// Twox64Concat: as for `JobsBySkill`.
	#[pallet::storage]
	pub type CoursesBySkill<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SkillId,
		Twox64Concat,
		CourseId,
		lifelong_primitives::ProficiencyLevel,
	>;

	/// Listing-set version: raised by every post, update, withdrawal or removal of a listing.
	#[pallet::storage]
	pub type ListingSetVersion<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Opted-in learners and their preferences.
	// Blake2_128Concat: account ids are chosen by users.
	#[pallet::storage]
	pub type Learners<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, PreferencesOf<T>>;

	/// Opted-in learners whose profile or preferences changed since their stored result.
	// Blake2_128Concat: account ids are chosen by users.
	#[pallet::storage]
	pub type Dirty<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Each learner's current recommendations.
	// Blake2_128Concat: account ids are chosen by users.
	#[pallet::storage]
	pub type Results<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, StoredRecommendationsOf<T>>;

	/// Reverse index: the learners whose stored result references a listing.
	// Twox64Concat for the listing (ids assigned by the pallet); Blake2_128Concat for the
	// learner (chosen by users).
	#[pallet::storage]
	pub type ResultsByListing<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ListingRef, Blake2_128Concat, T::AccountId, ()>;

	/// Withdrawn or removed listings whose references in results `on_idle` still has to prune.
	// Twox64Concat: listing ids are assigned by the pallet.
	#[pallet::storage]
	pub type PruneQueue<T: Config> = StorageMap<_, Twox64Concat, ListingRef, ()>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Worker keys registered at genesis.
		pub worker_keys: Vec<WorkerId>,
		/// Employers registered at genesis.
		pub employers: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut keys = self.worker_keys.clone();
			keys.sort();
			keys.dedup();
			let keys: BoundedVec<WorkerId, T::MaxWorkers> =
				keys.try_into().expect("genesis names at most `MaxWorkers` worker keys; qed");
			WorkerKeys::<T>::put(keys);
			for employer in &self.employers {
				Employers::<T>::insert(employer, ());
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance registered an employer.
		EmployerRegistered {
			/// The employer's account.
			employer: T::AccountId,
		},
		/// Governance deregistered an employer; their posted offers stay until withdrawn.
		EmployerDeregistered {
			/// The employer's account.
			employer: T::AccountId,
		},
		/// Governance registered a worker key.
		WorkerKeyAdded {
			/// The worker key.
			key: WorkerId,
		},
		/// Governance removed a worker key.
		WorkerKeyRemoved {
			/// The worker key.
			key: WorkerId,
		},
		/// An employer posted a job offer.
		JobPosted {
			/// Id of the new offer.
			job: JobId,
			/// The employer.
			poster: T::AccountId,
			/// Deposit held from the employer.
			deposit: BalanceOf<T>,
		},
		/// An employer updated a job offer.
		JobUpdated {
			/// Id of the offer.
			job: JobId,
			/// Deposit now held for it.
			deposit: BalanceOf<T>,
		},
		/// A job offer was withdrawn by its poster, or removed by anyone after it expired.
		JobRemoved {
			/// Id of the offer.
			job: JobId,
			/// Account that withdrew or removed it.
			by: T::AccountId,
		},
		/// A course provider posted a course.
		CoursePosted {
			/// Id of the new course.
			course: CourseId,
			/// The provider.
			poster: T::AccountId,
			/// Deposit held from the provider.
			deposit: BalanceOf<T>,
		},
		/// A course provider updated a course.
		CourseUpdated {
			/// Id of the course.
			course: CourseId,
			/// Deposit now held for it.
			deposit: BalanceOf<T>,
		},
		/// A course was withdrawn by its poster, or removed by anyone after it expired.
		CourseRemoved {
			/// Id of the course.
			course: CourseId,
			/// Account that withdrew or removed it.
			by: T::AccountId,
		},
		/// A learner opted in or changed their preferences.
		LearnerOptedIn {
			/// The learner.
			learner: T::AccountId,
		},
		/// A learner opted out; their recommendations were deleted.
		LearnerOptedOut {
			/// The learner.
			learner: T::AccountId,
		},
		/// A worker's result for a learner was stored.
		RecommendationsStored {
			/// The learner.
			learner: T::AccountId,
			/// Worker key that computed it.
			worker: WorkerId,
			/// Hash of the inputs it was computed from.
			inputs_hash: H256,
			/// Number of jobs recommended.
			jobs: u32,
			/// Number of courses recommended.
			courses: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registered employer.
		EmployerAlreadyRegistered,
		/// The account is not a registered employer; governance must register it before it
		/// posts job offers.
		NotEmployer,
		/// The worker key is already registered.
		WorkerKeyAlreadyRegistered,
		/// The worker key is not registered.
		WorkerKeyNotFound,
		/// `MaxWorkers` keys are registered already; remove one first.
		TooManyWorkerKeys,
		/// The account is not an accredited issuer, so it may not post courses.
		NotCourseProvider,
		/// The listing names no skill; give at least one.
		NoSkills,
		/// The listing names a skill twice; name each skill once.
		DuplicateSkill,
		/// A skill id is unknown to the skills pallet.
		UnknownSkill,
		/// A skill is deprecated in the taxonomy; use its replacement.
		DeprecatedSkill,
		/// The occupation is unknown or deprecated.
		UnknownOccupation,
		/// The expiry is not after the current time.
		ExpiryInPast,
		/// The expiry is further away than `MaxListingDuration`.
		ExpiryTooFar,
		/// No job offer has this id (it may have been withdrawn or removed).
		JobNotFound,
		/// No course has this id (it may have been withdrawn or removed).
		CourseNotFound,
		/// Only the account that posted the listing may change or withdraw it.
		NotPoster,
		/// The listing has not expired yet; only its poster may withdraw it before then.
		NotExpired,
		/// All listing ids are used.
		IdsExhausted,
		/// `max_results` must be between 1 and the maximum number of jobs in a result.
		InvalidMaxResults,
		/// The learner has not opted in.
		NotOptedIn,
		/// The result was computed with another algorithm version than the runtime's.
		AlgorithmVersionMismatch,
		/// The submitting key is not a registered worker key.
		UnknownWorker,
		/// The learner is assigned to another worker key.
		WrongWorker,
		/// The learner's profile, preferences or the listings changed since the worker read
		/// them; the worker recomputes the result from the new state.
		StaleInputs,
		/// A result for these inputs is stored already.
		DuplicateResult,
		/// The worker key stored `MaxResultsPerBlock` results in this block already.
		TooManySubmissions,
		/// The result references a listing that does not exist.
		UnknownListing,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn offchain_worker(block: BlockNumberFor<T>) {
			offchain::run_worker::<T>(block);
		}

		fn on_idle(_block: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_results(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_block: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			crate::try_state::check::<T>()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers an employer, who may then post job offers.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Errors: `EmployerAlreadyRegistered`. Emits `EmployerRegistered`.
		#[pallet::call_index(0)]
		pub fn register_employer(origin: OriginFor<T>, employer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(
				!Employers::<T>::contains_key(&employer),
				Error::<T>::EmployerAlreadyRegistered
			);

			Employers::<T>::insert(&employer, ());

			Self::deposit_event(Event::EmployerRegistered { employer });
			Ok(())
		}

		/// Deregisters an employer. Their posted offers stay listed until withdrawn or expired.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Errors: `NotEmployer`. Emits `EmployerDeregistered`.
		#[pallet::call_index(1)]
		pub fn deregister_employer(origin: OriginFor<T>, employer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Employers::<T>::contains_key(&employer), Error::<T>::NotEmployer);

			Employers::<T>::remove(&employer);

			Self::deposit_event(Event::EmployerDeregistered { employer });
			Ok(())
		}

		/// Registers a worker key with which a validator's off-chain worker signs results.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`]. Adding a key reassigns
		/// learners among the workers.
		///
		/// Errors: `WorkerKeyAlreadyRegistered`, `TooManyWorkerKeys`. Emits `WorkerKeyAdded`.
		#[pallet::call_index(2)]
		pub fn add_worker_key(origin: OriginFor<T>, key: WorkerId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut keys = WorkerKeys::<T>::get();
			let position = match keys.binary_search(&key) {
				Ok(_) => return Err(Error::<T>::WorkerKeyAlreadyRegistered.into()),
				Err(position) => position,
			};
			keys.try_insert(position, key.clone()).map_err(|_| Error::<T>::TooManyWorkerKeys)?;

			WorkerKeys::<T>::put(keys);

			Self::deposit_event(Event::WorkerKeyAdded { key });
			Ok(())
		}

		/// Removes a registered worker key.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`]. Removing a key reassigns
		/// learners among the remaining workers.
		///
		/// Errors: `WorkerKeyNotFound`. Emits `WorkerKeyRemoved`.
		#[pallet::call_index(3)]
		pub fn remove_worker_key(origin: OriginFor<T>, key: WorkerId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut keys = WorkerKeys::<T>::get();
			let position = keys.binary_search(&key).map_err(|_| Error::<T>::WorkerKeyNotFound)?;
			keys.remove(position);

			WorkerKeys::<T>::put(keys);
			WorkerSubmissions::<T>::remove(&key);

			Self::deposit_event(Event::WorkerKeyRemoved { key });
			Ok(())
		}

		/// Posts a job offer and holds its deposit: `JobDeposit` plus `DepositPerSkill` for each
		/// required skill.
		///
		/// The dispatch origin must be signed by a registered employer. Every skill must be
		/// active and named once, the occupation (if any) active, and the expiry in the future
		/// but at most `MaxListingDuration` away.
		///
		/// Errors: `NotEmployer`, `NoSkills`, `DuplicateSkill`, `UnknownSkill`,
		/// `DeprecatedSkill`, `UnknownOccupation`, `ExpiryInPast`, `ExpiryTooFar`,
		/// `IdsExhausted`, or a balance error when the deposit cannot be held. Emits `JobPosted`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::post_job(details.skills.len() as u32))]
		pub fn post_job(origin: OriginFor<T>, details: JobDetailsOf<T>) -> DispatchResult {
			let poster = ensure_signed(origin)?;
			ensure!(Employers::<T>::contains_key(&poster), Error::<T>::NotEmployer);
			Self::ensure_job_details_valid(&details)?;
			let job = NextJobId::<T>::get();
			let next = job.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = Self::deposit_for(T::JobDeposit::get(), details.skills.len());
			T::Currency::hold(&HoldReason::ListingDeposit.into(), &poster, deposit)?;

			for required in &details.skills {
				JobsBySkill::<T>::insert(required.skill, job, ());
			}
			Jobs::<T>::insert(job, JobOffer { poster: poster.clone(), deposit, details });
			NextJobId::<T>::put(next);
			Self::bump_listing_version();

			Self::deposit_event(Event::JobPosted { job, poster, deposit });
			Ok(())
		}

		/// Replaces a job offer's details and adjusts its deposit to the new skill count.
		///
		/// The dispatch origin must be signed by the offer's poster. The details are checked as
		/// in `post_job`.
		///
		/// Errors: `JobNotFound`, `NotPoster`, and those of `post_job`. Emits `JobUpdated`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::update_job(details.skills.len() as u32))]
		pub fn update_job(
			origin: OriginFor<T>,
			job: JobId,
			details: JobDetailsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut offer = Jobs::<T>::get(job).ok_or(Error::<T>::JobNotFound)?;
			ensure!(offer.poster == who, Error::<T>::NotPoster);
			Self::ensure_job_details_valid(&details)?;
			let deposit = Self::deposit_for(T::JobDeposit::get(), details.skills.len());
			Self::adjust_deposit(&who, offer.deposit, deposit)?;

			for required in &offer.details.skills {
				JobsBySkill::<T>::remove(required.skill, job);
			}
			for required in &details.skills {
				JobsBySkill::<T>::insert(required.skill, job, ());
			}
			offer.deposit = deposit;
			offer.details = details;
			Jobs::<T>::insert(job, offer);
			Self::bump_listing_version();

			Self::deposit_event(Event::JobUpdated { job, deposit });
			Ok(())
		}

		/// Withdraws a job offer and releases its deposit.
		///
		/// The dispatch origin must be signed by the offer's poster. References to the offer in
		/// stored results are pruned in `on_idle`.
		///
		/// Errors: `JobNotFound`, `NotPoster`. Emits `JobRemoved`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_job(T::MaxListingSkills::get()))]
		pub fn withdraw_job(origin: OriginFor<T>, job: JobId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let offer = Jobs::<T>::get(job).ok_or(Error::<T>::JobNotFound)?;
			ensure!(offer.poster == who, Error::<T>::NotPoster);

			let skills = offer.details.skills.len() as u32;
			Self::remove_job(job, offer);

			Self::deposit_event(Event::JobRemoved { job, by: who });
			Ok(Some(T::WeightInfo::withdraw_job(skills)).into())
		}

		/// Posts a course and holds its deposit: `CourseDeposit` plus `DepositPerSkill` for each
		/// taught skill.
		///
		/// The dispatch origin must be signed by an accredited issuer ([`Config::CourseProviders`]).
		/// Every skill must be active and named once, and the expiry in the future but at most
		/// `MaxListingDuration` away. The badge class is stored as given.
		///
		/// Errors: `NotCourseProvider`, `NoSkills`, `DuplicateSkill`, `UnknownSkill`,
		/// `DeprecatedSkill`, `ExpiryInPast`, `ExpiryTooFar`, `IdsExhausted`, or a balance error
		/// when the deposit cannot be held. Emits `CoursePosted`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::post_course(details.skills.len() as u32))]
		pub fn post_course(origin: OriginFor<T>, details: CourseDetailsOf<T>) -> DispatchResult {
			let poster = ensure_signed(origin)?;
			ensure!(T::CourseProviders::contains(&poster), Error::<T>::NotCourseProvider);
			Self::ensure_course_details_valid(&details)?;
			let course = NextCourseId::<T>::get();
			let next = course.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = Self::deposit_for(T::CourseDeposit::get(), details.skills.len());
			T::Currency::hold(&HoldReason::ListingDeposit.into(), &poster, deposit)?;

			for taught in &details.skills {
				CoursesBySkill::<T>::insert(taught.skill, course, taught.level);
			}
			Courses::<T>::insert(course, Course { poster: poster.clone(), deposit, details });
			NextCourseId::<T>::put(next);
			Self::bump_listing_version();

			Self::deposit_event(Event::CoursePosted { course, poster, deposit });
			Ok(())
		}

		/// Replaces a course's details and adjusts its deposit to the new skill count.
		///
		/// The dispatch origin must be signed by the course's poster, who must still be an
		/// accredited issuer. The details are checked as in `post_course`.
		///
		/// Errors: `CourseNotFound`, `NotPoster`, and those of `post_course`. Emits
		/// `CourseUpdated`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::update_course(details.skills.len() as u32))]
		pub fn update_course(
			origin: OriginFor<T>,
			course: CourseId,
			details: CourseDetailsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut listing = Courses::<T>::get(course).ok_or(Error::<T>::CourseNotFound)?;
			ensure!(listing.poster == who, Error::<T>::NotPoster);
			ensure!(T::CourseProviders::contains(&who), Error::<T>::NotCourseProvider);
			Self::ensure_course_details_valid(&details)?;
			let deposit = Self::deposit_for(T::CourseDeposit::get(), details.skills.len());
			Self::adjust_deposit(&who, listing.deposit, deposit)?;

			for taught in &listing.details.skills {
				CoursesBySkill::<T>::remove(taught.skill, course);
			}
			for taught in &details.skills {
				CoursesBySkill::<T>::insert(taught.skill, course, taught.level);
			}
			listing.deposit = deposit;
			listing.details = details;
			Courses::<T>::insert(course, listing);
			Self::bump_listing_version();

			Self::deposit_event(Event::CourseUpdated { course, deposit });
			Ok(())
		}

		/// Withdraws a course and releases its deposit.
		///
		/// The dispatch origin must be signed by the course's poster. References to the course
		/// in stored results are pruned in `on_idle`.
		///
		/// Errors: `CourseNotFound`, `NotPoster`. Emits `CourseRemoved`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::withdraw_course(T::MaxListingSkills::get()))]
		pub fn withdraw_course(
			origin: OriginFor<T>,
			course: CourseId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let listing = Courses::<T>::get(course).ok_or(Error::<T>::CourseNotFound)?;
			ensure!(listing.poster == who, Error::<T>::NotPoster);

			let skills = listing.details.skills.len() as u32;
			Self::remove_course(course, listing);

			Self::deposit_event(Event::CourseRemoved { course, by: who });
			Ok(Some(T::WeightInfo::withdraw_course(skills)).into())
		}

		/// Removes an expired job offer and returns its deposit to the poster.
		///
		/// The dispatch origin must be signed; any account may clean up an expired offer.
		///
		/// Errors: `JobNotFound`, `NotExpired`. Emits `JobRemoved`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::remove_expired_job(T::MaxListingSkills::get()))]
		pub fn remove_expired_job(origin: OriginFor<T>, job: JobId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let offer = Jobs::<T>::get(job).ok_or(Error::<T>::JobNotFound)?;
			ensure!(offer.details.expires_at <= T::Time::now(), Error::<T>::NotExpired);

			let skills = offer.details.skills.len() as u32;
			Self::remove_job(job, offer);

			Self::deposit_event(Event::JobRemoved { job, by: who });
			Ok(Some(T::WeightInfo::remove_expired_job(skills)).into())
		}

		/// Removes an expired course and returns its deposit to the poster.
		///
		/// The dispatch origin must be signed; any account may clean up an expired course.
		///
		/// Errors: `CourseNotFound`, `NotExpired`. Emits `CourseRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_expired_course(T::MaxListingSkills::get()))]
		pub fn remove_expired_course(
			origin: OriginFor<T>,
			course: CourseId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let listing = Courses::<T>::get(course).ok_or(Error::<T>::CourseNotFound)?;
			ensure!(listing.details.expires_at <= T::Time::now(), Error::<T>::NotExpired);

			let skills = listing.details.skills.len() as u32;
			Self::remove_course(course, listing);

			Self::deposit_event(Event::CourseRemoved { course, by: who });
			Ok(Some(T::WeightInfo::remove_expired_course(skills)).into())
		}

		/// Opts the caller in to recommendations, or replaces their preferences.
		///
		/// The dispatch origin must be signed by the learner. Opting in is consent to the
		/// validators' workers reading the learner's skill profile to compute recommendations.
		/// The goal (if any) must be an active occupation, and `max_results` between 1 and
		/// `MaxJobResults`.
		///
		/// Errors: `UnknownOccupation`, `InvalidMaxResults`. Emits `LearnerOptedIn`.
		#[pallet::call_index(12)]
		pub fn opt_in(origin: OriginFor<T>, preferences: PreferencesOf<T>) -> DispatchResult {
			let learner = ensure_signed(origin)?;
			if let Some(goal) = preferences.goal {
				ensure!(T::Skills::occupation_is_active(goal), Error::<T>::UnknownOccupation);
			}
			ensure!(
				(1..=T::MaxJobResults::get()).contains(&preferences.max_results),
				Error::<T>::InvalidMaxResults
			);

			Learners::<T>::insert(&learner, preferences);
			Dirty::<T>::insert(&learner, ());

			Self::deposit_event(Event::LearnerOptedIn { learner });
			Ok(())
		}

		/// Opts the caller out and deletes their recommendations at once.
		///
		/// The dispatch origin must be signed by the learner.
		///
		/// Errors: `NotOptedIn`. Emits `LearnerOptedOut`.
		#[pallet::call_index(13)]
		pub fn opt_out(origin: OriginFor<T>) -> DispatchResult {
			let learner = ensure_signed(origin)?;
			ensure!(Learners::<T>::contains_key(&learner), Error::<T>::NotOptedIn);

			Learners::<T>::remove(&learner);
			Dirty::<T>::remove(&learner);
			if let Some(old) = Results::<T>::take(&learner) {
				Self::unindex_result(&learner, &old);
			}

			Self::deposit_event(Event::LearnerOptedOut { learner });
			Ok(())
		}

		/// Stores a worker's recommendations for a learner.
		///
		/// The transaction is a general transaction authorized by [`Pallet::authorize_result`].
		/// The payload must be signed by the registered worker key assigned to the learner. Its
		/// inputs hash must match the current profile, preferences and listing-set version, and
		/// differ from the stored result's. A key may store at most `MaxResultsPerBlock`
		/// results per block. Dispatch repeats every check except the signature.
		///
		/// Errors: `AlgorithmVersionMismatch`, `UnknownWorker`, `WrongWorker`, `NotOptedIn`,
		/// `StaleInputs`, `DuplicateResult`, `TooManySubmissions`, `UnknownListing`. Emits
		/// `RecommendationsStored`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::submit_result(
			submission.jobs.len() as u32,
			submission.courses.len() as u32,
		).saturating_add(T::ProfileReadWeight::get()))]
		#[pallet::authorize(Pallet::<T>::authorize_result)]
		#[pallet::weight_of_authorize(
			T::WeightInfo::authorize_submit_result().saturating_add(T::ProfileReadWeight::get())
		)]
		pub fn submit_result(
			origin: OriginFor<T>,
			submission: ResultSubmissionOf<T>,
			signature: WorkerSignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			// The signature was verified by the authorization; it is not stored.
			let _ = signature;
			let count = Self::ensure_submission_valid(&submission)?;

			let ResultSubmission {
				learner,
				worker,
				algorithm_version,
				inputs_hash,
				listing_version,
				jobs,
				courses,
			} = submission;
			let stored = StoredRecommendations {
				algorithm_version,
				inputs_hash,
				listing_version,
				stored_at: frame_system::Pallet::<T>::block_number(),
				worker: worker.clone(),
				jobs,
				courses,
			};
			if let Some(old) = Results::<T>::get(&learner) {
				Self::unindex_result(&learner, &old);
			}
			Self::index_result(&learner, &stored);
			let (job_count, course_count) = (stored.jobs.len() as u32, stored.courses.len() as u32);
			Results::<T>::insert(&learner, stored);
			Dirty::<T>::remove(&learner);
			WorkerSubmissions::<T>::insert(
				&worker,
				(frame_system::Pallet::<T>::block_number(), count.saturating_add(1)),
			);

			Self::deposit_event(Event::RecommendationsStored {
				learner,
				worker,
				inputs_hash,
				jobs: job_count,
				courses: course_count,
			});
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Authorizes a `submit_result` transaction: verifies the worker's signature, then the
		/// checks of [`Self::ensure_submission_valid`].
		pub fn authorize_result(
			_source: TransactionSource,
			submission: &ResultSubmissionOf<T>,
			signature: &WorkerSignature,
		) -> TransactionValidityWithRefund {
			if !submission.worker.verify(&submission.encode(), signature) {
				return Err(InvalidTransaction::BadProof.into());
			}
			Self::ensure_submission_valid(submission).map_err(|error| match error {
				Error::<T>::StaleInputs => InvalidTransaction::Stale,
				Error::<T>::DuplicateResult => InvalidTransaction::Stale,
				Error::<T>::TooManySubmissions => InvalidTransaction::ExhaustsResources,
				Error::<T>::UnknownWorker | Error::<T>::WrongWorker => {
					InvalidTransaction::BadSigner
				}
				_ => InvalidTransaction::Call,
			})?;

			let validity = ValidTransaction::with_tag_prefix("Recommendations")
				.priority(T::SubmissionPriority::get())
				.and_provides((submission.learner.clone(), submission.inputs_hash))
				.longevity(offchain::SUBMISSION_LONGEVITY)
				.propagate(true)
				.build()?;
			Ok((validity, Weight::zero()))
		}

		/// Checks a submission against current state and returns how many results its worker
		/// stored in this block so far.
		pub(crate) fn ensure_submission_valid(
			submission: &ResultSubmissionOf<T>,
		) -> Result<u32, Error<T>> {
			ensure!(
				submission.algorithm_version == ALGORITHM_VERSION,
				Error::<T>::AlgorithmVersionMismatch
			);
			let keys = WorkerKeys::<T>::get();
			ensure!(keys.binary_search(&submission.worker).is_ok(), Error::<T>::UnknownWorker);
			ensure!(
				Self::assigned_worker(&keys, &submission.learner) == Some(&submission.worker),
				Error::<T>::WrongWorker
			);
			let preferences =
				Learners::<T>::get(&submission.learner).ok_or(Error::<T>::NotOptedIn)?;
			ensure!(
				submission.listing_version == ListingSetVersion::<T>::get(),
				Error::<T>::StaleInputs
			);
			let profile = T::Profiles::skill_profile(&submission.learner);
			let current = Self::inputs_hash(&profile, &preferences, submission.listing_version);
			ensure!(current == submission.inputs_hash, Error::<T>::StaleInputs);
			if let Some(stored) = Results::<T>::get(&submission.learner) {
				ensure!(stored.inputs_hash != submission.inputs_hash, Error::<T>::DuplicateResult);
			}
			let now = frame_system::Pallet::<T>::block_number();
			let count = match WorkerSubmissions::<T>::get(&submission.worker) {
				Some((block, count)) if block == now => count,
				_ => 0,
			};
			ensure!(count < T::MaxResultsPerBlock::get(), Error::<T>::TooManySubmissions);
			for matched in &submission.jobs {
				ensure!(Jobs::<T>::contains_key(matched.job), Error::<T>::UnknownListing);
			}
			for matched in &submission.courses {
				ensure!(Courses::<T>::contains_key(matched.course), Error::<T>::UnknownListing);
			}
			Ok(count)
		}

		/// Returns the hash of a learner's matching inputs.
		pub fn inputs_hash(
			profile: &[(SkillId, lifelong_primitives::SkillHolding<MomentOf<T>>)],
			preferences: &PreferencesOf<T>,
			listing_version: u64,
		) -> H256 {
			MatchingInputs { profile, preferences, listing_version }.hash()
		}

		/// Returns the worker key assigned to `learner`: the key at index
		/// `u32::from_le_bytes(blake2_256(learner)[0..4]) mod n` of the sorted registered keys.
		pub fn assigned_worker<'a>(
			keys: &'a [WorkerId],
			learner: &T::AccountId,
		) -> Option<&'a WorkerId> {
			let count = u32::try_from(keys.len()).ok().filter(|count| *count > 0)?;
			let [a, b, c, d, ..] = sp_io::hashing::blake2_256(&learner.encode());
			let index = u32::from_le_bytes([a, b, c, d]).checked_rem(count)?;
			keys.get(index as usize)
		}

		/// Returns a learner's stored recommendations, leaving out listings that expired since.
		pub fn recommendations(learner: &T::AccountId) -> Option<Recommendations> {
			let stored = Results::<T>::get(learner)?;
			let now = T::Time::now();
			let jobs = stored
				.jobs
				.into_iter()
				.filter(|matched| {
					Jobs::<T>::get(matched.job).is_some_and(|job| job.details.expires_at > now)
				})
				.map(Self::job_view)
				.collect();
			let courses = stored
				.courses
				.into_iter()
				.filter(|matched| {
					Courses::<T>::get(matched.course)
						.is_some_and(|course| course.details.expires_at > now)
				})
				.map(Self::course_view)
				.collect();
			Some(Recommendations {
				algorithm_version: stored.algorithm_version,
				inputs_hash: stored.inputs_hash,
				listing_version: stored.listing_version,
				jobs,
				courses,
			})
		}

		/// Computes a learner's recommendations from current state with the workers' code.
		/// Returns `None` when the learner has not opted in.
		pub fn compute_recommendations(learner: &T::AccountId) -> Option<Recommendations> {
			let preferences = Learners::<T>::get(learner)?;
			let profile = T::Profiles::skill_profile(learner);
			let listing_version = ListingSetVersion::<T>::get();
			let (jobs, courses) = matching::compute::<T>(&profile, &preferences, T::Time::now());
			Some(Recommendations {
				algorithm_version: ALGORITHM_VERSION,
				inputs_hash: Self::inputs_hash(&profile, &preferences, listing_version),
				listing_version,
				jobs: jobs.into_iter().map(Self::job_view).collect(),
				courses: courses.into_iter().map(Self::course_view).collect(),
			})
		}

		fn job_view(matched: JobMatchOf<T>) -> JobRecommendation {
			JobRecommendation {
				job: matched.job,
				score: matched.score,
				kind: matched.kind,
				missing: matched.missing.into_inner(),
			}
		}

		fn course_view(matched: CourseMatchOf<T>) -> CourseRecommendation {
			CourseRecommendation {
				course: matched.course,
				score: matched.score,
				teaches: matched.teaches.into_inner(),
			}
		}

		fn ensure_job_details_valid(details: &JobDetailsOf<T>) -> DispatchResult {
			Self::ensure_skills_valid(details.skills.iter().map(|required| required.skill))?;
			if let Some(occupation) = details.occupation {
				ensure!(T::Skills::occupation_is_active(occupation), Error::<T>::UnknownOccupation);
			}
			Self::ensure_expiry_valid(details.expires_at)
		}

		fn ensure_course_details_valid(details: &CourseDetailsOf<T>) -> DispatchResult {
			Self::ensure_skills_valid(details.skills.iter().map(|taught| taught.skill))?;
			Self::ensure_expiry_valid(details.expires_at)
		}

		fn ensure_skills_valid(skills: impl Iterator<Item = SkillId>) -> DispatchResult {
			let mut seen = alloc::collections::BTreeSet::new();
			for skill in skills {
				ensure!(seen.insert(skill), Error::<T>::DuplicateSkill);
				match T::Skills::skill_status(skill) {
					Some(SkillStatus::Active) => {}
					Some(SkillStatus::Deprecated) => return Err(Error::<T>::DeprecatedSkill.into()),
					None => return Err(Error::<T>::UnknownSkill.into()),
				}
			}
			ensure!(!seen.is_empty(), Error::<T>::NoSkills);
			Ok(())
		}

		fn ensure_expiry_valid(expires_at: MomentOf<T>) -> DispatchResult {
			let now = T::Time::now();
			ensure!(expires_at > now, Error::<T>::ExpiryInPast);
			ensure!(
				expires_at.saturating_sub(now) <= T::MaxListingDuration::get(),
				Error::<T>::ExpiryTooFar
			);
			Ok(())
		}

		fn deposit_for(base: BalanceOf<T>, skills: usize) -> BalanceOf<T> {
			let skills = BalanceOf::<T>::from(u32::try_from(skills).unwrap_or(u32::MAX));
			base.saturating_add(T::DepositPerSkill::get().saturating_mul(skills))
		}

		/// Holds or releases the difference between the old and the new deposit.
		fn adjust_deposit(
			who: &T::AccountId,
			old: BalanceOf<T>,
			new: BalanceOf<T>,
		) -> DispatchResult {
			let reason = HoldReason::ListingDeposit.into();
			if new > old {
				T::Currency::hold(&reason, who, new.saturating_sub(old))?;
			} else if old > new {
				T::Currency::release(&reason, who, old.saturating_sub(new), Precision::BestEffort)?;
			}
			Ok(())
		}

		fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) {
			if amount.is_zero() {
				return;
			}
			let reason = HoldReason::ListingDeposit.into();
			if let Err(error) = T::Currency::release(&reason, who, amount, Precision::BestEffort) {
				log::error!(
					target: LOG_TARGET,
					"failed to release listing deposit of {:?}: {:?}",
					who,
					error
				);
			}
		}

		fn remove_job(job: JobId, offer: JobOfferOf<T>) {
			for required in &offer.details.skills {
				JobsBySkill::<T>::remove(required.skill, job);
			}
			Jobs::<T>::remove(job);
			Self::release_deposit(&offer.poster, offer.deposit);
			PruneQueue::<T>::insert(ListingRef::Job(job), ());
			Self::bump_listing_version();
		}

		fn remove_course(course: CourseId, listing: CourseOf<T>) {
			for taught in &listing.details.skills {
				CoursesBySkill::<T>::remove(taught.skill, course);
			}
			Courses::<T>::remove(course);
			Self::release_deposit(&listing.poster, listing.deposit);
			PruneQueue::<T>::insert(ListingRef::Course(course), ());
			Self::bump_listing_version();
		}

		fn bump_listing_version() {
			ListingSetVersion::<T>::mutate(|version| *version = version.saturating_add(1));
		}

		fn index_result(learner: &T::AccountId, result: &StoredRecommendationsOf<T>) {
			for matched in &result.jobs {
				ResultsByListing::<T>::insert(ListingRef::Job(matched.job), learner, ());
			}
			for matched in &result.courses {
				ResultsByListing::<T>::insert(ListingRef::Course(matched.course), learner, ());
			}
		}

		fn unindex_result(learner: &T::AccountId, result: &StoredRecommendationsOf<T>) {
			for matched in &result.jobs {
				ResultsByListing::<T>::remove(ListingRef::Job(matched.job), learner);
			}
			for matched in &result.courses {
				ResultsByListing::<T>::remove(ListingRef::Course(matched.course), learner);
			}
		}

		/// Removes references to withdrawn or removed listings from stored results, one
		/// (listing, learner) pair at a time, while `remaining` weight lasts. Returns the weight
		/// used.
		pub(crate) fn prune_results(remaining: Weight) -> Weight {
			let per_entry = T::WeightInfo::prune_result_entry();
			let per_check = T::DbWeight::get().reads_writes(2, 1);
			let mut used = Weight::zero();
			loop {
				let needed = used.saturating_add(per_entry).saturating_add(per_check);
				if remaining.any_lt(needed) {
					return used;
				}
				used.saturating_accrue(per_check);
				let Some(listing) = PruneQueue::<T>::iter_keys().next() else {
					return used;
				};
				let Some(learner) = ResultsByListing::<T>::iter_key_prefix(listing).next() else {
					PruneQueue::<T>::remove(listing);
					continue;
				};
				used.saturating_accrue(per_entry);
				ResultsByListing::<T>::remove(listing, &learner);
				Results::<T>::mutate_extant(&learner, |result| match listing {
					ListingRef::Job(job) => result.jobs.retain(|matched| matched.job != job),
					ListingRef::Course(course) => {
						result.courses.retain(|matched| matched.course != course)
					}
				});
			}
		}
	}

	impl<T: Config> OnSkillProfileChanged<T::AccountId> for Pallet<T> {
		fn on_skill_profile_changed(learner: &T::AccountId) {
			if Learners::<T>::contains_key(learner) {
				Dirty::<T>::insert(learner, ());
			}
		}

		/// Returns the weight of one read of `Learners` and, for a learner who opted in, one
		/// write of `Dirty`.
		fn on_skill_profile_changed_weight() -> Weight {
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Returns job offer `job` for the runtime API.
	pub fn job_listing(job: JobId) -> Option<JobView<T::AccountId>> {
		use sp_runtime::SaturatedConversion;

		let offer = Jobs::<T>::get(job)?;
		Some(JobView {
			poster: offer.poster,
			title: offer.details.title.into_inner(),
			employer_name: offer.details.employer_name.into_inner(),
			location: offer.details.location.into_inner(),
			url: offer.details.url.into_inner(),
			occupation: offer.details.occupation,
			skills: offer.details.skills.into_inner(),
			expires_at: offer.details.expires_at.saturated_into::<u64>(),
		})
	}

	/// Returns course `course` for the runtime API.
	pub fn course_listing(course: CourseId) -> Option<CourseView<T::AccountId>> {
		use sp_runtime::SaturatedConversion;

		let listing = Courses::<T>::get(course)?;
		Some(CourseView {
			provider: listing.poster,
			title: listing.details.title.into_inner(),
			url: listing.details.url.into_inner(),
			skills: listing.details.skills.into_inner(),
			ects_tenths: listing.details.ects_tenths,
			duration_hours: listing.details.duration_hours,
			language: listing.details.language,
			badge_class: listing.details.badge_class,
			expires_at: listing.details.expires_at.saturated_into::<u64>(),
		})
	}
}
