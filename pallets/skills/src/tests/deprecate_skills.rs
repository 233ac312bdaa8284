use super::*;
use crate::{Error, Event};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::{SkillRegistry, SkillStatus};
use sp_runtime::DispatchError;

#[test]
fn deprecate_skills_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![3, 0]));

		assert_eq!(Taxonomy::skill_status(3), Some(SkillStatus::Deprecated));
		assert_eq!(Taxonomy::skill_status(0), Some(SkillStatus::Deprecated));
		assert_eq!(Taxonomy::skill_status(1), Some(SkillStatus::Active));
		assert_eq!(
			skill_events(),
			vec![Event::SkillDeprecated { skill: 3 }, Event::SkillDeprecated { skill: 0 }]
		);
	});
}

#[test]
fn deprecate_skills_keeps_skill_resolvable() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![2]));

		let info = Taxonomy::skill_info_by_uri(&skill_uri(2)).expect("skill 2 still resolves");
		assert_eq!(info.id, 2);
		assert_eq!(info.status, SkillStatus::Deprecated);
		// Occupation 0 keeps naming it, so the relation stays visible to old listings.
		assert_eq!(Taxonomy::occupation_skills(0), Some((vec![1, 2], vec![3])));
		assert_eq!(last_event(), Event::SkillDeprecated { skill: 2 });
	});
}

#[test]
fn deprecate_skills_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::deprecate_skills(signed(), vec![0]), DispatchError::BadOrigin);
	});
}

#[test]
fn deprecate_skills_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::deprecate_skills(governance(), vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn deprecate_skills_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_skills(governance(), vec![0, 1, 2, 3, 4, 5]),
			Error::<Test>::BatchTooLarge
		);
	});
}

#[test]
fn deprecate_skills_fails_when_batch_repeats_id() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_skills(governance(), vec![1, 1]),
			Error::<Test>::DuplicateIdInBatch
		);
	});
}

#[test]
fn deprecate_skills_fails_when_skill_is_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_skills(governance(), vec![0, 99]),
			Error::<Test>::SkillNotFound
		);
	});
}

#[test]
fn deprecate_skills_fails_when_skill_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![1]));
		assert_noop!(
			Taxonomy::deprecate_skills(governance(), vec![0, 1]),
			Error::<Test>::SkillAlreadyDeprecated
		);
	});
}
