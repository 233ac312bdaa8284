//! `revoke_badge` and `force_revoke_badge`.

use super::prelude::*;

#[test]
fn revoke_badge_works() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		take_profile_changes();
		Timestamp::set_timestamp(START + 10);

		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(DELEGATE),
			badge,
			RevocationReason::AchievementInvalidated,
			Some(b"grade annulled".to_vec())
		));

		let note: crate::ReasonOf<Test> = b"grade annulled".to_vec().try_into().unwrap();
		assert_eq!(
			crate::Badges::<Test>::get(badge).unwrap().status,
			BadgeStatus::Revoked {
				reason: RevocationReason::AchievementInvalidated,
				note: note.clone(),
				at: START + 10,
				by_governance: false,
			}
		);
		// The record and its deposit stay, so verification still reports the revocation.
		assert_eq!(Badges::badge_by_evidence(evidence(1)), Some(badge));
		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
		assert!(Badges::skill_profile(&LEARNER).is_empty());
		assert_eq!(take_profile_changes(), vec![LEARNER]);
		let verification = Badges::verify_badge(badge).unwrap();
		assert!(!verification.valid);
		assert_eq!(
			verification.state,
			BadgeState::Revoked {
				reason: RevocationReason::AchievementInvalidated,
				note: b"grade annulled".to_vec(),
				at: START + 10,
				by_governance: false,
			}
		);
		assert_eq!(
			last_event(),
			Event::BadgeRevoked {
				badge,
				learner: LEARNER,
				reason: RevocationReason::AchievementInvalidated,
				note,
				by_governance: false,
			}
		);
	});
}

#[test]
fn revoke_badge_works_for_suspended_badge() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), badge, b"x".to_vec()));
		take_profile_changes();

		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::Superseded,
			None
		));

		assert!(take_profile_changes().is_empty());
	});
}

#[test]
fn revoke_badge_works_when_issuer_withdrawn() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::IssuedInError,
			None
		));
	});
}

#[test]
fn revoke_badge_fails_when_already_revoked() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			badge,
			RevocationReason::Other,
			None
		));
		assert_noop!(
			Badges::revoke_badge(
				RuntimeOrigin::signed(ISSUER),
				badge,
				RevocationReason::Other,
				None
			),
			Error::<Test>::BadgeRevoked
		);
	});
}

#[test]
fn revoke_badge_fails_when_note_too_long() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::revoke_badge(
				RuntimeOrigin::signed(ISSUER),
				badge,
				RevocationReason::Other,
				Some(vec![b'n'; 65])
			),
			Error::<Test>::ReasonTooLong
		);
	});
}

#[test]
fn revoke_badge_fails_when_not_issuer_or_delegate() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::revoke_badge(
				RuntimeOrigin::signed(STRANGER),
				badge,
				RevocationReason::Other,
				None
			),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn revoke_badge_fails_when_badge_of_other_issuer() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::revoke_badge(
				RuntimeOrigin::signed(OTHER_ISSUER),
				badge,
				RevocationReason::Other,
				None
			),
			Error::<Test>::NotClassIssuer
		);
	});
}

#[test]
fn revoke_badge_fails_when_badge_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::revoke_badge(RuntimeOrigin::signed(ISSUER), 8, RevocationReason::Other, None),
			Error::<Test>::BadgeNotFound
		);
	});
}

#[test]
fn force_revoke_badge_works() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));

		assert_ok!(Badges::force_revoke_badge(
			RuntimeOrigin::root(),
			badge,
			RevocationReason::IssuerWithdrawn,
			None
		));

		assert!(matches!(
			crate::Badges::<Test>::get(badge).unwrap().status,
			BadgeStatus::Revoked { by_governance: true, .. }
		));
		assert!(Badges::skill_profile(&LEARNER).is_empty());
		assert_eq!(
			last_event(),
			Event::BadgeRevoked {
				badge,
				learner: LEARNER,
				reason: RevocationReason::IssuerWithdrawn,
				note: Default::default(),
				by_governance: true,
			}
		);
	});
}

#[test]
fn force_revoke_badge_fails_when_not_governance() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_noop!(
			Badges::force_revoke_badge(
				RuntimeOrigin::signed(ISSUER),
				badge,
				RevocationReason::Other,
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn force_revoke_badge_fails_when_badge_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::force_revoke_badge(RuntimeOrigin::root(), 8, RevocationReason::Other, None),
			Error::<Test>::BadgeNotFound
		);
	});
}

#[test]
fn force_revoke_badge_fails_when_already_revoked() {
	ExtBuilder::build_and_execute(|| {
		let badge = award_to(create_class(), LEARNER, 1);
		assert_ok!(Badges::force_revoke_badge(
			RuntimeOrigin::root(),
			badge,
			RevocationReason::Misconduct,
			None
		));
		assert_noop!(
			Badges::force_revoke_badge(RuntimeOrigin::root(), badge, RevocationReason::Other, None),
			Error::<Test>::BadgeRevoked
		);
	});
}
