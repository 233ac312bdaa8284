use super::*;
use crate::{Error, Event, Occupations};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::SkillStatus;
use sp_runtime::DispatchError;

#[test]
fn update_occupations_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::update_occupations(
			governance(),
			vec![occupation_update(0, vec![3, 0], vec![1])]
		));

		let record = Occupations::<Test>::get(0).expect("occupation 0 exists");
		assert_eq!(record.uri.to_vec(), occupation_uri(0));
		assert_eq!(record.label.to_vec(), b"renamed occupation".to_vec());
		assert_eq!(record.isco_group, 2519);
		assert_eq!(record.essential.to_vec(), vec![0, 3]);
		assert_eq!(record.optional.to_vec(), vec![1]);
		assert_eq!(record.status, SkillStatus::Active);
		assert_eq!(last_event(), Event::OccupationUpdated { occupation: 0 });
	});
}

#[test]
fn update_occupations_works_on_deprecated_occupation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_occupations(governance(), vec![0]));
		assert_ok!(Taxonomy::update_occupations(
			governance(),
			vec![occupation_update(0, vec![], vec![])]
		));

		let record = Occupations::<Test>::get(0).expect("occupation 0 exists");
		assert_eq!(record.status, SkillStatus::Deprecated);
		assert_eq!(record.essential.to_vec(), Vec::<u32>::new());
		assert_eq!(last_event(), Event::OccupationUpdated { occupation: 0 });
	});
}

#[test]
fn update_occupations_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(signed(), vec![occupation_update(0, vec![], vec![])]),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_occupations_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::update_occupations(governance(), vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn update_occupations_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(
				governance(),
				oversized(occupation_update(0, vec![], vec![]))
			),
			Error::<Test>::BatchTooLarge
		);
	});
}

#[test]
fn update_occupations_fails_when_batch_repeats_id() {
	ExtBuilder::default().build_and_execute(|| {
		let batch =
			vec![occupation_update(0, vec![], vec![]), occupation_update(0, vec![1], vec![])];
		assert_noop!(
			Taxonomy::update_occupations(governance(), batch),
			Error::<Test>::DuplicateIdInBatch
		);
	});
}

#[test]
fn update_occupations_fails_when_occupation_is_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![occupation_update(9, vec![], vec![])]),
			Error::<Test>::OccupationNotFound
		);
	});
}

#[test]
fn update_occupations_fails_when_label_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let update =
			OccupationUpdate { label: vec![b'a'; 25], ..occupation_update(0, vec![], vec![]) };
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![update]),
			Error::<Test>::LabelTooLong
		);
	});
}

#[test]
fn update_occupations_fails_when_label_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let update = OccupationUpdate { label: vec![0xc3], ..occupation_update(0, vec![], vec![]) };
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![update]),
			Error::<Test>::InvalidLabel
		);
	});
}

#[test]
fn update_occupations_fails_when_isco_group_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let update =
			OccupationUpdate { isco_group: u16::MAX, ..occupation_update(0, vec![], vec![]) };
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![update]),
			Error::<Test>::InvalidIscoGroup
		);
	});
}

#[test]
fn update_occupations_fails_when_too_many_essential_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(
				governance(),
				vec![occupation_update(0, vec![0, 1, 2, 3, 4], vec![])]
			),
			Error::<Test>::TooManyEssentialSkills
		);
	});
}

#[test]
fn update_occupations_fails_when_too_many_optional_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(
				governance(),
				vec![occupation_update(0, vec![], vec![0, 1, 2, 3, 4])]
			),
			Error::<Test>::TooManyOptionalSkills
		);
	});
}

#[test]
fn update_occupations_fails_when_skill_repeats() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(
				governance(),
				vec![occupation_update(0, vec![2], vec![2])]
			),
			Error::<Test>::DuplicateOccupationSkill
		);
	});
}

#[test]
fn update_occupations_fails_when_skill_is_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![occupation_update(0, vec![4], vec![])]),
			Error::<Test>::UnknownSkill
		);
	});
}

#[test]
fn update_occupations_fails_when_skill_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![0]));
		assert_noop!(
			Taxonomy::update_occupations(governance(), vec![occupation_update(0, vec![], vec![0])]),
			Error::<Test>::DeprecatedSkillReferenced
		);
	});
}
