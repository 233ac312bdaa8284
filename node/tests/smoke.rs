//! Starts `lifelong-node --dev` and checks that it authors, finalises, answers JSON-RPC and
//! stops cleanly.

mod common;

use common::{test_dir, Node};
use serde_json::json;
use std::time::Duration;

#[test]
fn dev_node_produces_and_finalises_blocks() {
	let dir = test_dir("smoke");
	let mut node = Node::start("dev", &dir, &["--dev"]);

	node.wait_for("block 3", Duration::from_secs(120), |node| {
		node.best_number().is_some_and(|number| number >= 3)
	});
	node.wait_for("a finalised block", Duration::from_secs(60), |node| {
		node.finalized_number().is_some_and(|number| number >= 1)
	});

	let health = node.rpc("system_health", json!([])).expect("system_health answers");
	assert_eq!(health["isSyncing"], json!(false), "health: {health}");
	assert_eq!(health["shouldHavePeers"], json!(false), "a dev chain needs no peers: {health}");

	let finalized = node.rpc("chain_getFinalizedHead", json!([])).expect("finalized head");
	let finalized = finalized.as_str().expect("the finalised head is a hex string");
	assert_eq!(finalized.len(), 66, "a 32-byte hash in hex: {finalized}");

	let chain = node.rpc("system_chain", json!([])).expect("system_chain answers");
	assert_eq!(chain, json!("Lifelong Development"));

	let status = node.stop();
	assert!(status.success(), "node exited with {status}; log tail:\n{}", node.log_tail(40));
}
