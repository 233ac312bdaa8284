//! Listings, learner settings and recommendation results, as stored and as submitted.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use lifelong_primitives::{OccupationId, ProficiencyLevel, SkillId};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Permill;

use alloc::vec::Vec;

/// Id of a job offer, assigned in posting order.
pub type JobId = u32;

/// Id of a course, assigned in posting order.
pub type CourseId = u32;

/// Id of a badge class in the badges pallet. Stored as given: this pallet does not check it.
pub type BadgeClassId = u32;

/// Version of the matching algorithm in [`crate::matching`]. Every result records the version
/// that computed it; a change of formula, constant or tie-break raises it.
pub const ALGORITHM_VERSION: u16 = 1;

/// How much a required skill counts towards a job's score.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SkillWeight {
	/// The job cannot be done without it: counts three times an optional skill, and a full
	/// match needs every essential skill at its minimum level.
	Essential,
	/// Useful for the job but not needed for a full match.
	Optional,
}

/// One skill that a job offer requires.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct RequiredSkill {
	/// Skill id from the skills pallet; it must be active when the offer is posted or updated.
	pub skill: SkillId,
	/// Lowest level at which the skill counts as met.
	pub min_level: ProficiencyLevel,
	/// Whether the skill is essential or optional for the job.
	pub weight: SkillWeight,
}

/// One skill that a course teaches.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct TaughtSkill {
	/// Skill id from the skills pallet; it must be active when the course is posted or updated.
	pub skill: SkillId,
	/// Level that a learner who completes the course reaches.
	pub level: ProficiencyLevel,
}

/// Job offer fields that an employer states in `post_job` and `update_job`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxText, MaxUrl, MaxSkills))]
pub struct JobDetails<Moment, MaxText: Get<u32>, MaxUrl: Get<u32>, MaxSkills: Get<u32>>
where
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Job title, UTF-8.
	pub title: BoundedVec<u8, MaxText>,
	/// Name of the employer as shown to learners, UTF-8.
	pub employer_name: BoundedVec<u8, MaxText>,
	/// Place of work, UTF-8 (for example a city, or "remote"). Learners may filter on it.
	pub location: BoundedVec<u8, MaxText>,
	/// URL of the full offer, where learners apply.
	pub url: BoundedVec<u8, MaxUrl>,
	/// ESCO occupation of the job, if the employer classified it; it must be active.
	pub occupation: Option<OccupationId>,
	/// Required skills, each at most once; at least one.
	pub skills: BoundedVec<RequiredSkill, MaxSkills>,
	/// Time after which the offer expires, in milliseconds since the Unix epoch.
	pub expires_at: Moment,
}

/// A job offer in storage.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxText, MaxUrl, MaxSkills))]
pub struct JobOffer<
	AccountId,
	Balance,
	Moment,
	MaxText: Get<u32>,
	MaxUrl: Get<u32>,
	MaxSkills: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Registered employer account that posted the offer and may update or withdraw it.
	pub poster: AccountId,
	/// Deposit held from the poster, released when the offer is withdrawn or removed.
	pub deposit: Balance,
	/// The offer as the employer stated it.
	pub details: JobDetails<Moment, MaxText, MaxUrl, MaxSkills>,
}

/// Course fields that a provider states in `post_course` and `update_course`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxText, MaxUrl, MaxSkills))]
pub struct CourseDetails<Moment, MaxText: Get<u32>, MaxUrl: Get<u32>, MaxSkills: Get<u32>>
where
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Course title, UTF-8.
	pub title: BoundedVec<u8, MaxText>,
	/// URL of the course description, where learners enrol.
	pub url: BoundedVec<u8, MaxUrl>,
	/// Skills taught, each at most once, with the level reached; at least one.
	pub skills: BoundedVec<TaughtSkill, MaxSkills>,
	/// ECTS credits times ten (`75` is 7.5 ECTS), so that half credits are exact.
	pub ects_tenths: u16,
	/// Expected study time in hours.
	pub duration_hours: u32,
	/// Teaching language as an ISO 639-1 code in lower case, for example `*b"en"`.
	pub language: [u8; 2],
	/// Badge class of the badges pallet that completing the course awards.
	pub badge_class: BadgeClassId,
	/// Time after which the course listing expires, in milliseconds since the Unix epoch.
	pub expires_at: Moment,
}

/// A course in storage.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxText, MaxUrl, MaxSkills))]
pub struct Course<
	AccountId,
	Balance,
	Moment,
	MaxText: Get<u32>,
	MaxUrl: Get<u32>,
	MaxSkills: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	Moment: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Accredited issuer that posted the course and may update or withdraw it.
	pub poster: AccountId,
	/// Deposit held from the poster, released when the course is withdrawn or removed.
	pub deposit: Balance,
	/// The course as the provider stated it.
	pub details: CourseDetails<Moment, MaxText, MaxUrl, MaxSkills>,
}

/// A learner's consent and preferences: the argument of `opt_in`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxText))]
pub struct LearnerPreferences<MaxText: Get<u32>> {
	/// ESCO occupation the learner is working towards; courses for its essential skills that
	/// the learner lacks are recommended.
	pub goal: Option<OccupationId>,
	/// When set, only job offers whose location equals this one (ignoring ASCII case) are
	/// recommended.
	pub location: Option<BoundedVec<u8, MaxText>>,
	/// How many jobs and how many courses to recommend, from 1 up to the pallet's maximum.
	pub max_results: u32,
}

/// A listing that a stored result may reference.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum ListingRef {
	/// A job offer.
	Job(JobId),
	/// A course.
	Course(CourseId),
}

/// How far a learner's profile meets a job's essential skills.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum MatchKind {
	/// Every essential skill is held at or above its minimum level.
	Full,
	/// At least one essential skill is missing or held below its minimum level.
	Partial,
}

/// One recommended job.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMissing))]
pub struct JobMatch<MaxMissing: Get<u32>> {
	/// The job offer.
	pub job: JobId,
	/// Weighted coverage of the job's required skills; see the formula in the crate docs.
	pub score: Permill,
	/// Whether the learner meets every essential skill.
	pub kind: MatchKind,
	/// Required skills that the learner does not hold at the minimum level. Essential ones
	/// come first, each group in the job's order, cut at `MaxMissingSkills`.
	pub missing: BoundedVec<SkillId, MaxMissing>,
}

/// One recommended course.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMissing))]
pub struct CourseMatch<MaxMissing: Get<u32>> {
	/// The course.
	pub course: CourseId,
	/// Weighted share of the wanted skills that the course teaches.
	pub score: Permill,
	/// Wanted skills that the course teaches, in ascending id order; cut at the pallet's
	/// maximum.
	pub teaches: BoundedVec<SkillId, MaxMissing>,
}

/// The inputs that a result was computed from, as hashed into `inputs_hash`.
#[derive(Encode, Clone, PartialEq, Eq, Debug)]
pub struct MatchingInputs<'a, Moment, MaxText: Get<u32>> {
	/// The learner's skill profile, sorted by skill id.
	pub profile: &'a [(SkillId, lifelong_primitives::SkillHolding<Moment>)],
	/// The learner's goal and preferences.
	pub preferences: &'a LearnerPreferences<MaxText>,
	/// The listing-set version at the block read.
	pub listing_version: u64,
}

impl<Moment: Encode, MaxText: Get<u32>> MatchingInputs<'_, Moment, MaxText> {
	/// Returns the BLAKE2-256 hash of the SCALE encoding of the inputs.
	pub fn hash(&self) -> H256 {
		H256(sp_io::hashing::blake2_256(&self.encode()))
	}
}

/// A worker's result for one learner: the payload of `submit_result`, signed by the worker key.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxJobs, MaxCourses, MaxMissing))]
pub struct ResultSubmission<
	AccountId,
	Worker,
	MaxJobs: Get<u32>,
	MaxCourses: Get<u32>,
	MaxMissing: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Worker: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Learner the result is for.
	pub learner: AccountId,
	/// Registered worker key that computed the result and signed this payload.
	pub worker: Worker,
	/// Matching algorithm version; must equal the runtime's [`ALGORITHM_VERSION`].
	pub algorithm_version: u16,
	/// Hash of the inputs read (profile, preferences, listing-set version).
	pub inputs_hash: H256,
	/// Listing-set version that the worker read.
	pub listing_version: u64,
	/// Recommended jobs, best first.
	pub jobs: BoundedVec<JobMatch<MaxMissing>, MaxJobs>,
	/// Recommended courses, best first.
	pub courses: BoundedVec<CourseMatch<MaxMissing>, MaxCourses>,
}

/// A learner's current recommendations in storage.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxJobs, MaxCourses, MaxMissing))]
pub struct StoredRecommendations<
	BlockNumber,
	Worker,
	MaxJobs: Get<u32>,
	MaxCourses: Get<u32>,
	MaxMissing: Get<u32>,
> where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Worker: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Matching algorithm version that computed the result.
	pub algorithm_version: u16,
	/// Hash of the inputs the result was computed from.
	pub inputs_hash: H256,
	/// Listing-set version the result was computed from.
	pub listing_version: u64,
	/// Block in which the result was stored.
	pub stored_at: BlockNumber,
	/// Worker key that submitted it.
	pub worker: Worker,
	/// Recommended jobs, best first. Entries for withdrawn or removed listings are pruned in
	/// `on_idle`.
	pub jobs: BoundedVec<JobMatch<MaxMissing>, MaxJobs>,
	/// Recommended courses, best first, pruned like `jobs`.
	pub courses: BoundedVec<CourseMatch<MaxMissing>, MaxCourses>,
}

/// One recommended job, as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct JobRecommendation {
	/// The job offer.
	pub job: JobId,
	/// Weighted coverage of the job's required skills.
	pub score: Permill,
	/// Whether the learner meets every essential skill.
	pub kind: MatchKind,
	/// Required skills that the learner does not hold at the minimum level.
	pub missing: Vec<SkillId>,
}

/// One recommended course, as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CourseRecommendation {
	/// The course.
	pub course: CourseId,
	/// Weighted share of the wanted skills that the course teaches.
	pub score: Permill,
	/// Wanted skills that the course teaches.
	pub teaches: Vec<SkillId>,
}

/// A learner's recommendations, as the runtime API returns them.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Recommendations {
	/// Matching algorithm version.
	pub algorithm_version: u16,
	/// Hash of the inputs (profile, preferences, listing-set version).
	pub inputs_hash: H256,
	/// Listing-set version the result was computed from.
	pub listing_version: u64,
	/// Recommended jobs, best first.
	pub jobs: Vec<JobRecommendation>,
	/// Recommended courses, best first.
	pub courses: Vec<CourseRecommendation>,
}

/// A job offer as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct JobView<AccountId> {
	/// Employer account that posted the offer.
	pub poster: AccountId,
	/// Job title, UTF-8.
	pub title: Vec<u8>,
	/// Name of the employer, UTF-8.
	pub employer_name: Vec<u8>,
	/// Place of work, UTF-8.
	pub location: Vec<u8>,
	/// URL of the full offer, UTF-8.
	pub url: Vec<u8>,
	/// ESCO occupation of the job, if classified.
	pub occupation: Option<OccupationId>,
	/// Required skills.
	pub skills: Vec<RequiredSkill>,
	/// End of the listing, in milliseconds since the Unix epoch.
	pub expires_at: u64,
}

/// A course as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CourseView<AccountId> {
	/// Accredited issuer that listed the course.
	pub provider: AccountId,
	/// Course title, UTF-8.
	pub title: Vec<u8>,
	/// URL of the course description, UTF-8.
	pub url: Vec<u8>,
	/// Skills taught with the level reached.
	pub skills: Vec<TaughtSkill>,
	/// ECTS credits times ten.
	pub ects_tenths: u16,
	/// Expected study time in hours.
	pub duration_hours: u32,
	/// Teaching language, ISO 639-1.
	pub language: [u8; 2],
	/// Badge class that completing the course awards.
	pub badge_class: BadgeClassId,
	/// End of the listing, in milliseconds since the Unix epoch.
	pub expires_at: u64,
}
