//! Types and helpers shared by the pallet, its runtime API and its benchmarks.

/// Index of a session, as counted by `pallet-session` (`sp_staking::SessionIndex`).
pub type SessionIndex = u32;

/// Returns how many of `n` equally weighted GRANDPA voters may be offline or faulty while the
/// others still finalize blocks: `floor((n - 1) / 3)`, and 0 for an empty set.
pub fn max_faulty(n: u32) -> u32 {
	n.saturating_sub(1) / 3
}

/// Returns how many of `n` equally weighted GRANDPA voters must vote to finalize a block:
/// `n - floor((n - 1) / 3)`, which is more than two thirds of `n`. This matches the threshold
/// of `VoterSet` in the `finality-grandpa` crate (0.16.3, `src/voter_set.rs`).
pub fn finality_threshold(n: u32) -> u32 {
	n.saturating_sub(max_faulty(n))
}

/// Prepares validators for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<ValidatorId> {
	/// Registers session keys for `who`, so that [`crate::Config::ValidatorRegistration`]
	/// reports it as registered.
	fn register_keys(who: &ValidatorId);
}
