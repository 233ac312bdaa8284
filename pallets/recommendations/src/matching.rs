//! The matching algorithm, version [`ALGORITHM_VERSION`](crate::ALGORITHM_VERSION).
//!
//! [`compute`] is a deterministic function of the learner's profile and preferences, the
//! listings in storage, the taxonomy and the current time (used only to skip expired listings).
//! Off-chain workers and the runtime API call the same function. It uses integer arithmetic
//! only: credits and scores are [`Permill`] values.
//!
//! ## Jobs
//!
//! For each skill `s` the learner holds at level `h`, with latest award `t_s`:
//!
//! - `recency(s)` is 100% when `t_latest - t_s` is at most one year, 90% when at most three
//!   years, and 80% otherwise, where `t_latest` is the latest award in the whole profile.
//! - `level(h, m) = min(rank h, rank m) / rank m` for a required minimum level `m` (ranks 1-4).
//!
//! The credit of a required skill `r` with minimum `m` is the larger of
//!
//! - `level(h_r, m) * recency(r)` when the learner holds `r` itself, and
//! - `50% * level(h_s, m) * recency(s)` for the best held skill `s` whose direct broader skill
//!   in ESCO is `r` (a narrower skill counts half towards its broader one).
//!
//! `score = sum(w_r * credit_r) / sum(w_r)` with `w = 3` for essential and `w = 1` for optional
//! skills. The match is **full** when the learner holds every essential skill itself at or
//! above its minimum, else **partial**. `missing` lists the required skills not held at their
//! minimum: essential first, then optional, each group in the offer's order.
//!
//! Candidates are the offers in `JobsBySkill` under each held skill and each of its broader
//! skills, at most `MaxCandidatesPerSkill` per skill. Expired offers, offers with a zero score,
//! and offers whose location differs (ignoring ASCII case) from the learner's location
//! preference are dropped. Offers rank by full before partial, then score descending, then id
//! ascending; the first `min(max_results, MaxJobResults)` are kept.
//!
//! ## Courses
//!
//! The wanted skills are the missing skills of the partial matches kept above (weight 3 if
//! essential, 1 if optional, at the offer's minimum level), and the essential skills of the
//! goal occupation that the learner does not hold at all (weight 3, foundation level), at most
//! `MaxListingSkills` of them. When a skill is wanted twice, the higher weight and level win.
//! A course's score is `sum(w_t * level(taught_t, needed_t)) / sum(w_t)` over the wanted skills
//! `t` it teaches, found through `CoursesBySkill` (at most `MaxCandidatesPerSkill` per skill).
//! Expired courses are dropped; courses rank by score descending, then id ascending, and the
//! first `min(max_results, MaxCourseResults)` are kept.

use crate::{
	pallet::{
		Config, CourseMatchesOf, Courses, CoursesBySkill, JobMatchesOf, Jobs, JobsBySkill,
		MomentOf, PreferencesOf,
	},
	CourseId, CourseMatch, JobId, JobMatch, MatchKind, SkillWeight,
};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use frame_support::{traits::Get, BoundedVec};
use lifelong_primitives::{ProficiencyLevel, SkillHolding, SkillId, SkillRegistry};
use sp_runtime::{traits::Saturating, Permill, SaturatedConversion};

/// Weight of an essential skill in a job's score.
pub const ESSENTIAL_WEIGHT: u64 = 3;
/// Weight of an optional skill in a job's score.
pub const OPTIONAL_WEIGHT: u64 = 1;
/// Share of credit that a held narrower skill gives towards its broader required skill.
pub const NARROWER_SKILL_SHARE: Permill = Permill::from_percent(50);
/// One year in milliseconds (365 days).
pub const YEAR_MS: u64 = 365 * 24 * 60 * 60 * 1000;

/// Level and recency factor of one held skill.
#[derive(Clone, Copy)]
struct Held {
	level: ProficiencyLevel,
	recency: Permill,
}

/// Returns `min(rank held, rank needed) / rank needed`.
pub fn level_factor(held: ProficiencyLevel, needed: ProficiencyLevel) -> Permill {
	let needed_rank = u32::from(needed.rank());
	Permill::from_rational(u32::from(held.rank()).min(needed_rank), needed_rank)
}

/// Returns the recency factor of a skill last shown `age_ms` before the profile's latest award.
pub fn recency_factor(age_ms: u64) -> Permill {
	if age_ms <= YEAR_MS {
		Permill::one()
	} else if age_ms <= YEAR_MS.saturating_mul(3) {
		Permill::from_percent(90)
	} else {
		Permill::from_percent(80)
	}
}

fn weight_of(weight: SkillWeight) -> u64 {
	match weight {
		SkillWeight::Essential => ESSENTIAL_WEIGHT,
		SkillWeight::Optional => OPTIONAL_WEIGHT,
	}
}

/// Computes a learner's recommended jobs and courses from current state. See the module docs
/// for the formula.
pub fn compute<T: Config>(
	profile: &[(SkillId, SkillHolding<MomentOf<T>>)],
	preferences: &PreferencesOf<T>,
	now: MomentOf<T>,
) -> (JobMatchesOf<T>, CourseMatchesOf<T>) {
	let limit = preferences.max_results;
	let held = prepare_profile::<T>(profile);
	let via_narrower = narrower_credits::<T>(&held);
	let jobs = rank_jobs::<T>(&held, &via_narrower, preferences, now, limit);
	let wanted = wanted_skills::<T>(&held, &jobs, preferences);
	let courses = rank_courses::<T>(&wanted, now, limit);
	(jobs, courses)
}

fn prepare_profile<T: Config>(
	profile: &[(SkillId, SkillHolding<MomentOf<T>>)],
) -> BTreeMap<SkillId, Held> {
	let latest = profile
		.iter()
		.map(|(_, holding)| holding.last_awarded.saturated_into::<u64>())
		.max()
		.unwrap_or_default();
	profile
		.iter()
		.map(|(skill, holding)| {
			let age = latest.saturating_sub(holding.last_awarded.saturated_into::<u64>());
			(*skill, Held { level: holding.level, recency: recency_factor(age) })
		})
		.collect()
}

/// Maps each broader skill of a held skill to the best held narrower skill under it.
fn narrower_credits<T: Config>(held: &BTreeMap<SkillId, Held>) -> BTreeMap<SkillId, Vec<Held>> {
	let mut credits: BTreeMap<SkillId, Vec<Held>> = BTreeMap::new();
	for (skill, holding) in held {
		for broader in T::Skills::broader_skills(*skill) {
			credits.entry(broader).or_default().push(*holding);
		}
	}
	credits
}

fn credit_of(
	skill: SkillId,
	min_level: ProficiencyLevel,
	held: &BTreeMap<SkillId, Held>,
	via_narrower: &BTreeMap<SkillId, Vec<Held>>,
) -> Permill {
	let direct = held
		.get(&skill)
		.map(|holding| level_factor(holding.level, min_level).saturating_mul(holding.recency))
		.unwrap_or_default();
	let narrower = via_narrower
		.get(&skill)
		.into_iter()
		.flatten()
		.map(|holding| {
			let credit = level_factor(holding.level, min_level).saturating_mul(holding.recency);
			NARROWER_SKILL_SHARE.saturating_mul(credit)
		})
		.max()
		.unwrap_or_default();
	direct.max(narrower)
}

fn candidate_jobs<T: Config>(
	held: &BTreeMap<SkillId, Held>,
	via_narrower: &BTreeMap<SkillId, Vec<Held>>,
) -> BTreeSet<JobId> {
	let per_skill = T::MaxCandidatesPerSkill::get() as usize;
	held.keys()
		.chain(via_narrower.keys())
		.flat_map(|skill| JobsBySkill::<T>::iter_key_prefix(skill).take(per_skill))
		.collect()
}

fn location_matches(wanted: Option<&[u8]>, offered: &[u8]) -> bool {
	wanted.is_none_or(|wanted| wanted.eq_ignore_ascii_case(offered))
}

fn rank_jobs<T: Config>(
	held: &BTreeMap<SkillId, Held>,
	via_narrower: &BTreeMap<SkillId, Vec<Held>>,
	preferences: &PreferencesOf<T>,
	now: MomentOf<T>,
	limit: u32,
) -> JobMatchesOf<T> {
	let wanted_location = preferences.location.as_ref().map(|location| location.as_slice());
	let mut matches: Vec<JobMatch<T::MaxMissingSkills>> = Vec::new();
	for job in candidate_jobs::<T>(held, via_narrower) {
		let Some(offer) = Jobs::<T>::get(job) else { continue };
		if offer.details.expires_at <= now
			|| !location_matches(wanted_location, &offer.details.location)
		{
			continue;
		}
		let mut total: u64 = 0;
		let mut earned: u64 = 0;
		let mut full = true;
		let mut missing_essential = Vec::new();
		let mut missing_optional = Vec::new();
		for required in &offer.details.skills {
			let weight = weight_of(required.weight);
			let credit = credit_of(required.skill, required.min_level, held, via_narrower);
			total = total.saturating_add(weight);
			earned = earned.saturating_add(weight.saturating_mul(u64::from(credit.deconstruct())));
			let met = held.get(&required.skill).is_some_and(|h| h.level >= required.min_level);
			if !met {
				match required.weight {
					SkillWeight::Essential => {
						full = false;
						missing_essential.push(required.skill);
					}
					SkillWeight::Optional => missing_optional.push(required.skill),
				}
			}
		}
		let score = Permill::from_rational(earned, total.saturating_mul(1_000_000));
		if score.is_zero() {
			continue;
		}
		missing_essential.extend(missing_optional);
		missing_essential.truncate(T::MaxMissingSkills::get() as usize);
		let missing = BoundedVec::truncate_from(missing_essential);
		let kind = if full { MatchKind::Full } else { MatchKind::Partial };
		matches.push(JobMatch { job, score, kind, missing });
	}
	matches.sort_by(|a, b| {
		let rank = |kind: MatchKind| if kind == MatchKind::Full { 0u8 } else { 1 };
		rank(a.kind).cmp(&rank(b.kind)).then(b.score.cmp(&a.score)).then(a.job.cmp(&b.job))
	});
	matches.truncate(limit.min(T::MaxJobResults::get()) as usize);
	BoundedVec::truncate_from(matches)
}

/// A skill that courses should teach: its weight and the level needed.
#[derive(Clone, Copy)]
struct Wanted {
	weight: u64,
	level: ProficiencyLevel,
}

fn want(
	wanted: &mut BTreeMap<SkillId, Wanted>,
	skill: SkillId,
	weight: u64,
	level: ProficiencyLevel,
) {
	let entry = wanted.entry(skill).or_insert(Wanted { weight, level });
	entry.weight = entry.weight.max(weight);
	entry.level = entry.level.max(level);
}

fn wanted_skills<T: Config>(
	held: &BTreeMap<SkillId, Held>,
	jobs: &JobMatchesOf<T>,
	preferences: &PreferencesOf<T>,
) -> BTreeMap<SkillId, Wanted> {
	let mut wanted = BTreeMap::new();
	for matched in jobs.iter().filter(|matched| matched.kind == MatchKind::Partial) {
		let Some(offer) = Jobs::<T>::get(matched.job) else { continue };
		for required in &offer.details.skills {
			if matched.missing.contains(&required.skill) {
				want(&mut wanted, required.skill, weight_of(required.weight), required.min_level);
			}
		}
	}
	if let Some((essential, _)) = preferences.goal.and_then(T::Skills::occupation_skills) {
		let unheld = essential.into_iter().filter(|skill| !held.contains_key(skill));
		for skill in unheld.take(T::MaxListingSkills::get() as usize) {
			want(&mut wanted, skill, ESSENTIAL_WEIGHT, ProficiencyLevel::Foundation);
		}
	}
	wanted
}

fn rank_courses<T: Config>(
	wanted: &BTreeMap<SkillId, Wanted>,
	now: MomentOf<T>,
	limit: u32,
) -> CourseMatchesOf<T> {
	let total = wanted.values().fold(0u64, |sum, w| sum.saturating_add(w.weight));
	let per_skill = T::MaxCandidatesPerSkill::get() as usize;
	let mut found: BTreeMap<CourseId, (u64, Vec<SkillId>)> = BTreeMap::new();
	for (skill, need) in wanted {
		for (course, taught) in CoursesBySkill::<T>::iter_prefix(skill).take(per_skill) {
			let credit = u64::from(level_factor(taught, need.level).deconstruct());
			let entry = found.entry(course).or_default();
			entry.0 = entry.0.saturating_add(need.weight.saturating_mul(credit));
			entry.1.push(*skill);
		}
	}
	let mut matches: Vec<CourseMatch<T::MaxMissingSkills>> = Vec::new();
	for (course, (earned, mut teaches)) in found {
		let Some(listing) = Courses::<T>::get(course) else { continue };
		if listing.details.expires_at <= now {
			continue;
		}
		let score = Permill::from_rational(earned, total.saturating_mul(1_000_000));
		if score.is_zero() {
			continue;
		}
		teaches.truncate(T::MaxMissingSkills::get() as usize);
		matches.push(CourseMatch { course, score, teaches: BoundedVec::truncate_from(teaches) });
	}
	matches.sort_by(|a, b| b.score.cmp(&a.score).then(a.course.cmp(&b.course)));
	matches.truncate(limit.min(T::MaxCourseResults::get()) as usize);
	BoundedVec::truncate_from(matches)
}
