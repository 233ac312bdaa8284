//! Consistency checks of the pallet's storage, run by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::Get};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks that every index agrees with the badge records, that each learner's badge list
	/// contains exactly that learner's badges, and that the held deposits add up.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_issuers_and_classes()?;
		Self::check_badges()?;
		Ok(())
	}

	fn check_issuers_and_classes() -> Result<(), TryRuntimeError> {
		let mut delegates_per_issuer: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (delegate, issuer) in DelegateOf::<T>::iter() {
			ensure!(Issuers::<T>::contains_key(&issuer), "a delegate points to a missing issuer");
			ensure!(!Issuers::<T>::contains_key(&delegate), "a delegate is also an issuer");
			let count = delegates_per_issuer.entry(issuer).or_default();
			*count = count.saturating_add(1);
		}
		for (issuer, info) in Issuers::<T>::iter() {
			let counted = delegates_per_issuer.get(&issuer).copied().unwrap_or_default();
			ensure!(info.delegate_count == counted, "an issuer's delegate count is wrong");
			ensure!(
				info.delegate_count <= T::MaxDelegates::get(),
				"an issuer has too many delegates"
			);
		}

		let next_class = NextClassId::<T>::get();
		for (id, class) in Classes::<T>::iter() {
			ensure!(id < next_class, "a class id is not below NextClassId");
			ensure!(Issuers::<T>::contains_key(&class.issuer), "a class names a missing issuer");
			ensure!(!class.skills.is_empty(), "a class has no skills");
			ensure!(
				class.skills.windows(2).all(|pair| matches!(pair, [a, b] if a.0 < b.0)),
				"a class's skills are not sorted and unique"
			);
		}
		Ok(())
	}

	fn check_badges() -> Result<(), TryRuntimeError> {
		let next_badge = NextBadgeId::<T>::get();
		let mut badge_count: usize = 0;
		let mut counts_per_learner: BTreeMap<T::AccountId, usize> = BTreeMap::new();
		let mut deposits_per_issuer: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();

		for (id, badge) in Badges::<T>::iter() {
			badge_count = badge_count.saturating_add(1);
			ensure!(id < next_badge, "a badge id is not below NextBadgeId");
			let class = Classes::<T>::get(badge.class).ok_or("a badge names a missing class")?;
			ensure!(
				BadgeByEvidence::<T>::get(badge.evidence) == Some(id),
				"the evidence index does not point to its badge"
			);
			ensure!(
				BadgesOf::<T>::get(&badge.learner).binary_search(&id).is_ok(),
				"a badge is missing from its learner's list"
			);
			let count = counts_per_learner.entry(badge.learner.clone()).or_default();
			*count = count.saturating_add(1);
			let deposit = deposits_per_issuer.entry(class.issuer.clone()).or_insert(Zero::zero());
			*deposit = deposit.saturating_add(badge.deposit);
		}

		ensure!(
			BadgeByEvidence::<T>::iter_keys().count() == badge_count,
			"the evidence index has entries without a badge"
		);
		// Each badge is in its learner's list (checked above), so lists that are strictly
		// ascending and as long as the learner's badge count hold nothing else.
		let mut listed_learners: usize = 0;
		for (learner, list) in BadgesOf::<T>::iter() {
			listed_learners = listed_learners.saturating_add(1);
			ensure!(!list.is_empty(), "an empty badge list is stored");
			ensure!(
				list.windows(2).all(|pair| matches!(pair, [a, b] if a < b)),
				"a learner's badge list is not strictly ascending"
			);
			ensure!(
				counts_per_learner.get(&learner) == Some(&list.len()),
				"a learner's badge list has entries without a badge"
			);
		}
		ensure!(
			listed_learners == counts_per_learner.len(),
			"a learner with badges has no badge list"
		);
		for (issuer, total) in deposits_per_issuer {
			ensure!(Self::deposit_held(&issuer) == total, "an issuer's held deposit is wrong");
		}
		Ok(())
	}
}
