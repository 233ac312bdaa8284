//! `create_class`.

use super::prelude::*;
use lifelong_primitives::SkillId;
use sp_core::H256;

/// Calls `create_class` as `who` with valid details except for the given overrides.
fn create(
	who: AccountId,
	skills: Vec<(SkillId, ProficiencyLevel)>,
	criteria: (Option<Vec<u8>>, Option<H256>),
	validity: Option<u64>,
	eqf_level: Option<u8>,
	ects_tenths: Option<u16>,
) -> frame_support::dispatch::DispatchResult {
	Badges::create_class(
		RuntimeOrigin::signed(who),
		b"Statistics".to_vec(),
		b"Descriptive statistics".to_vec(),
		criteria.0,
		criteria.1,
		skills,
		validity,
		eqf_level,
		ects_tenths,
	)
}

fn valid_criteria() -> (Option<Vec<u8>>, Option<H256>) {
	(None, Some(H256::repeat_byte(7)))
}

fn one_skill() -> Vec<(SkillId, ProficiencyLevel)> {
	vec![(1, ProficiencyLevel::Intermediate)]
}

#[test]
fn create_class_works() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(create(
			ISSUER,
			vec![(7, ProficiencyLevel::Advanced), (3, ProficiencyLevel::Foundation)],
			valid_criteria(),
			Some(86_400_000),
			Some(5),
			Some(75),
		));

		let class = Classes::<Test>::get(0).unwrap();
		assert_eq!(class.issuer, ISSUER);
		assert_eq!(
			class.skills.to_vec(),
			vec![(3, ProficiencyLevel::Foundation), (7, ProficiencyLevel::Advanced)]
		);
		assert_eq!(class.validity, Some(86_400_000));
		assert_eq!(class.eqf_level, Some(5));
		assert_eq!(class.ects_tenths, Some(75));
		assert!(!class.retired);
		assert_eq!(class.created_at, START);
		assert_eq!(last_event(), Event::ClassCreated { class: 0, issuer: ISSUER });
	});
}

#[test]
fn create_class_works_for_delegate() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(create(DELEGATE, one_skill(), valid_criteria(), None, None, None));
		assert_eq!(Classes::<Test>::get(0).unwrap().issuer, ISSUER);
	});
}

#[test]
fn create_class_fails_when_not_issuer_or_delegate() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			create(STRANGER, one_skill(), valid_criteria(), None, None, None),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn create_class_fails_when_issuer_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			create(ISSUER, one_skill(), valid_criteria(), None, None, None),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			create(DELEGATE, one_skill(), valid_criteria(), None, None, None),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn create_class_fails_when_name_invalid() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::create_class(
				RuntimeOrigin::signed(ISSUER),
				Vec::new(),
				Vec::new(),
				None,
				Some(H256::zero()),
				one_skill(),
				None,
				None,
				None
			),
			Error::<Test>::InvalidName
		);
	});
}

#[test]
fn create_class_fails_when_description_too_long() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::create_class(
				RuntimeOrigin::signed(ISSUER),
				b"Name".to_vec(),
				vec![b'd'; 257],
				None,
				Some(H256::zero()),
				one_skill(),
				None,
				None,
				None
			),
			Error::<Test>::DescriptionTooLong
		);
	});
}

#[test]
fn create_class_fails_when_criteria_uri_invalid() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			create(ISSUER, one_skill(), (Some(vec![b'u'; 129]), None), None, None, None),
			Error::<Test>::InvalidUrl
		);
	});
}

#[test]
fn create_class_fails_when_criteria_missing() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			create(ISSUER, one_skill(), (None, None), None, None, None),
			Error::<Test>::CriteriaMissing
		);
	});
}

#[test]
fn create_class_fails_when_no_skills() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			create(ISSUER, Vec::new(), valid_criteria(), None, None, None),
			Error::<Test>::NoSkills
		);
	});
}

#[test]
fn create_class_fails_when_too_many_skills() {
	ExtBuilder::build_and_execute(|| {
		let skills = (1..=17).map(|skill| (skill, ProficiencyLevel::Foundation)).collect();
		assert_noop!(
			create(ISSUER, skills, valid_criteria(), None, None, None),
			Error::<Test>::TooManySkills
		);
	});
}

#[test]
fn create_class_fails_when_skill_duplicated() {
	ExtBuilder::build_and_execute(|| {
		let skills = vec![(4, ProficiencyLevel::Foundation), (4, ProficiencyLevel::Advanced)];
		assert_noop!(
			create(ISSUER, skills, valid_criteria(), None, None, None),
			Error::<Test>::DuplicateSkill
		);
	});
}

#[test]
fn create_class_fails_when_skill_unknown() {
	ExtBuilder::build_and_execute(|| {
		let skills =
			vec![(1, ProficiencyLevel::Foundation), (UNKNOWN_SKILL, ProficiencyLevel::Advanced)];
		assert_noop!(
			create(ISSUER, skills, valid_criteria(), None, None, None),
			Error::<Test>::UnknownSkill
		);
	});
}

#[test]
fn create_class_fails_when_skill_deprecated() {
	ExtBuilder::build_and_execute(|| {
		let skills = vec![(DEPRECATED_SKILL, ProficiencyLevel::Advanced)];
		assert_noop!(
			create(ISSUER, skills, valid_criteria(), None, None, None),
			Error::<Test>::DeprecatedSkill
		);
	});
}

#[test]
fn create_class_fails_when_validity_zero() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			create(ISSUER, one_skill(), valid_criteria(), Some(0), None, None),
			Error::<Test>::InvalidValidity
		);
	});
}

#[test]
fn create_class_fails_when_eqf_level_invalid() {
	ExtBuilder::build_and_execute(|| {
		for level in [0, 9] {
			assert_noop!(
				create(ISSUER, one_skill(), valid_criteria(), None, Some(level), None),
				Error::<Test>::InvalidEqfLevel
			);
		}
	});
}

#[test]
fn create_class_fails_when_ects_invalid() {
	ExtBuilder::build_and_execute(|| {
		for ects in [0, 3_601] {
			assert_noop!(
				create(ISSUER, one_skill(), valid_criteria(), None, None, Some(ects)),
				Error::<Test>::InvalidEcts
			);
		}
	});
}
