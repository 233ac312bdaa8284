use super::*;
use crate::{Error, Event, NextOccupationId, OccupationIdByUri, Occupations};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::SkillStatus;
use sp_runtime::DispatchError;

#[test]
fn add_occupations_works() {
	ExtBuilder::default().build_and_execute(|| {
		let batch =
			vec![new_occupation(10, vec![2, 0], vec![3]), new_occupation(11, vec![], vec![])];
		assert_ok!(Taxonomy::add_occupations(governance(), batch));

		let record = Occupations::<Test>::get(1).expect("occupation 1 was added");
		assert_eq!(record.uri.to_vec(), occupation_uri(10));
		assert_eq!(record.label.to_vec(), b"new occupation".to_vec());
		assert_eq!(record.isco_group, 2511);
		assert_eq!(record.essential.to_vec(), vec![0, 2]);
		assert_eq!(record.optional.to_vec(), vec![3]);
		assert_eq!(record.status, SkillStatus::Active);
		assert_eq!(OccupationIdByUri::<Test>::get(bounded(occupation_uri(11))), Some(2));
		assert_eq!(NextOccupationId::<Test>::get(), 3);
		assert_eq!(
			skill_events(),
			vec![
				Event::OccupationAdded { occupation: 1, uri: bounded(occupation_uri(10)) },
				Event::OccupationAdded { occupation: 2, uri: bounded(occupation_uri(11)) },
			]
		);
	});
}

#[test]
fn add_occupations_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(signed(), vec![new_occupation(10, vec![], vec![])]),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_occupations_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::add_occupations(governance(), vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn add_occupations_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		let batch: Vec<NewOccupation> =
			(10..16).map(|n| new_occupation(n, vec![], vec![])).collect();
		assert_noop!(Taxonomy::add_occupations(governance(), batch), Error::<Test>::BatchTooLarge);
	});
}

#[test]
fn add_occupations_fails_when_uri_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let occupation = NewOccupation {
			uri: [b"https://".as_slice(), &[b'o'; 57]].concat(),
			..new_occupation(10, vec![], vec![])
		};
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![occupation]),
			Error::<Test>::UriTooLong
		);
	});
}

#[test]
fn add_occupations_fails_when_uri_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let occupation =
			NewOccupation { uri: b"occupation".to_vec(), ..new_occupation(10, vec![], vec![]) };
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![occupation]),
			Error::<Test>::InvalidUri
		);
	});
}

#[test]
fn add_occupations_fails_when_uri_is_registered() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(0, vec![], vec![])]),
			Error::<Test>::DuplicateOccupationUri
		);
	});
}

#[test]
fn add_occupations_fails_when_batch_repeats_uri() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![new_occupation(10, vec![], vec![]), new_occupation(10, vec![], vec![])];
		assert_noop!(
			Taxonomy::add_occupations(governance(), batch),
			Error::<Test>::DuplicateOccupationUri
		);
	});
}

#[test]
fn add_occupations_fails_when_label_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let occupation =
			NewOccupation { label: vec![b'a'; 25], ..new_occupation(10, vec![], vec![]) };
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![occupation]),
			Error::<Test>::LabelTooLong
		);
	});
}

#[test]
fn add_occupations_fails_when_label_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let occupation =
			NewOccupation { label: b"tab\there".to_vec(), ..new_occupation(10, vec![], vec![]) };
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![occupation]),
			Error::<Test>::InvalidLabel
		);
	});
}

#[test]
fn add_occupations_fails_when_isco_group_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let occupation = NewOccupation { isco_group: 10_000, ..new_occupation(10, vec![], vec![]) };
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![occupation]),
			Error::<Test>::InvalidIscoGroup
		);
	});
}

#[test]
fn add_occupations_fails_when_too_many_essential_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(
				governance(),
				vec![new_occupation(10, vec![0, 1, 2, 3, 4], vec![])]
			),
			Error::<Test>::TooManyEssentialSkills
		);
	});
}

#[test]
fn add_occupations_fails_when_too_many_optional_skills() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(
				governance(),
				vec![new_occupation(10, vec![], vec![0, 1, 2, 3, 4])]
			),
			Error::<Test>::TooManyOptionalSkills
		);
	});
}

#[test]
fn add_occupations_fails_when_skill_repeats() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![1, 1], vec![])]),
			Error::<Test>::DuplicateOccupationSkill
		);
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![], vec![2, 2])]),
			Error::<Test>::DuplicateOccupationSkill
		);
	});
}

#[test]
fn add_occupations_fails_when_skill_is_essential_and_optional() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![1], vec![1])]),
			Error::<Test>::DuplicateOccupationSkill
		);
	});
}

#[test]
fn add_occupations_fails_when_skill_is_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![0], vec![99])]),
			Error::<Test>::UnknownSkill
		);
	});
}

#[test]
fn add_occupations_fails_when_skill_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_skills(governance(), vec![3]));
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![3], vec![])]),
			Error::<Test>::DeprecatedSkillReferenced
		);
	});
}

#[test]
fn add_occupations_fails_when_occupation_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextOccupationId::<Test>::put(u32::MAX);
		assert_noop!(
			Taxonomy::add_occupations(governance(), vec![new_occupation(10, vec![], vec![])]),
			Error::<Test>::OccupationIdsExhausted
		);
	});
}

#[test]
fn add_occupations_fails_when_a_later_item_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let batch = vec![new_occupation(10, vec![0], vec![]), new_occupation(11, vec![99], vec![])];
		assert_noop!(Taxonomy::add_occupations(governance(), batch), Error::<Test>::UnknownSkill);
		assert_eq!(NextOccupationId::<Test>::get(), 1);
	});
}
