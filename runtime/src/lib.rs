//! # Lifelong runtime
//!
//! The state machine of the Lifelong chain: FRAME's system, timestamp, Aura and GRANDPA
//! consensus, balances with transaction payment, batching through `utility`, `sudo` on
//! development chains, and Lifelong's own pallets.
//!
//! Blocks come every six seconds ([`MILLISECS_PER_BLOCK`]). The runtime ships two genesis
//! presets, `development` and `local_testnet` (see [`genesis_config_presets`]); the node adds the
//! ESCO taxonomy to them when it builds a chain spec.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` and `impl_runtime_apis` expand to code that the workspace's no-panic lints
// would flag; the lints still apply to the hand-written modules.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
pub mod lifelong;
#[cfg(test)]
mod tests;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types that the node uses without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block with opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block id.
	pub type BlockId = generic::BlockId<Block>;
	/// Block hash.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers with `session.setKeys`: an Aura key to author blocks, a
	/// GRANDPA key to vote on finality, and the key with which its off-chain worker signs
	/// recommendation results.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
		pub recommendations: lifelong::RecommendationWorkerKey,
	}
}

/// Version of this runtime. Increase `spec_version` with every change of behaviour, and
/// `transaction_version` whenever calls or transaction extensions change their encoding.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("lifelong"),
	impl_name: alloc::borrow::Cow::Borrowed("lifelong-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Target time between blocks. Aura derives its slot length from it, and a running chain
/// cannot change it without stalling block production.
pub const MILLISECS_PER_BLOCK: u64 = 6000;

/// Length of an Aura slot.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

/// Blocks per minute, hour and day at the target block time.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Smallest units in one LLC, the chain's token (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of a [`UNIT`].
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// One millionth of a [`UNIT`].
pub const MICRO_UNIT: Balance = 1_000_000;

/// Balance below which an account is removed.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Signature of a transaction: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;

/// Account id: the public key that signs for the account.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account.
pub type Balance = u128;

/// Number of transactions an account has sent.
pub type Nonce = u32;

/// Hash of blocks and state.
pub type Hash = sp_core::H256;

/// Block number.
pub type BlockNumber = u32;

/// Milliseconds since the Unix epoch.
pub type Moment = u64;

/// Address format of transactions.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// Block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;

/// Block id.
pub type BlockId = generic::BlockId<Block>;

/// Checks and charges that every signed transaction passes through, in order.
pub type TxExtension = (
	// First, so that a call that authorises itself (an off-chain worker's result) needs no
	// signature; it does nothing for other transactions.
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Extrinsic as it travels in blocks.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Payload that a transaction's signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations that run at the next runtime upgrade, besides the pallets' own.
type Migrations = ();

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(8)]
	pub type ValidatorSet = pallet_validator_set;

	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(7)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(10)]
	pub type Consortium = pallet_collective<Instance1>;

	#[runtime::pallet_index(11)]
	pub type ConsortiumMembership = pallet_membership<Instance1>;

	#[runtime::pallet_index(12)]
	pub type ConsortiumRoot = pallet_consortium_root;

	#[runtime::pallet_index(20)]
	pub type Skills = pallet_skills;

	#[runtime::pallet_index(21)]
	pub type Badges = pallet_badges;

	#[runtime::pallet_index(22)]
	pub type Recommendations = pallet_recommendations;
}
