//! Benchmarks of every call and of the skill-profile read, with components for cohort size
//! (`n`), skills per class (`s`) and badges per learner (`b`).

use super::*;
use crate::Pallet as Badges;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use lifelong_primitives::ProficiencyLevel;
use sp_core::H256;
use sp_runtime::traits::{Bounded, CheckedDiv};

/// Returns a text of `length` bytes.
fn text(length: u32) -> Vec<u8> {
	alloc::vec![b'x'; length as usize]
}

/// Returns an account with enough funds for any number of deposits.
fn funded_account<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let balance = BalanceOf::<T>::max_value().checked_div(&1_000_000u32.into()).unwrap_or_default();
	T::Currency::set_balance(&who, balance);
	who
}

/// Accredits a funded issuer with one delegate and returns both. Calls signed by the
/// delegate cost the most, because finding the issuer takes two reads.
fn issuer_with_delegate<T: Config>() -> (T::AccountId, T::AccountId) {
	let issuer = funded_account::<T>("issuer", 0);
	let delegate = funded_account::<T>("delegate", 0);
	let info = IssuerInfo {
		name: text(T::MaxNameLength::get()).try_into().expect("length is the bound; qed"),
		url: text(T::MaxUrlLength::get()).try_into().expect("length is the bound; qed"),
		standing: IssuerStanding::Accredited,
		standing_since: Default::default(),
		delegate_count: 1,
	};
	Issuers::<T>::insert(&issuer, info);
	DelegateOf::<T>::insert(&delegate, &issuer);
	(issuer, delegate)
}

/// Returns `count` active skills at the advanced level.
fn skills<T: Config>(count: u32) -> Vec<(SkillId, ProficiencyLevel)> {
	T::BenchmarkHelper::active_skills(count)
		.into_iter()
		.map(|skill| (skill, ProficiencyLevel::Advanced))
		.collect()
}

/// Stores a class of `issuer` with `skill_count` new skills and maximal texts, and returns its
/// id.
fn class_of<T: Config>(issuer: &T::AccountId, skill_count: u32) -> ClassId {
	class_with_skills::<T>(issuer, skills::<T>(skill_count))
}

/// Stores a class of `issuer` certifying `skills`, with maximal texts, and returns its id.
fn class_with_skills<T: Config>(
	issuer: &T::AccountId,
	skills: Vec<(SkillId, ProficiencyLevel)>,
) -> ClassId {
	let class = NextClassId::<T>::get();
	let record = BadgeClass {
		issuer: issuer.clone(),
		name: text(T::MaxNameLength::get()).try_into().expect("length is the bound; qed"),
		description: text(T::MaxDescriptionLength::get())
			.try_into()
			.expect("length is the bound; qed"),
		criteria_uri: Some(
			text(T::MaxUrlLength::get()).try_into().expect("length is the bound; qed"),
		),
		criteria_hash: Some(H256::repeat_byte(1)),
		skills: BoundedVec::truncate_from(skills),
		validity: None,
		eqf_level: Some(6),
		ects_tenths: Some(60),
		retired: false,
		created_at: Default::default(),
	};
	Classes::<T>::insert(class, record);
	NextClassId::<T>::put(class.saturating_add(1));
	class
}

/// Awards a badge of a new class with the most skills to a learner whose list is then full,
/// and returns the delegate, the learner and the badge.
fn awarded_badge<T: Config>() -> (T::AccountId, T::AccountId, BadgeId) {
	let (issuer, delegate) = issuer_with_delegate::<T>();
	let class = class_of::<T>(&issuer, T::MaxSkillsPerClass::get());
	let learner: T::AccountId = account("learner", 0, 0);
	nearly_full_list::<T>(&learner);
	let badge = NextBadgeId::<T>::get();
	Badges::<T>::award(
		RawOrigin::Signed(delegate.clone()).into(),
		class,
		learner.clone(),
		H256::repeat_byte(9),
		None,
	)
	.expect("the issuer is accredited, funded and owns the class; qed");
	(delegate, learner, badge)
}

/// Gives `learner` a badge list one short of [`Config::MaxBadgesPerLearner`], the largest list
/// that still takes an award, and moves [`NextBadgeId`] past it. The listed ids have no badge
/// records: awarding neither reads nor checks them.
fn nearly_full_list<T: Config>(learner: &T::AccountId) {
	let first = NextBadgeId::<T>::get();
	let count = BadgeId::from(T::MaxBadgesPerLearner::get().saturating_sub(1));
	let ids: Vec<BadgeId> = (first..first.saturating_add(count)).collect();
	BadgesOf::<T>::insert(learner, BoundedVec::truncate_from(ids));
	NextBadgeId::<T>::put(first.saturating_add(count));
}

/// Returns a distinct evidence hash for each index.
fn evidence_hash(index: u32) -> H256 {
	let mut bytes = [0u8; 32];
	for (byte, value) in bytes.iter_mut().zip(index.to_le_bytes()) {
		*byte = value;
	}
	H256(bytes)
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn accredit_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (issuer, _) = issuer_with_delegate::<T>();
		Issuers::<T>::mutate(&issuer, |info| {
			if let Some(info) = info {
				info.standing = IssuerStanding::Withdrawn;
			}
		});

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			issuer.clone(),
			text(T::MaxNameLength::get()),
			text(T::MaxUrlLength::get()),
		);

		assert_last_event::<T>(Event::IssuerAccredited { issuer });
		Ok(())
	}

	#[benchmark]
	fn suspend_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (issuer, _) = issuer_with_delegate::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());

		assert_last_event::<T>(Event::IssuerSuspended { issuer });
		Ok(())
	}

	#[benchmark]
	fn withdraw_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (issuer, _) = issuer_with_delegate::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());

		assert_last_event::<T>(Event::IssuerWithdrawn { issuer });
		Ok(())
	}

	#[benchmark]
	fn add_delegate() {
		let (issuer, _) = issuer_with_delegate::<T>();
		let delegate: T::AccountId = account("delegate", 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), delegate.clone());

		assert_last_event::<T>(Event::DelegateAdded { issuer, delegate });
	}

	#[benchmark]
	fn remove_delegate() {
		let (issuer, delegate) = issuer_with_delegate::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), delegate.clone());

		assert_last_event::<T>(Event::DelegateRemoved { issuer, delegate });
	}

	#[benchmark]
	fn create_class(s: Linear<1, { T::MaxSkillsPerClass::get() }>) {
		let (issuer, delegate) = issuer_with_delegate::<T>();
		let class = NextClassId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(delegate),
			text(T::MaxNameLength::get()),
			text(T::MaxDescriptionLength::get()),
			Some(text(T::MaxUrlLength::get())),
			Some(H256::repeat_byte(1)),
			skills::<T>(s),
			Some(1_000u32.into()),
			Some(6),
			Some(60),
		);

		assert_last_event::<T>(Event::ClassCreated { class, issuer });
	}

	#[benchmark]
	fn retire_class() {
		let (issuer, delegate) = issuer_with_delegate::<T>();
		let class = class_of::<T>(&issuer, T::MaxSkillsPerClass::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), class);

		assert_last_event::<T>(Event::ClassRetired { class, issuer });
	}

	#[benchmark]
	fn award(s: Linear<1, { T::MaxSkillsPerClass::get() }>) {
		let (issuer, delegate) = issuer_with_delegate::<T>();
		let class = class_of::<T>(&issuer, s);
		let learner: T::AccountId = account("learner", 0, 0);
		nearly_full_list::<T>(&learner);

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), class, learner.clone(), H256::repeat_byte(9), None);

		assert_eq!(BadgesOf::<T>::get(&learner).len() as u32, T::MaxBadgesPerLearner::get());
	}

	#[benchmark]
	fn award_batch(
		n: Linear<1, { T::MaxCohortSize::get() }>,
		s: Linear<1, { T::MaxSkillsPerClass::get() }>,
	) {
		let (issuer, delegate) = issuer_with_delegate::<T>();
		let class = class_of::<T>(&issuer, s);
		let cohort: Vec<CohortAwardOf<T>> = (0..n)
			.map(|index| CohortAward {
				learner: account("learner", index, 0),
				evidence: evidence_hash(index),
				expires_at: None,
			})
			.collect();
		for entry in &cohort {
			nearly_full_list::<T>(&entry.learner);
		}
		let first_badge = NextBadgeId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), class, cohort);

		assert_eq!(NextBadgeId::<T>::get(), first_badge.saturating_add(BadgeId::from(n)));
	}

	#[benchmark]
	fn suspend_badge() {
		let (delegate, learner, badge) = awarded_badge::<T>();
		let reason = text(T::MaxReasonLength::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), badge, reason.clone());

		let reason = reason.try_into().expect("length is the bound; qed");
		assert_last_event::<T>(Event::BadgeSuspended { badge, learner, reason });
	}

	#[benchmark]
	fn reinstate_badge() {
		let (delegate, learner, badge) = awarded_badge::<T>();
		Badges::<T>::suspend_badge(RawOrigin::Signed(delegate.clone()).into(), badge, text(1))
			.expect("the badge is active and the delegate acts for its issuer; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), badge);

		assert_last_event::<T>(Event::BadgeReinstated { badge, learner });
	}

	#[benchmark]
	fn revoke_badge() {
		let (delegate, learner, badge) = awarded_badge::<T>();
		let note = text(T::MaxReasonLength::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate), badge, RevocationReason::Misconduct, Some(note.clone()));

		assert_last_event::<T>(Event::BadgeRevoked {
			badge,
			learner,
			reason: RevocationReason::Misconduct,
			note: note.try_into().expect("length is the bound; qed"),
			by_governance: false,
		});
	}

	#[benchmark]
	fn force_revoke_badge() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, learner, badge) = awarded_badge::<T>();
		let note = text(T::MaxReasonLength::get());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, badge, RevocationReason::IssuerWithdrawn, Some(note.clone()));

		assert_last_event::<T>(Event::BadgeRevoked {
			badge,
			learner,
			reason: RevocationReason::IssuerWithdrawn,
			note: note.try_into().expect("length is the bound; qed"),
			by_governance: true,
		});
		Ok(())
	}

	#[benchmark]
	fn decline_badge() {
		let (_, learner, badge) = awarded_badge::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(learner.clone()), badge);

		assert!(Badges::<T>::verify_badge(badge).is_none());
		assert!(BadgesOf::<T>::get(&learner).binary_search(&badge).is_err());
	}

	/// Measures the skill-profile read behind the runtime API and
	/// [`lifelong_primitives::SkillProfileProvider`], for `b` valid badges of `b` distinct classes. The classes share
	/// one set of the most skills a class may have, so the taxonomy helper creates skills once.
	#[benchmark]
	fn skill_profile(b: Linear<0, { T::MaxBadgesPerLearner::get() }>) {
		let (issuer, delegate) = issuer_with_delegate::<T>();
		let learner: T::AccountId = account("learner", 0, 0);
		let class_skills = skills::<T>(T::MaxSkillsPerClass::get());
		for index in 0..b {
			let class = class_with_skills::<T>(&issuer, class_skills.clone());
			Badges::<T>::award(
				RawOrigin::Signed(delegate.clone()).into(),
				class,
				learner.clone(),
				evidence_hash(index),
				None,
			)
			.expect("the issuer is accredited, funded and owns the class; qed");
		}
		let profile;

		#[block]
		{
			profile = <Badges<T> as lifelong_primitives::SkillProfileProvider<_, _>>::skill_profile(
				&learner,
			);
		}

		let expected = if b == 0 { 0 } else { T::MaxSkillsPerClass::get() as usize };
		assert_eq!(profile.len(), expected);
	}

	impl_benchmark_test_suite!(Badges, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
