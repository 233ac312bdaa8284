//! Configuration of Lifelong's own pallets and of the session-managed validator set.

use frame_support::{parameter_types, traits::ConstU32};
#[cfg(feature = "runtime-benchmarks")]
use lifelong_primitives::SkillId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

use super::{
	governance::GovernanceOrigin, AccountId, Balance, Balances, BlockNumber, Runtime, RuntimeEvent,
	RuntimeHoldReason, SessionKeys, Skills, Timestamp, ValidatorSet, MILLI_UNIT, MINUTES,
};

impl pallet_skills::Config for Runtime {
	type GovernanceOrigin = GovernanceOrigin;
	type MaxBatchSize = ConstU32<{ pallet_skills::defaults::MAX_BATCH_SIZE }>;
	type MaxUriLen = ConstU32<{ pallet_skills::defaults::MAX_URI_LEN }>;
	type MaxLabelLen = ConstU32<{ pallet_skills::defaults::MAX_LABEL_LEN }>;
	type MaxBroaderSkills = ConstU32<{ pallet_skills::defaults::MAX_BROADER_SKILLS }>;
	type MaxEssentialSkills = ConstU32<{ pallet_skills::defaults::MAX_ESSENTIAL_SKILLS }>;
	type MaxOptionalSkills = ConstU32<{ pallet_skills::defaults::MAX_OPTIONAL_SKILLS }>;
	type MaxVersionLen = ConstU32<{ pallet_skills::defaults::MAX_VERSION_LEN }>;
	type WeightInfo = pallet_skills::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Deposit an issuer pays for each badge while it exists: about what 250 bytes of state
	/// (the badge, its evidence index entry and the learner's list entry) should cost.
	pub const BadgeDeposit: Balance = 10 * MILLI_UNIT;
	/// Most badges a learner may hold; bounds the cost of reading a skill profile.
	pub const MaxBadgesPerLearner: u32 = 1000;
}

impl pallet_badges::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BadgeDeposit = BadgeDeposit;
	type Time = Timestamp;
	type Skills = Skills;
	type OnProfileChanged = super::Recommendations;
	type GovernanceOrigin = GovernanceOrigin;
	type MaxNameLength = ConstU32<128>;
	type MaxUrlLength = ConstU32<256>;
	type MaxDescriptionLength = ConstU32<1024>;
	type MaxReasonLength = ConstU32<256>;
	type MaxSkillsPerClass = ConstU32<16>;
	type MaxDelegates = ConstU32<32>;
	type MaxCohortSize = ConstU32<1000>;
	type MaxBadgesPerLearner = MaxBadgesPerLearner;
	type WeightInfo = pallet_badges::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

parameter_types! {
	/// Validator-set changes take effect one to two sessions after the vote. Two-minute
	/// sessions keep that wait short; a rotation that changes nothing costs a few storage
	/// reads, because the validator set reports no change to the session pallet.
	pub const SessionPeriod: BlockNumber = 2 * MINUTES;
	pub const SessionOffset: BlockNumber = 0;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	// Validators are admitted by vote, so registering keys needs no deposit on top.
	type KeyDeposit = ();
}

impl pallet_validator_set::Config for Runtime {
	type ValidatorId = AccountId;
	type ValidatorRegistration = super::Session;
	type GovernanceOrigin = GovernanceOrigin;
	// One, so that a development chain can run with a single validator. Larger sets are
	// protected by the pallet's finality check, which rejects a removal that would leave too
	// few validators with registered keys to finalise.
	type MinValidators = ConstU32<1>;
	type MaxValidators = super::configs::MaxAuthorities;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Sets up the state that benchmarks of Lifelong's pallets need.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_badges::BenchmarkHelper for BenchmarkHelper {
	fn active_skills(count: u32) -> alloc::vec::Vec<SkillId> {
		(0..count).map(|index| benchmark_skill(b"badges", index)).collect()
	}
}

/// Adds an active skill with a URI unique to `purpose` and `index`, and returns its id.
#[cfg(feature = "runtime-benchmarks")]
fn benchmark_skill(purpose: &[u8], index: u32) -> SkillId {
	use lifelong_primitives::SkillRegistry;

	let mut uri = b"http://data.europa.eu/esco/skill/benchmark-".to_vec();
	uri.extend_from_slice(purpose);
	uri.push(b'-');
	uri.extend_from_slice(alloc::format!("{index}").as_bytes());
	let id = pallet_skills::NextSkillId::<Runtime>::get();
	let skill = pallet_skills::NewSkill {
		uri,
		label: b"benchmark skill".to_vec(),
		skill_type: None,
		reuse_level: None,
		broader: alloc::vec::Vec::new(),
	};
	let added = Skills::add_skills(frame_system::RawOrigin::Root.into(), alloc::vec![skill]);
	debug_assert!(added.is_ok(), "a fresh benchmark skill is valid: {added:?}");
	debug_assert!(Skills::skill_status(id).is_some());
	id
}

/// The worker key as a session key, so that `author_rotateKeys` creates it with the others, and
/// `--dev` or `--alice` put the development key in the keystore.
pub struct RecommendationWorkerKey;

impl sp_runtime::BoundToRuntimeAppPublic for RecommendationWorkerKey {
	type Public = pallet_recommendations::crypto::Public;
}

// Which worker keys may submit results is decided by the consortium through
// `recommendations.add_worker_key`, not by the session, so session changes need no handling.
impl frame_support::traits::OneSessionHandler<AccountId> for RecommendationWorkerKey {
	type Key = pallet_recommendations::crypto::Public;

	fn on_genesis_session<'a, I: 'a>(_validators: I)
	where
		I: Iterator<Item = (&'a AccountId, Self::Key)>,
	{
	}

	fn on_new_session<'a, I: 'a>(_changed: bool, _validators: I, _queued_validators: I)
	where
		I: Iterator<Item = (&'a AccountId, Self::Key)>,
	{
	}

	fn on_disabled(_validator_index: u32) {}
}

parameter_types! {
	/// Deposit for listing a job offer or a course, on top of a deposit per skill.
	pub const ListingDeposit: Balance = 100 * MILLI_UNIT;
	pub const ListingDepositPerSkill: Balance = MILLI_UNIT;
	/// Listings run for at most a year (in milliseconds) before they must be renewed.
	pub const MaxListingDuration: u64 = 366 * 24 * 60 * 60 * 1000;
	/// Off-chain results outrank ordinary transactions of the same fee, so that workers'
	/// results are not starved during a busy period.
	pub const ResultPriority: sp_runtime::transaction_validity::TransactionPriority =
		sp_runtime::transaction_validity::TransactionPriority::MAX / 2;
}

parameter_types! {
	/// Reading the skill profile of a learner with the most badges, as the badges pallet's
	/// benchmark measured it.
	pub ProfileReadWeight: frame_support::weights::Weight =
		<pallet_badges::weights::SubstrateWeight<Runtime> as pallet_badges::WeightInfo>::skill_profile(
			MaxBadgesPerLearner::get(),
		);
}

impl pallet_recommendations::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Skills = Skills;
	type Profiles = super::Badges;
	type CourseProviders = AccreditedIssuers;
	type GovernanceOrigin = GovernanceOrigin;
	type JobDeposit = ListingDeposit;
	type CourseDeposit = ListingDeposit;
	type DepositPerSkill = ListingDepositPerSkill;
	type MaxListingDuration = MaxListingDuration;
	type MaxTextLength = ConstU32<256>;
	type MaxUrlLength = ConstU32<256>;
	type MaxListingSkills = ConstU32<32>;
	type MaxWorkers = ConstU32<32>;
	type MaxResultsPerBlock = ConstU32<10>;
	type MaxJobResults = ConstU32<10>;
	type MaxCourseResults = ConstU32<10>;
	type MaxMissingSkills = ConstU32<16>;
	type MaxCandidatesPerSkill = ConstU32<100>;
	type SubmissionPriority = ResultPriority;
	type WeightInfo = pallet_recommendations::weights::SubstrateWeight<Runtime>;
	type ProfileReadWeight = ProfileReadWeight;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Accounts whose accreditation as a badge issuer is in force: only they may list courses.
pub struct AccreditedIssuers;

impl frame_support::traits::Contains<AccountId> for AccreditedIssuers {
	fn contains(who: &AccountId) -> bool {
		pallet_badges::Issuers::<Runtime>::get(who)
			.is_some_and(|issuer| issuer.standing == pallet_badges::IssuerStanding::Accredited)
	}
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	super::RuntimeCall: From<C>,
{
	type Extrinsic = super::UncheckedExtrinsic;
	type RuntimeCall = super::RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Runtime
where
	super::RuntimeCall: From<C>,
{
	type Extension = super::TxExtension;

	fn create_transaction(
		call: super::RuntimeCall,
		extension: super::TxExtension,
	) -> super::UncheckedExtrinsic {
		super::UncheckedExtrinsic::new_transaction(call, extension)
	}
}

// Off-chain workers submit results as general transactions: no signer, no nonce and no fee.
// `AuthorizeCall` admits them only when the call's own authorisation (a registered worker
// key's signature over the result) holds.
impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Runtime
where
	super::RuntimeCall: From<C>,
{
	fn create_extension() -> super::TxExtension {
		(
			frame_system::AuthorizeCall::new(),
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(sp_runtime::generic::Era::Immortal),
			frame_system::CheckNonce::from(0),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
			frame_system::WeightReclaim::new(),
		)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_validator_set::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn register_keys(who: &AccountId) {
		use sp_runtime::traits::Hash;
		let raw: [u8; 32] = sp_runtime::traits::BlakeTwo256::hash(who.as_ref()).0;
		let keys = SessionKeys {
			aura: sp_core::sr25519::Public::from_raw(raw).into(),
			grandpa: sp_core::ed25519::Public::from_raw(raw).into(),
			recommendations: sp_core::sr25519::Public::from_raw(raw).into(),
		};
		// Benchmarks cannot sign a key-ownership proof, so the keys go into storage directly.
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_recommendations::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn create_skill() -> SkillId {
		let index = pallet_skills::NextSkillId::<Runtime>::get();
		benchmark_skill(b"recommendations", index)
	}

	fn create_occupation(essential: &[SkillId]) -> lifelong_primitives::OccupationId {
		let id = pallet_skills::NextOccupationId::<Runtime>::get();
		let mut uri = b"http://data.europa.eu/esco/occupation/benchmark-".to_vec();
		uri.extend_from_slice(alloc::format!("{id}").as_bytes());
		let occupation = pallet_skills::NewOccupation {
			uri,
			label: b"benchmark occupation".to_vec(),
			isco_group: 2512,
			essential: essential.to_vec(),
			optional: alloc::vec::Vec::new(),
		};
		let added =
			Skills::add_occupations(frame_system::RawOrigin::Root.into(), alloc::vec![occupation]);
		debug_assert!(added.is_ok(), "a fresh benchmark occupation is valid: {added:?}");
		id
	}

	fn make_course_provider(who: &AccountId) {
		let accredited = super::Badges::accredit_issuer(
			frame_system::RawOrigin::Root.into(),
			who.clone(),
			b"Benchmark University".to_vec(),
			b"https://university.example".to_vec(),
		);
		debug_assert!(accredited.is_ok(), "a fresh issuer is accredited: {accredited:?}");
	}

	fn award_skills(
		learner: &AccountId,
		skills: &[(SkillId, lifelong_primitives::ProficiencyLevel)],
	) {
		use frame_support::traits::fungible::Mutate;

		let issuer: AccountId = frame_benchmarking::account("benchmark-issuer", 0, 0);
		let _ = Balances::mint_into(&issuer, 1_000 * super::UNIT);
		if pallet_badges::Issuers::<Runtime>::get(&issuer).is_none() {
			Self::make_course_provider(&issuer);
		}
		let class = pallet_badges::NextClassId::<Runtime>::get();
		let created = super::Badges::create_class(
			frame_system::RawOrigin::Signed(issuer.clone()).into(),
			b"Benchmark class".to_vec(),
			b"Certifies the benchmark's skills".to_vec(),
			Some(b"https://university.example/criteria".to_vec()),
			None,
			skills.to_vec(),
			None,
			None,
			None,
		);
		debug_assert!(created.is_ok(), "the benchmark class is valid: {created:?}");
		// Evidence unique to the learner and class, so that every call can award.
		let evidence = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(&(
			learner, class,
		));
		let awarded = super::Badges::award(
			frame_system::RawOrigin::Signed(issuer).into(),
			class,
			learner.clone(),
			evidence,
			None,
		);
		debug_assert!(awarded.is_ok(), "the benchmark badge is awarded: {awarded:?}");
	}
}
