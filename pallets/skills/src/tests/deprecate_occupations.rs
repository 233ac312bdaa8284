use super::*;
use crate::{Error, Event};
use frame_support::{assert_noop, assert_ok};
use lifelong_primitives::{SkillRegistry, SkillStatus};
use sp_runtime::DispatchError;

#[test]
fn deprecate_occupations_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Taxonomy::occupation_is_active(0));
		assert_ok!(Taxonomy::deprecate_occupations(governance(), vec![0]));

		assert!(!Taxonomy::occupation_is_active(0));
		let info = Taxonomy::occupation_info_by_uri(&occupation_uri(0)).expect("still resolves");
		assert_eq!(info.status, SkillStatus::Deprecated);
		assert_eq!(Taxonomy::occupation_skills(0), Some((vec![1, 2], vec![3])));
		assert_eq!(last_event(), Event::OccupationDeprecated { occupation: 0 });
	});
}

#[test]
fn deprecate_occupations_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Taxonomy::deprecate_occupations(signed(), vec![0]), DispatchError::BadOrigin);
	});
}

#[test]
fn deprecate_occupations_fails_when_batch_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_occupations(governance(), vec![]),
			Error::<Test>::EmptyBatch
		);
	});
}

#[test]
fn deprecate_occupations_fails_when_batch_is_too_large() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_occupations(governance(), vec![0, 1, 2, 3, 4, 5]),
			Error::<Test>::BatchTooLarge
		);
	});
}

#[test]
fn deprecate_occupations_fails_when_batch_repeats_id() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_occupations(governance(), vec![0, 0]),
			Error::<Test>::DuplicateIdInBatch
		);
	});
}

#[test]
fn deprecate_occupations_fails_when_occupation_is_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::deprecate_occupations(governance(), vec![0, 1]),
			Error::<Test>::OccupationNotFound
		);
	});
}

#[test]
fn deprecate_occupations_fails_when_occupation_is_deprecated() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Taxonomy::deprecate_occupations(governance(), vec![0]));
		assert_noop!(
			Taxonomy::deprecate_occupations(governance(), vec![0]),
			Error::<Test>::OccupationAlreadyDeprecated
		);
	});
}
