//! Test runtime: System, Balances, Timestamp and the badges pallet, with a fixed taxonomy.

use crate as pallet_badges;
use crate::*;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use lifelong_primitives::{OccupationId, OnSkillProfileChanged, SkillRegistry, SkillStatus};
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u64;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		Badges: pallet_badges,
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
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

/// Issuer accredited at genesis, funded.
pub const ISSUER: AccountId = 1;
/// Second issuer accredited at genesis, funded.
pub const OTHER_ISSUER: AccountId = 2;
/// Delegate of [`ISSUER`], added by the builder before each test.
pub const DELEGATE: AccountId = 3;
/// Issuer accredited at genesis with a balance too small for any deposit.
pub const POOR_ISSUER: AccountId = 4;
/// An account with no role.
pub const STRANGER: AccountId = 9;
pub const LEARNER: AccountId = 10;
pub const OTHER_LEARNER: AccountId = 11;

/// Deposit per badge in the mock.
pub const DEPOSIT: Balance = 10;
/// Start of every test, in milliseconds since the Unix epoch.
pub const START: u64 = 1_000_000;

/// Skills 1 to 999 are active, 1000 to 1999 deprecated; other ids are unknown.
pub const DEPRECATED_SKILL: SkillId = 1_000;
pub const UNKNOWN_SKILL: SkillId = 5_000;

pub struct MockSkills;
impl SkillRegistry for MockSkills {
	fn skill_status(skill: SkillId) -> Option<SkillStatus> {
		if DEPRECATED_SINCE_GENESIS.with(|skills| skills.borrow().contains(&skill)) {
			return Some(SkillStatus::Deprecated);
		}
		match skill {
			1..=999 => Some(SkillStatus::Active),
			1_000..=1_999 => Some(SkillStatus::Deprecated),
			_ => None,
		}
	}
	fn broader_skills(_skill: SkillId) -> Vec<SkillId> {
		Vec::new()
	}
	fn occupation_is_active(_occupation: OccupationId) -> bool {
		false
	}
	fn occupation_skills(_occupation: OccupationId) -> Option<(Vec<SkillId>, Vec<SkillId>)> {
		None
	}
}

thread_local! {
	static DEPRECATED_SINCE_GENESIS: RefCell<Vec<SkillId>> = const { RefCell::new(Vec::new()) };
	static PROFILE_CHANGES: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
}

/// Records every learner whose profile the pallet reports as changed.
pub struct RecordProfileChanges;
impl OnSkillProfileChanged<AccountId> for RecordProfileChanges {
	fn on_skill_profile_changed(learner: &AccountId) {
		PROFILE_CHANGES.with(|changes| changes.borrow_mut().push(*learner));
	}

	fn on_skill_profile_changed_weight() -> frame_support::weights::Weight {
		PROFILE_HOOK_WEIGHT
	}
}

/// Weight that the mock's profile hook declares, so that tests can find it in call weights.
pub const PROFILE_HOOK_WEIGHT: frame_support::weights::Weight =
	frame_support::weights::Weight::from_parts(7_000_000, 64);

/// Deprecates an active skill of the mock taxonomy, as a taxonomy update would.
pub fn deprecate_skill(skill: SkillId) {
	DEPRECATED_SINCE_GENESIS.with(|skills| skills.borrow_mut().push(skill));
}

/// Returns and clears the learners reported as changed so far.
pub fn take_profile_changes() -> Vec<AccountId> {
	PROFILE_CHANGES.with(|changes| core::mem::take(&mut *changes.borrow_mut()))
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper for MockBenchmarkHelper {
	fn active_skills(count: u32) -> Vec<SkillId> {
		(1..=count).collect()
	}
}

parameter_types! {
	/// Deposit per badge; tests of the no-deposit path set it to zero.
	pub static BadgeDeposit: Balance = DEPOSIT;
}

impl pallet_badges::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BadgeDeposit = BadgeDeposit;
	type Time = Timestamp;
	type Skills = MockSkills;
	type OnProfileChanged = RecordProfileChanges;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxNameLength = ConstU32<64>;
	type MaxUrlLength = ConstU32<128>;
	type MaxDescriptionLength = ConstU32<256>;
	type MaxReasonLength = ConstU32<64>;
	type MaxSkillsPerClass = ConstU32<16>;
	type MaxDelegates = ConstU32<2>;
	type MaxCohortSize = ConstU32<500>;
	type MaxBadgesPerLearner = ConstU32<20>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Builds the test externalities: three accredited issuers, [`DELEGATE`] acting for
/// [`ISSUER`], the clock at [`START`].
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![
				(ISSUER, 1_000_000),
				(OTHER_ISSUER, 1_000_000),
				(POOR_ISSUER, 15),
				(STRANGER, 1_000),
				(LEARNER, 1_000),
				(OTHER_LEARNER, 1_000),
			],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_badges::GenesisConfig::<Test> {
			issuers: vec![
				(ISSUER, b"University of Tartu".to_vec(), b"https://ut.ee".to_vec()),
				(OTHER_ISSUER, b"TU Delft".to_vec(), b"https://tudelft.nl".to_vec()),
				(POOR_ISSUER, b"Small College".to_vec(), b"https://college.example".to_vec()),
			],
		}
		.assimilate_storage(&mut storage)
		.unwrap();

		BadgeDeposit::set(DEPOSIT);
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(START);
			assert!(Badges::add_delegate(RuntimeOrigin::signed(ISSUER), DELEGATE).is_ok());
			take_profile_changes();
		});
		ext
	}

	/// Runs `test`, then checks the pallet's storage invariants.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Badges::do_try_state().expect("try_state found an inconsistency");
		});
	}
}

/// Returns the last event that the badges pallet emitted.
pub fn last_event() -> pallet_badges::Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Badges(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("no badges event was emitted")
}

/// Returns the badges pallet's events, oldest first.
pub fn badge_events() -> Vec<pallet_badges::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Badges(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// Evidence hash number `n`.
pub fn evidence(n: u64) -> sp_core::H256 {
	sp_core::H256::from_low_u64_be(n)
}

/// Creates a class of `issuer` certifying `skills` and returns its id.
pub fn create_class_with(
	issuer: AccountId,
	skills: Vec<(SkillId, ProficiencyLevel)>,
	validity: Option<u64>,
) -> ClassId {
	let class = NextClassId::<Test>::get();
	assert!(Badges::create_class(
		RuntimeOrigin::signed(issuer),
		b"Data Analysis I".to_vec(),
		b"First course in data analysis".to_vec(),
		Some(b"https://ut.ee/criteria/da1".to_vec()),
		None,
		skills,
		validity,
		Some(6),
		Some(60),
	)
	.is_ok());
	class
}

/// Creates a class of [`ISSUER`] certifying skill 1 (advanced) and 2 (foundation).
pub fn create_class() -> ClassId {
	create_class_with(
		ISSUER,
		vec![(1, ProficiencyLevel::Advanced), (2, ProficiencyLevel::Foundation)],
		None,
	)
}

/// Awards a badge of `class` to `learner` by [`ISSUER`] and returns its id.
pub fn award_to(class: ClassId, learner: AccountId, evidence_number: u64) -> BadgeId {
	let badge = NextBadgeId::<Test>::get();
	assert!(Badges::award(
		RuntimeOrigin::signed(ISSUER),
		class,
		learner,
		evidence(evidence_number),
		None
	)
	.is_ok());
	badge
}
