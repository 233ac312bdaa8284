//! The consortium: member universities, their collective, and the origins that govern the chain.
//!
//! - `ConsortiumMembership` (pallet-membership) keeps the member list; admitting or removing a
//!   member takes a two-thirds vote of the current members.
//! - `Consortium` (pallet-collective) is where members propose and vote on calls. A motion that
//!   reaches its threshold dispatches with the collective's origin.
//! - [`GovernanceOrigin`] is what Lifelong's pallets accept for privileged calls: two thirds of
//!   the consortium, or root (reachable through `sudo` on development chains only, since no
//!   other chain spec has a sudo key).
//! - `ConsortiumRoot` (pallet-consortium-root) lets two thirds of the consortium dispatch any
//!   call as root, for the SDK's root-only calls: runtime upgrades (`system.authorize_upgrade`,
//!   then anyone's `system.apply_authorized_upgrade`), `grandpa.note_stalled` and the like.

use frame_support::{
	parameter_types,
	traits::{EitherOfDiverse, NeverEnsureOrigin},
	weights::Weight,
};
use frame_system::EnsureRoot;

use super::{
	configs::RuntimeBlockWeights, AccountId, BlockNumber, Consortium, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, DAYS,
};

/// The collective instance of the consortium.
pub type ConsortiumInstance = pallet_collective::Instance1;

/// The membership instance that manages the consortium's members.
pub type ConsortiumMembershipInstance = pallet_membership::Instance1;

/// At least two thirds of the consortium's members voted for the motion.
pub type TwoThirdsOfConsortium =
	pallet_collective::EnsureProportionAtLeast<AccountId, ConsortiumInstance, 2, 3>;

/// More than half of the consortium's members voted for the motion.
pub type MajorityOfConsortium =
	pallet_collective::EnsureProportionMoreThan<AccountId, ConsortiumInstance, 1, 2>;

/// The origin of every privileged call in Lifelong's pallets: accrediting issuers, registering
/// employers and worker keys, updating the taxonomy, force-revoking badges, and changing the
/// validator set.
pub type GovernanceOrigin = EitherOfDiverse<EnsureRoot<AccountId>, TwoThirdsOfConsortium>;

/// Most universities a consortium can hold; also bounds a vote's cost.
pub const MAX_CONSORTIUM_MEMBERS: u32 = 100;

parameter_types! {
	/// A motion that has not reached its threshold closes after seven days.
	pub const MotionDuration: BlockNumber = 7 * DAYS;
	pub const MaxProposals: u32 = 100;
	/// A motion may use at most half a block.
	pub MaxProposalWeight: Weight =
		sp_runtime::Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<ConsortiumInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = MaxProposals;
	type MaxMembers = frame_support::traits::ConstU32<MAX_CONSORTIUM_MEMBERS>;
	// When a motion closes after its duration, members who did not vote count as voting
	// against, because the collective has no prime member whose vote they would follow.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Only the membership pallet changes the member list.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = TwoThirdsOfConsortium;
	type KillOrigin = TwoThirdsOfConsortium;
	type Consideration = ();
}

impl pallet_membership::Config<ConsortiumMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	// The collective has no prime member: every vote counts the same.
	type PrimeOrigin = NeverEnsureOrigin<()>;
	type MembershipInitialized = Consortium;
	type MembershipChanged = Consortium;
	type MaxMembers = frame_support::traits::ConstU32<MAX_CONSORTIUM_MEMBERS>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_consortium_root::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	// Root needs no route to itself: only a passed motion uses this pallet.
	type ConsortiumOrigin = TwoThirdsOfConsortium;
	type WeightInfo = pallet_consortium_root::weights::SubstrateWeight<Runtime>;
}
