//! Test runtime: System, Balances and this pallet, with in-memory stand-ins for the skills
//! taxonomy, learners' profiles and the issuer registry.

// Test code may panic: a panic is how a test fails.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::panic,
	clippy::unwrap_used
)]

use crate as pallet_recommendations;
use crate::{
	pallet::{CourseDetailsOf, JobDetailsOf, PreferencesOf},
	RequiredSkill, SkillWeight, TaughtSkill, WorkerId,
};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Contains, Hooks, Time},
	BoundedVec,
};
use lifelong_primitives::{
	OccupationId, ProficiencyLevel, SkillHolding, SkillId, SkillProfileProvider, SkillRegistry,
	SkillStatus,
};
use sp_core::{
	offchain::{
		testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
		OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
	},
	Pair,
};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::{generic::UncheckedExtrinsic, BuildStorage};
use std::{
	collections::{BTreeMap, BTreeSet},
	sync::Arc,
};

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

/// Transaction extension of the transactions that the worker creates.
pub type TxExtension = frame_system::AuthorizeCall<Test>;
/// Extrinsic type of the transactions that the worker creates.
pub type Extrinsic = UncheckedExtrinsic<AccountId, RuntimeCall, (), TxExtension>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Recommendations: pallet_recommendations,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl frame_system::offchain::CreateTransactionBase<crate::Call<Test>> for Test {
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl frame_system::offchain::CreateTransaction<crate::Call<Test>> for Test {
	type Extension = TxExtension;

	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> Extrinsic {
		Extrinsic::new_transaction(call, extension)
	}
}

impl frame_system::offchain::CreateAuthorizedTransaction<crate::Call<Test>> for Test {
	fn create_extension() -> TxExtension {
		frame_system::AuthorizeCall::new()
	}
}

/// Start time of every test: 2024-01-01 in milliseconds since the Unix epoch.
pub const START: u64 = 1_704_067_200_000;
/// One day in milliseconds.
pub const DAY: u64 = 24 * 60 * 60 * 1000;

parameter_types! {
	pub static Now: u64 = START;
	/// Stands in for the profile pallet's weight, so that tests can see it added.
	pub const ProfileReadWeight: frame_support::weights::Weight =
		frame_support::weights::Weight::from_parts(7_000_000, 1_000);
}

/// Clock that tests set through [`Now`].
pub struct MockTime;
impl Time for MockTime {
	type Moment = u64;
	fn now() -> u64 {
		Now::get()
	}
}

thread_local! {
	static SKILLS: RefCell<BTreeMap<SkillId, (SkillStatus, Vec<SkillId>)>> =
		RefCell::new(BTreeMap::new());
	static OCCUPATIONS: RefCell<BTreeMap<OccupationId, (Vec<SkillId>, Vec<SkillId>)>> =
		RefCell::new(BTreeMap::new());
	static PROFILES: RefCell<BTreeMap<AccountId, Vec<(SkillId, SkillHolding<u64>)>>> =
		RefCell::new(BTreeMap::new());
	static PROVIDERS: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
}

/// In-memory skills taxonomy.
pub struct MockSkills;
impl MockSkills {
	/// Adds an active skill with the given direct broader skills.
	pub fn add(skill: SkillId, broader: &[SkillId]) {
		SKILLS.with(|s| s.borrow_mut().insert(skill, (SkillStatus::Active, broader.to_vec())));
	}
	/// Marks a skill deprecated.
	pub fn deprecate(skill: SkillId) {
		SKILLS.with(|s| {
			if let Some(entry) = s.borrow_mut().get_mut(&skill) {
				entry.0 = SkillStatus::Deprecated;
			}
		});
	}
	/// Adds an occupation with its essential and optional skills.
	pub fn add_occupation(occupation: OccupationId, essential: &[SkillId], optional: &[SkillId]) {
		OCCUPATIONS
			.with(|o| o.borrow_mut().insert(occupation, (essential.to_vec(), optional.to_vec())));
	}
}
impl SkillRegistry for MockSkills {
	fn skill_status(skill: SkillId) -> Option<SkillStatus> {
		SKILLS.with(|s| s.borrow().get(&skill).map(|entry| entry.0))
	}
	fn broader_skills(skill: SkillId) -> Vec<SkillId> {
		SKILLS.with(|s| s.borrow().get(&skill).map(|entry| entry.1.clone()).unwrap_or_default())
	}
	fn occupation_is_active(occupation: OccupationId) -> bool {
		OCCUPATIONS.with(|o| o.borrow().contains_key(&occupation))
	}
	fn occupation_skills(occupation: OccupationId) -> Option<(Vec<SkillId>, Vec<SkillId>)> {
		OCCUPATIONS.with(|o| o.borrow().get(&occupation).cloned())
	}
}

/// In-memory learner profiles; [`MockProfiles::award`] notifies the pallet as badges would.
pub struct MockProfiles;
impl MockProfiles {
	/// Sets the level of a learner's skill, as an award at time `at`, and notifies the pallet.
	pub fn award(learner: AccountId, skill: SkillId, level: ProficiencyLevel, at: u64) {
		PROFILES.with(|p| {
			let mut profiles = p.borrow_mut();
			let profile = profiles.entry(learner).or_default();
			match profile.iter_mut().find(|(id, _)| *id == skill) {
				Some((_, holding)) => {
					holding.level = holding.level.max(level);
					holding.badge_count += 1;
					holding.last_awarded = at;
				}
				None => {
					profile.push((skill, SkillHolding { level, badge_count: 1, last_awarded: at }))
				}
			}
			profile.sort_by_key(|(id, _)| *id);
		});
		<crate::Pallet<Test> as lifelong_primitives::OnSkillProfileChanged<AccountId>>::on_skill_profile_changed(&learner);
	}
}
impl SkillProfileProvider<AccountId, u64> for MockProfiles {
	fn skill_profile(learner: &AccountId) -> Vec<(SkillId, SkillHolding<u64>)> {
		PROFILES.with(|p| p.borrow().get(learner).cloned().unwrap_or_default())
	}
}

/// In-memory issuer registry.
pub struct MockProviders;
impl MockProviders {
	/// Accredits a course provider.
	pub fn add(who: AccountId) {
		PROVIDERS.with(|p| p.borrow_mut().insert(who));
	}
}
impl Contains<AccountId> for MockProviders {
	fn contains(who: &AccountId) -> bool {
		PROVIDERS.with(|p| p.borrow().contains(who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn create_skill() -> SkillId {
		let id = SKILLS.with(|s| s.borrow().keys().next_back().map_or(1, |last| last + 1));
		MockSkills::add(id, &[]);
		id
	}
	fn create_occupation(essential: &[SkillId]) -> OccupationId {
		let id = OCCUPATIONS.with(|o| o.borrow().keys().next_back().map_or(1, |last| last + 1));
		MockSkills::add_occupation(id, essential, &[]);
		id
	}
	fn make_course_provider(who: &AccountId) {
		MockProviders::add(*who);
	}
	fn award_skills(learner: &AccountId, skills: &[(SkillId, ProficiencyLevel)]) {
		for (skill, level) in skills {
			MockProfiles::award(*learner, *skill, *level, Now::get());
		}
	}
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = MockTime;
	type Skills = MockSkills;
	type Profiles = MockProfiles;
	type CourseProviders = MockProviders;
	type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
	type JobDeposit = ConstU64<100>;
	type CourseDeposit = ConstU64<80>;
	type DepositPerSkill = ConstU64<10>;
	type MaxListingDuration = ConstU64<{ 365 * DAY }>;
	type MaxTextLength = ConstU32<64>;
	type MaxUrlLength = ConstU32<128>;
	type MaxListingSkills = ConstU32<64>;
	type MaxWorkers = ConstU32<8>;
	type MaxResultsPerBlock = ConstU32<2>;
	type MaxJobResults = ConstU32<5>;
	type MaxCourseResults = ConstU32<5>;
	type MaxMissingSkills = ConstU32<8>;
	type MaxCandidatesPerSkill = ConstU32<50>;
	type SubmissionPriority = ConstU64<{ 1 << 20 }>;
	type WeightInfo = ();
	type ProfileReadWeight = ProfileReadWeight;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Root employer of the tests.
pub const EMPLOYER: AccountId = 1;
/// Accredited course provider of the tests.
pub const PROVIDER: AccountId = 2;
/// A learner.
pub const LEARNER: AccountId = 10;
/// An account with funds but no role.
pub const OTHER: AccountId = 3;
/// An account without funds.
pub const POOR: AccountId = 4;

/// Returns the worker key generated from `seed` in the test keystore.
pub fn worker_key(keystore: &MemoryKeystore, seed: &str) -> WorkerId {
	let public = keystore
		.sr25519_generate_new(crate::KEY_TYPE, Some(seed))
		.expect("the memory keystore generates keys; qed");
	WorkerId::from(public)
}

/// Returns a worker key that is not in any keystore.
pub fn foreign_key(seed: &str) -> WorkerId {
	WorkerId::from(sp_core::sr25519::Pair::from_string(seed, None).expect("valid seed").public())
}

/// Test externalities with off-chain, pool and keystore extensions.
pub struct ExtBuilder {
	workers: Vec<&'static str>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { workers: vec!["//Alice"] }
	}
}

/// Worker keys and transaction pool of a test.
pub struct TestContext {
	/// Registered worker keys, in keystore-seed order.
	pub workers: Vec<WorkerId>,
	/// The transaction pool the worker submits to.
	pub pool: Arc<parking_lot::RwLock<PoolState>>,
}

impl ExtBuilder {
	/// Registers worker keys generated from these seeds in the keystore and at genesis.
	pub fn workers(mut self, seeds: &[&'static str]) -> Self {
		self.workers = seeds.to_vec();
		self
	}

	/// Builds the externalities and the context that tests get.
	pub fn build(self) -> (sp_io::TestExternalities, TestContext) {
		Now::set(START);
		SKILLS.with(|s| s.borrow_mut().clear());
		OCCUPATIONS.with(|o| o.borrow_mut().clear());
		PROFILES.with(|p| p.borrow_mut().clear());
		PROVIDERS.with(|p| p.borrow_mut().clear());
		for skill in 1..=20 {
			MockSkills::add(skill, &[]);
		}
		MockProviders::add(PROVIDER);

		let keystore = MemoryKeystore::new();
		let workers: Vec<WorkerId> =
			self.workers.iter().map(|seed| worker_key(&keystore, seed)).collect();

		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(EMPLOYER, 10_000), (PROVIDER, 10_000), (OTHER, 10_000), (LEARNER, 100)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		crate::GenesisConfig::<Test> { worker_keys: workers.clone(), employers: vec![EMPLOYER] }
			.assimilate_storage(&mut storage)
			.unwrap();

		let mut ext = sp_io::TestExternalities::new(storage);
		let (offchain, _offchain_state) = TestOffchainExt::new();
		let (pool, pool_state) = TestTransactionPoolExt::new();
		ext.register_extension(OffchainWorkerExt::new(offchain.clone()));
		ext.register_extension(OffchainDbExt::new(offchain));
		ext.register_extension(TransactionPoolExt::new(pool));
		ext.register_extension(KeystoreExt::new(keystore));
		ext.execute_with(|| System::set_block_number(1));
		(ext, TestContext { workers, pool: pool_state })
	}

	/// Builds the externalities and runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce(&TestContext)) {
		let (mut ext, context) = self.build();
		ext.execute_with(|| {
			test(&context);
			crate::try_state::check::<Test>().expect("state invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark tests: no worker keys registered.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().workers(&[]).build().0
}

/// Runs `on_idle` with ample weight and moves to the next block.
pub fn next_block() {
	let block = System::block_number();
	Recommendations::on_idle(block, frame_support::weights::Weight::MAX);
	System::set_block_number(block + 1);
}

/// Returns a bounded vector from a slice, for test inputs.
pub fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(bytes.to_vec()).expect("test input within bound")
}

/// Returns job details requiring `skills` (all essential at intermediate level), in Addis Ababa,
/// expiring in 30 days.
pub fn job_details(skills: &[SkillId]) -> JobDetailsOf<Test> {
	let required = skills
		.iter()
		.map(|skill| RequiredSkill {
			skill: *skill,
			min_level: ProficiencyLevel::Intermediate,
			weight: SkillWeight::Essential,
		})
		.collect::<Vec<_>>();
	job_details_with(required)
}

/// Returns job details with the given required skills.
pub fn job_details_with(skills: Vec<RequiredSkill>) -> JobDetailsOf<Test> {
	crate::JobDetails {
		title: bounded(b"Software developer"),
		employer_name: bounded(b"Example employer"),
		location: bounded(b"Addis Ababa"),
		url: bounded(b"https://jobs.example/1"),
		occupation: None,
		skills: BoundedVec::try_from(skills).expect("test input within bound"),
		expires_at: START + 30 * DAY,
	}
}

/// Returns course details teaching `skills` at advanced level, expiring in 60 days.
pub fn course_details(skills: &[SkillId]) -> CourseDetailsOf<Test> {
	let taught = skills
		.iter()
		.map(|skill| TaughtSkill { skill: *skill, level: ProficiencyLevel::Advanced })
		.collect::<Vec<_>>();
	crate::CourseDetails {
		title: bounded(b"Databases"),
		url: bounded(b"https://courses.example/1"),
		skills: BoundedVec::try_from(taught).expect("test input within bound"),
		ects_tenths: 50,
		duration_hours: 120,
		language: *b"en",
		badge_class: 7,
		expires_at: START + 60 * DAY,
	}
}

/// Returns default learner preferences: no goal, no location, five results.
pub fn preferences() -> PreferencesOf<Test> {
	crate::LearnerPreferences { goal: None, location: None, max_results: 5 }
}

/// Returns the last event of this pallet.
pub fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Recommendations(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("the pallet emitted an event")
}
