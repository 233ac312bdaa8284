//! Matching on real data: job postings from hahu jobs with the ESCO v1.1.1 skills of their
//! occupations, read from `test-data/` (see `test-data/SOURCE.md` for sources and licences).

use super::*;
use crate::{MatchKind, RequiredSkill, SkillWeight};
use frame_support::BoundedVec;
use std::collections::BTreeMap;

/// Returns the path of `file` in the crate's `test-data`, in the checkout that runs the tests.
/// Cargo sets `CARGO_MANIFEST_DIR` when it runs a test, and the build-time value may name
/// another checkout that shares the target directory.
fn test_data(file: &str) -> String {
	let crate_dir = std::env::var("CARGO_MANIFEST_DIR")
		.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_string());
	format!("{crate_dir}/test-data/{file}")
}

struct Posting {
	title: String,
	esco_code: String,
	occupation_uri: String,
}

/// Loads the postings and each occupation's (essential, optional) skill URIs.
fn load() -> (Vec<Posting>, BTreeMap<String, (Vec<String>, Vec<String>)>) {
	let mut postings = Vec::new();
	let mut reader = csv::Reader::from_path(test_data("postings.csv")).unwrap();
	for record in reader.records() {
		let record = record.unwrap();
		postings.push(Posting {
			title: record[1].to_string(),
			esco_code: record[2].to_string(),
			occupation_uri: record[3].to_string(),
		});
	}
	let mut skills: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
	let mut reader = csv::Reader::from_path(test_data("occupation_skills.csv")).unwrap();
	for record in reader.records() {
		let record = record.unwrap();
		let entry = skills.entry(record[0].to_string()).or_default();
		match &record[1] {
			"essential" => entry.0.push(record[2].to_string()),
			"optional" => entry.1.push(record[2].to_string()),
			other => panic!("unknown relation type {other}"),
		}
	}
	(postings, skills)
}

#[test]
fn real_postings_rank_own_occupation_first() {
	ExtBuilder::default().build_and_execute(|_| {
		let (postings, occupation_skills) = load();
		assert_eq!(postings.len(), 16);

		// Skill ids in the mock taxonomy, assigned in URI order from 1000.
		let mut skill_ids: BTreeMap<&str, u32> = BTreeMap::new();
		for (essential, optional) in occupation_skills.values() {
			for uri in essential.iter().chain(optional) {
				let next = 1000 + skill_ids.len() as u32;
				skill_ids.entry(uri.as_str()).or_insert(next);
			}
		}
		for id in skill_ids.values() {
			MockSkills::add(*id, &[]);
		}

		let mut code_of_job = BTreeMap::new();
		for (job, posting) in postings.iter().enumerate() {
			let (essential, optional) = &occupation_skills[&posting.occupation_uri];
			let required = |uri: &String, weight| RequiredSkill {
				skill: skill_ids[uri.as_str()],
				min_level: ProficiencyLevel::Intermediate,
				weight,
			};
			let skills: Vec<RequiredSkill> = essential
				.iter()
				.map(|uri| required(uri, SkillWeight::Essential))
				.chain(optional.iter().map(|uri| required(uri, SkillWeight::Optional)))
				.collect();
			let mut details = job_details_with(skills);
			details.title = BoundedVec::truncate_from(posting.title.as_bytes().to_vec());
			assert_ok!(Recommendations::post_job(RuntimeOrigin::signed(EMPLOYER), details));
			code_of_job.insert(job as u32, posting.esco_code.clone());
		}

		// For every occupation: a learner holding badges for its essential skills gets a
		// posting of that occupation first, as a full match.
		for (index, posting) in postings.iter().enumerate().step_by(2) {
			let learner = 1000 + index as AccountId;
			let (essential, _) = &occupation_skills[&posting.occupation_uri];
			let skills: Vec<u32> = essential.iter().map(|uri| skill_ids[uri.as_str()]).collect();
			award_all(learner, &skills);
			assert_ok!(Recommendations::opt_in(RuntimeOrigin::signed(learner), preferences()));

			let result = Recommendations::compute_recommendations(&learner).expect("opted in");

			let best = &result.jobs[0];
			assert_eq!(
				code_of_job[&best.job], posting.esco_code,
				"learner with the essential skills of {} ({}) got job {} first",
				posting.esco_code, posting.title, best.job
			);
			assert_eq!(best.kind, MatchKind::Full);
		}
	});
}
