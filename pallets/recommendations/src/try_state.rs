//! State invariants, checked by `try_state` and after every unit test.

use crate::{
	pallet::{
		Config, Courses, CoursesBySkill, Dirty, Jobs, JobsBySkill, Learners, NextCourseId,
		NextJobId, PruneQueue, Results, ResultsByListing, WorkerKeys, WorkerSubmissions,
	},
	ListingRef,
};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

/// Checks that listings, skill indexes, results and the reverse index agree.
pub(crate) fn check<T: Config>() -> Result<(), TryRuntimeError> {
	check_workers::<T>()?;
	check_listings::<T>()?;
	check_results::<T>()
}

fn check_workers<T: Config>() -> Result<(), TryRuntimeError> {
	let keys = WorkerKeys::<T>::get();
	ensure!(keys.windows(2).all(|pair| matches!(pair, [a, b] if a < b)), "worker keys unsorted");
	for key in WorkerSubmissions::<T>::iter_keys() {
		ensure!(keys.binary_search(&key).is_ok(), "submission count for unregistered key");
	}
	Ok(())
}

fn check_listings<T: Config>() -> Result<(), TryRuntimeError> {
	let mut job_entries = 0usize;
	for (job, offer) in Jobs::<T>::iter() {
		ensure!(job < NextJobId::<T>::get(), "job id at or above NextJobId");
		for required in &offer.details.skills {
			ensure!(JobsBySkill::<T>::contains_key(required.skill, job), "job missing from index");
		}
		job_entries = job_entries.saturating_add(offer.details.skills.len());
	}
	for (skill, job) in JobsBySkill::<T>::iter_keys() {
		let offer = Jobs::<T>::get(job).ok_or("index names a job that does not exist")?;
		ensure!(
			offer.details.skills.iter().any(|required| required.skill == skill),
			"index names a skill the job does not require"
		);
	}
	ensure!(JobsBySkill::<T>::iter_keys().count() == job_entries, "job index size differs");

	let mut course_entries = 0usize;
	for (course, listing) in Courses::<T>::iter() {
		ensure!(course < NextCourseId::<T>::get(), "course id at or above NextCourseId");
		for taught in &listing.details.skills {
			ensure!(
				CoursesBySkill::<T>::get(taught.skill, course) == Some(taught.level),
				"course missing from index"
			);
		}
		course_entries = course_entries.saturating_add(listing.details.skills.len());
	}
	ensure!(
		CoursesBySkill::<T>::iter_keys().count() == course_entries,
		"course index size differs"
	);
	Ok(())
}

fn listing_exists<T: Config>(listing: ListingRef) -> bool {
	match listing {
		ListingRef::Job(job) => Jobs::<T>::contains_key(job),
		ListingRef::Course(course) => Courses::<T>::contains_key(course),
	}
}

fn check_results<T: Config>() -> Result<(), TryRuntimeError> {
	for learner in Dirty::<T>::iter_keys() {
		ensure!(Learners::<T>::contains_key(&learner), "dirty learner not opted in");
	}
	let mut references = 0usize;
	for (learner, result) in Results::<T>::iter() {
		ensure!(Learners::<T>::contains_key(&learner), "result for a learner not opted in");
		let listings = result
			.jobs
			.iter()
			.map(|matched| ListingRef::Job(matched.job))
			.chain(result.courses.iter().map(|matched| ListingRef::Course(matched.course)));
		for listing in listings {
			ensure!(
				ResultsByListing::<T>::contains_key(listing, &learner),
				"result reference missing from reverse index"
			);
			ensure!(
				listing_exists::<T>(listing) || PruneQueue::<T>::contains_key(listing),
				"result references a removed listing that is not queued for pruning"
			);
			references = references.saturating_add(1);
		}
	}
	ensure!(
		ResultsByListing::<T>::iter_keys().count() == references,
		"reverse index size differs from result references"
	);
	Ok(())
}
