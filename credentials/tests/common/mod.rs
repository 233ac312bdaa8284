//! Helpers shared by the integration tests.

#![allow(dead_code, clippy::panic)]

use std::path::{Path, PathBuf};

use lifelong_credentials::{extract_credential, CredentialError, ExtractedCredential};

/// Directory of this crate in the checkout that runs the tests. Cargo sets
/// `CARGO_MANIFEST_DIR` when it runs a test, and the value it had at build time may name
/// another checkout that shares the target directory.
pub fn crate_dir() -> PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map(PathBuf::from)
		.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// Root of the copied 1EdTech validator fixtures.
pub fn fixtures_root() -> PathBuf {
	crate_dir().join("test-data/validator-fixtures")
}

/// Reads a fixture by its path under `inspector-vc/src/test/resources/`.
pub fn read_vc_fixture(relative: &str) -> Vec<u8> {
	let path = fixtures_root().join("inspector-vc/src/test/resources").join(relative);
	std::fs::read(&path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

/// Extracts a fixture that must yield a credential.
pub fn extract_vc_fixture(relative: &str) -> ExtractedCredential {
	extract_credential(&read_vc_fixture(relative))
		.unwrap_or_else(|error| panic!("{relative} should yield a credential: {error}"))
}

/// Short name of an extraction outcome: `V2 Json`, `V3 Png`, or the error variant's name.
pub fn outcome(result: &Result<ExtractedCredential, CredentialError>) -> String {
	match result {
		Ok(credential) => format!("{:?} {:?}", credential.version, credential.source),
		Err(error) => {
			let debug = format!("{error:?}");
			debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_owned()
		}
	}
}

/// Lists every data file under `root`, as paths relative to it with `/` separators, sorted.
pub fn data_files(root: &Path) -> Vec<String> {
	let mut files = Vec::new();
	let mut pending = vec![root.to_path_buf()];
	while let Some(directory) = pending.pop() {
		for entry in std::fs::read_dir(&directory).expect("fixture folder is readable") {
			let path = entry.expect("directory entry is readable").path();
			if path.is_dir() {
				pending.push(path);
				continue;
			}
			let relative = path.strip_prefix(root).expect("path is under root");
			let relative = relative.to_string_lossy().replace('\\', "/");
			if !matches!(relative.as_str(), "LICENSE" | "SOURCE.md" | "README.upstream.md") {
				files.push(relative);
			}
		}
	}
	files.sort();
	files
}
