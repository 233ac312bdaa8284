use super::*;
use crate::{Error, Event, NextSkillId, SkillIdByUri, Skills};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::SkillStatus;
use sp_runtime::DispatchError;

#[test]
fn add_skills_works() {
	ExtBuilder::default().build_and_execute(|| {
		// The second skill names the first, which comes earlier in the same batch.
		let batch = vec![new_skill(10, vec![3, 0]), new_skill(11, vec![4])];
		assert_ok!(Taxonomy::add_skills(governance(), batch));

		let first = Skills::<Test>::get(4).expect("skill 4 was added");
		assert_eq!(first.uri.to_vec(), skill_uri(10));
		assert_eq!(first.label.to_vec(), b"new skill".to_vec());
		assert_eq!(first.skill_type, Some(SkillType::Knowledge));
		assert_eq!(first.reuse_level, Some(ReuseLevel::Transversal));
		assert_eq!(first.broader.to_vec(), vec![0, 3]);
		assert_eq!(first.status, SkillStatus::Active);
		assert_eq!(Skills::<Test>::get(5).map(|r| r.broader.to_vec()), Some(vec![4]));
		assert_eq!(SkillIdByUri::<Test>::get(bounded(skill_uri(11))), Some(5));
		assert_eq!(NextSkillId::<Test>::get(), 6);
		assert_eq!(
			skill_events(),
			vec![
				Event::SkillAdded { skill: 4, uri: bounded(skill_uri(10)) },
				Event::SkillAdded { skill: 5, uri: bounded(skill_uri(11)) },
			]
		);
	});
}

#[test]
fn add_skills_works_without_type_or_reuse_level() {
	ExtBuilder::default().build_and_execute(|| {
		let skill = NewSkill { skill_type: None, reuse_level: None, ..new_skill(10, vec![]) };
		assert_ok!(Taxonomy::add_skills(governance(), vec![skill]));

		let record = Skills::<Test>::get(4).expect("skill 4 was added");
		assert_eq!(record.skill_type, None);
		assert_eq!(record.reuse_level, None);
		assert_eq!(last_event(), Event::SkillAdded { skill: 4, uri: bounded(skill_uri(10)) });
	});
}

#[test]
fn add_skills_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_skills(signed(), vec![new_skill(10, vec![])]),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_skills_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::add_skills(governance(), vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn add_skills_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		let batch: Vec<NewSkill> = (10..16).map(|n| new_skill(n, vec![])).collect();
		assert_noop!(Taxonomy::add_skills(governance(), batch), Error::<Test>::BatchTooLarge);
	});
}

#[test]
fn add_skills_fails_when_uri_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let skill = NewSkill {
			uri: [b"http://".as_slice(), &[b'a'; 58]].concat(),
			..new_skill(10, vec![])
		};
		assert_eq!(skill.uri.len(), 65);
		assert_noop!(Taxonomy::add_skills(governance(), vec![skill]), Error::<Test>::UriTooLong);
	});
}

#[test]
fn add_skills_fails_when_uri_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let invalid: [&[u8]; 5] = [
			b"",
			b"data.europa.eu/esco/skill/no-scheme",
			b"http://data.europa.eu/esco/skill/with space",
			b"http://data.europa.eu/esco/skill/caf\xc3\xa9",
			b"ftp://data.europa.eu/esco/skill/x",
		];
		for uri in invalid {
			let skill = NewSkill { uri: uri.to_vec(), ..new_skill(10, vec![]) };
			assert_noop!(
				Taxonomy::add_skills(governance(), vec![skill]),
				Error::<Test>::InvalidUri
			);
		}
	});
}

#[test]
fn add_skills_fails_when_uri_is_registered() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(0, vec![])]),
			Error::<Test>::DuplicateSkillUri
		);
	});
}

#[test]
fn add_skills_fails_when_batch_repeats_uri() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![new_skill(10, vec![]), new_skill(10, vec![])];
		assert_noop!(Taxonomy::add_skills(governance(), batch), Error::<Test>::DuplicateSkillUri);
	});
}

#[test]
fn add_skills_fails_when_label_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let skill = NewSkill { label: vec![b'a'; 25], ..new_skill(10, vec![]) };
		assert_noop!(Taxonomy::add_skills(governance(), vec![skill]), Error::<Test>::LabelTooLong);
	});
}

#[test]
fn add_skills_fails_when_label_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let invalid: [&[u8]; 3] = [b"", b"bad \xff byte", b"line\nbreak"];
		for label in invalid {
			let skill = NewSkill { label: label.to_vec(), ..new_skill(10, vec![]) };
			assert_noop!(
				Taxonomy::add_skills(governance(), vec![skill]),
				Error::<Test>::InvalidLabel
			);
		}
	});
}

#[test]
fn add_skills_fails_when_too_many_broader_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![0, 1, 2, 3])]),
			Error::<Test>::TooManyBroaderSkills
		);
	});
}

#[test]
fn add_skills_fails_when_broader_skill_repeats() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![1, 1])]),
			Error::<Test>::DuplicateBroaderSkill
		);
	});
}

#[test]
fn add_skills_fails_when_skill_is_own_broader() {
	ExtBuilder::default().build_and_execute(|| {
		// The new skill gets id 4.
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![4])]),
			Error::<Test>::SkillIsOwnBroader
		);
	});
}

#[test]
fn add_skills_fails_when_broader_skill_is_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![99])]),
			Error::<Test>::UnknownBroaderSkill
		);
		// A skill later in the same batch (id 5) is not yet known to the first one (id 4).
		let batch = vec![new_skill(10, vec![5]), new_skill(11, vec![])];
		assert_noop!(Taxonomy::add_skills(governance(), batch), Error::<Test>::UnknownBroaderSkill);
	});
}

#[test]
fn add_skills_fails_when_broader_skill_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![0]));
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![0])]),
			Error::<Test>::DeprecatedSkillReferenced
		);
	});
}

#[test]
fn add_skills_fails_when_skill_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextSkillId::<Test>::put(u32::MAX);
		assert_noop!(
			Taxonomy::add_skills(governance(), vec![new_skill(10, vec![])]),
			Error::<Test>::SkillIdsExhausted
		);
	});
}

#[test]
fn add_skills_fails_when_a_later_item_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		// The first skill is valid; the batch as a whole is rejected and nothing is written.
		let batch = vec![new_skill(10, vec![]), new_skill(11, vec![99])];
		assert_noop!(Taxonomy::add_skills(governance(), batch), Error::<Test>::UnknownBroaderSkill);
		assert_eq!(NextSkillId::<Test>::get(), 4);
	});
}
