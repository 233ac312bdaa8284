//! Call weights: every call that changes a learner's profile charges the profile hook's
//! weight once for each learner, both in the weight it declares and in the weight it reports
//! after dispatch.

use super::prelude::*;
use crate::{weights::WeightInfo, Call};
use frame_support::{dispatch::GetDispatchInfo, traits::Get};
use sp_runtime::Weight;

type Weights = <Test as crate::Config>::WeightInfo;

fn max_skills() -> u32 {
	<Test as crate::Config>::MaxSkillsPerClass::get()
}

fn declared(call: Call<Test>) -> Weight {
	RuntimeCall::Badges(call).get_dispatch_info().call_weight
}

fn cohort(size: u64) -> Vec<CohortAward<AccountId, u64>> {
	(0..size)
		.map(|n| CohortAward { learner: 100 + n, evidence: evidence(n + 1), expires_at: None })
		.collect()
}

#[test]
fn award_charges_profile_hook() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let call = Call::award { class, learner: LEARNER, evidence: evidence(1), expires_at: None };
		assert_eq!(
			declared(call),
			Weights::award(max_skills()).saturating_add(PROFILE_HOOK_WEIGHT)
		);

		let post = Badges::award(RuntimeOrigin::signed(ISSUER), class, LEARNER, evidence(1), None)
			.unwrap();
		// The mock's class has two skills.
		assert_eq!(post.actual_weight, Some(Weights::award(2).saturating_add(PROFILE_HOOK_WEIGHT)));
	});
}

#[test]
fn award_batch_charges_hook_per_learner() {
	ExtBuilder::build_and_execute(|| {
		let class = create_class();
		let hooks = PROFILE_HOOK_WEIGHT.saturating_mul(10);
		let call = Call::award_batch { class, cohort: cohort(10) };
		assert_eq!(declared(call), Weights::award_batch(10, max_skills()).saturating_add(hooks));
		assert_eq!(
			Badges::award_batch_weight(10, max_skills()),
			Weights::award_batch(10, max_skills()).saturating_add(hooks)
		);

		let post = Badges::award_batch(RuntimeOrigin::signed(ISSUER), class, cohort(10)).unwrap();
		assert_eq!(post.actual_weight, Some(Weights::award_batch(10, 2).saturating_add(hooks)));
	});
}

#[test]
fn status_changes_charge_profile_hook() {
	ExtBuilder::build_and_execute(|| {
		let reason = RevocationReason::IssuedInError;
		let cases = [
			(Call::suspend_badge { badge: 0, reason: b"x".to_vec() }, Weights::suspend_badge()),
			(Call::reinstate_badge { badge: 0 }, Weights::reinstate_badge()),
			(Call::revoke_badge { badge: 0, reason, note: None }, Weights::revoke_badge()),
			(
				Call::force_revoke_badge { badge: 0, reason, note: None },
				Weights::force_revoke_badge(),
			),
			(Call::decline_badge { badge: 0 }, Weights::decline_badge()),
		];
		for (call, benchmarked) in cases {
			assert_eq!(declared(call), benchmarked.saturating_add(PROFILE_HOOK_WEIGHT));
		}
	});
}
