//! `post_job`, `update_job`, `withdraw_job`, `remove_expired_job`.

use crate::{
	mock::*, Error, Event, Jobs, JobsBySkill, ListingSetVersion, NextJobId, RequiredSkill,
	SkillWeight,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use lifelong_primitives::ProficiencyLevel;

fn held(who: AccountId) -> Balance {
	Balances::total_balance_on_hold(&who)
}

#[test]
fn post_job_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));

		let offer = Jobs::<Test>::get(0).expect("job stored");
		assert_eq!(offer.poster, EMPLOYER);
		assert_eq!(offer.deposit, 120);
		assert_eq!(held(EMPLOYER), 120);
		assert!(JobsBySkill::<Test>::contains_key(1, 0));
		assert!(JobsBySkill::<Test>::contains_key(2, 0));
		assert_eq!(NextJobId::<Test>::get(), 1);
		assert_eq!(ListingSetVersion::<Test>::get(), 1);
		assert_eq!(last_event(), Event::JobPosted { job: 0, poster: EMPLOYER, deposit: 120 });
	});
}

#[test]
fn post_job_fails_when_not_employer() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::post_job(RuntimeOrigin::signed(OTHER), job_details(&[1])),
			Error::<Test>::NotEmployer
		);
	});
}

#[test]
fn post_job_fails_when_skills_invalid() {
	ExtBuilder::default().build_and_execute(|_| {
		let origin = || RuntimeOrigin::signed(EMPLOYER);
		assert_noop!(
			Recommendations::post_job(origin(), job_details(&[])),
			Error::<Test>::NoSkills
		);
		assert_noop!(
			Recommendations::post_job(origin(), job_details(&[1, 1])),
			Error::<Test>::DuplicateSkill
		);
		assert_noop!(
			Recommendations::post_job(origin(), job_details(&[1, 999])),
			Error::<Test>::UnknownSkill
		);
		MockSkills::deprecate(3);
		assert_noop!(
			Recommendations::post_job(origin(), job_details(&[3])),
			Error::<Test>::DeprecatedSkill
		);
	});
}

#[test]
fn post_job_fails_when_occupation_unknown() {
	ExtBuilder::default().build_and_execute(|_| {
		let mut details = job_details(&[1]);
		details.occupation = Some(42);
		assert_noop!(
			Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), details),
			Error::<Test>::UnknownOccupation
		);
	});
}

#[test]
fn post_job_fails_when_expiry_invalid() {
	ExtBuilder::default().build_and_execute(|_| {
		let mut details = job_details(&[1]);
		details.expires_at = START;
		assert_noop!(
			Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), details.clone()),
			Error::<Test>::ExpiryInPast
		);
		details.expires_at = START + 366 * DAY;
		assert_noop!(
			Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), details),
			Error::<Test>::ExpiryTooFar
		);
	});
}

#[test]
fn post_job_fails_when_deposit_unavailable() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::register_employer(RuntimeOrigin::root(), POOR));
		assert!(Recommendations::post_job(RuntimeOrigin::signed(POOR), job_details(&[1])).is_err());
		assert!(Jobs::<Test>::get(0).is_none());
	});
}

#[test]
fn update_job_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));

		let mut details = job_details(&[2, 3, 4]);
		details.skills[0] = RequiredSkill {
			skill: 2,
			min_level: ProficiencyLevel::Advanced,
			weight: SkillWeight::Optional,
		};
		assert_ok!(Recommendations::update_job(
			RuntimeOrigin::signed(EMPLOYER),
			0,
			details.clone()
		));

		assert_eq!(Jobs::<Test>::get(0).expect("job stored").details, details);
		assert_eq!(held(EMPLOYER), 130);
		assert!(!JobsBySkill::<Test>::contains_key(1, 0));
		assert!(JobsBySkill::<Test>::contains_key(4, 0));
		assert_eq!(ListingSetVersion::<Test>::get(), 2);
		assert_eq!(last_event(), Event::JobUpdated { job: 0, deposit: 130 });

		assert_ok!(Recommendations::update_job(
			RuntimeOrigin::signed(EMPLOYER),
			0,
			job_details(&[5])
		));
		assert_eq!(held(EMPLOYER), 110);
	});
}

#[test]
fn update_job_fails_when_not_poster_or_missing() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_noop!(
			Recommendations::update_job(RuntimeOrigin::signed(OTHER), 0, job_details(&[2])),
			Error::<Test>::NotPoster
		);
		assert_noop!(
			Recommendations::update_job(RuntimeOrigin::signed(EMPLOYER), 9, job_details(&[2])),
			Error::<Test>::JobNotFound
		);
		assert_noop!(
			Recommendations::update_job(RuntimeOrigin::signed(EMPLOYER), 0, job_details(&[998])),
			Error::<Test>::UnknownSkill
		);
	});
}

#[test]
fn withdraw_job_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(
			RuntimeOrigin::signed(EMPLOYER),
			job_details(&[1, 2])
		));
		assert_ok!(Recommendations::withdraw_job(RuntimeOrigin::signed(EMPLOYER), 0));

		assert!(Jobs::<Test>::get(0).is_none());
		assert!(!JobsBySkill::<Test>::contains_key(1, 0));
		assert_eq!(held(EMPLOYER), 0);
		assert_eq!(ListingSetVersion::<Test>::get(), 2);
		assert_eq!(last_event(), Event::JobRemoved { job: 0, by: EMPLOYER });
	});
}

#[test]
fn withdraw_job_fails_when_not_poster_or_missing() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_noop!(
			Recommendations::withdraw_job(RuntimeOrigin::signed(OTHER), 0),
			Error::<Test>::NotPoster
		);
		assert_noop!(
			Recommendations::withdraw_job(RuntimeOrigin::signed(EMPLOYER), 1),
			Error::<Test>::JobNotFound
		);
	});
}

#[test]
fn remove_expired_job_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		Now::set(START + 30 * DAY);
		assert_ok!(Recommendations::remove_expired_job(RuntimeOrigin::signed(OTHER), 0));

		assert!(Jobs::<Test>::get(0).is_none());
		assert_eq!(held(EMPLOYER), 0);
		assert_eq!(last_event(), Event::JobRemoved { job: 0, by: OTHER });
	});
}

#[test]
fn remove_expired_job_fails_when_not_expired() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(&[1])));
		assert_noop!(
			Recommendations::remove_expired_job(RuntimeOrigin::signed(OTHER), 0),
			Error::<Test>::NotExpired
		);
		assert_noop!(
			Recommendations::remove_expired_job(RuntimeOrigin::signed(OTHER), 5),
			Error::<Test>::JobNotFound
		);
	});
}
