//! Weights for `pallet_validator_set`.
//!
//! NOTE: placeholder shape until generated; the lead regenerates this file with `lifelong-node benchmark pallet`.
//!
//! The numbers below are estimates: the storage reads and writes are counted from the code,
//! and the execution times and proof sizes are guesses, not measurements. Component ranges
//! assume `MinValidators = 3`, `MaxValidators = 100` and 32-byte validator ids.
//!
//! Shape of the output of `frame-benchmarking-cli`'s `benchmark pallet --template`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_validator_set`.
pub trait WeightInfo {
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
	fn force_set_validators(v: u32, ) -> Weight;
}

/// Weights for `pallet_validator_set` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[0, 99]`.
	fn add_validator(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `40 + v * (32 ±0)`
		//  Estimated: `4_687`
		// Minimum execution time: not measured yet.
		Weight::from_parts(12_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(60_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `ValidatorSet::ActiveValidators` (r:1 w:0)
	/// Proof: `ValidatorSet::ActiveValidators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:99 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `v` is `[4, 100]`.
	fn remove_validator(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `120 + v * (180 ±0)`
		//  Estimated: `4_687 + v * (2_655 ±0)`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(3_500_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(v.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2_655).saturating_mul(v.into()))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[3, 100]`.
	fn force_set_validators(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3_240`
		//  Estimated: `4_687`
		// Minimum execution time: not measured yet.
		Weight::from_parts(40_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(900_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[0, 99]`.
	fn add_validator(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `40 + v * (32 ±0)`
		//  Estimated: `4_687`
		// Minimum execution time: not measured yet.
		Weight::from_parts(12_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(60_000, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `ValidatorSet::ActiveValidators` (r:1 w:0)
	/// Proof: `ValidatorSet::ActiveValidators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:99 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `v` is `[4, 100]`.
	fn remove_validator(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `120 + v * (180 ±0)`
		//  Estimated: `4_687 + v * (2_655 ±0)`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(3_500_000, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(v.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2_655).saturating_mul(v.into()))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Proof: `ValidatorSet::Validators` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[3, 100]`.
	fn force_set_validators(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3_240`
		//  Estimated: `4_687`
		// Minimum execution time: not measured yet.
		Weight::from_parts(40_000_000, 4_687)
			// Standard Error: not measured yet.
			.saturating_add(Weight::from_parts(900_000, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
