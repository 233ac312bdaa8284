//! # Badges pallet
//!
//! Accredited institutions award learners skill-tagged Smart Badges, and the pallet computes
//! each learner's skill profile from them.
//!
//! ## Overview
//!
//! Governance ([`Config::GovernanceOrigin`]) accredits institutions as issuers and may suspend
//! or withdraw an accreditation. An issuer names delegate accounts that act on its behalf. An
//! issuer or delegate defines badge classes (what a badge certifies: criteria, skills with a
//! level each, validity, EQF level, ECTS credits) and awards badges of a class to learners, one
//! at a time or a whole cohort per call. Each badge references its class and stores the hash of
//! the off-chain credential document, so anyone holding the document can find and verify the
//! badge. The issuer pays a deposit per badge, held until the badge is removed.
//!
//! A badge is active, suspended (reversible), revoked (final, with a public reason code) or
//! expired (read from the timestamp; nothing sweeps expired badges). The learner may decline a
//! badge, which removes it. Revoked badges keep their record so that verification still
//! reports the revocation.
//!
//! Each learner's skill profile (for each skill: the highest level held through valid badges,
//! how many valid badges show it, and when it was last awarded) is read through
//! [`lifelong_primitives::SkillProfileProvider`] and the runtime API. After every change to a
//! learner's profile by a call the pallet calls [`Config::OnProfileChanged`].
//!
//! ## Terminology
//!
//! - **Issuer**: an account accredited by governance to award badges, usually an institution.
//! - **Delegate**: an account that an issuer named to define classes and award, suspend,
//!   reinstate and revoke badges on its behalf. Deposits are always held from the issuer.
//! - **Badge class**: what a badge certifies, defined once by an issuer and shared by all its
//!   badges.
//! - **Badge**: one award of a class to one learner, identified by a [`BadgeId`].
//! - **Learner**: the account that holds a badge.
//! - **Evidence hash**: SHA-256 or BLAKE2-256 hash of the credential document behind a badge;
//!   unique across all badges.
//! - **Skill profile**: what a learner's valid badges imply about each skill.
//! - **Valid badge**: an active badge whose expiry, if any, has not passed.
//!
//! ## Design
//!
//! Awards are the hot path, so an award writes only what every later read needs: the badge
//! record ([`Badges`]), the evidence index ([`BadgeByEvidence`]) and the learner's badge list
//! ([`BadgesOf`], whose length is the learner's badge count). A cohort award reads the issuer,
//! the class and the skills' status once, holds all deposits at once, writes [`NextBadgeId`]
//! once, and reads and writes each distinct learner's list once. Per learner it costs two reads
//! (evidence index, badge list) and three writes.
//!
//! The skill profile is not stored. [`Pallet::skill_profile_at`] computes it from the learner's
//! badge list, each listed badge and each distinct class of the valid ones, skipping suspended,
//! revoked and expired badges at the given time. It is therefore exact after every award,
//! suspension, reinstatement, revocation and decline, and at expiry without any transaction.
//! One profile read costs `1 + b + c` storage reads for a learner with `b` badges of `c`
//! distinct classes, at most `1 + 2 × MaxBadgesPerLearner`.
//!
//! Expiry changes no storage, so [`Config::OnProfileChanged`] is not called when a badge
//! expires; consumers that cache profiles should also respect the expiries returned by the
//! runtime API.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::traits::{fungible, Time};
use lifelong_primitives::{ProficiencyLevel, SkillHolding, SkillId};

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::badges";

/// Highest EQF level.
pub const MAX_EQF_LEVEL: u8 = 8;

/// Largest ECTS value a class may state, in tenths of a credit: 360 credits, a six-year
/// programme at 60 credits a year.
pub const MAX_ECTS_TENTHS: u16 = 3_600;

/// Balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Timestamp type of [`Config::Time`], in milliseconds since the Unix epoch.
pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

/// Issuer record of this runtime.
pub type IssuerInfoOf<T> =
	IssuerInfo<MomentOf<T>, <T as Config>::MaxNameLength, <T as Config>::MaxUrlLength>;

/// Badge class record of this runtime.
pub type BadgeClassOf<T> = BadgeClass<
	<T as frame_system::Config>::AccountId,
	MomentOf<T>,
	<T as Config>::MaxNameLength,
	<T as Config>::MaxDescriptionLength,
	<T as Config>::MaxUrlLength,
	<T as Config>::MaxSkillsPerClass,
>;

/// Badge record of this runtime.
pub type BadgeOf<T> = Badge<
	<T as frame_system::Config>::AccountId,
	MomentOf<T>,
	BalanceOf<T>,
	<T as Config>::MaxReasonLength,
>;

/// Badge status of this runtime.
pub type BadgeStatusOf<T> = BadgeStatus<MomentOf<T>, <T as Config>::MaxReasonLength>;

/// Short UTF-8 text (suspension reason, revocation note) of this runtime.
pub type ReasonOf<T> = frame_support::BoundedVec<u8, <T as Config>::MaxReasonLength>;

/// Skills of a badge class in this runtime, with the level of each, sorted by skill id.
pub type SkillsOf<T> =
	frame_support::BoundedVec<(SkillId, ProficiencyLevel), <T as Config>::MaxSkillsPerClass>;

/// One learner of a cohort award in this runtime.
pub type CohortAwardOf<T> = CohortAward<<T as frame_system::Config>::AccountId, MomentOf<T>>;

/// Sets up what the pallet's benchmarks need from the rest of the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Returns `count` distinct skill ids that [`Config::Skills`] reports as active, creating
	/// them in the taxonomy if needed.
	fn active_skills(count: u32) -> Vec<SkillId>;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{InspectHold, MutateHold},
			tokens::Precision,
		},
	};
	use frame_system::pallet_prelude::*;
	use lifelong_primitives::{OnSkillProfileChanged, SkillRegistry, SkillStatus};
	use sp_core::H256;
	use sp_runtime::traits::{CheckedMul, Saturating, Zero};

	/// Storage layout version. Version 1 keeps one badge list per learner and computes skill
	/// profiles on read; version 0 stored a badge counter and per-skill profile entries.
	// NOTE: no migration from version 0 is shipped; a chain holding version 0 state must start
	// from a new genesis.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons for which the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Storage deposit of an awarded badge, held from its issuer.
		BadgeDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Currency in which badge deposits are held.
		type Currency: fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Overarching hold reason of the runtime.
		type RuntimeHoldReason: From<HoldReason>;

		/// Deposit held from the issuer for each awarded badge, returned when the badge is
		/// removed. May be zero.
		#[pallet::constant]
		type BadgeDeposit: Get<BalanceOf<Self>>;

		/// Source of the current time, in milliseconds since the Unix epoch; decides award
		/// times and expiry.
		type Time: Time;

		/// Skills taxonomy: badge classes may only name skills that it reports as active.
		type Skills: SkillRegistry;

		/// Called after every change to a learner's skill profile.
		type OnProfileChanged: OnSkillProfileChanged<Self::AccountId>;

		/// Origin that accredits, suspends and withdraws issuers and may revoke any badge.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Maximum length in bytes of an issuer's or class's name.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Maximum length in bytes of a web address (issuer site, criteria document).
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// Maximum length in bytes of a class description.
		#[pallet::constant]
		type MaxDescriptionLength: Get<u32>;

		/// Maximum length in bytes of a suspension reason or revocation note.
		#[pallet::constant]
		type MaxReasonLength: Get<u32>;

		/// Maximum number of skills one badge class certifies.
		#[pallet::constant]
		type MaxSkillsPerClass: Get<u32>;

		/// Maximum number of delegates of one issuer.
		#[pallet::constant]
		type MaxDelegates: Get<u32>;

		/// Maximum number of learners in one cohort award.
		#[pallet::constant]
		type MaxCohortSize: Get<u32>;

		/// Maximum number of badges one learner holds, in any status. It bounds the cost of
		/// reading a skill profile.
		#[pallet::constant]
		type MaxBadgesPerLearner: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up skills for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Accredited institutions, in any standing, by account.
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, IssuerInfoOf<T>>;

	/// Issuer on whose behalf each delegate account acts.
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type DelegateOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

	/// Badge classes by id.
	// Twox64Concat: ids are assigned by the pallet in sequence, so callers cannot choose them.
	#[pallet::storage]
	pub type Classes<T: Config> = StorageMap<_, Twox64Concat, ClassId, BadgeClassOf<T>>;

	/// Id that the next badge class receives.
	#[pallet::storage]
	pub type NextClassId<T: Config> = StorageValue<_, ClassId, ValueQuery>;

	/// Badges by id, in any status. Declined badges are removed.
	// Twox64Concat: ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Badges<T: Config> = StorageMap<_, Twox64Concat, BadgeId, BadgeOf<T>>;

	/// Id that the next badge receives.
	#[pallet::storage]
	pub type NextBadgeId<T: Config> = StorageValue<_, BadgeId, ValueQuery>;

	/// Badge that each evidence hash belongs to.
	// Blake2_128Concat: issuers choose the hashes, so they must not shape the trie.
	#[pallet::storage]
	pub type BadgeByEvidence<T: Config> = StorageMap<_, Blake2_128Concat, H256, BadgeId>;

	/// Badges of each learner, in any status, in ascending id order. The list's length is the
	/// learner's badge count, at most [`Config::MaxBadgesPerLearner`]; learners without badges
	/// have no entry.
	// Blake2_128Concat: accounts are chosen by users. One list per learner, rather than a
	// double map and a counter, keeps an award to one read and one write of this item.
	#[pallet::storage]
	pub type BadgesOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<BadgeId, T::MaxBadgesPerLearner>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Issuers accredited at genesis: account, name and web address (UTF-8).
		pub issuers: Vec<(T::AccountId, Vec<u8>, Vec<u8>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (issuer, name, url) in &self.issuers {
				let name: BoundedVec<u8, T::MaxNameLength> =
					name.clone().try_into().expect("genesis issuer name exceeds MaxNameLength");
				let url: BoundedVec<u8, T::MaxUrlLength> =
					url.clone().try_into().expect("genesis issuer url exceeds MaxUrlLength");
				assert!(!Issuers::<T>::contains_key(issuer), "genesis issuer listed twice");
				Issuers::<T>::insert(
					issuer,
					IssuerInfo {
						name,
						url,
						standing: IssuerStanding::Accredited,
						standing_since: Default::default(),
						delegate_count: 0,
					},
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance accredited an issuer, or accredited it again after a suspension or
		/// withdrawal.
		IssuerAccredited {
			/// Account of the issuer.
			issuer: T::AccountId,
		},
		/// Governance suspended an issuer's accreditation.
		IssuerSuspended {
			/// Account of the issuer.
			issuer: T::AccountId,
		},
		/// Governance withdrew an issuer's accreditation.
		IssuerWithdrawn {
			/// Account of the issuer.
			issuer: T::AccountId,
		},
		/// An issuer named a delegate.
		DelegateAdded {
			/// Account of the issuer.
			issuer: T::AccountId,
			/// Account of the delegate.
			delegate: T::AccountId,
		},
		/// An issuer removed a delegate.
		DelegateRemoved {
			/// Account of the issuer.
			issuer: T::AccountId,
			/// Account of the former delegate.
			delegate: T::AccountId,
		},
		/// A badge class was created.
		ClassCreated {
			/// Id of the new class.
			class: ClassId,
			/// Issuer that owns the class.
			issuer: T::AccountId,
		},
		/// A badge class was retired; it takes no new awards.
		ClassRetired {
			/// Id of the class.
			class: ClassId,
			/// Issuer that owns the class.
			issuer: T::AccountId,
		},
		/// A badge was awarded.
		BadgeAwarded {
			/// Id of the new badge.
			badge: BadgeId,
			/// Class of the badge.
			class: ClassId,
			/// Issuer of the badge.
			issuer: T::AccountId,
			/// Learner who received the badge.
			learner: T::AccountId,
			/// Hash of the credential document.
			evidence: H256,
			/// Time from which the badge is expired, if it expires.
			expires_at: Option<MomentOf<T>>,
		},
		/// A badge was suspended.
		BadgeSuspended {
			/// Id of the badge.
			badge: BadgeId,
			/// Learner who holds the badge.
			learner: T::AccountId,
			/// Reason that the issuer gave, UTF-8.
			reason: ReasonOf<T>,
		},
		/// A suspended badge was reinstated.
		BadgeReinstated {
			/// Id of the badge.
			badge: BadgeId,
			/// Learner who holds the badge.
			learner: T::AccountId,
		},
		/// A badge was revoked for good.
		BadgeRevoked {
			/// Id of the badge.
			badge: BadgeId,
			/// Learner who holds the badge.
			learner: T::AccountId,
			/// Public reason code.
			reason: RevocationReason,
			/// Short note, UTF-8; empty when none was given.
			note: ReasonOf<T>,
			/// Whether governance revoked it rather than the issuer.
			by_governance: bool,
		},
		/// A learner declined a badge, which removed it.
		BadgeDeclined {
			/// Id of the removed badge.
			badge: BadgeId,
			/// Learner who declined it.
			learner: T::AccountId,
			/// Deposit released to the issuer.
			deposit_released: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account has no issuer record. Ask governance to accredit it first.
		IssuerNotFound,
		/// The issuer is suspended or withdrawn, so it may not define classes, award or
		/// reinstate badges, or add delegates. Governance must accredit it again.
		IssuerNotAccredited,
		/// The issuer is already accredited. Suspend or withdraw it before accrediting again.
		AlreadyAccredited,
		/// The issuer's accreditation is already withdrawn.
		IssuerAlreadyWithdrawn,
		/// The signer is neither an issuer nor a current delegate of one. Sign with the
		/// issuer's account, or ask the issuer to add this account as a delegate.
		NotIssuerOrDelegate,
		/// Only the issuer's own account may manage its delegates.
		NotIssuer,
		/// The account is a delegate of an issuer and cannot also be an issuer or another
		/// issuer's delegate. Remove it as a delegate first.
		AccountIsDelegate,
		/// The account is an issuer and cannot be a delegate.
		AccountIsIssuer,
		/// The account is not a delegate of the signing issuer.
		NotDelegate,
		/// The issuer already has `MaxDelegates` delegates. Remove one first.
		TooManyDelegates,
		/// The name is empty or longer than `MaxNameLength` bytes.
		InvalidName,
		/// The web address is empty or longer than `MaxUrlLength` bytes.
		InvalidUrl,
		/// The description is longer than `MaxDescriptionLength` bytes.
		DescriptionTooLong,
		/// The class gives neither a criteria URI nor a criteria hash. Give at least one.
		CriteriaMissing,
		/// The class names no skills. Name at least one.
		NoSkills,
		/// The class names more than `MaxSkillsPerClass` skills.
		TooManySkills,
		/// The class names the same skill twice.
		DuplicateSkill,
		/// The class names a skill id that the taxonomy does not know (or no longer knows).
		UnknownSkill,
		/// The class names a skill that the taxonomy has deprecated. Create classes with its
		/// replacement; a class whose skill was deprecated after its creation takes no new
		/// awards, so retire it and create a new one.
		DeprecatedSkill,
		/// The EQF level is outside 1 to 8.
		InvalidEqfLevel,
		/// The ECTS credits are zero or above 360.
		InvalidEcts,
		/// The validity period is zero. Give a positive duration or none.
		InvalidValidity,
		/// No badge class has this id.
		ClassNotFound,
		/// The class is retired and takes no new awards.
		ClassRetired,
		/// The class belongs to another issuer.
		NotClassIssuer,
		/// The evidence hash already belongs to a badge. Each credential document backs one
		/// badge.
		EvidenceAlreadyUsed,
		/// Two learners of the cohort have the same evidence hash.
		DuplicateEvidence,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// The learner already holds `MaxBadgesPerLearner` badges. The learner may decline
		/// badges to make room.
		TooManyBadges,
		/// The cohort is empty.
		EmptyCohort,
		/// The cohort has more than `MaxCohortSize` learners. Split it into several calls.
		CohortTooLarge,
		/// The issuer cannot pay the badge deposits. Fund the issuer's account.
		CannotPayDeposit,
		/// All badge ids are used up.
		BadgeIdOverflow,
		/// All class ids are used up.
		ClassIdOverflow,
		/// No badge has this id (it may have been declined).
		BadgeNotFound,
		/// The badge is already suspended.
		BadgeAlreadySuspended,
		/// The badge is not suspended, so there is nothing to reinstate.
		BadgeNotSuspended,
		/// The badge is revoked; revocation is final.
		BadgeRevoked,
		/// Only the learner who holds the badge may decline it.
		NotLearner,
		/// The suspension reason or revocation note is longer than `MaxReasonLength` bytes.
		ReasonTooLong,
		/// The suspension reason is empty. Say why the badge is suspended.
		ReasonMissing,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Accredits an institution's account as an issuer, or accredits a suspended or
		/// withdrawn issuer again with new details.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`]. The issuer keeps its
		/// delegates and classes across a suspension or withdrawal.
		///
		/// Emits [`Event::IssuerAccredited`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::accredit_issuer())]
		pub fn accredit_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			name: Vec<u8>,
			url: Vec<u8>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let name = Self::bounded_text::<T::MaxNameLength>(name, Error::<T>::InvalidName)?;
			let url = Self::bounded_text::<T::MaxUrlLength>(url, Error::<T>::InvalidUrl)?;
			ensure!(!DelegateOf::<T>::contains_key(&issuer), Error::<T>::AccountIsDelegate);
			let existing = Issuers::<T>::get(&issuer);
			if let Some(info) = &existing {
				ensure!(info.standing != IssuerStanding::Accredited, Error::<T>::AlreadyAccredited);
			}

			let info = IssuerInfo {
				name,
				url,
				standing: IssuerStanding::Accredited,
				standing_since: T::Time::now(),
				delegate_count: existing.map_or(0, |info| info.delegate_count),
			};
			Issuers::<T>::insert(&issuer, info);

			Self::deposit_event(Event::IssuerAccredited { issuer });
			Ok(())
		}

		/// Suspends an issuer's accreditation: until governance accredits it again, the issuer
		/// and its delegates may not define classes, award badges or reinstate badges. Badges
		/// already awarded stay valid.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::IssuerSuspended`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_issuer())]
		pub fn suspend_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let mut info = Issuers::<T>::get(&issuer).ok_or(Error::<T>::IssuerNotFound)?;
			ensure!(info.standing == IssuerStanding::Accredited, Error::<T>::IssuerNotAccredited);

			info.standing = IssuerStanding::Suspended;
			info.standing_since = T::Time::now();
			Issuers::<T>::insert(&issuer, info);

			Self::deposit_event(Event::IssuerSuspended { issuer });
			Ok(())
		}

		/// Withdraws an issuer's accreditation. Badges that it awarded stay valid unless they
		/// are revoked; verification reports the issuer as withdrawn.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::IssuerWithdrawn`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_issuer())]
		pub fn withdraw_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let mut info = Issuers::<T>::get(&issuer).ok_or(Error::<T>::IssuerNotFound)?;
			ensure!(info.standing != IssuerStanding::Withdrawn, Error::<T>::IssuerAlreadyWithdrawn);

			info.standing = IssuerStanding::Withdrawn;
			info.standing_since = T::Time::now();
			Issuers::<T>::insert(&issuer, info);

			Self::deposit_event(Event::IssuerWithdrawn { issuer });
			Ok(())
		}

		/// Names a delegate that defines classes and awards, suspends, reinstates and revokes
		/// badges on the signing issuer's behalf. An account is a delegate of at most one
		/// issuer.
		///
		/// The dispatch origin must be signed by an accredited issuer.
		///
		/// Emits [`Event::DelegateAdded`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_delegate())]
		pub fn add_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let issuer = ensure_signed(origin)?;

			let mut info = Issuers::<T>::get(&issuer).ok_or(Error::<T>::NotIssuer)?;
			ensure!(info.standing == IssuerStanding::Accredited, Error::<T>::IssuerNotAccredited);
			ensure!(!Issuers::<T>::contains_key(&delegate), Error::<T>::AccountIsIssuer);
			ensure!(!DelegateOf::<T>::contains_key(&delegate), Error::<T>::AccountIsDelegate);
			ensure!(info.delegate_count < T::MaxDelegates::get(), Error::<T>::TooManyDelegates);

			info.delegate_count = info.delegate_count.saturating_add(1);
			Issuers::<T>::insert(&issuer, info);
			DelegateOf::<T>::insert(&delegate, &issuer);

			Self::deposit_event(Event::DelegateAdded { issuer, delegate });
			Ok(())
		}

		/// Removes one of the signing issuer's delegates. Badges that the delegate awarded
		/// stay.
		///
		/// The dispatch origin must be signed by the issuer, in any standing.
		///
		/// Emits [`Event::DelegateRemoved`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		pub fn remove_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let issuer = ensure_signed(origin)?;

			let mut info = Issuers::<T>::get(&issuer).ok_or(Error::<T>::NotIssuer)?;
			ensure!(
				DelegateOf::<T>::get(&delegate).as_ref() == Some(&issuer),
				Error::<T>::NotDelegate
			);

			info.delegate_count = info.delegate_count.saturating_sub(1);
			Issuers::<T>::insert(&issuer, info);
			DelegateOf::<T>::remove(&delegate);

			Self::deposit_event(Event::DelegateRemoved { issuer, delegate });
			Ok(())
		}

		/// Defines a badge class: what its badges certify and on which terms.
		///
		/// The dispatch origin must be signed by an accredited issuer or one of its delegates;
		/// the class belongs to the issuer. `skills` lists each certified skill once with its
		/// level; every skill must be active in the taxonomy. At least one of `criteria_uri`
		/// and `criteria_hash` is required. `validity` is in milliseconds; `ects_tenths` is in
		/// tenths of a credit.
		///
		/// Emits [`Event::ClassCreated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_class(skills.len() as u32))]
		pub fn create_class(
			origin: OriginFor<T>,
			name: Vec<u8>,
			description: Vec<u8>,
			criteria_uri: Option<Vec<u8>>,
			criteria_hash: Option<H256>,
			skills: Vec<(SkillId, ProficiencyLevel)>,
			validity: Option<MomentOf<T>>,
			eqf_level: Option<u8>,
			ects_tenths: Option<u16>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;

			let (issuer, info) = Self::issuer_of_signer(&who)?;
			ensure!(info.standing == IssuerStanding::Accredited, Error::<T>::IssuerNotAccredited);
			let name = Self::bounded_text::<T::MaxNameLength>(name, Error::<T>::InvalidName)?;
			let description: BoundedVec<u8, T::MaxDescriptionLength> =
				description.try_into().map_err(|_| Error::<T>::DescriptionTooLong)?;
			let criteria_uri = criteria_uri
				.map(|uri| Self::bounded_text::<T::MaxUrlLength>(uri, Error::<T>::InvalidUrl))
				.transpose()?;
			ensure!(criteria_uri.is_some() || criteria_hash.is_some(), Error::<T>::CriteriaMissing);
			let skills = Self::validated_skills(skills)?;
			ensure!(validity.map_or(true, |period| !period.is_zero()), Error::<T>::InvalidValidity);
			ensure!(
				eqf_level.map_or(true, |level| (1..=MAX_EQF_LEVEL).contains(&level)),
				Error::<T>::InvalidEqfLevel
			);
			ensure!(
				ects_tenths.map_or(true, |ects| (1..=MAX_ECTS_TENTHS).contains(&ects)),
				Error::<T>::InvalidEcts
			);
			let class = NextClassId::<T>::get();
			let next_class = class.checked_add(1).ok_or(Error::<T>::ClassIdOverflow)?;

			let record = BadgeClass {
				issuer: issuer.clone(),
				name,
				description,
				criteria_uri,
				criteria_hash,
				skills,
				validity,
				eqf_level,
				ects_tenths,
				retired: false,
				created_at: T::Time::now(),
			};
			Classes::<T>::insert(class, record);
			NextClassId::<T>::put(next_class);

			Self::deposit_event(Event::ClassCreated { class, issuer });
			Ok(())
		}

		/// Retires a badge class: it takes no new awards, and badges already awarded stay.
		/// Retiring is final.
		///
		/// The dispatch origin must be signed by the class's issuer or one of its delegates,
		/// in any standing.
		///
		/// Emits [`Event::ClassRetired`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::retire_class())]
		pub fn retire_class(origin: OriginFor<T>, class: ClassId) -> DispatchResult {
			let who = ensure_signed(origin)?;

			let (issuer, _) = Self::issuer_of_signer(&who)?;
			let mut record = Classes::<T>::get(class).ok_or(Error::<T>::ClassNotFound)?;
			ensure!(record.issuer == issuer, Error::<T>::NotClassIssuer);
			ensure!(!record.retired, Error::<T>::ClassRetired);

			record.retired = true;
			Classes::<T>::insert(class, record);

			Self::deposit_event(Event::ClassRetired { class, issuer });
			Ok(())
		}

		/// Awards a badge of a class to a learner.
		///
		/// The dispatch origin must be signed by the class's accredited issuer or one of its
		/// delegates, and every skill of the class must still be active in the taxonomy.
		/// `evidence` is the SHA-256 or BLAKE2-256 hash of the credential document
		/// and must not back another badge. `expires_at` (milliseconds since the Unix epoch)
		/// must be in the future; the badge expires at the earlier of it and the end of the
		/// class's validity period. [`Config::BadgeDeposit`] is held from the issuer, unless it
		/// is zero.
		///
		/// Emits [`Event::BadgeAwarded`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::award(T::MaxSkillsPerClass::get())
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn award(
			origin: OriginFor<T>,
			class: ClassId,
			learner: T::AccountId,
			evidence: H256,
			expires_at: Option<MomentOf<T>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cohort = alloc::vec![CohortAward { learner, evidence, expires_at }];
			let skill_count = Self::do_award(&who, class, cohort)?;
			Ok(Some(
				T::WeightInfo::award(skill_count)
					.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()),
			)
			.into())
		}

		/// Awards a badge of a class to each learner of a cohort in one call, with ids in the
		/// order given. The same learner may appear more than once with different evidence.
		///
		/// The dispatch origin and each entry follow the rules of [`Pallet::award`]; the call
		/// fails as a whole if any entry is invalid. The cohort holds at most
		/// [`Config::MaxCohortSize`] learners. One hold covers the deposits of all the badges.
		///
		/// Emits [`Event::BadgeAwarded`] for each badge.
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::award_batch_weight(
			(cohort.len() as u32).min(T::MaxCohortSize::get()),
			T::MaxSkillsPerClass::get(),
		))]
		pub fn award_batch(
			origin: OriginFor<T>,
			class: ClassId,
			cohort: Vec<CohortAwardOf<T>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(!cohort.is_empty(), Error::<T>::EmptyCohort);
			ensure!(cohort.len() <= T::MaxCohortSize::get() as usize, Error::<T>::CohortTooLarge);
			let count = cohort.len() as u32;
			let skill_count = Self::do_award(&who, class, cohort)?;
			Ok(Some(Self::award_batch_weight(count, skill_count)).into())
		}

		/// Suspends an active badge; [`Pallet::reinstate_badge`] undoes it. The badge leaves
		/// the learner's skill profile while suspended.
		///
		/// The dispatch origin must be signed by the badge's issuer or one of its delegates,
		/// in any standing. `reason` is a short UTF-8 text shown to verifiers.
		///
		/// Emits [`Event::BadgeSuspended`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::suspend_badge()
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn suspend_badge(
			origin: OriginFor<T>,
			badge: BadgeId,
			reason: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;

			let mut record = Self::badge_for_signer(&who, badge, false)?;
			ensure!(!reason.is_empty(), Error::<T>::ReasonMissing);
			let reason: ReasonOf<T> = reason.try_into().map_err(|_| Error::<T>::ReasonTooLong)?;
			match record.status {
				BadgeStatus::Active => {}
				BadgeStatus::Suspended { .. } => Err(Error::<T>::BadgeAlreadySuspended)?,
				BadgeStatus::Revoked { .. } => Err(Error::<T>::BadgeRevoked)?,
			}

			record.status =
				BadgeStatus::Suspended { reason: reason.clone(), since: T::Time::now() };
			let learner = record.learner.clone();
			Badges::<T>::insert(badge, record);

			T::OnProfileChanged::on_skill_profile_changed(&learner);
			Self::deposit_event(Event::BadgeSuspended { badge, learner, reason });
			Ok(())
		}

		/// Reinstates a suspended badge, which returns to the learner's skill profile unless it
		/// has expired meanwhile.
		///
		/// The dispatch origin must be signed by the badge's accredited issuer or one of its
		/// delegates.
		///
		/// Emits [`Event::BadgeReinstated`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reinstate_badge()
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn reinstate_badge(origin: OriginFor<T>, badge: BadgeId) -> DispatchResult {
			let who = ensure_signed(origin)?;

			let mut record = Self::badge_for_signer(&who, badge, true)?;
			match record.status {
				BadgeStatus::Suspended { .. } => {}
				BadgeStatus::Active => Err(Error::<T>::BadgeNotSuspended)?,
				BadgeStatus::Revoked { .. } => Err(Error::<T>::BadgeRevoked)?,
			}

			record.status = BadgeStatus::Active;
			let learner = record.learner.clone();
			Badges::<T>::insert(badge, record);

			T::OnProfileChanged::on_skill_profile_changed(&learner);
			Self::deposit_event(Event::BadgeReinstated { badge, learner });
			Ok(())
		}

		/// Revokes a badge for good. The record stays, so verification reports the
		/// revocation, and the deposit stays held until the learner declines the badge.
		///
		/// The dispatch origin must be signed by the badge's issuer or one of its delegates,
		/// in any standing. `reason` is a public code; `note` is an optional short UTF-8 text.
		///
		/// Emits [`Event::BadgeRevoked`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::revoke_badge()
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn revoke_badge(
			origin: OriginFor<T>,
			badge: BadgeId,
			reason: RevocationReason,
			note: Option<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::badge_for_signer(&who, badge, false)?;
			Self::do_revoke(badge, record, reason, note, false)
		}

		/// Revokes any badge for good, as [`Pallet::revoke_badge`] does for issuers.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Emits [`Event::BadgeRevoked`] with `by_governance` set.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::force_revoke_badge()
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn force_revoke_badge(
			origin: OriginFor<T>,
			badge: BadgeId,
			reason: RevocationReason,
			note: Option<Vec<u8>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let record = Badges::<T>::get(badge).ok_or(Error::<T>::BadgeNotFound)?;
			Self::do_revoke(badge, record, reason, note, true)
		}

		/// Declines a badge: removes it from the signer's account and from storage, in any
		/// status, and releases its deposit to the issuer. A declined badge no longer verifies
		/// and its evidence hash may back a new badge.
		///
		/// The dispatch origin must be signed by the learner who holds the badge.
		///
		/// Emits [`Event::BadgeDeclined`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::decline_badge()
			.saturating_add(T::OnProfileChanged::on_skill_profile_changed_weight()))]
		pub fn decline_badge(origin: OriginFor<T>, badge: BadgeId) -> DispatchResult {
			let who = ensure_signed(origin)?;

			let record = Badges::<T>::get(badge).ok_or(Error::<T>::BadgeNotFound)?;
			ensure!(record.learner == who, Error::<T>::NotLearner);
			let class = Classes::<T>::get(record.class).ok_or(Error::<T>::ClassNotFound)?;

			let released = if record.deposit.is_zero() {
				Zero::zero()
			} else {
				T::Currency::release(
					&HoldReason::BadgeDeposit.into(),
					&class.issuer,
					record.deposit,
					Precision::BestEffort,
				)?
			};
			if released != record.deposit {
				log::error!(
					target: LOG_TARGET,
					"badge {badge}: released {released:?} of a {:?} deposit",
					record.deposit,
				);
			}
			let was_counted = record.status.counts_for_profile();
			Badges::<T>::remove(badge);
			BadgeByEvidence::<T>::remove(record.evidence);
			BadgesOf::<T>::mutate_exists(&who, |list| {
				if let Some(badges) = list {
					if let Ok(index) = badges.binary_search(&badge) {
						badges.remove(index);
					}
				}
				if list.as_ref().is_some_and(|badges| badges.is_empty()) {
					*list = None;
				}
			});

			if was_counted {
				T::OnProfileChanged::on_skill_profile_changed(&who);
			}
			Self::deposit_event(Event::BadgeDeclined {
				badge,
				learner: who,
				deposit_released: released,
			});
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Returns the weight of [`Pallet::award_batch`] for `count` learners and a class of
		/// `skills` skills: the benchmarked weight plus the profile hook for each learner.
		pub fn award_batch_weight(count: u32, skills: u32) -> Weight {
			T::WeightInfo::award_batch(count, skills).saturating_add(
				T::OnProfileChanged::on_skill_profile_changed_weight()
					.saturating_mul(u64::from(count)),
			)
		}

		/// Converts a non-empty UTF-8 text to a bounded vector, or returns `error`.
		fn bounded_text<S: Get<u32>>(
			text: Vec<u8>,
			error: Error<T>,
		) -> Result<BoundedVec<u8, S>, Error<T>> {
			if text.is_empty() {
				return Err(error);
			}
			text.try_into().map_err(|_| error)
		}

		/// Returns the issuer on whose behalf `who` acts (itself or the issuer it is a delegate
		/// of) and its record.
		pub(crate) fn issuer_of_signer(
			who: &T::AccountId,
		) -> Result<(T::AccountId, IssuerInfoOf<T>), Error<T>> {
			if let Some(info) = Issuers::<T>::get(who) {
				return Ok((who.clone(), info));
			}
			let issuer = DelegateOf::<T>::get(who).ok_or(Error::<T>::NotIssuerOrDelegate)?;
			let info = Issuers::<T>::get(&issuer).ok_or(Error::<T>::IssuerNotFound)?;
			Ok((issuer, info))
		}

		/// Returns a badge after checking that `who` may manage it (through the badge's class),
		/// and when `needs_accreditation` that the issuer is accredited.
		fn badge_for_signer(
			who: &T::AccountId,
			badge: BadgeId,
			needs_accreditation: bool,
		) -> Result<BadgeOf<T>, Error<T>> {
			let (issuer, info) = Self::issuer_of_signer(who)?;
			let record = Badges::<T>::get(badge).ok_or(Error::<T>::BadgeNotFound)?;
			let class = Classes::<T>::get(record.class).ok_or(Error::<T>::ClassNotFound)?;
			ensure!(class.issuer == issuer, Error::<T>::NotClassIssuer);
			if needs_accreditation {
				ensure!(
					info.standing == IssuerStanding::Accredited,
					Error::<T>::IssuerNotAccredited
				);
			}
			Ok(record)
		}

		/// Checks the skills of a new class and returns them sorted by id.
		fn validated_skills(
			mut skills: Vec<(SkillId, ProficiencyLevel)>,
		) -> Result<BoundedVec<(SkillId, ProficiencyLevel), T::MaxSkillsPerClass>, Error<T>> {
			ensure!(!skills.is_empty(), Error::<T>::NoSkills);
			ensure!(
				skills.len() <= T::MaxSkillsPerClass::get() as usize,
				Error::<T>::TooManySkills
			);
			skills.sort_by_key(|(skill, _)| *skill);
			ensure!(
				skills.windows(2).all(|pair| matches!(pair, [a, b] if a.0 != b.0)),
				Error::<T>::DuplicateSkill
			);
			for (skill, _) in &skills {
				Self::ensure_active_skill(*skill)?;
			}
			skills.try_into().map_err(|_| Error::<T>::TooManySkills)
		}

		/// Checks that the taxonomy knows a skill and has not deprecated it.
		fn ensure_active_skill(skill: SkillId) -> Result<(), Error<T>> {
			match T::Skills::skill_status(skill) {
				Some(SkillStatus::Active) => Ok(()),
				Some(SkillStatus::Deprecated) => Err(Error::<T>::DeprecatedSkill),
				None => Err(Error::<T>::UnknownSkill),
			}
		}

		/// Validates and writes the awards of a cohort (one learner for [`Pallet::award`]) and
		/// returns the number of skills of the class.
		fn do_award(
			who: &T::AccountId,
			class_id: ClassId,
			cohort: Vec<CohortAwardOf<T>>,
		) -> Result<u32, DispatchError> {
			let (issuer, info) = Self::issuer_of_signer(who)?;
			ensure!(info.standing == IssuerStanding::Accredited, Error::<T>::IssuerNotAccredited);
			let class = Classes::<T>::get(class_id).ok_or(Error::<T>::ClassNotFound)?;
			ensure!(class.issuer == issuer, Error::<T>::NotClassIssuer);
			ensure!(!class.retired, Error::<T>::ClassRetired);
			// The taxonomy may have deprecated a skill since the class was created, and nothing
			// new may name a deprecated skill.
			for (skill, _) in &class.skills {
				Self::ensure_active_skill(*skill)?;
			}

			let now = T::Time::now();
			let class_expiry = class.validity.map(|period| now.saturating_add(period));
			let first_badge = NextBadgeId::<T>::get();
			let mut seen_evidence = alloc::collections::btree_set::BTreeSet::new();
			// Each distinct learner's list is read once and extended in memory, so a learner
			// listed several times costs one read and one write.
			let mut lists: BTreeMap<T::AccountId, BoundedVec<BadgeId, T::MaxBadgesPerLearner>> =
				BTreeMap::new();
			let mut expiries = Vec::with_capacity(cohort.len());
			let mut badge = first_badge;
			for entry in &cohort {
				ensure!(seen_evidence.insert(entry.evidence), Error::<T>::DuplicateEvidence);
				ensure!(
					!BadgeByEvidence::<T>::contains_key(entry.evidence),
					Error::<T>::EvidenceAlreadyUsed
				);
				if let Some(expiry) = entry.expires_at {
					ensure!(expiry > now, Error::<T>::ExpiryInPast);
				}
				// New ids exceed every stored one, so pushing keeps the list in ascending order.
				lists
					.entry(entry.learner.clone())
					.or_insert_with(|| BadgesOf::<T>::get(&entry.learner))
					.try_push(badge)
					.map_err(|_| Error::<T>::TooManyBadges)?;
				expiries.push(match (entry.expires_at, class_expiry) {
					(Some(given), Some(limit)) => Some(given.min(limit)),
					(given, limit) => given.or(limit),
				});
				badge = badge.saturating_add(1);
			}
			let next_badge = first_badge
				.checked_add(cohort.len() as BadgeId)
				.ok_or(Error::<T>::BadgeIdOverflow)?;
			let deposit = T::BadgeDeposit::get();
			let total_deposit = BalanceOf::<T>::from(cohort.len() as u32)
				.checked_mul(&deposit)
				.ok_or(Error::<T>::CannotPayDeposit)?;
			// A zero deposit skips the hold and its two balance reads and writes.
			if !total_deposit.is_zero() {
				T::Currency::hold(&HoldReason::BadgeDeposit.into(), &issuer, total_deposit)
					.map_err(|_| Error::<T>::CannotPayDeposit)?;
			}

			NextBadgeId::<T>::put(next_badge);
			for (learner, list) in &lists {
				BadgesOf::<T>::insert(learner, list);
			}
			let mut badge = first_badge;
			for (entry, expires_at) in cohort.into_iter().zip(expiries) {
				let record = Badge {
					class: class_id,
					learner: entry.learner.clone(),
					evidence: entry.evidence,
					issued_at: now,
					expires_at,
					status: BadgeStatus::Active,
					deposit,
				};
				Badges::<T>::insert(badge, record);
				BadgeByEvidence::<T>::insert(entry.evidence, badge);

				Self::deposit_event(Event::BadgeAwarded {
					badge,
					class: class_id,
					issuer: issuer.clone(),
					learner: entry.learner,
					evidence: entry.evidence,
					expires_at,
				});
				badge = badge.saturating_add(1);
			}
			for learner in lists.keys() {
				T::OnProfileChanged::on_skill_profile_changed(learner);
			}
			Ok(class.skills.len() as u32)
		}

		/// Validates and writes a revocation.
		fn do_revoke(
			badge: BadgeId,
			mut record: BadgeOf<T>,
			reason: RevocationReason,
			note: Option<Vec<u8>>,
			by_governance: bool,
		) -> DispatchResult {
			ensure!(
				!matches!(record.status, BadgeStatus::Revoked { .. }),
				Error::<T>::BadgeRevoked
			);
			let note: ReasonOf<T> =
				note.unwrap_or_default().try_into().map_err(|_| Error::<T>::ReasonTooLong)?;

			let was_counted = record.status.counts_for_profile();
			record.status = BadgeStatus::Revoked {
				reason,
				note: note.clone(),
				at: T::Time::now(),
				by_governance,
			};
			let learner = record.learner.clone();
			Badges::<T>::insert(badge, record);

			if was_counted {
				T::OnProfileChanged::on_skill_profile_changed(&learner);
			}
			Self::deposit_event(Event::BadgeRevoked {
				badge,
				learner,
				reason,
				note,
				by_governance,
			});
			Ok(())
		}

		/// Computes a learner's skill profile at time `now`, sorted by skill id, from the
		/// learner's valid badges: suspended, revoked and expired badges do not count.
		///
		/// Costs `1 + b + c` storage reads for a learner with `b` badges of `c` distinct classes
		/// (each class is read once, and only for valid badges): at most
		/// `1 + 2 × MaxBadgesPerLearner`.
		pub fn skill_profile_at(
			learner: &T::AccountId,
			now: MomentOf<T>,
		) -> Vec<(SkillId, SkillHolding<MomentOf<T>>)> {
			let mut profile: BTreeMap<SkillId, SkillHolding<MomentOf<T>>> = BTreeMap::new();
			let mut class_skills: BTreeMap<ClassId, Option<SkillsOf<T>>> = BTreeMap::new();
			for badge in BadgesOf::<T>::get(learner) {
				let Some(record) = Badges::<T>::get(badge) else {
					log::error!(target: LOG_TARGET, "badge {badge} is listed but not stored");
					continue;
				};
				if !record.is_valid_at(&now) {
					continue;
				}
				let skills = class_skills
					.entry(record.class)
					.or_insert_with(|| Classes::<T>::get(record.class).map(|class| class.skills));
				let Some(skills) = skills else {
					log::error!(target: LOG_TARGET, "badge {badge} names a missing class");
					continue;
				};
				for (skill, level) in skills.iter() {
					profile
						.entry(*skill)
						.and_modify(|holding| {
							holding.level = holding.level.max(*level);
							holding.badge_count = holding.badge_count.saturating_add(1);
							holding.last_awarded = holding.last_awarded.max(record.issued_at);
						})
						.or_insert(SkillHolding {
							level: *level,
							badge_count: 1,
							last_awarded: record.issued_at,
						});
				}
			}
			profile.into_iter().collect()
		}

		/// Returns everything a verifier needs about a badge now, or `None` if no badge has
		/// this id.
		pub fn verify_badge(
			badge: BadgeId,
		) -> Option<BadgeVerification<T::AccountId, MomentOf<T>>> {
			let record = Badges::<T>::get(badge)?;
			let class = Classes::<T>::get(record.class)?;
			let issuer = Issuers::<T>::get(&class.issuer);
			let now = T::Time::now();
			let expired = record.expires_at.filter(|expiry| now >= *expiry);
			let state = match (record.status, expired) {
				(BadgeStatus::Revoked { reason, note, at, by_governance }, _) => {
					BadgeState::Revoked { reason, note: note.into_inner(), at, by_governance }
				}
				(_, Some(at)) => BadgeState::Expired { at },
				(BadgeStatus::Suspended { reason, since }, None) => {
					BadgeState::Suspended { reason: reason.into_inner(), since }
				}
				(BadgeStatus::Active, None) => BadgeState::Active,
			};
			Some(BadgeVerification {
				badge,
				valid: state == BadgeState::Active,
				state,
				learner: record.learner,
				evidence: record.evidence,
				issued_at: record.issued_at,
				expires_at: record.expires_at,
				class: record.class,
				class_name: class.name.into_inner(),
				class_retired: class.retired,
				skills: class.skills.into_inner(),
				issuer: class.issuer,
				issuer_name: issuer.as_ref().map(|info| info.name.to_vec()).unwrap_or_default(),
				issuer_standing: issuer.map(|info| info.standing),
			})
		}

		/// Returns the id of the badge that an evidence hash backs.
		pub fn badge_by_evidence(evidence: H256) -> Option<BadgeId> {
			BadgeByEvidence::<T>::get(evidence)
		}

		/// Returns the ids of a learner's badges in any status, in ascending order.
		pub fn badges_of(learner: &T::AccountId) -> Vec<BadgeId> {
			BadgesOf::<T>::get(learner).into_inner()
		}

		/// Returns an issuer's record.
		pub fn issuer(issuer: &T::AccountId) -> Option<IssuerView<MomentOf<T>>> {
			Issuers::<T>::get(issuer).map(|info| IssuerView {
				name: info.name.into_inner(),
				url: info.url.into_inner(),
				standing: info.standing,
				standing_since: info.standing_since,
				delegate_count: info.delegate_count,
			})
		}

		/// Returns a badge class.
		pub fn badge_class(class: ClassId) -> Option<ClassView<T::AccountId, MomentOf<T>>> {
			Classes::<T>::get(class).map(|record| ClassView {
				issuer: record.issuer,
				name: record.name.into_inner(),
				description: record.description.into_inner(),
				criteria_uri: record.criteria_uri.map(|uri| uri.into_inner()),
				criteria_hash: record.criteria_hash,
				skills: record.skills.into_inner(),
				validity: record.validity,
				eqf_level: record.eqf_level,
				ects_tenths: record.ects_tenths,
				retired: record.retired,
				created_at: record.created_at,
			})
		}

		/// Returns the deposit held from `issuer` for all its badges.
		pub fn deposit_held(issuer: &T::AccountId) -> BalanceOf<T> {
			T::Currency::balance_on_hold(&HoldReason::BadgeDeposit.into(), issuer)
		}
	}
}

impl<T: Config> lifelong_primitives::SkillProfileProvider<T::AccountId, MomentOf<T>> for Pallet<T> {
	fn skill_profile(learner: &T::AccountId) -> Vec<(SkillId, SkillHolding<MomentOf<T>>)> {
		Self::skill_profile_at(learner, T::Time::now())
	}
}
