//! Benchmarks of every call, of the authorization of `submit_result` and of one `on_idle`
//! pruning step.

use super::*;
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{fungible::Mutate, Authorize, EnsureOrigin, Get, Time},
	BoundedVec,
};
use frame_system::RawOrigin;
use lifelong_primitives::{ProficiencyLevel, SkillId, SkillProfileProvider};
use sp_runtime::{
	traits::{Bounded, CheckedDiv, Saturating},
	Permill, RuntimeAppPublic,
};

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let funds = BalanceOf::<T>::max_value()
		.checked_div(&8u32.into())
		.unwrap_or_else(BalanceOf::<T>::max_value);
	T::Currency::set_balance(&who, funds);
	who
}

fn employer<T: Config>() -> T::AccountId {
	let who = funded::<T>("employer", 0);
	Employers::<T>::insert(&who, ());
	who
}

fn provider<T: Config>() -> T::AccountId {
	let who = funded::<T>("provider", 0);
	T::BenchmarkHelper::make_course_provider(&who);
	who
}

fn new_skills<T: Config>(count: u32) -> Vec<SkillId> {
	(0..count).map(|_| T::BenchmarkHelper::create_skill()).collect()
}

fn text<S: Get<u32>>() -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(vec![b'a'; S::get() as usize])
}

fn expiry<T: Config>() -> MomentOf<T> {
	T::Time::now().saturating_add(1_000u32.into())
}

fn job_details<T: Config>(skills: &[SkillId]) -> JobDetailsOf<T> {
	let required = skills
		.iter()
		.map(|skill| RequiredSkill {
			skill: *skill,
			min_level: ProficiencyLevel::Intermediate,
			weight: SkillWeight::Essential,
		})
		.collect::<Vec<_>>();
	JobDetails {
		title: text(),
		employer_name: text(),
		location: text(),
		url: text(),
		occupation: None,
		skills: BoundedVec::truncate_from(required),
		expires_at: expiry::<T>(),
	}
}

fn course_details<T: Config>(skills: &[SkillId]) -> CourseDetailsOf<T> {
	let taught = skills
		.iter()
		.map(|skill| TaughtSkill { skill: *skill, level: ProficiencyLevel::Advanced })
		.collect::<Vec<_>>();
	CourseDetails {
		title: text(),
		url: text(),
		skills: BoundedVec::truncate_from(taught),
		ects_tenths: 50,
		duration_hours: 120,
		language: *b"en",
		badge_class: 1,
		expires_at: expiry::<T>(),
	}
}

fn new_job<T: Config>(poster: &T::AccountId, skills: &[SkillId]) -> JobId {
	let job = NextJobId::<T>::get();
	Pallet::<T>::post_job(RawOrigin::Signed(poster.clone()).into(), job_details::<T>(skills))
		.expect("benchmark job is valid");
	job
}

fn new_course<T: Config>(poster: &T::AccountId, skills: &[SkillId]) -> CourseId {
	let course = NextCourseId::<T>::get();
	Pallet::<T>::post_course(RawOrigin::Signed(poster.clone()).into(), course_details::<T>(skills))
		.expect("benchmark course is valid");
	course
}

fn preferences<T: Config>() -> PreferencesOf<T> {
	LearnerPreferences { goal: None, location: None, max_results: T::MaxJobResults::get() }
}

/// Opts a learner in with a profile of `MaxListingSkills` skills.
fn learner<T: Config>() -> T::AccountId {
	let learner: T::AccountId = account("learner", 0, 0);
	let held: Vec<_> = new_skills::<T>(T::MaxListingSkills::get())
		.into_iter()
		.map(|skill| (skill, ProficiencyLevel::Advanced))
		.collect();
	T::BenchmarkHelper::award_skills(&learner, &held);
	Pallet::<T>::opt_in(RawOrigin::Signed(learner.clone()).into(), preferences::<T>())
		.expect("benchmark preferences are valid");
	learner
}

/// Registers a worker key from the keystore as the only worker.
fn worker<T: Config>() -> WorkerId {
	let key = WorkerId::generate_pair(None);
	WorkerKeys::<T>::put(BoundedVec::truncate_from(vec![key.clone()]));
	key
}

/// Posts `jobs` job offers and `courses` courses and returns a result that names all of them,
/// each with the maximum number of skills listed.
fn full_result<T: Config>(jobs: u32, courses: u32) -> (JobMatchesOf<T>, CourseMatchesOf<T>) {
	let employer = employer::<T>();
	let provider = provider::<T>();
	let skills = new_skills::<T>(1);
	let missing: BoundedVec<SkillId, T::MaxMissingSkills> = BoundedVec::truncate_from(vec![
			skills.first().copied().unwrap_or_default();
			T::MaxMissingSkills::get() as usize
		]);
	let job_matches = (0..jobs)
		.map(|_| JobMatch {
			job: new_job::<T>(&employer, &skills),
			score: Permill::one(),
			kind: MatchKind::Partial,
			missing: missing.clone(),
		})
		.collect::<Vec<_>>();
	let course_matches = (0..courses)
		.map(|_| CourseMatch {
			course: new_course::<T>(&provider, &skills),
			score: Permill::one(),
			teaches: missing.clone(),
		})
		.collect::<Vec<_>>();
	(BoundedVec::truncate_from(job_matches), BoundedVec::truncate_from(course_matches))
}

/// Stores a result for `learner` that names the given listings, as if submitted earlier.
fn store_result<T: Config>(
	learner: &T::AccountId,
	worker: &WorkerId,
	jobs: JobMatchesOf<T>,
	courses: CourseMatchesOf<T>,
) {
	for matched in &jobs {
		ResultsByListing::<T>::insert(ListingRef::Job(matched.job), learner, ());
	}
	for matched in &courses {
		ResultsByListing::<T>::insert(ListingRef::Course(matched.course), learner, ());
	}
	Results::<T>::insert(
		learner,
		StoredRecommendations {
			algorithm_version: ALGORITHM_VERSION,
			inputs_hash: Default::default(),
			listing_version: 0,
			stored_at: frame_system::Pallet::<T>::block_number(),
			worker: worker.clone(),
			jobs,
			courses,
		},
	);
}

fn signed_submission<T: Config>(
	learner: &T::AccountId,
	worker: &WorkerId,
	jobs: JobMatchesOf<T>,
	courses: CourseMatchesOf<T>,
) -> (ResultSubmissionOf<T>, WorkerSignature) {
	let preferences = Learners::<T>::get(learner).expect("learner opted in");
	let profile = T::Profiles::skill_profile(learner);
	let listing_version = ListingSetVersion::<T>::get();
	let submission = ResultSubmission {
		learner: learner.clone(),
		worker: worker.clone(),
		algorithm_version: ALGORITHM_VERSION,
		inputs_hash: Pallet::<T>::inputs_hash(&profile, &preferences, listing_version),
		listing_version,
		jobs,
		courses,
	};
	let signature = worker.sign(&submission.encode()).expect("key is in the keystore");
	(submission, signature)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_employer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let employer: T::AccountId = account("employer", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, employer.clone());

		assert!(Employers::<T>::contains_key(&employer));
		Ok(())
	}

	#[benchmark]
	fn deregister_employer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let employer = employer::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, employer.clone());

		assert!(!Employers::<T>::contains_key(&employer));
		Ok(())
	}

	#[benchmark]
	fn add_worker_key() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let existing = (1..T::MaxWorkers::get()).map(|_| WorkerId::generate_pair(None));
		let mut keys: Vec<_> = existing.collect();
		keys.sort();
		WorkerKeys::<T>::put(BoundedVec::truncate_from(keys));
		let key = WorkerId::generate_pair(None);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, key.clone());

		assert!(WorkerKeys::<T>::get().contains(&key));
		Ok(())
	}

	#[benchmark]
	fn remove_worker_key() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let mut keys: Vec<_> =
			(0..T::MaxWorkers::get()).map(|_| WorkerId::generate_pair(None)).collect();
		keys.sort();
		let key = keys.first().cloned().expect("MaxWorkers is at least one");
		WorkerKeys::<T>::put(BoundedVec::truncate_from(keys));
		WorkerSubmissions::<T>::insert(&key, (frame_system::Pallet::<T>::block_number(), 1));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, key.clone());

		assert!(!WorkerKeys::<T>::get().contains(&key));
		Ok(())
	}

	#[benchmark]
	fn post_job(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = employer::<T>();
		let details = job_details::<T>(&new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), details);

		assert!(Jobs::<T>::contains_key(0));
	}

	#[benchmark]
	fn update_job(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = employer::<T>();
		let job = new_job::<T>(&poster, &new_skills::<T>(T::MaxListingSkills::get()));
		let details = job_details::<T>(&new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), job, details.clone());

		assert_eq!(Jobs::<T>::get(job).map(|offer| offer.details), Some(details));
	}

	#[benchmark]
	fn withdraw_job(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = employer::<T>();
		let job = new_job::<T>(&poster, &new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), job);

		assert!(!Jobs::<T>::contains_key(job));
	}

	#[benchmark]
	fn post_course(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = provider::<T>();
		let details = course_details::<T>(&new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), details);

		assert!(Courses::<T>::contains_key(0));
	}

	#[benchmark]
	fn update_course(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = provider::<T>();
		let course = new_course::<T>(&poster, &new_skills::<T>(T::MaxListingSkills::get()));
		let details = course_details::<T>(&new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), course, details.clone());

		assert_eq!(Courses::<T>::get(course).map(|listing| listing.details), Some(details));
	}

	#[benchmark]
	fn withdraw_course(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = provider::<T>();
		let course = new_course::<T>(&poster, &new_skills::<T>(s));

		#[extrinsic_call]
		_(RawOrigin::Signed(poster), course);

		assert!(!Courses::<T>::contains_key(course));
	}

	#[benchmark]
	fn remove_expired_job(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = employer::<T>();
		let job = new_job::<T>(&poster, &new_skills::<T>(s));
		// Expire the offer without moving the clock, which benchmarks cannot set.
		Jobs::<T>::mutate_extant(job, |offer| offer.details.expires_at = T::Time::now());
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job);

		assert!(!Jobs::<T>::contains_key(job));
	}

	#[benchmark]
	fn remove_expired_course(s: Linear<1, { T::MaxListingSkills::get() }>) {
		let poster = provider::<T>();
		let course = new_course::<T>(&poster, &new_skills::<T>(s));
		Courses::<T>::mutate_extant(course, |listing| listing.details.expires_at = T::Time::now());
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), course);

		assert!(!Courses::<T>::contains_key(course));
	}

	#[benchmark]
	fn opt_in() {
		let essential = new_skills::<T>(1);
		let goal = T::BenchmarkHelper::create_occupation(&essential);
		let learner: T::AccountId = account("learner", 0, 0);
		let mut wanted = preferences::<T>();
		wanted.goal = Some(goal);
		wanted.location = Some(text());

		#[extrinsic_call]
		_(RawOrigin::Signed(learner.clone()), wanted);

		assert!(Learners::<T>::contains_key(&learner));
	}

	#[benchmark]
	fn opt_out() {
		let learner = learner::<T>();
		let worker = worker::<T>();
		let (jobs, courses) = full_result::<T>(T::MaxJobResults::get(), T::MaxCourseResults::get());
		store_result::<T>(&learner, &worker, jobs, courses);

		#[extrinsic_call]
		_(RawOrigin::Signed(learner.clone()));

		assert!(!Results::<T>::contains_key(&learner));
	}

	#[benchmark]
	fn submit_result(
		j: Linear<0, { T::MaxJobResults::get() }>,
		c: Linear<0, { T::MaxCourseResults::get() }>,
	) {
		let learner = learner::<T>();
		let worker = worker::<T>();
		let (old_jobs, old_courses) =
			full_result::<T>(T::MaxJobResults::get(), T::MaxCourseResults::get());
		store_result::<T>(&learner, &worker, old_jobs, old_courses);
		let (jobs, courses) = full_result::<T>(j, c);
		let (submission, signature) = signed_submission::<T>(&learner, &worker, jobs, courses);

		#[extrinsic_call]
		_(RawOrigin::Authorized, submission.clone(), signature);

		assert_eq!(
			Results::<T>::get(&learner).map(|r| r.inputs_hash),
			Some(submission.inputs_hash)
		);
	}

	#[benchmark]
	fn authorize_submit_result() -> Result<(), BenchmarkError> {
		let learner = learner::<T>();
		let worker = worker::<T>();
		let (jobs, courses) = full_result::<T>(T::MaxJobResults::get(), T::MaxCourseResults::get());
		let (submission, signature) = signed_submission::<T>(&learner, &worker, jobs, courses);
		let call = Call::<T>::submit_result { submission, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("submit_result must carry an authorization")?
				.map_err(|_| "the benchmark submission must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn prune_result_entry() {
		let learner = learner::<T>();
		let worker = worker::<T>();
		let (jobs, courses) = full_result::<T>(T::MaxJobResults::get(), T::MaxCourseResults::get());
		let first = jobs.first().map(|matched| matched.job).unwrap_or_default();
		store_result::<T>(&learner, &worker, jobs, courses);
		let employer: T::AccountId = account("employer", 0, 0);
		Pallet::<T>::withdraw_job(RawOrigin::Signed(employer).into(), first)
			.expect("the benchmark employer posted the job");
		let one_step = T::WeightInfo::prune_result_entry()
			.saturating_add(T::DbWeight::get().reads_writes(2, 1));

		#[block]
		{
			Pallet::<T>::prune_results(one_step);
		}

		assert!(!ResultsByListing::<T>::contains_key(ListingRef::Job(first), &learner));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
