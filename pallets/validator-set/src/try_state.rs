//! Invariants checked after every test and by `try-runtime`.

use crate::{ActiveValidators, Config, Pallet, QueuedValidators, Validators};
use frame_support::ensure;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks that every stored set is sorted by id without duplicates and that at least one
	/// validator is admitted.
	///
	/// The storage type enforces the bound [`Config::MaxValidators`].
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(is_strictly_sorted(&validators), "admitted validators are not sorted and unique");
		ensure!(
			is_strictly_sorted(&QueuedValidators::<T>::get()),
			"queued validators are not sorted and unique"
		);
		ensure!(
			is_strictly_sorted(&ActiveValidators::<T>::get()),
			"active validators are not sorted and unique"
		);
		ensure!(!validators.is_empty(), "no admitted validators");
		Ok(())
	}
}

/// Returns whether `items` is sorted in strictly increasing order, so no item repeats.
fn is_strictly_sorted<Item: Ord>(items: &[Item]) -> bool {
	items.windows(2).all(|pair| pair.first() < pair.last())
}
