use super::*;
use crate::{
	GenesisConfig, GenesisOccupation, GenesisSkill, NextOccupationId, NextSkillId,
	OccupationIdByUri, SkillIdByUri, TaxonomyVersion,
};
use lifelong_primitives::SkillStatus;
use sp_runtime::BuildStorage;

/// Builds `config` in fresh storage, panicking like a node does on invalid genesis data.
fn build(config: GenesisConfig<Test>) {
	config.build_storage().expect("the genesis config is valid");
}

#[test]
fn genesis_build_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(TaxonomyVersion::<Test>::get().to_vec(), b"ESCO v1.1.1".to_vec());
		assert_eq!(NextSkillId::<Test>::get(), 4);
		assert_eq!(NextOccupationId::<Test>::get(), 1);
		assert_eq!(SkillIdByUri::<Test>::get(bounded(skill_uri(2))), Some(2));
		assert_eq!(OccupationIdByUri::<Test>::get(bounded(occupation_uri(0))), Some(0));

		let skill = Taxonomy::skill_info(1).expect("skill 1 exists");
		assert_eq!(skill.label, b"write code".to_vec());
		assert_eq!(skill.broader, vec![0]);
		assert_eq!(skill.status, SkillStatus::Active);
		let occupation = Taxonomy::occupation_info(0).expect("occupation 0 exists");
		assert_eq!(occupation.isco_group, 2512);
		assert_eq!(occupation.essential, vec![1, 2]);
		assert_eq!(occupation.optional, vec![3]);
	});
}

#[test]
fn genesis_build_works_when_empty() {
	ExtBuilder::empty().build_and_execute(|| {
		assert_eq!(NextSkillId::<Test>::get(), 0);
		assert_eq!(NextOccupationId::<Test>::get(), 0);
		assert!(TaxonomyVersion::<Test>::get().is_empty());
	});
}

#[test]
fn genesis_build_works_with_forward_broader_reference() {
	// In genesis, a broader skill may come later in the list.
	let mut config = sample_genesis();
	config.skills[0].broader = vec![3];
	ExtBuilder { genesis: config }.build_and_execute(|| {
		assert_eq!(Taxonomy::skill_info(0).map(|s| s.broader), Some(vec![3]));
	});
}

#[test]
fn genesis_config_round_trips_through_json() {
	let config = sample_genesis();
	let json = serde_json::to_value(&config).expect("the config serialises");
	assert_eq!(json["skills"][1]["broader"], serde_json::json!([0]));
	assert_eq!(json["skills"][1]["type"], "skillCompetence");
	assert_eq!(json["skills"][1]["reuse"], "crossSector");
	assert_eq!(json["occupations"][0]["isco"], 2512);
	let back: GenesisConfig<Test> = serde_json::from_value(json).expect("the JSON deserialises");
	assert_eq!(back.skills, config.skills);
	assert_eq!(back.occupations, config.occupations);
}

#[test]
#[should_panic(expected = "skill 1 (http://data.europa.eu/esco/skill/test-0): DuplicateSkillUri")]
fn genesis_build_fails_when_skill_uri_repeats() {
	let mut config = sample_genesis();
	config.skills[1].uri = config.skills[0].uri.clone();
	build(config);
}

#[test]
#[should_panic(expected = "skill 0 (not a uri): InvalidUri")]
fn genesis_build_fails_when_skill_uri_is_invalid() {
	let mut config = sample_genesis();
	config.skills[0].uri = "not a uri".into();
	build(config);
}

#[test]
#[should_panic(expected = "skill 2 (http://data.europa.eu/esco/skill/test-2): LabelTooLong")]
fn genesis_build_fails_when_label_is_too_long() {
	let mut config = sample_genesis();
	config.skills[2].label = "a".repeat(25);
	build(config);
}

#[test]
#[should_panic(expected = "skill 2 (http://data.europa.eu/esco/skill/test-2): UnknownBroaderSkill")]
fn genesis_build_fails_when_broader_skill_is_unknown() {
	let mut config = sample_genesis();
	config.skills[2].broader = vec![4];
	build(config);
}

#[test]
#[should_panic(expected = "SkillIsOwnBroader")]
fn genesis_build_fails_when_skill_is_own_broader() {
	let mut config = sample_genesis();
	config.skills[2].broader = vec![2];
	build(config);
}

#[test]
#[should_panic(
	expected = "occupation 0 (http://data.europa.eu/esco/occupation/test-0): UnknownSkill"
)]
fn genesis_build_fails_when_occupation_skill_is_unknown() {
	let mut config = sample_genesis();
	config.occupations[0].optional = vec![4];
	build(config);
}

#[test]
#[should_panic(expected = "DuplicateOccupationSkill")]
fn genesis_build_fails_when_skill_is_essential_and_optional() {
	let mut config = sample_genesis();
	config.occupations[0].optional = vec![1];
	build(config);
}

#[test]
#[should_panic(
	expected = "occupation 1 (http://data.europa.eu/esco/occupation/test-0): DuplicateOccupationUri"
)]
fn genesis_build_fails_when_occupation_uri_repeats() {
	let mut config = sample_genesis();
	let copy: GenesisOccupation = config.occupations[0].clone();
	config.occupations.push(copy);
	build(config);
}

#[test]
#[should_panic(expected = "TooManyEssentialSkills")]
fn genesis_build_fails_when_too_many_essential_skills() {
	let mut config = sample_genesis();
	config.skills.push(GenesisSkill {
		uri: "http://example.org/5".into(),
		label: "x".into(),
		..Default::default()
	});
	config.occupations[0].essential = vec![0, 1, 2, 3, 4];
	config.occupations[0].optional = vec![];
	build(config);
}

#[test]
#[should_panic(expected = "VersionTooLong")]
fn genesis_build_fails_when_version_is_too_long() {
	let mut config = sample_genesis();
	config.version = "v".repeat(17);
	build(config);
}
