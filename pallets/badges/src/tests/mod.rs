//! Unit tests, one file per call or area. Every test runs `try_state` at its end.

/// What every test file uses. The pallet's `Badges` storage item is reached as
/// `crate::Badges::<Test>` because `Badges` here names the pallet in the mock runtime.
mod prelude {
	pub use crate::{
		mock::*, BadgeByEvidence, BadgeState, BadgeStatus, BadgesOf, Classes, CohortAward,
		DelegateOf, Error, Event, HoldReason, IssuerStanding, Issuers, NextBadgeId,
		RevocationReason,
	};
	pub use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
	pub use lifelong_primitives::{ProficiencyLevel, SkillHolding, SkillProfileProvider};
	pub use sp_runtime::DispatchError;
}

mod award;
mod award_batch;
mod create_class;
mod decline_badge;
mod delegates;
mod issuers;
mod profile;
mod reading;
mod reinstate_badge;
mod retire_class;
mod revoke_badge;
mod storage_cost;
mod suspend_badge;
mod try_state;
mod weights;
