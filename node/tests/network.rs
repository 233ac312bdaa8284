//! Runs the four validators of the `local_testnet` chain as four processes on loopback and
//! checks that they peer, author, finalise and agree on the finalised chain.

mod common;

use common::{test_dir, Node};
use serde_json::json;
use std::time::Duration;

/// Node key of the first validator, so the others can name it as their bootnode.
const BOOTNODE_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";
/// Peer id that [`BOOTNODE_KEY`] yields.
const BOOTNODE_PEER_ID: &str = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

#[test]
fn four_universities_finalise_the_same_chain() {
	let dir = test_dir("network");
	let mut nodes = vec![Node::start(
		"alice",
		&dir,
		&["--chain", "local", "--alice", "--node-key", BOOTNODE_KEY],
	)];
	let bootnode = format!("/ip4/127.0.0.1/tcp/{}/p2p/{BOOTNODE_PEER_ID}", nodes[0].p2p_port);
	// A validator of a non-development chain needs a network key that persists; each node gets
	// a fixed one of its own.
	for (index, validator) in ["bob", "charlie", "dave"].into_iter().enumerate() {
		let flag = format!("--{validator}");
		let node_key = format!("{:064x}", index + 2);
		nodes.push(Node::start(
			validator,
			&dir,
			&["--chain", "local", &flag, "--node-key", &node_key, "--bootnodes", &bootnode],
		));
	}

	for node in nodes.iter_mut() {
		node.wait_for("three peers", Duration::from_secs(120), |node| {
			node.rpc("system_health", json!([]))
				.ok()
				.and_then(|health| health["peers"].as_u64())
				.is_some_and(|peers| peers >= 3)
		});
	}
	for node in nodes.iter_mut() {
		node.wait_for("finalised block 3", Duration::from_secs(180), |node| {
			node.finalized_number().is_some_and(|number| number >= 3)
		});
	}

	// Every validator has finalised block 3 at least, so all must agree on its hash.
	let hashes: Vec<String> = nodes
		.iter()
		.map(|node| {
			node.rpc("chain_getBlockHash", json!([3]))
				.expect("chain_getBlockHash answers")
				.as_str()
				.expect("a block hash is a string")
				.to_string()
		})
		.collect();
	for (node, hash) in nodes.iter().zip(&hashes) {
		assert_eq!(hash, &hashes[0], "{} finalised a different block 3", node.name);
	}

	// Blocks come from more than one author: Aura rotates the slot among the four.
	let authorities = nodes[0]
		.rpc("state_call", json!(["AuraApi_authorities", "0x"]))
		.expect("AuraApi_authorities answers");
	// SCALE: a compact length prefix (4 << 2 = 0x10) then four 32-byte keys.
	assert_eq!(authorities.as_str().map(str::len), Some(2 + 2 + 4 * 64));

	for node in nodes.iter_mut() {
		let status = node.stop();
		assert!(status.success(), "{} exited with {status}", node.name);
	}
}
