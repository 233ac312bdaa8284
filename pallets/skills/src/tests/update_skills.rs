use super::*;
use crate::{Error, Event, Skills};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::SkillStatus;
use sp_runtime::DispatchError;

#[test]
fn update_skills_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::update_skills(governance(), vec![skill_update(3, vec![2, 0])]));

		let record = Skills::<Test>::get(3).expect("skill 3 exists");
		assert_eq!(record.uri.to_vec(), skill_uri(3));
		assert_eq!(record.label.to_vec(), b"renamed skill".to_vec());
		assert_eq!(record.skill_type, Some(SkillType::Knowledge));
		assert_eq!(record.reuse_level, Some(ReuseLevel::OccupationSpecific));
		assert_eq!(record.broader.to_vec(), vec![0, 2]);
		assert_eq!(record.status, SkillStatus::Active);
		assert_eq!(last_event(), Event::SkillUpdated { skill: 3 });
	});
}

#[test]
fn update_skills_works_on_deprecated_skill() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![3]));
		assert_ok!(Taxonomy::update_skills(governance(), vec![skill_update(3, vec![])]));

		let record = Skills::<Test>::get(3).expect("skill 3 exists");
		assert_eq!(record.label.to_vec(), b"renamed skill".to_vec());
		assert_eq!(record.status, SkillStatus::Deprecated);
		assert_eq!(last_event(), Event::SkillUpdated { skill: 3 });
	});
}

#[test]
fn update_skills_works_for_several_skills() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![skill_update(1, vec![]), skill_update(2, vec![0])];
		assert_ok!(Taxonomy::update_skills(governance(), batch));

		assert_eq!(Skills::<Test>::get(1).map(|r| r.broader.to_vec()), Some(vec![]));
		assert_eq!(Skills::<Test>::get(2).map(|r| r.broader.to_vec()), Some(vec![0]));
		assert_eq!(
			skill_events(),
			vec![Event::SkillUpdated { skill: 1 }, Event::SkillUpdated { skill: 2 }]
		);
	});
}

#[test]
fn update_skills_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(signed(), vec![skill_update(3, vec![])]),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_skills_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::update_skills(governance(), vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn update_skills_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), oversized(skill_update(3, vec![]))),
			Error::<Test>::BatchTooLarge
		);
	});
}

#[test]
fn update_skills_fails_when_batch_repeats_id() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![skill_update(3, vec![]), skill_update(3, vec![0])];
		assert_noop!(
			Taxonomy::update_skills(governance(), batch),
			Error::<Test>::DuplicateIdInBatch
		);
	});
}

#[test]
fn update_skills_fails_when_skill_is_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(99, vec![])]),
			Error::<Test>::SkillNotFound
		);
	});
}

#[test]
fn update_skills_fails_when_label_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let update = SkillUpdate { label: vec![b'a'; 25], ..skill_update(3, vec![]) };
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![update]),
			Error::<Test>::LabelTooLong
		);
	});
}

#[test]
fn update_skills_fails_when_label_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let update = SkillUpdate { label: vec![], ..skill_update(3, vec![]) };
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![update]),
			Error::<Test>::InvalidLabel
		);
	});
}

#[test]
fn update_skills_fails_when_too_many_broader_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(3, vec![0, 1, 2, 2])]),
			Error::<Test>::TooManyBroaderSkills
		);
	});
}

#[test]
fn update_skills_fails_when_broader_skill_repeats() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(3, vec![0, 0])]),
			Error::<Test>::DuplicateBroaderSkill
		);
	});
}

#[test]
fn update_skills_fails_when_skill_is_own_broader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(3, vec![3])]),
			Error::<Test>::SkillIsOwnBroader
		);
	});
}

#[test]
fn update_skills_fails_when_broader_skill_is_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(3, vec![4])]),
			Error::<Test>::UnknownBroaderSkill
		);
	});
}

#[test]
fn update_skills_fails_when_broader_skill_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![0]));
		assert_noop!(
			Taxonomy::update_skills(governance(), vec![skill_update(3, vec![0])]),
			Error::<Test>::DeprecatedSkillReferenced
		);
	});
}

#[test]
fn update_skills_fails_when_a_later_item_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![skill_update(3, vec![]), skill_update(99, vec![])];
		assert_noop!(Taxonomy::update_skills(governance(), batch), Error::<Test>::SkillNotFound);
	});
}
