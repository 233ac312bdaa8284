//! Runtime API of the recommendations pallet.
//!
//! A client reads a learner's stored recommendations with `recommendations`, and checks them
//! with `compute_recommendations`, which runs the off-chain workers' matching code on the
//! current state: when the inputs hash of both is equal, so should be the jobs and courses.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet_recommendations::{
	CourseId, CourseRecommendation, CourseView, JobId, JobRecommendation, JobView, MatchKind,
	Recommendations,
};

sp_api::decl_runtime_apis! {
	/// Reads and computes learners' recommendations.
	pub trait RecommendationsApi<AccountId>
	where
		AccountId: codec::Codec,
	{
		/// Returns the learner's stored recommendations, without listings that expired since
		/// they were stored, or `None` when no result is stored.
		fn recommendations(learner: AccountId) -> Option<Recommendations>;

		/// Computes the learner's recommendations from current state with the same code as
		/// the off-chain workers, or returns `None` when the learner has not opted in.
		fn compute_recommendations(learner: AccountId) -> Option<Recommendations>;

		/// Returns a job offer, or `None` when no offer has this id (never posted, withdrawn
		/// or removed after expiry).
		fn job(job: JobId) -> Option<JobView<AccountId>>;

		/// Returns a course, or `None` when no course has this id.
		fn course(course: CourseId) -> Option<CourseView<AccountId>>;
	}
}
