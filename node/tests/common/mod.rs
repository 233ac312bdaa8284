//! Starts `lifelong-node` processes on loopback and talks JSON-RPC to them over HTTP.

#![allow(dead_code)]

use std::{
	fs,
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::PathBuf,
	process::{Child, Command, ExitStatus, Stdio},
	thread,
	time::{Duration, Instant},
};

use serde_json::{json, Value};

/// A free TCP port on loopback. The listener closes before the node binds it, so another
/// process could take it in between; tests accept that small race.
pub fn free_port() -> u16 {
	let listener = TcpListener::bind("127.0.0.1:0").expect("binding port 0 on loopback succeeds");
	listener.local_addr().expect("a bound listener has an address").port()
}

/// A running node: its process, its ports and the file its log goes to.
pub struct Node {
	pub name: String,
	pub child: Option<Child>,
	pub rpc_port: u16,
	pub p2p_port: u16,
	pub prometheus_port: u16,
	pub base_path: PathBuf,
	pub log_path: PathBuf,
}

/// Directory for one test's node data, under cargo's temporary directory for tests.
pub fn test_dir(test: &str) -> PathBuf {
	let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
		.join(format!("lifelong-{test}-{}", std::process::id()));
	let _ = fs::remove_dir_all(&dir);
	fs::create_dir_all(&dir).expect("the test directory can be created");
	dir
}

impl Node {
	/// Starts `lifelong-node` with `args` plus loopback-only ports of its own.
	pub fn start(name: &str, dir: &PathBuf, args: &[&str]) -> Node {
		let rpc_port = free_port();
		let p2p_port = free_port();
		let prometheus_port = free_port();
		let base_path = dir.join(name);
		let log_path = dir.join(format!("{name}.log"));
		let log = fs::File::create(&log_path).expect("the log file can be created");
		let child = Command::new(env!("CARGO_BIN_EXE_lifelong-node"))
			.args(args)
			.arg("--base-path")
			.arg(&base_path)
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.args(["--prometheus-port", &prometheus_port.to_string()])
			.args(["--no-telemetry", "--no-mdns", "--rpc-cors", "all"])
			.stdout(Stdio::null())
			.stderr(log)
			.spawn()
			.expect("lifelong-node starts");
		Node {
			name: name.to_string(),
			child: Some(child),
			rpc_port,
			p2p_port,
			prometheus_port,
			base_path,
			log_path,
		}
	}

	/// Returns the last `lines` lines of the node's log.
	pub fn log_tail(&self, lines: usize) -> String {
		let log = fs::read_to_string(&self.log_path).unwrap_or_default();
		let all: Vec<&str> = log.lines().collect();
		all[all.len().saturating_sub(lines)..].join("\n")
	}

	/// Calls a JSON-RPC method; returns the `result`, or the `error` object as `Err`.
	pub fn rpc(&self, method: &str, params: Value) -> Result<Value, String> {
		rpc_call(self.rpc_port, method, params)
	}

	/// Returns the number of the best block, if the node responds.
	pub fn best_number(&self) -> Option<u64> {
		let header = self.rpc("chain_getHeader", json!([])).ok()?;
		hex_number(header.get("number")?)
	}

	/// Returns the number of the last finalised block, if the node responds.
	pub fn finalized_number(&self) -> Option<u64> {
		let hash = self.rpc("chain_getFinalizedHead", json!([])).ok()?;
		let header = self.rpc("chain_getHeader", json!([hash])).ok()?;
		hex_number(header.get("number")?)
	}

	/// Waits until `condition` holds, failing with the node's log tail after `timeout`.
	pub fn wait_for(&mut self, what: &str, timeout: Duration, condition: impl Fn(&Node) -> bool) {
		let started = Instant::now();
		while started.elapsed() < timeout {
			if condition(self) {
				return;
			}
			if let Some(child) = self.child.as_mut() {
				if let Ok(Some(status)) = child.try_wait() {
					panic!(
						"node {} exited with {status} while waiting for {what}; log tail:\n{}",
						self.name,
						self.log_tail(60)
					);
				}
			}
			thread::sleep(Duration::from_millis(500));
		}
		panic!(
			"node {} timed out after {timeout:?} waiting for {what}; log tail:\n{}",
			self.name,
			self.log_tail(60)
		);
	}

	/// Sends SIGTERM and waits for the process to exit; returns its exit status.
	pub fn stop(&mut self) -> ExitStatus {
		let mut child = self.child.take().expect("the node is running");
		let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
		let started = Instant::now();
		loop {
			if let Ok(Some(status)) = child.try_wait() {
				return status;
			}
			if started.elapsed() > Duration::from_secs(30) {
				let _ = child.kill();
				panic!(
					"node {} did not exit within 30 s of SIGTERM; log tail:\n{}",
					self.name,
					self.log_tail(60)
				);
			}
			thread::sleep(Duration::from_millis(200));
		}
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// Parses a JSON-RPC hex quantity such as `"0x1a"`.
pub fn hex_number(value: &Value) -> Option<u64> {
	u64::from_str_radix(value.as_str()?.trim_start_matches("0x"), 16).ok()
}

/// Sends one JSON-RPC request over HTTP/1.1 to the node on `port`.
pub fn rpc_call(port: u16, method: &str, params: Value) -> Result<Value, String> {
	let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }).to_string();
	let mut stream =
		TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connect failed: {e}"))?;
	stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
	let request = format!(
		"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	);
	stream.write_all(request.as_bytes()).map_err(|e| format!("write failed: {e}"))?;
	let mut response = String::new();
	stream.read_to_string(&mut response).map_err(|e| format!("read failed: {e}"))?;
	let (_, payload) =
		response.split_once("\r\n\r\n").ok_or_else(|| format!("no HTTP body in {response:?}"))?;
	let value: Value =
		serde_json::from_str(payload).map_err(|e| format!("invalid JSON {payload:?}: {e}"))?;
	if let Some(error) = value.get("error") {
		return Err(error.to_string());
	}
	value.get("result").cloned().ok_or_else(|| format!("no result in {value}"))
}
