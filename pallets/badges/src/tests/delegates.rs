//! `add_delegate` and `remove_delegate`, and what a delegate may do.

use super::prelude::*;

const NEW_DELEGATE: AccountId = 30;

#[test]
fn add_delegate_works() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::add_delegate(RuntimeOrigin::signed(ISSUER), NEW_DELEGATE));

		assert_eq!(DelegateOf::<Test>::get(NEW_DELEGATE), Some(ISSUER));
		assert_eq!(Issuers::<Test>::get(ISSUER).unwrap().delegate_count, 2);
		assert_eq!(last_event(), Event::DelegateAdded { issuer: ISSUER, delegate: NEW_DELEGATE });
	});
}

#[test]
fn delegate_awards_on_behalf_of_issuer() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::award(
			RuntimeOrigin::signed(DELEGATE),
			class,
			LEARNER,
			evidence(1),
			None
		));

		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
		assert_eq!(Badges::deposit_held(&DELEGATE), 0);
		assert!(matches!(last_event(), Event::BadgeAwarded { issuer: ISSUER, .. }));
	});
}

#[test]
fn add_delegate_fails_when_signer_not_issuer() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(STRANGER), NEW_DELEGATE),
			Error::<Test>::NotIssuer
		);
		// A delegate may not name further delegates.
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(DELEGATE), NEW_DELEGATE),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn add_delegate_fails_when_issuer_not_accredited() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(ISSUER), NEW_DELEGATE),
			Error::<Test>::IssuerNotAccredited
		);
	});
}

#[test]
fn add_delegate_fails_when_account_is_issuer() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(ISSUER), OTHER_ISSUER),
			Error::<Test>::AccountIsIssuer
		);
	});
}

#[test]
fn add_delegate_fails_when_already_a_delegate() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(OTHER_ISSUER), DELEGATE),
			Error::<Test>::AccountIsDelegate
		);
	});
}

#[test]
fn add_delegate_fails_when_too_many_delegates() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::add_delegate(RuntimeOrigin::signed(ISSUER), NEW_DELEGATE));
		assert_noop!(
			Badges::add_delegate(RuntimeOrigin::signed(ISSUER), NEW_DELEGATE + 1),
			Error::<Test>::TooManyDelegates
		);
	});
}

#[test]
fn remove_delegate_works() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Badges::remove_delegate(RuntimeOrigin::signed(ISSUER), DELEGATE));

		assert_eq!(DelegateOf::<Test>::get(DELEGATE), None);
		assert_eq!(Issuers::<Test>::get(ISSUER).unwrap().delegate_count, 0);
		assert_eq!(last_event(), Event::DelegateRemoved { issuer: ISSUER, delegate: DELEGATE });
	});
}

#[test]
fn removed_delegate_cannot_award() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::remove_delegate(RuntimeOrigin::signed(ISSUER), DELEGATE));
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(DELEGATE), class, LEARNER, evidence(1), None),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn remove_delegate_fails_when_signer_not_issuer() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::remove_delegate(RuntimeOrigin::signed(STRANGER), DELEGATE),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn remove_delegate_fails_when_not_own_delegate() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::remove_delegate(RuntimeOrigin::signed(OTHER_ISSUER), DELEGATE),
			Error::<Test>::NotDelegate
		);
		assert_noop!(
			Badges::remove_delegate(RuntimeOrigin::signed(ISSUER), NEW_DELEGATE),
			Error::<Test>::NotDelegate
		);
	});
}
