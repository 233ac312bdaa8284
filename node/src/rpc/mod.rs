//! The node's JSON-RPC methods beyond the standard `system`, `chain`, `state` and `author`
//! ones that `sc-service` adds.

pub mod lifelong;

use std::sync::Arc;

use jsonrpsee::RpcModule;
use lifelong_runtime::{opaque::Block, AccountId, Balance, Nonce};
use polkadot_sdk::*;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// Dependencies of the RPC methods.
pub struct FullDeps<C, P> {
	/// Client to read chain state and call runtime APIs.
	pub client: Arc<C>,
	/// Transaction pool, for account nonces that count pending transactions.
	pub pool: Arc<P>,
	/// Name of the chain, which exported credentials carry.
	pub chain_name: String,
}

/// Builds the RPC module: account nonces (`system_accountNextIndex`, `system_dryRun`), fee
/// queries (`payment_queryInfo`, `payment_queryFeeDetails`) and the `lifelong_*` methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_skills_runtime_api::SkillsApi<Block>
		+ pallet_badges_runtime_api::BadgesApi<Block, AccountId, lifelong_runtime::Moment>
		+ pallet_recommendations_runtime_api::RecommendationsApi<Block, AccountId>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, chain_name } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(lifelong::LifelongApiServer::into_rpc(lifelong::Lifelong::new(
		client, chain_name,
	)))?;

	Ok(module)
}
