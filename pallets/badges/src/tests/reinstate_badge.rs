//! `reinstate_badge`.

use super::prelude::*;

#[test]
fn reinstate_badge_works() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		let profile = Badges::skill_profile(&LEARNER);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		take_profile_changes();

		assert_ok!(Badges::reinstate_badge(RuntimeOrigin::signed(DELEGATE), badge));

		assert_eq!(crate::Badges::<Test>::get(badge).unwrap().status, BadgeStatus::Active);
		assert_eq!(Badges::skill_profile(&LEARNER), profile);
		assert_eq!(take_profile_changes(), vec![LEARNER]);
		assert!(Badges::verify_badge(badge).unwrap().valid);
		assert_eq!(last_event(), Event::BadgeReinstated { badge, learner: LEARNER });
	});
}

#[test]
fn reinstate_badge_fails_when_revoked() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::Misconduct,
			None
		));
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), badge),
			Error::<Test>::BadgeRevoked
		);
	});
}

#[test]
fn reinstate_badge_fails_when_not_suspended() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), badge),
			Error::<Test>::BadgeNotSuspended
		);
	});
}

#[test]
fn reinstate_badge_fails_when_issuer_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(DELEGATE), badge),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn reinstate_badge_fails_when_delegate_removed() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(DELEGATE), badge, b"x".to_vec()));
		assert_ok!(Badges::remove_delegate(RuntimeOrigin::signed(ISSUER), DELEGATE));
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(DELEGATE), badge),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn reinstate_badge_fails_when_badge_of_other_issuer() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(OTHER_ISSUER), badge),
			Error::<Test>::NotClassIssuer
		);
	});
}

#[test]
fn reinstate_badge_fails_when_badge_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), 3),
			Error::<Test>::BadgeNotFound
		);
	});
}
