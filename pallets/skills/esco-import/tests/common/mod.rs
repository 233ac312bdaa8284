//! Test runtime with the skills pallet at its suggested bounds, as the Lifelong runtime uses.

use frame_support::{derive_impl, traits::ConstU32};
use pallet_skills::defaults;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Skills: pallet_skills,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_skills::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type MaxBatchSize = ConstU32<{ defaults::MAX_BATCH_SIZE }>;
	type MaxUriLen = ConstU32<{ defaults::MAX_URI_LEN }>;
	type MaxLabelLen = ConstU32<{ defaults::MAX_LABEL_LEN }>;
	type MaxBroaderSkills = ConstU32<{ defaults::MAX_BROADER_SKILLS }>;
	type MaxEssentialSkills = ConstU32<{ defaults::MAX_ESSENTIAL_SKILLS }>;
	type MaxOptionalSkills = ConstU32<{ defaults::MAX_OPTIONAL_SKILLS }>;
	type MaxVersionLen = ConstU32<{ defaults::MAX_VERSION_LEN }>;
	type WeightInfo = ();
}
