//! Test runtime: frame-system and this pallet, with accounts 1 and 2 standing in for a passed
//! consortium motion.

use crate as pallet_consortium_root;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ConsortiumRoot: pallet_consortium_root,
	}
);

/// The account that the mock's consortium origin accepts.
pub const CONSORTIUM: u64 = 1;

/// An account with no say in the consortium.
pub const OUTSIDER: u64 = 3;

ord_parameter_types! {
	pub const Consortium: u64 = CONSORTIUM;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_consortium_root::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ConsortiumOrigin = EnsureSignedBy<Consortium, u64>;
	type WeightInfo = ();
}

/// Externalities at block 1, so that events are recorded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
