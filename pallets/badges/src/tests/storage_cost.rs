//! The storage keys that awards write, counted from the test externalities' overlay.

use super::prelude::*;
use frame_support::storage::StoragePrefixedMap;

/// Counts the keys written since the last commit, per storage item of interest.
#[derive(Debug, Default, PartialEq)]
struct Written {
	badges: usize,
	evidence_index: usize,
	badge_lists: usize,
	next_badge_id: usize,
	holds: usize,
	accounts: usize,
	/// Keys under the badges pallet's prefix that belong to none of the items above.
	other_badges_keys: usize,
}

fn written(ext: &sp_io::TestExternalities) -> Written {
	let pallet_prefix = sp_io::hashing::twox_128(b"Badges");
	let next_badge_key = NextBadgeId::<Test>::hashed_key();
	let mut counts = Written::default();
	for (key, _) in ext.overlayed_changes().changes() {
		if key.starts_with(&crate::Badges::<Test>::final_prefix()) {
			counts.badges += 1;
		} else if key.starts_with(&BadgeByEvidence::<Test>::final_prefix()) {
			counts.evidence_index += 1;
		} else if key.starts_with(&BadgesOf::<Test>::final_prefix()) {
			counts.badge_lists += 1;
		} else if key[..] == next_badge_key[..] {
			counts.next_badge_id += 1;
		} else if key.starts_with(&pallet_prefix) {
			counts.other_badges_keys += 1;
		} else if key.starts_with(&pallet_balances::Holds::<Test>::final_prefix()) {
			counts.holds += 1;
		} else if key.starts_with(&frame_system::Account::<Test>::final_prefix()) {
			counts.accounts += 1;
		}
	}
	counts
}

/// Builds the externalities with one class and [`LEARNER`] already holding a badge, and
/// commits that state so that only the next call's writes show in the overlay.
fn committed_setup() -> (sp_io::TestExternalities, crate::ClassId) {
	let mut ext = ExtBuilder::build();
	let class = ext.execute_with(|| {
		let class = create_class();
		award_to(class, LEARNER, 1_000);
		class
	});
	ext.commit_all().expect("the test backend accepts every commit");
	(ext, class)
}

#[test]
fn award_batch_writes_three_keys_per_learner() {
	let (mut ext, class) = committed_setup();
	let learners: Vec<AccountId> = (100..150).chain([LEARNER, LEARNER]).collect();
	let cohort: Vec<CohortAward<AccountId, u64>> = learners
		.iter()
		.zip(1..)
		.map(|(learner, n)| CohortAward {
			learner: *learner,
			evidence: evidence(n),
			expires_at: None,
		})
		.collect();

	ext.execute_with(|| {
		assert_ok!(Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, cohort));
	});

	// 52 badges for 51 distinct learners: LEARNER's list is written once for two badges.
	let counts = written(&ext);
	assert_eq!(counts.badges, 52);
	assert_eq!(counts.evidence_index, 52);
	assert_eq!(counts.badge_lists, 51);
	assert_eq!(counts.next_badge_id, 1);
	assert_eq!(counts.holds, 1);
	assert_eq!(counts.accounts, 1);
	assert_eq!(counts.other_badges_keys, 0);
	ext.execute_with(|| {
		assert_eq!(Badges::badges_of(&LEARNER), vec![0, 51, 52]);
		assert_eq!(Badges::deposit_held(&ISSUER), 53 * DEPOSIT);
		Badges::do_try_state().expect("try_state found an inconsistency");
	});
}

#[test]
fn award_writes_four_keys_and_the_hold() {
	let (mut ext, class) = committed_setup();

	ext.execute_with(|| {
		assert_ok!(Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None));
	});

	let counts = written(&ext);
	assert_eq!(counts.badges, 1);
	assert_eq!(counts.evidence_index, 1);
	assert_eq!(counts.badge_lists, 1);
	assert_eq!(counts.next_badge_id, 1);
	assert_eq!(counts.holds, 1);
	assert_eq!(counts.accounts, 1);
	assert_eq!(counts.other_badges_keys, 0);
	ext.execute_with(|| Badges::do_try_state().expect("try_state found an inconsistency"));
}

#[test]
fn award_skips_the_hold_when_deposit_zero() {
	let (mut ext, class) = committed_setup();

	ext.execute_with(|| {
		BadgeDeposit::set(0);
		assert_ok!(Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None));
		assert_eq!(crate::Badges::<Test>::get(1).unwrap().deposit, 0);
		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
	});

	let counts = written(&ext);
	assert_eq!(counts.badges, 1);
	assert_eq!(counts.evidence_index, 1);
	assert_eq!(counts.badge_lists, 1);
	assert_eq!(counts.next_badge_id, 1);
	assert_eq!(counts.holds, 0);
	assert_eq!(counts.accounts, 0);
	assert_eq!(counts.other_badges_keys, 0);
	ext.execute_with(|| {
		// Declining the zero-deposit badge releases nothing and keeps the other badge's hold.
		assert_ok!(Badges::decline_badge(RuntimeOrigin::signed(LEARNER), 1));
		assert_eq!(
			last_event(),
			Event::BadgeDeclined { badge: 1, learner: LEARNER, deposit_released: 0 }
		);
		assert_eq!(Badges::deposit_held(&ISSUER), DEPOSIT);
		Badges::do_try_state().expect("try_state found an inconsistency");
	});
}

#[test]
fn status_changes_write_only_the_badge() {
	let (mut ext, _class) = committed_setup();

	ext.execute_with(|| {
		assert_ok!(Badges::suspend_badge(RuntimeOrigin::signed(ISSUER), 0, b"x".to_vec()));
		assert_ok!(Badges::reinstate_badge(RuntimeOrigin::signed(ISSUER), 0));
		assert_ok!(Badges::revoke_badge(
			RuntimeOrigin::signed(ISSUER),
			0,
			RevocationReason::Superseded,
			None
		));
	});

	let counts = written(&ext);
	assert_eq!(counts, Written { badges: 1, ..Default::default() });
	ext.execute_with(|| Badges::do_try_state().expect("try_state found an inconsistency"));
}
