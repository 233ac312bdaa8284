//! Genesis presets: the starting state of development and local test chains.
//!
//! The presets hold accounts, balances, the validators with their session keys, the
//! consortium, and the sudo key of development chains. The node adds the ESCO skills taxonomy
//! on top when it builds a chain spec, because the taxonomy is data that the consortium
//! updates, not code compiled into the runtime.

use crate::{
	AccountId, BalancesConfig, ConsortiumMembershipConfig, RecommendationsConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, ValidatorSetConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance of every endowed account at genesis: one million LLC.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// A consortium university in a preset: its name, and the development key that stands for its
/// account, its validator and its off-chain worker.
pub struct University {
	/// Name shown in docs and logs.
	pub name: &'static str,
	/// Development key of the university's account, Aura key and worker key.
	pub key: Sr25519Keyring,
	/// Development key of the university's GRANDPA key.
	pub grandpa_key: Ed25519Keyring,
}

/// The four universities of the `local_testnet` chain; the `development` chain has the first
/// three in its consortium and the first as its only validator. The names are invented; the
/// keys are the well-known development keys, so anyone can start the validators with
/// `--alice`, `--bob`, `--charlie` and `--dave`.
pub const UNIVERSITIES: [University; 4] = [
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

/// Session keys of a university's validator.
pub fn session_keys(university: &University) -> SessionKeys {
	SessionKeys {
		aura: university.key.public().into(),
		grandpa: university.grandpa_key.public().into(),
		recommendations: university.key.public().into(),
	}
}

fn genesis(
	validators: &[University],
	consortium: &[University],
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
		validator_set: ValidatorSetConfig {
			initial_validators: validators
				.iter()
				.map(|university| university.key.to_account_id())
				.collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|university| {
					let account = university.key.to_account_id();
					(account.clone(), account, session_keys(university))
				})
				.collect::<Vec<_>>(),
		},
		consortium_membership: ConsortiumMembershipConfig {
			members: consortium
				.iter()
				.map(|university| university.key.to_account_id())
				.collect::<Vec<_>>()
				.try_into()
				.unwrap_or_default(),
		},
		recommendations: RecommendationsConfig {
			worker_keys: validators
				.iter()
				.map(|university| university.key.public().into())
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo_key },
	})
}

fn development_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|key| key.to_account_id()).collect()
}

/// Returns the `development` preset. Alice is the only validator and the sudo key, Alice, Bob
/// and Charlie form the consortium, and the usual development accounts are endowed.
pub fn development_genesis() -> Value {
	genesis(
		&UNIVERSITIES[..1],
		&UNIVERSITIES[..3],
		development_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Returns the `local_testnet` preset: the four [`UNIVERSITIES`] validate and form the consortium.
/// There is no sudo key: every privileged change goes through a consortium vote.
pub fn local_testnet_genesis() -> Value {
	genesis(&UNIVERSITIES, &UNIVERSITIES, development_accounts(), None)
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
