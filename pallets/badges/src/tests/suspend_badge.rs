//! `suspend_badge`.

use super::prelude::*;

#[test]
fn suspend_badge_works() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let badge = award_to(class, LEARNER, 1);
		take_profile_changes();

		assert_ok!(Badges::suspend_badge(
			RuntimeOrigin::signed(DELEGATE),
			badge,
			b"appeal".to_vec()
		));

		let reason: crate::ReasonOf<Test> = b"appeal".to_vec().try_into().unwrap();
		assert_eq!(
			crate::Badges::<Test>::get(badge).unwrap().status,
			BadgeStatus::Suspended { reason: reason.clone(), since: START }
		);
		assert!(Badges::skill_profile(&LEARNER).is_empty());
		assert_eq!(take_profile_changes(), vec![LEARNER]);
		let verification = Badges::verify_badge(badge).unwrap();
		assert!(!verification.valid);
		assert_eq!(
			verification.state,
			BadgeState::Suspended { reason: b"appeal".to_vec(), since: START }
		);
		assert_eq!(last_event(), Event::BadgeSuspended { badge, learner: LEARNER, reason });
	});
}

#[test]
fn suspend_badge_works_when_issuer_suspended() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let badge = award_to(class, LEARNER, 1);
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"audit".to_vec()));
	});
}

#[test]
fn suspend_badge_fails_when_not_issuer_or_delegate() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(LEARNER), badge, b"x".to_vec()),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn suspend_badge_fails_when_badge_of_other_issuer() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(OTHER_ISSUER), badge, b"x".to_vec()),
			Error::<Test>::NotClassIssuer
		);
	});
}

#[test]
fn suspend_badge_fails_when_badge_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), 5, b"x".to_vec()),
			Error::<Test>::BadgeNotFound
		);
	});
}

#[test]
fn suspend_badge_fails_when_reason_invalid() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, Vec::new()),
			Error::<Test>::ReasonMissing
		);
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, vec![b'r'; 65]),
			Error::<Test>::ReasonTooLong
		);
	});
}

#[test]
fn suspend_badge_fails_when_already_suspended() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"y".to_vec()),
			Error::<Test>::BadgeAlreadySuspended
		);
	});
}

#[test]
fn suspend_badge_fails_when_revoked() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::IssuedInError,
			None
		));
		assert_noop!(
			Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()),
			Error::<Test>::BadgeRevoked
		);
	});
}
