//! Database weights of the Lifelong runtime, measured by `lifelong-node benchmark storage`
//! (frame-benchmarking-cli 64.0.0) with `scripts/weights/db-weights.hbs`. Regenerate with
//! `scripts/benchmark-weights.sh`; do not edit by hand.
//!
//! DATE: 2026-12-04 (Y/M/D), HOSTNAME: `vm`, CPU: `AMD EPYC`
//! DATABASE: `ParityDb`, RUNTIME: `Lifelong Development`, BLOCK-NUM: `Number(0)`
//! WARMUPS: `1`, STATE-VERSION: `V1`
//! METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed command:
// /root/.cache/lifelong/bench-target/release/lifelong-node
// benchmark
// storage
// --chain
// dev
// --base-path
// /tmp/tmp.iAtU5NOoiM
// --database
// paritydb
// --state-version
// 1
// --batch-size
// 1000
// --template-path
// scripts/weights/db-weights.hbs
// --weight-path
// runtime/src/weights/
// --json-read-path
// /root/.cache/lifelong/bench-target/benchmarks/
// --json-write-path
// /root/.cache/lifelong/bench-target/benchmarks/

/// Read and write costs of `ParityDb` on the machine named above.
pub mod constants {
	use frame_support::{
		parameter_types,
		weights::{constants, RuntimeDbWeight},
	};

	parameter_types! {
		/// Cost that the runtime charges for one storage read and one storage write.
		pub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			// Time to read one storage item: the *Average* of
			// every key of the state, times `1.0`, plus
			// `0`.
			//
			// Nanoseconds: min 1_042, max 2_629_714,
			// average 7_265, median 6_519,
			// 99th percentile 17_666, 95th 9_424.
			read: 7_265 * constants::WEIGHT_REF_TIME_PER_NANOS,

			// Time to write one storage item, amortised over a commit of
			// `1000` keys: the *Average*, times
			// `1.0`, plus `0`.
			//
			// Nanoseconds: min 10_392, max 24_187,
			// average 14_050, median 13_228,
			// 99th percentile 24_187, 95th 22_152.
			write: 14_050 * constants::WEIGHT_REF_TIME_PER_NANOS,
		};
	}
}
