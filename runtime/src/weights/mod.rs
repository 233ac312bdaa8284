//! Weights generated for this runtime on the development machine by
//! `scripts/benchmark-weights.sh`: the database's read and write costs, and the balance
//! transfers that the badge awards are compared with. Lifelong's own pallets keep their
//! generated weights in their crates.

pub mod pallet_balances;
pub mod paritydb_weights;
