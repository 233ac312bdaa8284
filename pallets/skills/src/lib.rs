//! # Skills pallet
//!
//! Holds the European ESCO classification of skills and occupations on chain, so that badges,
//! job listings and courses name skills in one shared language.
//!
//! ## Overview
//!
//! Each ESCO skill gets a compact [`SkillId`] and each occupation a compact [`OccupationId`].
//! The records keep ESCO's concept URI, the English preferred label, the skill type and reuse
//! level, the skill hierarchy (each skill's direct broader skills) and each occupation's
//! essential and optional skills. Two reverse indexes resolve ESCO URIs to ids.
//!
//! A chain starts with a whole ESCO release in its genesis config (built by the node from the
//! CSV files in `data/esco/`, see the `lifelong-esco-import` crate). Later releases are rolled
//! in by [`Config::GovernanceOrigin`] with bounded, all-or-nothing batch calls that add, update
//! and deprecate skills and occupations, and with [`Pallet::set_taxonomy_version`].
//!
//! Other pallets read the taxonomy through [`lifelong_primitives::SkillRegistry`], which this
//! pallet implements. Clients use the `pallet-skills-runtime-api` crate.
//!
//! ## Terminology
//!
//! - **Skill**: an ESCO knowledge, skill or competence concept. Badges certify skills and
//!   listings require them.
//! - **Broader skill**: a more general skill of ESCO's hierarchy. A match may give partial
//!   credit when a learner holds a narrower or broader skill than the one requested.
//! - **Occupation**: an ESCO occupation with its ISCO-08 group. A learner's goal and a job
//!   listing can name one.
//! - **Essential and optional skills**: ESCO's occupation-to-skill relations.
//! - **Concept URI**: ESCO's stable identifier, such as
//!   `http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab`.
//! - **Deprecated**: withdrawn by a taxonomy update. A deprecated skill or occupation stays
//!   resolvable, so old badges still verify, but nothing new may name it.
//! - **Taxonomy version**: the ESCO release the chain holds, such as `ESCO v1.1.1`.
//! - **Badge, badge class, issuer, learner, listing**: see the badges and recommendations
//!   pallets, which read this taxonomy.
//!
//! ## Design
//!
//! Every call checks the origin and validates the whole batch before it writes anything, so a
//! failing batch changes nothing. Bounds are [`Config`] items; `docs/skills.md` lists the
//! maxima measured in ESCO v1.1.1 that the suggested runtime values are sized from.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod genesis;
mod registry;
mod try_state;
pub mod types;
pub mod validation;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::skills";

/// Suggested runtime values of the bounds, sized from the maxima measured in ESCO v1.1.1 with
/// headroom for later releases (`docs/skills.md` lists the measurements). The ESCO import
/// crate checks the shipped data against these values.
pub mod defaults {
	/// Suggested `MaxBatchSize`.
	pub const MAX_BATCH_SIZE: u32 = 100;
	/// Suggested `MaxUriLen`. The longest ESCO v1.1.1 URI has 74 bytes.
	pub const MAX_URI_LEN: u32 = 128;
	/// Suggested `MaxLabelLen`. The longest ESCO v1.1.1 label has 87 bytes.
	pub const MAX_LABEL_LEN: u32 = 128;
	/// Suggested `MaxBroaderSkills`. An ESCO v1.1.1 skill has at most 8 broader skills.
	pub const MAX_BROADER_SKILLS: u32 = 16;
	/// Suggested `MaxEssentialSkills`. An ESCO v1.1.1 occupation has at most 133.
	pub const MAX_ESSENTIAL_SKILLS: u32 = 256;
	/// Suggested `MaxOptionalSkills`. An ESCO v1.1.1 occupation has at most 319.
	pub const MAX_OPTIONAL_SKILLS: u32 = 512;
	/// Suggested `MaxVersionLen`.
	pub const MAX_VERSION_LEN: u32 = 32;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{string::String, vec::Vec};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use lifelong_primitives::{OccupationId, SkillId, SkillStatus};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Origin that may change the taxonomy: add, update and deprecate skills and
		/// occupations, and set the taxonomy version. Root until on-chain governance exists.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Maximum number of skills, occupations or ids in one batch call.
		#[pallet::constant]
		type MaxBatchSize: Get<u32>;

		/// Maximum length of a concept URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Maximum length of an English preferred label, in bytes of UTF-8.
		#[pallet::constant]
		type MaxLabelLen: Get<u32>;

		/// Maximum number of direct broader skills of one skill.
		#[pallet::constant]
		type MaxBroaderSkills: Get<u32>;

		/// Maximum number of essential skills of one occupation.
		#[pallet::constant]
		type MaxEssentialSkills: Get<u32>;

		/// Maximum number of optional skills of one occupation.
		#[pallet::constant]
		type MaxOptionalSkills: Get<u32>;

		/// Maximum length of the taxonomy version text, in bytes.
		#[pallet::constant]
		type MaxVersionLen: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Skills by id. Ids are assigned in order from 0 and never reused.
	// Twox64Concat: ids are sequential numbers that this pallet assigns, so nobody can choose
	// keys that unbalance the trie.
	#[pallet::storage]
	pub type Skills<T: Config> = StorageMap<_, Twox64Concat, SkillId, SkillRecord<T>>;

	/// Skill id by ESCO concept URI; the reverse index of [`Skills`].
	// Blake2_128Concat: the URIs come from outside the chain (governance batches, genesis) and
	// share long prefixes, so a cryptographic hash keeps the trie balanced.
	#[pallet::storage]
	pub type SkillIdByUri<T: Config> = StorageMap<_, Blake2_128Concat, UriOf<T>, SkillId>;

	/// Id that the next added skill gets; equals the number of skills ever added.
	#[pallet::storage]
	pub type NextSkillId<T: Config> = StorageValue<_, SkillId, ValueQuery>;

	/// Occupations by id. Ids are assigned in order from 0 and never reused.
	// Twox64Concat: sequential ids assigned by this pallet, as for `Skills`.
	#[pallet::storage]
	pub type Occupations<T: Config> =
		StorageMap<_, Twox64Concat, OccupationId, OccupationRecord<T>>;

	/// Occupation id by ESCO concept URI; the reverse index of [`Occupations`].
	// Blake2_128Concat: externally chosen URIs, as for `SkillIdByUri`.
	#[pallet::storage]
	pub type OccupationIdByUri<T: Config> = StorageMap<_, Blake2_128Concat, UriOf<T>, OccupationId>;

	/// Id that the next added occupation gets; equals the number of occupations ever added.
	#[pallet::storage]
	pub type NextOccupationId<T: Config> = StorageValue<_, OccupationId, ValueQuery>;

	/// ESCO release that the taxonomy follows, such as `ESCO v1.1.1`. Empty when unset.
	#[pallet::storage]
	pub type TaxonomyVersion<T: Config> = StorageValue<_, VersionOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A skill was added to the taxonomy.
		SkillAdded {
			/// Id assigned to the skill.
			skill: SkillId,
			/// The skill's concept URI.
			uri: UriOf<T>,
		},
		/// A skill's label, type, reuse level or broader skills were replaced.
		SkillUpdated {
			/// Id of the updated skill.
			skill: SkillId,
		},
		/// A skill was deprecated: it stays resolvable, but nothing new may name it.
		SkillDeprecated {
			/// Id of the deprecated skill.
			skill: SkillId,
		},
		/// An occupation was added to the taxonomy.
		OccupationAdded {
			/// Id assigned to the occupation.
			occupation: OccupationId,
			/// The occupation's concept URI.
			uri: UriOf<T>,
		},
		/// An occupation's label, ISCO group or skills were replaced.
		OccupationUpdated {
			/// Id of the updated occupation.
			occupation: OccupationId,
		},
		/// An occupation was deprecated: it stays resolvable, but nothing new may name it.
		OccupationDeprecated {
			/// Id of the deprecated occupation.
			occupation: OccupationId,
		},
		/// The taxonomy version was set.
		TaxonomyVersionSet {
			/// The new version text, such as `ESCO v1.2.0`.
			version: VersionOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The batch is empty. Send at least one item.
		EmptyBatch,
		/// The batch has more items than `MaxBatchSize`. Split it into smaller batches.
		BatchTooLarge,
		/// The batch names the same id twice. Name each skill or occupation once per batch.
		DuplicateIdInBatch,
		/// A concept URI is longer than `MaxUriLen` bytes.
		UriTooLong,
		/// A concept URI is empty, holds a byte outside printable ASCII, or lacks an `http://`
		/// or `https://` scheme. Use the concept's full URI.
		InvalidUri,
		/// A skill with this concept URI exists already, or the batch repeats the URI. Update
		/// the existing skill instead.
		DuplicateSkillUri,
		/// An occupation with this concept URI exists already, or the batch repeats the URI.
		/// Update the existing occupation instead.
		DuplicateOccupationUri,
		/// A label is longer than `MaxLabelLen` bytes.
		LabelTooLong,
		/// A label is empty, is not valid UTF-8, or holds a control character.
		InvalidLabel,
		/// A skill has more than `MaxBroaderSkills` broader skills.
		TooManyBroaderSkills,
		/// A skill's broader skills name one skill twice.
		DuplicateBroaderSkill,
		/// A skill names itself as a broader skill.
		SkillIsOwnBroader,
		/// A broader skill does not exist. When adding, a broader skill must exist already or
		/// come earlier in the same batch.
		UnknownBroaderSkill,
		/// An occupation has more than `MaxEssentialSkills` essential skills.
		TooManyEssentialSkills,
		/// An occupation has more than `MaxOptionalSkills` optional skills.
		TooManyOptionalSkills,
		/// An occupation names one skill twice, or as both essential and optional.
		DuplicateOccupationSkill,
		/// An occupation names a skill that does not exist. Add the skill first.
		UnknownSkill,
		/// A new reference names a deprecated skill. Name its active successor instead.
		DeprecatedSkillReferenced,
		/// The ISCO-08 unit group is above 9999.
		InvalidIscoGroup,
		/// No skill has this id.
		SkillNotFound,
		/// No occupation has this id.
		OccupationNotFound,
		/// The skill is deprecated already.
		SkillAlreadyDeprecated,
		/// The occupation is deprecated already.
		OccupationAlreadyDeprecated,
		/// All skill ids are in use.
		SkillIdsExhausted,
		/// All occupation ids are in use.
		OccupationIdsExhausted,
		/// The version text is empty. Name the release, such as `ESCO v1.2.0`.
		EmptyVersion,
		/// The version text is longer than `MaxVersionLen` bytes.
		VersionTooLong,
	}

	/// The taxonomy a chain starts with. Ids are list indexes, and broader, essential and
	/// optional skills refer to skills by index.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// ESCO release of the lists, such as `ESCO v1.1.1`.
		pub version: String,
		/// All skills; a skill's id is its index.
		pub skills: Vec<GenesisSkill>,
		/// All occupations; an occupation's id is its index.
		pub occupations: Vec<GenesisOccupation>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			genesis::build::<T>(self);
		}
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
		/// Adds skills to the taxonomy, with ids assigned in order from [`NextSkillId`].
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Each skill needs a new, valid concept URI and a label within the bounds. Its broader
		/// skills must be active skills that exist already or come earlier in the batch. The
		/// batch is all-or-nothing: one invalid skill rejects the whole batch.
		///
		/// Emits [`Event::SkillAdded`] for each skill, in batch order.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_skills(
			validation::count(skills.len()),
			validation::broader_count(skills.iter().map(|skill| skill.broader.len())),
		))]
		pub fn add_skills(origin: OriginFor<T>, skills: Vec<NewSkill>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let (records, next_id) = Self::validate_new_skills(&skills)?;

			NextSkillId::<T>::put(next_id);
			for (id, record) in records {
				SkillIdByUri::<T>::insert(&record.uri, id);
				let uri = record.uri.clone();
				Skills::<T>::insert(id, record);
				Self::deposit_event(Event::SkillAdded { skill: id, uri });
			}
			Ok(())
		}

		/// Replaces the label, skill type, reuse level and broader skills of existing skills.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// URIs and status stay as they are. Deprecated skills may be updated too. New broader
		/// skills must exist, be active and differ from the skill itself. The batch is
		/// all-or-nothing.
		///
		/// Emits [`Event::SkillUpdated`] for each skill, in batch order.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_skills(
			validation::count(updates.len()),
			validation::broader_count(updates.iter().map(|update| update.broader.len())),
		))]
		pub fn update_skills(origin: OriginFor<T>, updates: Vec<SkillUpdate>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let records = Self::validate_skill_updates(&updates)?;

			for (id, record) in records {
				Skills::<T>::insert(id, record);
				Self::deposit_event(Event::SkillUpdated { skill: id });
			}
			Ok(())
		}

		/// Deprecates skills. They stay resolvable by id and URI, so badges that name them
		/// still verify, but new references to them are rejected.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Every id must name an active skill. The batch is all-or-nothing.
		///
		/// Emits [`Event::SkillDeprecated`] for each skill, in batch order.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deprecate_skills(validation::count(skills.len())))]
		pub fn deprecate_skills(origin: OriginFor<T>, skills: Vec<SkillId>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let records = Self::validate_skill_deprecations(&skills)?;

			for (id, mut record) in records {
				record.status = SkillStatus::Deprecated;
				Skills::<T>::insert(id, record);
				Self::deposit_event(Event::SkillDeprecated { skill: id });
			}
			Ok(())
		}

		/// Adds occupations to the taxonomy, with ids assigned in order from
		/// [`NextOccupationId`].
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Each occupation needs a new, valid concept URI, a label within the bounds, an
		/// ISCO-08 unit group of at most 9999, and essential and optional skills that exist,
		/// are active and appear once. The batch is all-or-nothing.
		///
		/// Emits [`Event::OccupationAdded`] for each occupation, in batch order.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_occupations(
			validation::count(occupations.len()),
			validation::occupation_skill_count(
				occupations.iter().map(|o| (o.essential.len(), o.optional.len()))
			),
		))]
		pub fn add_occupations(
			origin: OriginFor<T>,
			occupations: Vec<NewOccupation>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let (records, next_id) = Self::validate_new_occupations(&occupations)?;

			NextOccupationId::<T>::put(next_id);
			for (id, record) in records {
				OccupationIdByUri::<T>::insert(&record.uri, id);
				let uri = record.uri.clone();
				Occupations::<T>::insert(id, record);
				Self::deposit_event(Event::OccupationAdded { occupation: id, uri });
			}
			Ok(())
		}

		/// Replaces the label, ISCO-08 group and skills of existing occupations.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// URIs and status stay as they are. Deprecated occupations may be updated too. The
		/// new skills must exist, be active and appear once. The batch is all-or-nothing.
		///
		/// Emits [`Event::OccupationUpdated`] for each occupation, in batch order.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::update_occupations(
			validation::count(updates.len()),
			validation::occupation_skill_count(
				updates.iter().map(|o| (o.essential.len(), o.optional.len()))
			),
		))]
		pub fn update_occupations(
			origin: OriginFor<T>,
			updates: Vec<OccupationUpdate>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let records = Self::validate_occupation_updates(&updates)?;

			for (id, record) in records {
				Occupations::<T>::insert(id, record);
				Self::deposit_event(Event::OccupationUpdated { occupation: id });
			}
			Ok(())
		}

		/// Deprecates occupations. They stay resolvable by id and URI, but learners' goals and
		/// new listings can no longer name them.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// Every id must name an active occupation. The batch is all-or-nothing.
		///
		/// Emits [`Event::OccupationDeprecated`] for each occupation, in batch order.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::deprecate_occupations(validation::count(
			occupations.len()
		)))]
		pub fn deprecate_occupations(
			origin: OriginFor<T>,
			occupations: Vec<OccupationId>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			let records = Self::validate_occupation_deprecations(&occupations)?;

			for (id, mut record) in records {
				record.status = SkillStatus::Deprecated;
				Occupations::<T>::insert(id, record);
				Self::deposit_event(Event::OccupationDeprecated { occupation: id });
			}
			Ok(())
		}

		/// Records which ESCO release the taxonomy follows, such as `ESCO v1.2.0`.
		///
		/// The dispatch origin must be [`Config::GovernanceOrigin`].
		///
		/// The text must be non-empty and at most `MaxVersionLen` bytes. Send it after the last
		/// batch of a release has landed.
		///
		/// Emits [`Event::TaxonomyVersionSet`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_taxonomy_version())]
		pub fn set_taxonomy_version(origin: OriginFor<T>, version: Vec<u8>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;

			ensure!(!version.is_empty(), Error::<T>::EmptyVersion);
			let version: VersionOf<T> =
				version.try_into().map_err(|_| Error::<T>::VersionTooLong)?;

			TaxonomyVersion::<T>::put(&version);

			Self::deposit_event(Event::TaxonomyVersionSet { version });
			Ok(())
		}
	}
}
