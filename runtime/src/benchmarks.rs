//! The pallets whose benchmarks `lifelong-node benchmark pallet` runs.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_sudo, Sudo]
	[pallet_collective, Consortium]
	[pallet_membership, ConsortiumMembership]
	[pallet_consortium_root, ConsortiumRoot]
	[pallet_skills, Skills]
	[pallet_badges, Badges]
	[pallet_recommendations, Recommendations]
	[pallet_validator_set, ValidatorSet]
);
