//! The skill profile through awards, status changes and expiry.

use super::prelude::*;

fn holding(level: ProficiencyLevel, badge_count: u32, last_awarded: u64) -> SkillHolding<u64> {
	SkillHolding { level, badge_count, last_awarded }
}

#[test]
fn profile_takes_highest_level_count_and_latest_award() {
	ExtBuilder::build_and_execute(|| {
		let basic = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Foundation)], None);
		let expert = create_class_with(
			ISSUER,
			vec![(1, ProficiencyLevel::HighlySpecialised), (5, ProficiencyLevel::Intermediate)],
			None,
		);
		award_to(basic, LEARNER, 1);
		Timestamp::set_timestamp(START + 100);
		let top = award_to(expert, LEARNER, 2);
		Timestamp::set_timestamp(START + 200);
		award_to(basic, LEARNER, 3);

		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![
				(1, holding(ProficiencyLevel::HighlySpecialised, 3, START + 200)),
				(5, holding(ProficiencyLevel::Intermediate, 1, START + 100)),
			]
		);

		// Suspending the expert badge lowers the level and drops skill 5.
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), top, b"x".to_vec()));
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![(1, holding(ProficiencyLevel::Foundation, 2, START + 200))]
		);

		assert_ok!(Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), top));
		assert_eq!(Badges::skill_profile(&LEARNER).len(), 2);
	});
}

#[test]
fn profile_last_awarded_skips_removed_badge() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Advanced)], None);
		award_to(class, LEARNER, 1);
		Timestamp::set_timestamp(START + 50);
		let latest = award_to(class, LEARNER, 2);

		assert_ok!(Badges::decline_badge(RuntimeOrigin::signed(LEARNER), latest));

		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![(1, holding(ProficiencyLevel::Advanced, 1, START))]
		);
	});
}

#[test]
fn profile_drops_expired_badges_without_a_sweep() {
	ExtBuilder::build_and_execute(|| {
		let short = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Advanced)], Some(1_000));
		let lasting = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Foundation)], None);
		let expiring = award_to(short, LEARNER, 1);
		award_to(lasting, LEARNER, 2);

		Timestamp::set_timestamp(START + 999);
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![(1, holding(ProficiencyLevel::Advanced, 2, START))]
		);
		assert!(Badges::verify_badge(expiring).unwrap().valid);

		Timestamp::set_timestamp(START + 1_000);
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			vec![(1, holding(ProficiencyLevel::Foundation, 1, START))]
		);
		let verification = Badges::verify_badge(expiring).unwrap();
		assert!(!verification.valid);
		assert_eq!(verification.state, BadgeState::Expired { at: START + 1_000 });
		// Expiry changed no storage: the badge stays listed and reads skip it.
		assert_eq!(Badges::badges_of(&LEARNER), vec![expiring, expiring + 1]);
	});
}

#[test]
fn profile_reports_suspended_expired_badge_as_expired() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Advanced)], Some(10));
		let badge = award_to(class, LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		Timestamp::set_timestamp(START + 10);

		assert_eq!(
			Badges::verify_badge(badge).unwrap().state,
			BadgeState::Expired { at: START + 10 }
		);
		assert_ok!(Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), badge));
		assert!(Badges::skill_profile(&LEARNER).is_empty());
	});
}

#[test]
fn profile_is_empty_for_unknown_learner() {
	ExtBuilder::build_and_execute(|| {
		assert!(Badges::skill_profile(&STRANGER).is_empty());
		assert!(Badges::badges_of(&STRANGER).is_empty());
	});
}

#[test]
fn profile_is_exact_after_every_change() {
	ExtBuilder::build_and_execute(|| {
		let data = create_class_with(ISSUER, vec![(1, ProficiencyLevel::Intermediate)], None);
		let python = create_class_with(
			ISSUER,
			vec![(1, ProficiencyLevel::Advanced), (3, ProficiencyLevel::Foundation)],
			Some(500),
		);
		let expected = |entries: &[(u32, ProficiencyLevel, u32, u64)]| -> Vec<_> {
			entries
				.iter()
				.map(|(skill, level, count, awarded)| (*skill, holding(*level, *count, *awarded)))
				.collect()
		};

		// Award.
		let first = award_to(data, LEARNER, 1);
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			expected(&[(1, ProficiencyLevel::Intermediate, 1, START)])
		);

		// Cohort award, with the learner listed twice.
		Timestamp::set_timestamp(START + 100);
		assert_ok!(Badges::award_batch(
			RuntimeOrigin::signed(ISSUER),
			python,
			vec![
				CohortAward { learner: LEARNER, evidence: evidence(2), expires_at: None },
				CohortAward { learner: OTHER_LEARNER, evidence: evidence(3), expires_at: None },
				CohortAward {
					learner: LEARNER,
					evidence: evidence(4),
					expires_at: Some(START + 300)
				},
			]
		));
		let (second, fourth) = (first + 1, first + 3);
		let after_batch = expected(&[
			(1, ProficiencyLevel::Advanced, 3, START + 100),
			(3, ProficiencyLevel::Foundation, 2, START + 100),
		]);
		assert_eq!(Badges::skill_profile(&LEARNER), after_batch);

		// Suspension and reinstatement.
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), second, b"x".to_vec()));
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			expected(&[
				(1, ProficiencyLevel::Advanced, 2, START + 100),
				(3, ProficiencyLevel::Foundation, 1, START + 100),
			])
		);
		assert_ok!(Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), second));
		assert_eq!(Badges::skill_profile(&LEARNER), after_batch);

		// Expiry of the third badge at START + 300, without any transaction.
		Timestamp::set_timestamp(START + 300);
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			expected(&[
				(1, ProficiencyLevel::Advanced, 2, START + 100),
				(3, ProficiencyLevel::Foundation, 1, START + 100),
			])
		);
		assert!(Badges::badges_of(&LEARNER).contains(&fourth));

		// Revocation.
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			second,
			RevocationReason::Superseded,
			None
		));
		assert_eq!(
			Badges::skill_profile(&LEARNER),
			expected(&[(1, ProficiencyLevel::Intermediate, 1, START)])
		);

		// Decline.
		assert_ok!(Badges::decline_badge(RuntimeOrigin::signed(LEARNER), first));
		assert!(Badges::skill_profile(&LEARNER).is_empty());

		// The other learner's badge expires with its class's validity, at START + 600.
		assert_eq!(Badges::skill_profile(&OTHER_LEARNER).len(), 2);
		Timestamp::set_timestamp(START + 600);
		assert!(Badges::skill_profile(&OTHER_LEARNER).is_empty());
	});
}
