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
