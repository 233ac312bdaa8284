//! Tests of the runtime as a whole: its genesis presets and the pallets' configuration.

use crate::{
	genesis_config_presets::{get_preset, preset_names, UNIVERSITIES},
	governance::ConsortiumInstance,
	AllPalletsWithSystem, Balances, BuildStorage, Grandpa, Runtime, RuntimeGenesisConfig, Session,
};
use frame_support::traits::IntegrityTest;
use serde_json::Value;

/// Builds the genesis storage of preset `name` the way the node does: the default config with
/// the preset's JSON patch merged in.
fn preset_storage(name: &str) -> sp_runtime::Storage {
	let id = sp_genesis_builder::PresetId::from(name);
	let patch: Value =
		serde_json::from_slice(&get_preset(&id).expect("the preset exists")).expect("valid JSON");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default serialises");
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the patched config deserialises");
	config.build_storage().expect("the preset builds genesis storage")
}

fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

#[test]
fn runtime_lists_both_presets() {
	let names: Vec<String> =
		preset_names().into_iter().map(|id| AsRef::<str>::as_ref(&id).to_string()).collect();
	assert_eq!(names, vec!["development".to_string(), "local_testnet".to_string()]);
}

#[test]
fn development_preset_builds_with_one_validator_and_sudo() {
	sp_io::TestExternalities::new(preset_storage("development")).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(Grandpa::grandpa_authorities().len(), 1);
		assert_eq!(Session::validators(), vec![UNIVERSITIES[0].key.to_account_id()]);
		assert_eq!(pallet_collective::Members::<Runtime, ConsortiumInstance>::get().len(), 3);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(UNIVERSITIES[0].key.to_account_id()));
		assert!(Balances::free_balance(UNIVERSITIES[1].key.to_account_id()) > 0);
	});
}

#[test]
fn local_testnet_preset_builds_four_universities_without_sudo() {
	sp_io::TestExternalities::new(preset_storage("local_testnet")).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		let mut expected: Vec<_> =
			UNIVERSITIES.iter().map(|university| university.key.to_account_id()).collect();
		expected.sort();
		let mut validators = Session::validators();
		validators.sort();
		assert_eq!(validators, expected);
		assert_eq!(pallet_collective::Members::<Runtime, ConsortiumInstance>::get().len(), 4);
		assert_eq!(
			pallet_sudo::Key::<Runtime>::get(),
			None,
			"only development chains have a sudo key"
		);
	});
}

#[test]
fn unknown_preset_is_none() {
	assert!(get_preset(&sp_genesis_builder::PresetId::from("mainnet")).is_none());
}

#[test]
fn integrity_tests_pass_on_both_presets() {
	for preset in ["development", "local_testnet"] {
		sp_io::TestExternalities::new(preset_storage(preset))
			.execute_with(AllPalletsWithSystem::integrity_test);
	}
}

mod governance {
	use super::*;
	use crate::{
		Badges, Consortium, ConsortiumRoot, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
		ValidatorSet,
	};
	use codec::Encode;
	use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
	use sp_keyring::Sr25519Keyring;
	use sp_runtime::traits::Hash as _;

	/// The development chain: Alice, Bob and Charlie form the consortium.
	fn development() -> sp_io::TestExternalities {
		let mut ext = sp_io::TestExternalities::new(preset_storage("development"));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	fn accredit_dave() -> RuntimeCall {
		RuntimeCall::Badges(pallet_badges::Call::accredit_issuer {
			issuer: Sr25519Keyring::Dave.to_account_id(),
			name: b"Dave's Academy".to_vec(),
			url: b"https://academy.example".to_vec(),
		})
	}

	fn dave_is_issuer() -> bool {
		Badges::issuer(&Sr25519Keyring::Dave.to_account_id()).is_some()
	}

	#[test]
	fn non_member_cannot_propose() {
		development().execute_with(|| {
			let call = accredit_dave();
			let length = call.encoded_size() as u32;
			assert_noop!(
				Consortium::propose(
					RuntimeOrigin::signed(Sr25519Keyring::Dave.to_account_id()),
					2,
					Box::new(call),
					length,
				),
				pallet_collective::Error::<Runtime, ConsortiumInstance>::NotMember
			);
		});
	}

	#[test]
	fn motion_below_two_thirds_is_rejected() {
		development().execute_with(|| {
			// A threshold of one executes at once, with the origin of one member in three.
			let call = accredit_dave();
			let length = call.encoded_size() as u32;
			assert_ok!(Consortium::propose(
				RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
				1,
				Box::new(call),
				length,
			));
			assert!(!dave_is_issuer(), "one vote in three must not accredit an issuer");
		});
	}

	/// Alice proposes `call` with a threshold of two, Alice and Bob vote for it, and Bob closes
	/// the motion.
	fn pass_two_thirds_motion(call: RuntimeCall) {
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		let index = pallet_collective::ProposalCount::<Runtime, ConsortiumInstance>::get();
		assert_ok!(Consortium::propose(
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			2,
			Box::new(call),
			length,
		));
		for voter in [Sr25519Keyring::Alice, Sr25519Keyring::Bob] {
			assert_ok!(Consortium::vote(
				RuntimeOrigin::signed(voter.to_account_id()),
				hash,
				index,
				true,
			));
		}
		assert_ok!(Consortium::close(
			RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()),
			hash,
			index,
			weight,
			length,
		));
	}

	#[test]
	fn two_thirds_motion_accredits_issuer() {
		development().execute_with(|| {
			let call = accredit_dave();
			let length = call.encoded_size() as u32;
			let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
			assert_ok!(Consortium::propose(
				RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
				2,
				Box::new(call),
				length,
			));
			assert_ok!(Consortium::vote(
				RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
				hash,
				0,
				true,
			));
			assert!(!dave_is_issuer(), "the motion must wait for the second vote");
		});
		development().execute_with(|| {
			pass_two_thirds_motion(accredit_dave());
			assert!(dave_is_issuer(), "two votes in three accredit the issuer");
		});
	}

	/// Returns the motion that authorizes a runtime upgrade to code of hash `code_hash`.
	fn authorize_upgrade(code_hash: crate::Hash) -> RuntimeCall {
		RuntimeCall::ConsortiumRoot(pallet_consortium_root::Call::dispatch_as_root {
			call: Box::new(RuntimeCall::System(frame_system::Call::authorize_upgrade {
				code_hash,
			})),
		})
	}

	fn upgrade_authorized(code_hash: crate::Hash) -> bool {
		System::events().iter().any(|record| {
			record.event
				== RuntimeEvent::System(frame_system::Event::UpgradeAuthorized {
					code_hash,
					check_version: true,
				})
		})
	}

	#[test]
	fn two_thirds_motion_authorizes_runtime_upgrade() {
		development().execute_with(|| {
			let code_hash = crate::Hash::repeat_byte(0x11);
			pass_two_thirds_motion(authorize_upgrade(code_hash));
			assert!(upgrade_authorized(code_hash), "two votes in three reach root");
		});
	}

	#[test]
	fn motion_below_two_thirds_cannot_reach_root() {
		development().execute_with(|| {
			let code_hash = crate::Hash::repeat_byte(0x22);
			let call = authorize_upgrade(code_hash);
			let length = call.encoded_size() as u32;
			// A threshold of one executes at once, with the origin of one member in three.
			assert_ok!(Consortium::propose(
				RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
				1,
				Box::new(call),
				length,
			));
			assert!(!upgrade_authorized(code_hash), "one vote in three must not reach root");
		});
	}

	#[test]
	fn signed_account_cannot_dispatch_as_root() {
		development().execute_with(|| {
			assert_noop!(
				ConsortiumRoot::dispatch_as_root(
					RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
					Box::new(RuntimeCall::System(frame_system::Call::authorize_upgrade {
						code_hash: crate::Hash::repeat_byte(0x33),
					})),
				),
				sp_runtime::DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn removal_under_minimum_is_rejected() {
		development().execute_with(|| {
			assert_noop!(
				ValidatorSet::remove_validator(
					RuntimeOrigin::root(),
					Sr25519Keyring::Alice.to_account_id(),
				),
				pallet_validator_set::Error::<Runtime>::TooFewValidators
			);
		});
	}

	#[test]
	fn signed_account_cannot_add_validator() {
		development().execute_with(|| {
			assert_noop!(
				ValidatorSet::add_validator(
					RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
					Sr25519Keyring::Eve.to_account_id(),
				),
				sp_runtime::DispatchError::BadOrigin
			);
		});
	}
}

/// Block capacity from the generated weights: what the speed targets ask of a six-second block.
mod capacity {
	use crate::{configs::RuntimeBlockWeights, Runtime};
	use frame_support::{dispatch::DispatchClass, traits::Get};

	type Badges = pallet_badges::Pallet<Runtime>;

	#[test]
	fn cohort_awards_per_block_reach_ten_thousand() {
		let block = RuntimeBlockWeights::get();
		let normal = block.get(DispatchClass::Normal);
		let budget = normal.max_total.unwrap_or(block.max_block).ref_time();
		let cohort = <Runtime as pallet_badges::Config>::MaxCohortSize::get();
		let skills = <Runtime as pallet_badges::Config>::MaxSkillsPerClass::get();
		// The weight that block building reserves: the most skills a class may have, and every
		// learner opted in to recommendations.
		let per_call = Badges::award_batch_weight(cohort, skills)
			.saturating_add(normal.base_extrinsic)
			.ref_time();

		let calls = budget / per_call;
		let awards = calls * u64::from(cohort);
		assert!(
			awards >= 10_000,
			"{awards} awards fit a block ({calls} calls of {cohort}); the target is 10,000"
		);
	}
}
