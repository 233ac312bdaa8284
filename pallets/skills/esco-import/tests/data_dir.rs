//! Where the node looks for the ESCO files. One test in its own process, because it changes
//! the current directory and the environment.

use lifelong_esco_import::{default_data_dir, DATA_DIR_ENV, VERSION_FILE};
use std::path::PathBuf;

#[test]
fn data_dir_prefers_env_then_current_checkout_then_build_checkout() {
	let scratch = std::env::temp_dir().join(format!("lifelong-esco-dir-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&scratch);
	std::fs::create_dir_all(&scratch).expect("temporary directory");
	std::env::set_current_dir(&scratch).expect("enter the temporary directory");
	std::env::remove_var(DATA_DIR_ENV);

	// Nothing here: the checkout the binary was built from.
	let built = default_data_dir();
	assert!(built.join(VERSION_FILE).is_file(), "{} has no {VERSION_FILE}", built.display());

	// A checkout in the current directory wins over the build checkout.
	std::fs::create_dir_all(scratch.join("data/esco")).expect("data/esco");
	std::fs::write(scratch.join("data/esco").join(VERSION_FILE), "v1.1.1\n").expect("VERSION");
	assert_eq!(default_data_dir(), PathBuf::from("data/esco"));

	// The environment wins over both; an empty value counts as unset.
	std::env::set_var(DATA_DIR_ENV, "/elsewhere/esco");
	assert_eq!(default_data_dir(), PathBuf::from("/elsewhere/esco"));
	std::env::set_var(DATA_DIR_ENV, "");
	assert_eq!(default_data_dir(), PathBuf::from("data/esco"));

	std::env::remove_var(DATA_DIR_ENV);
	let _ = std::fs::remove_dir_all(&scratch);
}
