//! Runtime API of the validator set pallet.
//!
//! Operators and dashboards read the consortium's validators with it: who is admitted, who
//! validates now and next, who still has to register session keys, and how many validators
//! the current set can lose before finality stalls.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Reads the validator set pallet.
	pub trait ValidatorSetApi<ValidatorId>
	where
		ValidatorId: Codec,
	{
		/// Returns the validators admitted by governance, sorted by id.
		fn validators() -> Vec<ValidatorId>;

		/// Returns the validators of the current session, sorted by id.
		fn active_validators() -> Vec<ValidatorId>;

		/// Returns the validators planned for the next session, sorted by id.
		fn queued_validators() -> Vec<ValidatorId>;

		/// Returns the admitted validators without session keys, which the next planned
		/// session leaves out.
		fn validators_without_keys() -> Vec<ValidatorId>;

		/// Returns how many validators of the current session may be offline while the others
		/// still finalize blocks: `floor((n - 1) / 3)` for `n` active validators.
		fn max_faulty() -> u32;
	}
}
