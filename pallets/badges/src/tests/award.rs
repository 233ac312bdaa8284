//! `award`.

use super::prelude::*;

#[test]
fn award_works() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None));

		let badge = crate::Badges::<Test>::get(0).unwrap();
		assert_eq!(badge.class, class);
		assert_eq!(badge.learner, LEARNER);
		assert_eq!(badge.evidence, evidence(1));
		assert_eq!(badge.issued_at, START);
		assert_eq!(badge.expires_at, None);
		assert_eq!(badge.status, BadgeStatus::Active);
		assert_eq!(badge.deposit, DEPOSIT);
		assert_eq!(BadgeByEvidence::<Test>::get(evidence(1)), Some(0));
		assert_eq!(BadgesOf::<Test>::get(LEARNER).into_inner(), vec![0]);
		assert_eq!(NextBadgeId::<Test>::get(), 1);
		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
		assert_eq!(Balances::balance_on_hold(&HoldReason::BadgeDeposit.into(), &ISSUER), DEPOSIT);
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![
				(
					1,
					SkillHolding {
						level: ProficiencyLevel::Advanced,
						badge_count: 1,
						last_awarded: START
					}
				),
				(
					2,
					SkillHolding {
						level: ProficiencyLevel::Foundation,
						badge_count: 1,
						last_awarded: START
					}
				),
			]
		);
		assert_eq!(take_profile_changes(), vec![LEARNER]);
		assert_eq!(
			last_event(),
			Event::BadgeAwarded {
				badge: 0,
				class,
				issuer: ISSUER,
				learner: LEARNER,
				evidence: evidence(1),
				expires_at: None,
			}
		);
	});
}

#[test]
fn award_works_with_expiry_from_class_and_call() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Advanced)], Some(1_000));

		// The class's validity alone.
		let first = award_to(class, LEARNER, 1);
		assert_eq!(crate::Badges::<Test>::get(first).unwrap().expires_at, Some(START + 1_000));

		// The earlier of the call's expiry and the class's validity.
		assert_ok!(Badges::award(
			RuntimeOrigin::signed(ISSUER),
			class,
			LEARNER,
			evidence(2),
			Some(START + 500)
		));
		assert_eq!(crate::Badges::<Test>::get(1).unwrap().expires_at, Some(START + 500));
		assert_ok!(Badges::award(
			RuntimeOrigin::signed(ISSUER),
			class,
			LEARNER,
			evidence(3),
			Some(START + 5_000)
		));
		assert_eq!(crate::Badges::<Test>::get(2).unwrap().expires_at, Some(START + 1_000));
	});
}

#[test]
fn award_works_when_funds_cover_one_deposit() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(POOR_ISSUER, vec![(1, ProficiencyLevel::Advanced)], None);
		// 15 units pay one deposit of 10 only (the existential deposit of 1 must remain).
		assert_ok!(Badges::award(
			RuntimeOrigin::signed(POOR_ISSUER),
			class,
			LEARNER,
			evidence(1),
			None
		));
		assert_eq!(Badges::deposit_held(&POOR_ISSUER), DEPOSIT);
	});
}

#[test]
fn award_fails_when_signer_not_issuer_or_delegate() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(STRANGER), class, LEARNER, evidence(1), None),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn award_fails_when_issuer_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(DELEGATE), class, LEARNER, evidence(1), None),
			Error::<Test>::IssuerNotAccredited
		);
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn award_fails_when_class_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), 9, LEARNER, evidence(1), None),
			Error::<Test>::ClassNotFound
		);
	});
}

#[test]
fn award_fails_when_class_of_other_issuer() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(OTHER_ISSUER), class, LEARNER, evidence(1), None),
			Error::<Test>::NotClassIssuer
		);
	});
}

#[test]
fn award_fails_when_evidence_already_used() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		award_to(class, LEARNER, 1);
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, OTHER_LEARNER, evidence(1), None),
			Error::<Test>::EvidenceAlreadyUsed
		);
	});
}

#[test]
fn award_fails_when_expiry_in_past() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		for expiry in [START - 1, START] {
			assert_noop!(
				Badges::award(
					RuntimeOrigin::signed(ISSUER),
					class,
					LEARNER,
					evidence(1),
					Some(expiry)
				),
				Error::<Test>::ExpiryInPast
			);
		}
	});
}

#[test]
fn award_fails_when_learner_has_too_many_badges() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		for n in 0..20 {
			award_to(class, LEARNER, n);
		}
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(99), None),
			Error::<Test>::TooManyBadges
		);
	});
}

#[test]
fn award_fails_when_issuer_cannot_pay_deposit() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(POOR_ISSUER, vec![(1, ProficiencyLevel::Advanced)], None);
		assert_ok!(Badges::award(
			RuntimeOrigin::signed(POOR_ISSUER),
			class,
			LEARNER,
			evidence(1),
			None
		));
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(POOR_ISSUER), class, LEARNER, evidence(2), None),
			Error::<Test>::CannotPayDeposit
		);
	});
}

#[test]
fn award_fails_when_class_skill_deprecated_since_creation() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		deprecate_skill(2);
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None),
			Error::<Test>::DeprecatedSkill
		);
		assert_noop!(
			Badges::award_batch(
				RuntimeOrigin::signed(ISSUER),
				class,
				vec![CohortAward { learner: LEARNER, evidence: evidence(1), expires_at: None }]
			),
			Error::<Test>::DeprecatedSkill
		);
	});
}
