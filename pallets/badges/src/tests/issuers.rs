//! `accredit_issuer`, `suspend_issuer` and `withdraw_issuer`.

use super::prelude::*;

const NEW_ISSUER: AccountId = 20;

#[test]
fn accredit_issuer_works() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::accredit_issuer(
			RuntimeOrigin::root(),
			NEW_ISSUER,
			b"Open University".to_vec(),
			b"https://open.ac.uk".to_vec(),
		));

		let info = Issuers::<Test>::get(NEW_ISSUER).unwrap();
		assert_eq!(info.standing, IssuerStanding::Accredited);
		assert_eq!(info.name.to_vec(), b"Open University".to_vec());
		assert_eq!(info.standing_since, START);
		assert_eq!(last_event(), Event::IssuerAccredited { issuer: NEW_ISSUER });
	});
}

#[test]
fn accredit_issuer_works_again_after_withdrawal_keeping_delegates() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));
		assert_ok!(Badges::accredit_issuer(
			RuntimeOrigin::root(),
			ISSUER,
			b"University of Tartu".to_vec(),
			b"https://www.ut.ee".to_vec(),
		));

		let info = Issuers::<Test>::get(ISSUER).unwrap();
		assert_eq!(info.standing, IssuerStanding::Accredited);
		assert_eq!(info.url.to_vec(), b"https://www.ut.ee".to_vec());
		assert_eq!(info.delegate_count, 1);
	});
}

#[test]
fn accredit_issuer_fails_when_not_governance() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::accredit_issuer(
				RuntimeOrigin::signed(ISSUER),
				NEW_ISSUER,
				b"Name".to_vec(),
				b"https://x".to_vec()
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn accredit_issuer_fails_when_already_accredited() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::accredit_issuer(
				RuntimeOrigin::root(),
				ISSUER,
				b"Name".to_vec(),
				b"https://x".to_vec()
			),
			Error::<Test>::AlreadyAccredited
		);
	});
}

#[test]
fn accredit_issuer_fails_when_account_is_delegate() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::accredit_issuer(
				RuntimeOrigin::root(),
				DELEGATE,
				b"Name".to_vec(),
				b"https://x".to_vec()
			),
			Error::<Test>::AccountIsDelegate
		);
	});
}

#[test]
fn accredit_issuer_fails_when_name_or_url_invalid() {
	ExtBuilder::build_and_execute(|| {
		let origin = || RuntimeOrigin::root();
		assert_noop!(
			Badges::accredit_issuer(origin(), NEW_ISSUER, Vec::new(), b"https://x".to_vec()),
			Error::<Test>::InvalidName
		);
		assert_noop!(
			Badges::accredit_issuer(origin(), NEW_ISSUER, vec![b'a'; 65], b"https://x".to_vec()),
			Error::<Test>::InvalidName
		);
		assert_noop!(
			Badges::accredit_issuer(origin(), NEW_ISSUER, b"Name".to_vec(), Vec::new()),
			Error::<Test>::InvalidUrl
		);
		assert_noop!(
			Badges::accredit_issuer(origin(), NEW_ISSUER, b"Name".to_vec(), vec![b'u'; 129]),
			Error::<Test>::InvalidUrl
		);
	});
}

#[test]
fn suspend_issuer_works() {
	ExtBuilder::build_and_execute(|| {
		Timestamp::set_timestamp(START + 5);
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));

		let info = Issuers::<Test>::get(ISSUER).unwrap();
		assert_eq!(info.standing, IssuerStanding::Suspended);
		assert_eq!(info.standing_since, START + 5);
		assert_eq!(last_event(), Event::IssuerSuspended { issuer: ISSUER });
	});
}

#[test]
fn suspend_issuer_fails_when_not_governance() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::suspend_issuer(RuntimeOrigin::signed(OTHER_ISSUER), ISSUER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn suspend_issuer_fails_when_issuer_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::suspend_issuer(RuntimeOrigin::root(), NEW_ISSUER),
			Error::<Test>::IssuerNotFound
		);
	});
}

#[test]
fn suspend_issuer_fails_when_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn withdraw_issuer_works_and_keeps_badges_valid() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let badge = award_to(class, LEARNER, 1);

		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));

		assert_eq!(Issuers::<Test>::get(ISSUER).unwrap().standing, IssuerStanding::Withdrawn);
		assert_eq!(last_event(), Event::IssuerWithdrawn { issuer: ISSUER });
		let verification = Badges::verify_badge(badge).unwrap();
		assert!(verification.valid);
		assert_eq!(verification.issuer_standing, Some(IssuerStanding::Withdrawn));
		assert_eq!(Badges::skill_profile(&LEARNER).len(), 2);
	});
}

#[test]
fn withdraw_issuer_fails_when_not_governance() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::withdraw_issuer(RuntimeOrigin::signed(ISSUER), ISSUER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn withdraw_issuer_fails_when_issuer_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::withdraw_issuer(RuntimeOrigin::root(), NEW_ISSUER),
			Error::<Test>::IssuerNotFound
		);
	});
}

#[test]
fn withdraw_issuer_fails_when_already_withdrawn() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::withdraw_issuer(RuntimeOrigin::root(), ISSUER),
			Error::<Test>::IssuerAlreadyWithdrawn
		);
	});
}
