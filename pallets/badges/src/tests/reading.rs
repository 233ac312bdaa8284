//! The read functions behind the runtime API, and genesis.

use super::prelude::*;
use sp_core::H256;

#[test]
fn verify_badge_reports_class_issuer_and_dates() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class_with(ISSUER, vec![(2, ProficiencyLevel::Advanced)], Some(500));
		let badge = award_to(class, LEARNER, 1);

		let verification = Badges::verify_badge(badge).unwrap();

		assert_eq!(verification.badge, badge);
		assert!(verification.valid);
		assert_eq!(verification.state, BadgeState::Active);
		assert_eq!(verification.learner, LEARNER);
		assert_eq!(verification.evidence, evidence(1));
		assert_eq!(verification.issued_at, START);
		assert_eq!(verification.expires_at, Some(START + 500));
		assert_eq!(verification.class, class);
		assert_eq!(verification.class_name, b"Data Analysis I".to_vec());
		assert!(!verification.class_retired);
		assert_eq!(verification.skills, vec![(2, ProficiencyLevel::Advanced)]);
		assert_eq!(verification.issuer, ISSUER);
		assert_eq!(verification.issuer_name, b"University of Tartu".to_vec());
		assert_eq!(verification.issuer_standing, Some(IssuerStanding::Accredited));
	});
}

#[test]
fn verify_badge_returns_none_for_unknown_badge() {
	ExtBuilder::build_and_execute(|| {
		assert_eq!(Badges::verify_badge(0), None);
		assert_eq!(Badges::badge_by_evidence(H256::zero()), None);
	});
}

#[test]
fn badges_of_lists_all_statuses_in_order() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let first = award_to(class, LEARNER, 1);
		award_to(class, OTHER_LEARNER, 2);
		let third = award_to(class, LEARNER, 3);
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			first,
			RevocationReason::Other,
			None
		));

		assert_eq!(Badges::badges_of(&LEARNER), vec![first, third]);
		assert_eq!(Badges::badge_by_evidence(evidence(3)), Some(third));
	});
}

#[test]
fn issuer_and_badge_class_views_work() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();

		let issuer = Badges::issuer(&ISSUER).unwrap();
		assert_eq!(issuer.name, b"University of Tartu".to_vec());
		assert_eq!(issuer.url, b"https://ut.ee".to_vec());
		assert_eq!(issuer.standing, IssuerStanding::Accredited);
		assert_eq!(issuer.delegate_count, 1);
		assert!(Badges::issuer(&STRANGER).is_none());

		let view = Badges::badge_class(class).unwrap();
		assert_eq!(view.issuer, ISSUER);
		assert_eq!(view.criteria_uri, Some(b"https://ut.ee/criteria/da1".to_vec()));
		assert_eq!(view.eqf_level, Some(6));
		assert_eq!(view.ects_tenths, Some(60));
		assert_eq!(view.skills.len(), 2);
		assert!(Badges::badge_class(class + 1).is_none());
	});
}

#[test]
fn genesis_accredits_issuers() {
	ExtBuilder::build_and_execute(|| {
		for issuer in [ISSUER, OTHER_ISSUER, POOR_ISSUER] {
			assert_eq!(Issuers::<Test>::get(issuer).unwrap().standing, IssuerStanding::Accredited);
		}
	});
}
