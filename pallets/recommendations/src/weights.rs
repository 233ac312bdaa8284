//! Weights for `pallet_recommendations`.
//!
//! NOTE: placeholder shape until generated; the lead regenerates this file with
//! `lifelong-node benchmark pallet`. Until then the numbers are estimates: a plausible base
//! time per call plus the database reads and writes that each call makes, counted from the
//! code. The function names and components match the benchmarks in `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_recommendations`.
pub trait WeightInfo {
	fn register_employer() -> Weight;
	fn deregister_employer() -> Weight;
	fn add_worker_key() -> Weight;
	fn remove_worker_key() -> Weight;
	fn post_job(s: u32, ) -> Weight;
	fn update_job(s: u32, ) -> Weight;
	fn withdraw_job(s: u32, ) -> Weight;
	fn post_course(s: u32, ) -> Weight;
	fn update_course(s: u32, ) -> Weight;
	fn withdraw_course(s: u32, ) -> Weight;
	fn remove_expired_job(s: u32, ) -> Weight;
	fn remove_expired_course(s: u32, ) -> Weight;
	fn opt_in() -> Weight;
	fn opt_out() -> Weight;
	fn submit_result(j: u32, c: u32, ) -> Weight;
	fn authorize_submit_result() -> Weight;
	fn prune_result_entry() -> Weight;
}

/// Weights for `pallet_recommendations` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_employer() -> Weight {
		Weight::from_parts(12_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}

	fn deregister_employer() -> Weight {
		Weight::from_parts(12_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}

	fn add_worker_key() -> Weight {
		Weight::from_parts(14_000_000, 3_300)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}

	fn remove_worker_key() -> Weight {
		Weight::from_parts(15_000_000, 3_300)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}

	fn post_job(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn update_job(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
	}

	fn withdraw_job(s: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn post_course(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn update_course(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
	}

	fn withdraw_course(s: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn remove_expired_job(s: u32, ) -> Weight {
		Weight::from_parts(42_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn remove_expired_course(s: u32, ) -> Weight {
		Weight::from_parts(42_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn opt_in() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}

	fn opt_out() -> Weight {
		Weight::from_parts(60_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(23_u64))
	}

	fn submit_result(j: u32, c: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
	}

	fn authorize_submit_result() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(27_u64))
	}

	fn prune_result_entry() -> Weight {
		Weight::from_parts(25_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_employer() -> Weight {
		Weight::from_parts(12_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}

	fn deregister_employer() -> Weight {
		Weight::from_parts(12_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}

	fn add_worker_key() -> Weight {
		Weight::from_parts(14_000_000, 3_300)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}

	fn remove_worker_key() -> Weight {
		Weight::from_parts(15_000_000, 3_300)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}

	fn post_job(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn update_job(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(s.into())))
	}

	fn withdraw_job(s: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn post_course(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn update_course(s: u32, ) -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(s.into())))
	}

	fn withdraw_course(s: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn remove_expired_job(s: u32, ) -> Weight {
		Weight::from_parts(42_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn remove_expired_course(s: u32, ) -> Weight {
		Weight::from_parts(42_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_500_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}

	fn opt_in() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}

	fn opt_out() -> Weight {
		Weight::from_parts(60_000_000, 9_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(23_u64))
	}

	fn submit_result(j: u32, c: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
	}

	fn authorize_submit_result() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(27_u64))
	}

	fn prune_result_entry() -> Weight {
		Weight::from_parts(25_000_000, 9_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
