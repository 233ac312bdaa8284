//! Imports the ESCO v1.1.1 files shipped in `data/esco/` and builds genesis storage from them.

mod common;

use common::Test;
use lifelong_esco_import::{default_data_dir, load_taxonomy, read_taxonomy};
use lifelong_primitives::{SkillRegistry, SkillStatus};
use pallet_skills::{GenesisConfig, Pallet, SkillType};
use sp_runtime::BuildStorage;

const MANAGE_MUSICAL_STAFF: &str =
	"http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
const TECHNICAL_DIRECTOR: &str =
	"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";

#[test]
fn shipped_data_has_all_of_esco() {
	let taxonomy = read_taxonomy(&default_data_dir()).expect("the shipped data is valid");
	assert_eq!(taxonomy.version, "ESCO v1.1.1");
	assert_eq!(taxonomy.skills.len(), 13_896);
	assert_eq!(taxonomy.occupations.len(), 3_007);
	let relations: usize =
		taxonomy.occupations.iter().map(|o| o.essential.len() + o.optional.len()).sum();
	assert_eq!(relations, 123_788);
	let broader: usize = taxonomy.skills.iter().map(|s| s.broader.len()).sum();
	assert_eq!(broader, 6_565);
}

#[test]
fn shipped_data_resolves_known_uri() {
	let taxonomy = read_taxonomy(&default_data_dir()).expect("the shipped data is valid");
	let (id, skill) = taxonomy
		.skills
		.iter()
		.enumerate()
		.find(|(_, skill)| skill.uri == MANAGE_MUSICAL_STAFF)
		.expect("manage musical staff is in ESCO v1.1.1");
	assert_eq!(id, 0);
	assert_eq!(skill.label, "manage musical staff");
	assert_eq!(skill.skill_type, Some(SkillType::SkillCompetence));
}

#[test]
fn shipped_data_builds_genesis_storage() {
	let json = load_taxonomy(&default_data_dir()).expect("the shipped data is valid");
	let json_bytes = serde_json::to_vec(&json).expect("JSON serialises").len();
	assert!(json_bytes < 8_000_000, "the genesis JSON has {json_bytes} bytes");

	let config: GenesisConfig<Test> =
		serde_json::from_value(json).expect("the JSON is a skills genesis config");
	let storage = config.build_storage().expect("the genesis config builds");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		let skill = Pallet::<Test>::skill_info_by_uri(MANAGE_MUSICAL_STAFF.as_bytes())
			.expect("the skill resolves by URI");
		assert_eq!(skill.label, b"manage musical staff".to_vec());
		assert_eq!(skill.status, SkillStatus::Active);
		assert_eq!(Pallet::<Test>::broader_skills(skill.id), skill.broader);

		let occupation = Pallet::<Test>::occupation_info_by_uri(TECHNICAL_DIRECTOR.as_bytes())
			.expect("the occupation resolves by URI");
		assert_eq!(occupation.label, b"technical director".to_vec());
		assert_eq!(occupation.isco_group, 2654);
		assert_eq!(occupation.essential.len(), 8);
		assert!(Pallet::<Test>::occupation_is_active(occupation.id));
		assert_eq!(Pallet::<Test>::taxonomy_version(), b"ESCO v1.1.1".to_vec());
		assert_eq!(pallet_skills::NextSkillId::<Test>::get(), 13_896);
		assert_eq!(pallet_skills::NextOccupationId::<Test>::get(), 3_007);
		Pallet::<Test>::do_try_state().expect("the URI indexes and records agree");
	});
}
