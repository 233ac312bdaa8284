//! Test runtime for the skills pallet, with small bounds so that tests reach them.

use crate::{self as pallet_skills, GenesisOccupation, GenesisSkill, ReuseLevel, SkillType};
use alloc::{format, string::String, vec, vec::Vec};
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Taxonomy: pallet_skills,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxBatchSize: u32 = 5;
}

impl pallet_skills::Config for Test {
	type GovernanceOrigin = EnsureRoot<u64>;
	type MaxBatchSize = MaxBatchSize;
	type MaxUriLen = ConstU32<64>;
	type MaxLabelLen = ConstU32<24>;
	type MaxBroaderSkills = ConstU32<3>;
	type MaxEssentialSkills = ConstU32<4>;
	type MaxOptionalSkills = ConstU32<4>;
	type MaxVersionLen = ConstU32<16>;
	type WeightInfo = ();
}

/// Returns the test URI of skill number `n`.
pub fn skill_uri(n: u32) -> Vec<u8> {
	format!("http://data.europa.eu/esco/skill/test-{n}").into_bytes()
}

/// Returns the test URI of occupation number `n`.
pub fn occupation_uri(n: u32) -> Vec<u8> {
	format!("http://data.europa.eu/esco/occupation/test-{n}").into_bytes()
}

fn text(bytes: Vec<u8>) -> String {
	String::from_utf8(bytes).unwrap_or_default()
}

/// Returns the sample taxonomy that [`ExtBuilder::default`] loads:
///
/// - skills 0 ("use a computer"), 1 ("write code", broader 0), 2 ("test code", broader 1) and
///   3 ("public speaking"), all active;
/// - occupation 0 ("software developer", ISCO 2512): essential 1 and 2, optional 3.
pub fn sample_genesis() -> pallet_skills::GenesisConfig<Test> {
	let skill = |n: u32, label: &str, broader: Vec<u32>| GenesisSkill {
		uri: text(skill_uri(n)),
		label: label.into(),
		skill_type: Some(SkillType::SkillCompetence),
		reuse_level: Some(ReuseLevel::CrossSector),
		broader,
	};
	pallet_skills::GenesisConfig {
		version: "ESCO v1.1.1".into(),
		skills: vec![
			skill(0, "use a computer", vec![]),
			skill(1, "write code", vec![0]),
			skill(2, "test code", vec![1]),
			skill(3, "public speaking", vec![]),
		],
		occupations: vec![GenesisOccupation {
			uri: text(occupation_uri(0)),
			label: "software developer".into(),
			isco_group: 2512,
			essential: vec![1, 2],
			optional: vec![3],
		}],
		_config: Default::default(),
	}
}

/// Builds test externalities from a genesis config and checks `try_state` after each test.
pub struct ExtBuilder {
	/// Genesis config of the skills pallet.
	pub genesis: pallet_skills::GenesisConfig<Test>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { genesis: sample_genesis() }
	}
}

impl ExtBuilder {
	/// Starts from an empty taxonomy instead of the sample.
	pub fn empty() -> Self {
		Self { genesis: Default::default() }
	}

	/// Builds the externalities without running a test.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the default system genesis builds; qed");
		self.genesis
			.assimilate_storage(&mut storage)
			.expect("the test genesis config is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		// Events are only recorded from block 1 on.
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's storage invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Taxonomy::do_try_state().expect("try_state passes after the test");
		});
	}
}

/// Returns the last event of the pallet.
pub fn last_event() -> pallet_skills::Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Taxonomy(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("the pallet emitted an event")
}

/// Returns all events of the pallet, oldest first.
pub fn skill_events() -> Vec<pallet_skills::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Taxonomy(event) => Some(event),
			_ => None,
		})
		.collect()
}
