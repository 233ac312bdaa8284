//! Genesis presets: the starting state of development and local test chains.
//!
//! The presets hold accounts, balances, consensus authorities and the sudo key. The node adds
//! the ESCO skills taxonomy on top when it builds a chain spec, because the taxonomy is data
//! that a consortium updates, not code compiled into the runtime.

use crate::{AccountId, BalancesConfig, RuntimeGenesisConfig, SudoConfig, UNIT};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance of every endowed account at genesis: one million LLC.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// A consortium university in the `local_testnet` preset: its name, and the development key
/// that stands for its validator and account.
pub struct University {
	/// Name shown in docs and logs.
	pub name: &'static str,
	/// Development key of the university's account and session keys.
	pub key: Sr25519Keyring,
	/// Development key of the university's GRANDPA session key.
	pub grandpa_key: Ed25519Keyring,
}

/// The four universities that run the `local_testnet` chain. Their names are invented; the keys
/// are the well-known development keys, so anyone can start their validators with
/// `--alice`, `--bob`, `--charlie` and `--dave`.
pub const LOCAL_TESTNET_UNIVERSITIES: [University; 4] = [
	University {
		name: "Northbridge University",
		key: Sr25519Keyring::Alice,
		grandpa_key: Ed25519Keyring::Alice,
	},
	University {
		name: "Lakeside Institute of Technology",
		key: Sr25519Keyring::Bob,
		grandpa_key: Ed25519Keyring::Bob,
	},
	University {
		name: "Old Harbour College",
		key: Sr25519Keyring::Charlie,
		grandpa_key: Ed25519Keyring::Charlie,
	},
	University {
		name: "Eastfield Open University",
		key: Sr25519Keyring::Dave,
		grandpa_key: Ed25519Keyring::Dave,
	},
];

fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	sudo_key: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.into_iter()
				.map(|account| (account, ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|(aura, _)| aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities
				.iter()
				.map(|(_, grandpa)| (grandpa.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo_key },
	})
}

/// The `development` preset: Alice is the only validator and the sudo key, and the usual
/// development accounts are endowed.
pub fn development_genesis() -> Value {
	genesis(
		vec![(Sr25519Keyring::Alice.public().into(), Ed25519Keyring::Alice.public().into())],
		Sr25519Keyring::iter().map(|key| key.to_account_id()).collect(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The `local_testnet` preset: the four universities of [`LOCAL_TESTNET_UNIVERSITIES`]
/// validate, and every development account is endowed.
pub fn local_testnet_genesis() -> Value {
	genesis(
		LOCAL_TESTNET_UNIVERSITIES
			.iter()
			.map(|university| {
				(university.key.public().into(), university.grandpa_key.public().into())
			})
			.collect(),
		Sr25519Keyring::iter().map(|key| key.to_account_id()).collect(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Returns the JSON patch of the preset named `id`, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// Names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
