//! Runtime API of the badges pallet.
//!
//! Wallets, verifiers and the JSON-RPC layer call it through `state_call` to verify a badge,
//! find a badge from the hash of its credential document, list a learner's badges and read a
//! learner's skill profile, issuers and badge classes. Every method reads state at the queried
//! block and judges expiry by that block's timestamp.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use lifelong_primitives::{SkillHolding, SkillId};
pub use pallet_badges::{
	BadgeId, BadgeState, BadgeVerification, ClassId, ClassView, IssuerStanding, IssuerView,
	RevocationReason,
};
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Reads badges, issuers, badge classes and skill profiles. `Moment` is the runtime's
	/// timestamp type, in milliseconds since the Unix epoch.
	pub trait BadgesApi<AccountId, Moment>
	where
		AccountId: Codec,
		Moment: Codec,
	{
		/// Returns what a verifier needs to judge a badge (status with its reason, issuer and
		/// its current standing, class, skills, dates), or `None` if no badge has this id,
		/// for example because the learner declined it.
		fn verify_badge(badge: BadgeId) -> Option<BadgeVerification<AccountId, Moment>>;

		/// Returns the badge that the SHA-256 or BLAKE2-256 hash of a credential document
		/// backs, if any.
		fn badge_by_evidence(evidence: H256) -> Option<BadgeId>;

		/// Returns the ids of a learner's badges in any status, in ascending order.
		fn badges_of(learner: AccountId) -> Vec<BadgeId>;

		/// Returns a learner's skill profile from valid badges only, sorted by skill id. It is
		/// computed on each call: `1 + b + c` storage reads for `b` badges of `c` classes.
		fn skill_profile(learner: AccountId) -> Vec<(SkillId, SkillHolding<Moment>)>;

		/// Returns an issuer's details and standing, or `None` if the account was never
		/// accredited.
		fn issuer(issuer: AccountId) -> Option<IssuerView<Moment>>;

		/// Returns a badge class, or `None` if no class has this id.
		fn badge_class(class: ClassId) -> Option<ClassView<AccountId, Moment>>;
	}
}
