//! Weights for `pallet_badges`.
//!
//! NOTE: placeholder shape until generated; the lead regenerates this file with `lifelong-node benchmark pallet`.
//!
//! The numbers below are estimates: the storage reads and
//! writes are counted from the code, the execution times are guesses, not measurements.
//! Component ranges are those of the runtime's configuration (`MaxSkillsPerClass` 16,
//! `MaxCohortSize` 1000, `MaxBadgesPerLearner` 1000).
//!
//! Shape of the output of `frame-benchmarking-cli`'s `benchmark pallet --template`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_badges`.
pub trait WeightInfo {
	fn accredit_issuer() -> Weight;
	fn suspend_issuer() -> Weight;
	fn withdraw_issuer() -> Weight;
	fn add_delegate() -> Weight;
	fn remove_delegate() -> Weight;
	fn create_class(s: u32) -> Weight;
	fn retire_class() -> Weight;
	fn award(s: u32) -> Weight;
	fn award_batch(n: u32, s: u32) -> Weight;
	fn suspend_badge() -> Weight;
	fn reinstate_badge() -> Weight;
	fn revoke_badge() -> Weight;
	fn force_revoke_badge() -> Weight;
	fn decline_badge() -> Weight;
	fn skill_profile(b: u32) -> Weight;
}

/// Weights for `pallet_badges` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn accredit_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn suspend_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn withdraw_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:1)
	/// Storage: `Badges::DelegateOf` (r:1 w:1)
	fn add_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	/// Storage: `Badges::DelegateOf` (r:1 w:1)
	fn remove_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(17_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::NextClassId` (r:1 w:1)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Badges::Classes` (r:0 w:1)
	/// The range of component `s` is `[1, 16]`.
	fn create_class(s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_900`
		// Minimum execution time: not measured yet.
		Weight::from_parts(24_000_000, 3_900)
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:1)
	fn retire_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_500`
		// Minimum execution time: not measured yet.
		Weight::from_parts(18_000_000, 4_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::NextBadgeId` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:1 w:1)
	/// Storage: `Badges::BadgesOf` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::Badges` (r:0 w:1)
	/// The range of component `s` is `[1, 16]`.
	fn award(s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `11_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(45_000_000, 11_600)
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::NextBadgeId` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:`n` w:`n`)
	/// Storage: `Badges::BadgesOf` (r:`n` w:`n`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::Badges` (r:0 w:`n`)
	/// The range of component `n` is `[1, 1000]`.
	/// The range of component `s` is `[1, 16]`.
	fn award_batch(n: u32, s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(40_000_000, 4_700)
			.saturating_add(Weight::from_parts(9_000_000, 10_600).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn suspend_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(26_000_000, 4_700)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	fn reinstate_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(25_000_000, 4_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn revoke_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(27_000_000, 4_700)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn force_revoke_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1_200`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 1_200)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::BadgesOf` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:0 w:1)
	fn decline_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `11_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(48_000_000, 11_600)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::BadgesOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:`b` w:0)
	/// Storage: `Badges::Classes` (r:`b` w:0)
	/// The range of component `b` is `[0, 1000]`.
	fn skill_profile(b: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `9_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(5_000_000, 9_600)
			.saturating_add(Weight::from_parts(3_000_000, 4_200).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(b.into())))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn accredit_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn suspend_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	fn withdraw_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:1)
	/// Storage: `Badges::DelegateOf` (r:1 w:1)
	fn add_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:1)
	/// Storage: `Badges::DelegateOf` (r:1 w:1)
	fn remove_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(17_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::NextClassId` (r:1 w:1)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Badges::Classes` (r:0 w:1)
	/// The range of component `s` is `[1, 16]`.
	fn create_class(s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `3_900`
		// Minimum execution time: not measured yet.
		Weight::from_parts(24_000_000, 3_900)
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Badges::Issuers` (r:1 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:1)
	fn retire_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_500`
		// Minimum execution time: not measured yet.
		Weight::from_parts(18_000_000, 4_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::NextBadgeId` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:1 w:1)
	/// Storage: `Badges::BadgesOf` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::Badges` (r:0 w:1)
	/// The range of component `s` is `[1, 16]`.
	fn award(s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `11_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(45_000_000, 11_600)
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Skills` taxonomy (r:`s` w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::NextBadgeId` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:`n` w:`n`)
	/// Storage: `Badges::BadgesOf` (r:`n` w:`n`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::Badges` (r:0 w:`n`)
	/// The range of component `n` is `[1, 1000]`.
	/// The range of component `s` is `[1, 16]`.
	fn award_batch(n: u32, s: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(40_000_000, 4_700)
			.saturating_add(Weight::from_parts(9_000_000, 10_600).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(900_000, 2_500).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn suspend_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(26_000_000, 4_700)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	fn reinstate_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(25_000_000, 4_700)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Issuers` (r:2 w:0)
	/// Storage: `Badges::DelegateOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn revoke_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `4_700`
		// Minimum execution time: not measured yet.
		Weight::from_parts(27_000_000, 4_700)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn force_revoke_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `1_200`
		// Minimum execution time: not measured yet.
		Weight::from_parts(20_000_000, 1_200)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Badges::Badges` (r:1 w:1)
	/// Storage: `Badges::Classes` (r:1 w:0)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Badges::BadgesOf` (r:1 w:1)
	/// Storage: `Badges::BadgeByEvidence` (r:0 w:1)
	fn decline_badge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `11_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(48_000_000, 11_600)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Badges::BadgesOf` (r:1 w:0)
	/// Storage: `Badges::Badges` (r:`b` w:0)
	/// Storage: `Badges::Classes` (r:`b` w:0)
	/// The range of component `b` is `[0, 1000]`.
	fn skill_profile(b: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `9_600`
		// Minimum execution time: not measured yet.
		Weight::from_parts(5_000_000, 9_600)
			.saturating_add(Weight::from_parts(3_000_000, 4_200).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(b.into())))
	}
}
