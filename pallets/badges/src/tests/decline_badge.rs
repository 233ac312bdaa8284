//! `decline_badge`.

use super::prelude::*;

#[test]
fn decline_badge_works() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let badge = award_to(class, LEARNER, 1);
		let kept = award_to(class, LEARNER, 2);
		take_profile_changes();

		assert_ok!(Badges::decline_badge(RuntimeOrigin::signed(LEARNER), badge));

		assert!(crate::Badges::<Test>::get(badge).is_none());
		assert_eq!(Badges::badge_by_evidence(evidence(1)), None);
		assert_eq!(Badges::badges_of(&LEARNER), vec![kept]);
		assert_eq!(BadgesOf::<Test>::get(LEARNER).into_inner(), vec![kept]);
		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
		assert_eq!(Badges::skill_profile(&LEARNER)[0].1.badge_count, 1);
		assert_eq!(Badges::verify_badge(badge), None);
		assert_eq!(take_profile_changes(), vec![LEARNER]);
		assert_eq!(
			last_event(),
			Event::BadgeDeclined { badge, learner: LEARNER, deposit_released: DEPOSIT }
		);
	});
}

#[test]
fn decline_badge_works_for_revoked_badge() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::LearnerRequest,
			None
		));
		take_profile_changes();

		assert_ok!(Badges::decline_badge(RuntimeOrigin::signed(LEARNER), badge));

		assert!(!BadgesOf::<Test>::contains_key(LEARNER));
		assert_eq!(Badges::deposit_held(&ISSUER), 0);
		assert!(take_profile_changes().is_empty());
		// The evidence hash is free again.
		award_to(create_class(), OTHER_LEARNER, 1);
	});
}

#[test]
fn decline_badge_fails_when_not_learner() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		for who in [OTHER_LEARNER, ISSUER] {
			assert_noop!(
				Badges::decline_badge(RuntimeOrigin::signed(who), badge),
				Error::<Test>::NotLearner
			);
		}
	});
}

#[test]
fn decline_badge_fails_when_badge_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::decline_badge(RuntimeOrigin::signed(LEARNER), 0),
			Error::<Test>::BadgeNotFound
		);
	});
}

#[test]
fn decline_badge_fails_when_unsigned() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(Badges::decline_badge(RuntimeOrigin::none(), badge), DispatchError::BadOrigin);
	});
}
