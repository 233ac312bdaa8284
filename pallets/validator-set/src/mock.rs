//! Test runtime: frame-system, balances for the session key deposit, this pallet, and the
//! session pallet with `PeriodicSessions` and `UintAuthorityId` keys.

use crate as pallet_validator_set;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use sp_runtime::{testing::UintAuthorityId, traits::ConvertInto, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		// Before `Session`, so its genesis exists when the session pallet reads the validators.
		ValidatorSet: pallet_validator_set,
		Session: pallet_session,
	}
);

/// Blocks per session.
pub const SESSION_PERIOD: u64 = 5;

/// Balance of every endowed account, enough for the session key deposit.
pub const ENDOWMENT: u64 = 1_000;

parameter_types! {
	pub static MinValidators: u32 = 2;
	pub const MaxValidators: u32 = 10;
	pub const KeyDeposit: u64 = 10;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

impl pallet_validator_set::Config for Test {
	type ValidatorId = u64;
	type ValidatorRegistration = Session;
	type GovernanceOrigin = EnsureRoot<u64>;
	type MinValidators = MinValidators;
	type MaxValidators = MaxValidators;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

type Periodic = pallet_session::PeriodicSessions<ConstU64<SESSION_PERIOD>, ConstU64<0>>;

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = u64;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Periodic;
	type NextSessionRotation = Periodic;
	type SessionManager = ValidatorSet;
	type SessionHandler = pallet_session::TestSessionHandler;
	type Keys = UintAuthorityId;
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = KeyDeposit;
}

/// Registers keys by writing the session pallet's key storage directly.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockBenchmarkHelper {
	fn register_keys(who: &u64) {
		pallet_session::NextKeys::<Test>::insert(who, UintAuthorityId(*who));
	}
}

/// Builds test externalities from a genesis validator set and the accounts with session keys.
pub struct ExtBuilder {
	validators: Vec<u64>,
	keyed: Vec<u64>,
	min_validators: u32,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { validators: vec![1, 2, 3, 4], keyed: vec![1, 2, 3, 4], min_validators: 2 }
	}
}

impl ExtBuilder {
	/// Sets the genesis validators and gives each of them session keys.
	pub fn validators(mut self, validators: Vec<u64>) -> Self {
		self.keyed = validators.clone();
		self.validators = validators;
		self
	}

	/// Sets the accounts that have session keys at genesis, replacing those set by
	/// [`Self::validators`]. They need not be validators.
	pub fn keyed(mut self, keyed: Vec<u64>) -> Self {
		self.keyed = keyed;
		self
	}

	/// Sets `MinValidators`.
	pub fn min_validators(mut self, min_validators: u32) -> Self {
		self.min_validators = min_validators;
		self
	}

	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		MinValidators::set(self.min_validators);

		let mut storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the system genesis builds");
		pallet_balances::GenesisConfig::<Test> {
			balances: (1..=20).map(|account| (account, ENDOWMENT)).collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.expect("the balances genesis builds");
		pallet_validator_set::GenesisConfig::<Test> { initial_validators: self.validators.clone() }
			.assimilate_storage(&mut storage)
			.expect("the validator set genesis builds");
		// Without genesis validators, every keyed account is a session genesis authority, so
		// tests can see the session pallet's fallback.
		let (keys, non_authority_keys) =
			self.keyed.iter().map(|&who| (who, who, UintAuthorityId(who))).partition(
				|(who, _, _)| self.validators.is_empty() || self.validators.contains(who),
			);
		pallet_session::GenesisConfig::<Test> { keys, non_authority_keys }
			.assimilate_storage(&mut storage)
			.expect("the session genesis builds");

		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds the externalities, runs `test` and then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			ValidatorSet::do_try_state().expect("try_state must hold after every test");
		});
	}
}

/// Advances block by block until the session pallet has started session `index`.
pub fn run_to_session(index: u32) {
	while Session::current_index() < index {
		let next = System::block_number().saturating_add(1);
		System::set_block_number(next);
		Session::on_initialize(next);
	}
}

/// Registers `UintAuthorityId(who)` as the session keys of `who`, signed by `who`.
pub fn set_keys(who: u64) {
	Session::set_keys(RuntimeOrigin::signed(who), UintAuthorityId(who), vec![])
		.expect("an endowed account can register keys");
}

/// Returns the pallet's events since genesis.
pub fn validator_set_events() -> Vec<crate::Event<Test>> {
	System::read_events_for_pallet::<crate::Event<Test>>()
}

/// Returns the pallet's last event.
pub fn last_event() -> crate::Event<Test> {
	validator_set_events().pop().expect("the pallet has emitted an event")
}
