//! `post_course`, `update_course`, `withdraw_course`, `remove_expired_course`.

use crate::{mock::*, Courses, CoursesBySkill, Error, Event, ListingSetVersion};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use lifelong_primitives::ProficiencyLevel;

fn held(who: AccountId) -> Balance {
	Balances::total_balance_on_hold(&who)
}

#[test]
fn post_course_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3, 4])
		));

		let course = Courses::<Test>::get(0).expect("course stored");
		assert_eq!(course.poster, PROVIDER);
		assert_eq!(course.details.badge_class, 7);
		assert_eq!(held(PROVIDER), 100);
		assert_eq!(CoursesBySkill::<Test>::get(3, 0), Some(ProficiencyLevel::Advanced));
		assert_eq!(ListingSetVersion::<Test>::get(), 1);
		assert_eq!(last_event(), Event::CoursePosted { course: 0, poster: PROVIDER, deposit: 100 });
	});
}

#[test]
fn post_course_fails_when_not_provider() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::post_course(RuntimeOrigin::signed(EMPLOYER), course_details(&[3])),
			Error::<Test>::NotCourseProvider
		);
	});
}

#[test]
fn post_course_fails_when_details_invalid() {
	ExtBuilder::default().build_and_execute(|_| {
		let origin = || RuntimeOrigin::signed(PROVIDER);
		assert_noop!(
			Recommendations::post_course(origin(), course_details(&[])),
			Error::<Test>::NoSkills
		);
		assert_noop!(
			Recommendations::post_course(origin(), course_details(&[4, 4])),
			Error::<Test>::DuplicateSkill
		);
		assert_noop!(
			Recommendations::post_course(origin(), course_details(&[404])),
			Error::<Test>::UnknownSkill
		);
		MockSkills::deprecate(5);
		assert_noop!(
			Recommendations::post_course(origin(), course_details(&[5])),
			Error::<Test>::DeprecatedSkill
		);
		let mut details = course_details(&[3]);
		details.expires_at = START - 1;
		assert_noop!(
			Recommendations::post_course(origin(), details.clone()),
			Error::<Test>::ExpiryInPast
		);
		details.expires_at = START + 400 * DAY;
		assert_noop!(Recommendations::post_course(origin(), details), Error::<Test>::ExpiryTooFar);
	});
}

#[test]
fn update_course_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		let details = course_details(&[4, 5, 6]);
		assert_ok!(Recommendations::update_course(
			RuntimeOrigin::signed(PROVIDER),
			0,
			details.clone()
		));

		assert_eq!(Courses::<Test>::get(0).expect("course stored").details, details);
		assert!(!CoursesBySkill::<Test>::contains_key(3, 0));
		assert!(CoursesBySkill::<Test>::contains_key(6, 0));
		assert_eq!(held(PROVIDER), 110);
		assert_eq!(last_event(), Event::CourseUpdated { course: 0, deposit: 110 });
	});
}

#[test]
fn update_course_fails_when_not_poster_or_missing() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		assert_noop!(
			Recommendations::update_course(RuntimeOrigin::signed(OTHER), 0, course_details(&[4])),
			Error::<Test>::NotPoster
		);
		assert_noop!(
			Recommendations::update_course(
				RuntimeOrigin::signed(PROVIDER),
				3,
				course_details(&[4])
			),
			Error::<Test>::CourseNotFound
		);
	});
}

#[test]
fn withdraw_course_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		assert_ok!(Recommendations::withdraw_course(RuntimeOrigin::signed(PROVIDER), 0));

		assert!(Courses::<Test>::get(0).is_none());
		assert!(!CoursesBySkill::<Test>::contains_key(3, 0));
		assert_eq!(held(PROVIDER), 0);
		assert_eq!(last_event(), Event::CourseRemoved { course: 0, by: PROVIDER });
	});
}

#[test]
fn withdraw_course_fails_when_not_poster_or_missing() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		assert_noop!(
			Recommendations::withdraw_course(RuntimeOrigin::signed(OTHER), 0),
			Error::<Test>::NotPoster
		);
		assert_noop!(
			Recommendations::withdraw_course(RuntimeOrigin::signed(PROVIDER), 1),
			Error::<Test>::CourseNotFound
		);
	});
}

#[test]
fn remove_expired_course_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		Now::set(START + 61 * DAY);
		assert_ok!(Recommendations::remove_expired_course(RuntimeOrigin::signed(OTHER), 0));

		assert!(Courses::<Test>::get(0).is_none());
		assert_eq!(held(PROVIDER), 0);
		assert_eq!(last_event(), Event::CourseRemoved { course: 0, by: OTHER });
	});
}

#[test]
fn remove_expired_course_fails_when_not_expired() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::post_course(
			RuntimeOrigin::signed(PROVIDER),
			course_details(&[3])
		));
		assert_noop!(
			Recommendations::remove_expired_course(RuntimeOrigin::signed(OTHER), 0),
			Error::<Test>::NotExpired
		);
		assert_noop!(
			Recommendations::remove_expired_course(RuntimeOrigin::signed(OTHER), 8),
			Error::<Test>::CourseNotFound
		);
	});
}
