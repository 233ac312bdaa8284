//! `award_batch`.

use super::prelude::*;

fn cohort(learners: &[AccountId], first_evidence: u64) -> Vec<CohortAward<AccountId, u64>> {
	learners
		.iter()
		.zip(first_evidence..)
		.map(|(learner, n)| CohortAward {
			learner: *learner,
			evidence: evidence(n),
			expires_at: None,
		})
		.collect()
}

#[test]
fn award_batch_works() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let learners: Vec<AccountId> = (100..110).collect();

		assert_ok!(Badges::award_batch(
			RuntimeOrigin::signed(DELEGATE),
			class,
			cohort(&learners, 1)
		));

		assert_eq!(NextBadgeId::<Test>::get(), 10);
		for (badge, learner) in learners.iter().enumerate() {
			let record = crate::Badges::<Test>::get(badge as u64).unwrap();
			assert_eq!(record.learner, *learner);
			assert_eq!(record.deposit, DEPOSIT);
			assert_eq!(Badges::badges_of(learner), vec![badge as u64]);
			assert_eq!(Badges::skill_profile(learner).len(), 2);
		}
		assert_eq!(Badges::deposit_held(&ISSUER), 10 * DEPOSIT);
		assert_eq!(take_profile_changes(), learners);
		let awarded = badge_events()
			.iter()
			.filter(|event| matches!(event, Event::BadgeAwarded { .. }))
			.count();
		assert_eq!(awarded, 10);
		assert_eq!(
			last_event(),
			Event::BadgeAwarded {
				badge: 9,
				class,
				issuer: ISSUER,
				learner: 109,
				evidence: evidence(10),
				expires_at: None,
			}
		);
	});
}

#[test]
fn award_batch_works_at_max_cohort_size() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let learners: Vec<AccountId> = (1_000..1_500).collect();
		assert_ok!(Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, cohort(&learners, 1)));
		assert_eq!(NextBadgeId::<Test>::get(), 500);
		assert_eq!(Badges::deposit_held(&ISSUER), 500 * DEPOSIT);
	});
}

#[test]
fn award_batch_works_for_same_learner_twice() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::award_batch(
			RuntimeOrigin::signed(ISSUER),
			class,
			cohort(&[LEARNER, LEARNER], 1)
		));
		assert_eq!(BadgesOf::<Test>::get(LEARNER).into_inner(), vec![0, 1]);
		let profile = Badges::skill_profile(&LEARNER);
		assert_eq!(profile[0].1.badge_count, 2);
		// One notification per learner, however many badges the learner received.
		assert_eq!(take_profile_changes(), vec![LEARNER]);
	});
}

#[test]
fn award_batch_fails_when_cohort_too_large() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let learners: Vec<AccountId> = (1_000..1_501).collect();
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, cohort(&learners, 1)),
			Error::<Test>::CohortTooLarge
		);
	});
}

#[test]
fn award_batch_fails_when_cohort_empty() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, Vec::new()),
			Error::<Test>::EmptyCohort
		);
	});
}

#[test]
fn award_batch_fails_when_evidence_repeated() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let mut entries = cohort(&[LEARNER, OTHER_LEARNER], 1);
		entries[1].evidence = evidence(1);
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, entries),
			Error::<Test>::DuplicateEvidence
		);
	});
}

#[test]
fn award_batch_fails_when_one_entry_invalid() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		award_to(class, LEARNER, 7);
		let entries = cohort(&[OTHER_LEARNER, LEARNER, 12], 6);
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, entries),
			Error::<Test>::EvidenceAlreadyUsed
		);

		let mut entries = cohort(&[OTHER_LEARNER, 12], 20);
		entries[1].expires_at = Some(START);
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, entries),
			Error::<Test>::ExpiryInPast
		);
	});
}

#[test]
fn award_batch_fails_when_learner_full() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		for n in 0..19 {
			award_to(class, LEARNER, n);
		}
		assert_noop!(
			Badges::award_batch(
				RuntimeOrigin::signed(ISSUER),
				class,
				cohort(&[LEARNER, LEARNER], 100)
			),
			Error::<Test>::TooManyBadges
		);
	});
}

#[test]
fn award_batch_fails_when_issuer_cannot_pay_deposit() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(POOR_ISSUER, vec![(1, ProficiencyLevel::Advanced)], None);
		assert_noop!(
			Badges::award_batch(
				RuntimeOrigin::signed(POOR_ISSUER),
				class,
				cohort(&[LEARNER, OTHER_LEARNER], 1)
			),
			Error::<Test>::CannotPayDeposit
		);
	});
}

#[test]
fn award_batch_fails_when_issuer_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(DELEGATE), class, cohort(&[LEARNER], 1)),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn award_batch_fails_when_class_retired() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::retire_class(RuntimeOrigin::signed(ISSUER), class));
		assert_noop!(
			Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, cohort(&[LEARNER], 1)),
			Error::<Test>::ClassRetired
		);
	});
}
