//! The matching function: scores, match kinds, missing skills, courses and ranking.

use super::*;
use crate::{
	matching::{compute, level_factor, recency_factor, YEAR_MS},
	MatchKind, RequiredSkill, SkillWeight, TaughtSkill,
};
use frame_support::BoundedVec;
use sp_runtime::Permill;

fn compute_for(learner: AccountId) -> (crate::JobMatchesOf<Test>, crate::CourseMatchesOf<Test>) {
	let preferences = crate::Learners::<Test>::get(learner).unwrap_or_else(preferences);
	compute::<Test>(&MockProfiles::skill_profile(&learner), &preferences, Now::get())
}

fn post_job(skills: &[u32]) {
	assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), job_details(skills)));
}

fn post_course(skills: &[u32]) {
	assert_ok!(Recommendations::post_course(
		RuntimeOrigin::signed(PROVIDER),
		course_details(skills)
	));
}

#[test]
fn level_factor_works() {
	use ProficiencyLevel::*;
	assert_eq!(level_factor(Advanced, Intermediate), Permill::one());
	assert_eq!(level_factor(Intermediate, Intermediate), Permill::one());
	assert_eq!(level_factor(Foundation, Intermediate), Permill::from_percent(50));
	assert_eq!(level_factor(Foundation, HighlySpecialised), Permill::from_percent(25));
}

#[test]
fn recency_factor_works() {
	assert_eq!(recency_factor(0), Permill::one());
	assert_eq!(recency_factor(YEAR_MS), Permill::one());
	assert_eq!(recency_factor(YEAR_MS + 1), Permill::from_percent(90));
	assert_eq!(recency_factor(3 * YEAR_MS + 1), Permill::from_percent(80));
}

#[test]
fn compute_gives_full_match_when_essentials_held() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1, 2, 3]);
		award_all(LEARNER, &[1, 2, 3]);

		let (jobs, courses) = compute_for(LEARNER);

		assert_eq!(jobs.len(), 1);
		assert_eq!(jobs[0].job, 0);
		assert_eq!(jobs[0].kind, MatchKind::Full);
		assert_eq!(jobs[0].score, Permill::one());
		assert!(jobs[0].missing.is_empty());
		assert!(courses.is_empty());
	});
}

#[test]
fn compute_partial_match_names_missing() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1, 2, 3, 4]);
		post_course(&[3, 4]);
		post_course(&[4, 9]);
		post_course(&[9]);
		award_all(LEARNER, &[1, 2]);

		let (jobs, courses) = compute_for(LEARNER);

		assert_eq!(jobs.len(), 1);
		assert_eq!(jobs[0].kind, MatchKind::Partial);
		assert_eq!(jobs[0].score, Permill::from_percent(50));
		assert_eq!(jobs[0].missing.to_vec(), vec![3, 4]);
		assert_eq!(courses.len(), 2);
		assert_eq!(courses[0].course, 0);
		assert_eq!(courses[0].teaches.to_vec(), vec![3, 4]);
		assert_eq!(courses[0].score, Permill::one());
		assert_eq!(courses[1].course, 1);
		assert_eq!(courses[1].teaches.to_vec(), vec![4]);
		assert_eq!(courses[1].score, Permill::from_percent(50));
	});
}

#[test]
fn compute_weights_essential_and_optional_skills() {
	ExtBuilder::default().build_and_execute(|_| {
		let skill = |skill, weight| RequiredSkill {
			skill,
			min_level: ProficiencyLevel::Intermediate,
			weight,
		};
		let details = job_details_with(vec![
			skill(1, SkillWeight::Essential),
			skill(2, SkillWeight::Optional),
		]);
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), details));
		award_all(LEARNER, &[1]);

		let (jobs, _) = compute_for(LEARNER);

		assert_eq!(jobs[0].kind, MatchKind::Full);
		assert_eq!(jobs[0].score, Permill::from_percent(75));
		assert_eq!(jobs[0].missing.to_vec(), vec![2]);
	});
}

#[test]
fn compute_credits_lower_levels_in_part() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1, 2]);
		award_all(LEARNER, &[1]);
		MockProfiles::award(LEARNER, 2, ProficiencyLevel::Foundation, Now::get());

		let (jobs, _) = compute_for(LEARNER);

		assert_eq!(jobs[0].kind, MatchKind::Partial);
		assert_eq!(jobs[0].score, Permill::from_percent(75));
		assert_eq!(jobs[0].missing.to_vec(), vec![2]);
	});
}

#[test]
fn compute_credits_narrower_skills_half() {
	ExtBuilder::default().build_and_execute(|_| {
		MockSkills::add(101, &[1]);
		post_job(&[1]);
		award_all(LEARNER, &[101]);

		let (jobs, _) = compute_for(LEARNER);

		assert_eq!(jobs.len(), 1);
		assert_eq!(jobs[0].kind, MatchKind::Partial);
		assert_eq!(jobs[0].score, Permill::from_percent(50));
		assert_eq!(jobs[0].missing.to_vec(), vec![1]);
	});
}

#[test]
fn compute_prefers_recently_shown_skills() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1, 2]);
		MockProfiles::award(LEARNER, 1, ProficiencyLevel::Intermediate, START - 4 * YEAR_MS);
		MockProfiles::award(LEARNER, 2, ProficiencyLevel::Intermediate, START);

		let (jobs, _) = compute_for(LEARNER);

		assert_eq!(jobs[0].kind, MatchKind::Full);
		assert_eq!(jobs[0].score, Permill::from_percent(90));
	});
}

#[test]
fn compute_ranks_full_then_score() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1, 2, 3]);
		post_job(&[1]);
		post_job(&[1, 2, 5, 6]);
		post_job(&[1, 2, 5]);
		award_all(LEARNER, &[1, 2]);

		let (jobs, _) = compute_for(LEARNER);

		let order: Vec<_> = jobs.iter().map(|matched| matched.job).collect();
		assert_eq!(order, vec![1, 0, 3, 2]);
	});
}

#[test]
fn compute_skips_expired_and_other_locations() {
	ExtBuilder::default().build_and_execute(|_| {
		post_job(&[1]);
		let mut elsewhere = job_details(&[1]);
		elsewhere.location = bounded(b"Nairobi");
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), elsewhere));
		let mut short = job_details(&[1]);
		short.expires_at = START + DAY;
		assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), short));
		award_all(LEARNER, &[1]);
		let mut wanted = preferences();
		wanted.location = Some(bounded(b"ADDIS ABABA"));
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted));
		Now::set(START + DAY);

		let (jobs, _) = compute_for(LEARNER);

		let order: Vec<_> = jobs.iter().map(|matched| matched.job).collect();
		assert_eq!(order, vec![0]);
	});
}

#[test]
fn compute_limits_results_to_preference() {
	ExtBuilder::default().build_and_execute(|_| {
		for _ in 0..4 {
			post_job(&[1]);
		}
		award_all(LEARNER, &[1]);
		let mut wanted = preferences();
		wanted.max_results = 2;
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted));

		let (jobs, _) = compute_for(LEARNER);

		assert_eq!(jobs.iter().map(|matched| matched.job).collect::<Vec<_>>(), vec![0, 1]);
	});
}

#[test]
fn compute_recommends_courses_for_goal() {
	ExtBuilder::default().build_and_execute(|_| {
		MockSkills::add_occupation(7, &[5, 6, 1], &[8]);
		let mut details = course_details(&[6]);
		details.skills = BoundedVec::truncate_from(vec![TaughtSkill {
			skill: 6,
			level: ProficiencyLevel::Foundation,
		}]);
		assert_ok!(Recommendations::post_course(RuntimeOrigin::signed(PROVIDER), details));
		post_course(&[8]);
		award_all(LEARNER, &[1]);
		let mut wanted = preferences();
		wanted.goal = Some(7);
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), wanted));

		let (jobs, courses) = compute_for(LEARNER);

		assert!(jobs.is_empty());
		assert_eq!(courses.len(), 1);
		assert_eq!(courses[0].course, 0);
		assert_eq!(courses[0].teaches.to_vec(), vec![6]);
		assert_eq!(courses[0].score, Permill::from_percent(50));
	});
}

#[test]
fn compute_recommendations_matches_stored_result() {
	ExtBuilder::default().build_and_execute(|context| {
		post_job(&[1, 2, 3, 4]);
		post_course(&[3, 4]);
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		award_all(LEARNER, &[1, 2]);
		assert_eq!(run_worker_and_apply(context), 1);

		let stored = Recommendations::recommendations(&LEARNER).expect("result stored");
		let computed = Recommendations::compute_recommendations(&LEARNER).expect("opted in");

		assert_eq!(stored, computed);
		assert_eq!(stored.jobs.len(), 1);
		assert_eq!(stored.courses.len(), 1);
	});
}

#[test]
fn recommendations_hide_expired_listings() {
	ExtBuilder::default().build_and_execute(|context| {
		post_job(&[1]);
		assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(LEARNER), preferences()));
		award_all(LEARNER, &[1]);
		assert_eq!(run_worker_and_apply(context), 1);
		Now::set(START + 30 * DAY);

		let stored = Recommendations::recommendations(&LEARNER).expect("result stored");

		assert!(stored.jobs.is_empty());
		assert_eq!(super::stored(LEARNER).jobs.len(), 1);
	});
}
