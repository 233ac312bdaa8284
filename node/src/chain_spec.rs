//! Chain specs built from the runtime's genesis presets plus the ESCO taxonomy.
//!
//! The runtime's presets hold accounts and authorities. The taxonomy (13,896 skills and 3,007
//! occupations of ESCO v1.1.1) is data, not code: the node reads it from the compact CSV files
//! in `data/esco` (or the directory in `LIFELONG_ESCO_DIR`) and merges it into the preset as
//! the `skills` pallet's genesis config.

use lifelong_runtime::WASM_BINARY;
use polkadot_sdk::*;
use sc_service::ChainType;

/// A chain spec of the Lifelong runtime.
pub type ChainSpec = sc_service::GenericChainSpec;

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime's wasm binary is missing: build the node without SKIP_WASM_BUILD".to_string()
	})
}

fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), "LLC".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

/// Returns the runtime's preset `preset` with the ESCO taxonomy merged in.
fn genesis_with_taxonomy(code: &[u8], preset: &str) -> Result<serde_json::Value, String> {
	let caller =
		sc_chain_spec::GenesisConfigBuilderRuntimeCaller::<sp_io::SubstrateHostFunctions>::new(
			code,
		);
	let mut genesis = caller
		.get_named_preset(Some(&preset.to_string()))
		.map_err(|error| format!("the runtime has no usable preset {preset:?}: {error}"))?;

	let esco_dir = lifelong_esco_import::default_data_dir();
	let taxonomy = lifelong_esco_import::load_taxonomy(&esco_dir).map_err(|error| {
		format!(
			"cannot load the ESCO taxonomy from {}: {error}. Set LIFELONG_ESCO_DIR to the \
			 directory that holds skills.csv and occupations.csv.",
			esco_dir.display()
		)
	})?;
	sc_chain_spec::json_merge(&mut genesis, serde_json::json!({ "skills": taxonomy }));
	Ok(genesis)
}

fn chain_spec(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let code = wasm_binary()?;
	Ok(ChainSpec::builder(code, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_properties(properties())
		.with_genesis_config_patch(genesis_with_taxonomy(code, preset)?)
		.build())
}

/// Returns the spec of `--dev`: one validator, Alice, who is also the sudo key.
pub fn development() -> Result<ChainSpec, String> {
	chain_spec(
		"Lifelong Development",
		"lifelong_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// Returns the spec of `--chain local`: four consortium universities as validators.
pub fn local_testnet() -> Result<ChainSpec, String> {
	chain_spec(
		"Lifelong Local Testnet",
		"lifelong_local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}
