use super::*;
use crate::{OccupationInfo, SkillInfo};
use frame_support::assert_ok;
use lifelong_primitives::{SkillRegistry, SkillStatus};

#[test]
fn skill_status_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Taxonomy::skill_status(0), Some(SkillStatus::Active));
		assert_eq!(Taxonomy::skill_status(4), None);
	});
}

#[test]
fn broader_skills_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Taxonomy::broader_skills(2), vec![1]);
		assert_eq!(Taxonomy::broader_skills(0), Vec::<u32>::new());
		assert_eq!(Taxonomy::broader_skills(99), Vec::<u32>::new());
	});
}

#[test]
fn occupation_is_active_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Taxonomy::occupation_is_active(0));
		assert!(!Taxonomy::occupation_is_active(1));
	});
}

#[test]
fn occupation_skills_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Taxonomy::occupation_skills(0), Some((vec![1, 2], vec![3])));
		assert_eq!(Taxonomy::occupation_skills(1), None);
	});
}

#[test]
fn skill_info_by_uri_works() {
	ExtBuilder::default().build_and_execute(|| {
		let expected = SkillInfo {
			id: 2,
			uri: skill_uri(2),
			label: b"test code".to_vec(),
			skill_type: Some(SkillType::SkillCompetence),
			reuse_level: Some(ReuseLevel::CrossSector),
			broader: vec![1],
			status: SkillStatus::Active,
		};
		assert_eq!(Taxonomy::skill_info_by_uri(&skill_uri(2)), Some(expected.clone()));
		assert_eq!(Taxonomy::skill_info(2), Some(expected));
		assert_eq!(Taxonomy::skill_info_by_uri(&skill_uri(9)), None);
		// A URI over MaxUriLen cannot be stored, so it resolves to nothing rather than failing.
		assert_eq!(Taxonomy::skill_info_by_uri(&[b'h'; 100]), None);
	});
}

#[test]
fn occupation_info_by_uri_works() {
	ExtBuilder::default().build_and_execute(|| {
		let expected = OccupationInfo {
			id: 0,
			uri: occupation_uri(0),
			label: b"software developer".to_vec(),
			isco_group: 2512,
			essential: vec![1, 2],
			optional: vec![3],
			status: SkillStatus::Active,
		};
		assert_eq!(Taxonomy::occupation_info_by_uri(&occupation_uri(0)), Some(expected.clone()));
		assert_eq!(Taxonomy::occupation_info(0), Some(expected));
		assert_eq!(Taxonomy::occupation_info_by_uri(&occupation_uri(1)), None);
		assert_eq!(Taxonomy::occupation_info(1), None);
	});
}

#[test]
fn occupation_skill_infos_works() {
	ExtBuilder::default().build_and_execute(|| {
		let skills = Taxonomy::occupation_skill_infos(0).expect("occupation 0 exists");
		let essential: Vec<u32> = skills.essential.iter().map(|s| s.id).collect();
		let optional: Vec<u32> = skills.optional.iter().map(|s| s.id).collect();
		assert_eq!(essential, vec![1, 2]);
		assert_eq!(optional, vec![3]);
		assert_eq!(skills.optional[0].label, b"public speaking".to_vec());
		assert_eq!(Taxonomy::occupation_skill_infos(1), None);
	});
}

#[test]
fn taxonomy_version_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Taxonomy::taxonomy_version(), b"ESCO v1.1.1".to_vec());
		assert_ok!(Taxonomy::set_taxonomy_version(governance(), b"ESCO v1.2.0".to_vec()));
		assert_eq!(Taxonomy::taxonomy_version(), b"ESCO v1.2.0".to_vec());
	});
}
