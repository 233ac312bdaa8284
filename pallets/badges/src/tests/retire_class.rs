//! `retire_class`.

use super::prelude::*;

#[test]
fn retire_class_works_and_keeps_awarded_badges() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let badge = award_to(class, LEARNER, 1);

		assert_ok!(Badges::retire_class(RuntimeOrigin::signed(DELEGATE), class));

		assert!(Classes::<Test>::get(class).unwrap().retired);
		assert_eq!(last_event(), Event::ClassRetired { class, issuer: ISSUER });
		let verification = Badges::verify_badge(badge).unwrap();
		assert!(verification.valid);
		assert!(verification.class_retired);
	});
}

#[test]
fn award_fails_when_class_retired() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::retire_class(RuntimeOrigin::signed(ISSUER), class));
		assert_noop!(
			Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None),
			Error::<Test>::ClassRetired
		);
	});
}

#[test]
fn retire_class_fails_when_not_issuer_or_delegate() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_noop!(
			Badges::retire_class(RuntimeOrigin::signed(STRANGER), class),
			Error::<Test>::NotIssuerOrDelegate
		);
	});
}

#[test]
fn retire_class_fails_when_class_unknown() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Badges::retire_class(RuntimeOrigin::signed(ISSUER), 42),
			Error::<Test>::ClassNotFound
		);
	});
}

#[test]
fn retire_class_fails_when_class_of_other_issuer() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_noop!(
			Badges::retire_class(RuntimeOrigin::signed(OTHER_ISSUER), class),
			Error::<Test>::NotClassIssuer
		);
	});
}

#[test]
fn retire_class_fails_when_already_retired() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		assert_ok!(Badges::retire_class(RuntimeOrigin::signed(ISSUER), class));
		assert_noop!(
			Badges::retire_class(RuntimeOrigin::signed(ISSUER), class),
			Error::<Test>::ClassRetired
		);
	});
}
