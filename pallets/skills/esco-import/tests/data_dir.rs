//! Where the node looks for the ESCO files. One test in its own process, because it changes
//! the current directory and the environment.

use lifelong_esco_import::{default_data_dir, DATA_DIR_ENV, VERSION_FILE};
use std::path::PathBuf;

#[test]
fn data_dir_search_order() {
	let scratch = std::env::temp_dir().join(format!("lifelong-esco-dir-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&scratch);
	std::fs::create_dir_all(&scratch).expect("temporary directory");
	std::env::set_current_dir(&scratch).expect("enter the temporary directory");
	std::env::remove_var(DATA_DIR_ENV);

	// Nothing here or above: the checkout that Cargo runs the test in.
	let from_cargo = default_data_dir();
	assert!(
		from_cargo.join(VERSION_FILE).is_file(),
		"{} has no {VERSION_FILE}",
		from_cargo.display()
	);

	// A checkout around the current directory wins, found from a subdirectory too.
	let data = scratch.join("data/esco");
	std::fs::create_dir_all(&data).expect("data/esco");
	std::fs::write(data.join(VERSION_FILE), "v1.1.1\n").expect("VERSION");
	std::fs::create_dir_all(scratch.join("node")).expect("node");
	std::env::set_current_dir(scratch.join("node")).expect("enter node");
	assert_eq!(default_data_dir(), data);

	// The environment wins over both; an empty value counts as unset.
	std::env::set_var(DATA_DIR_ENV, "/elsewhere/esco");
	assert_eq!(default_data_dir(), PathBuf::from("/elsewhere/esco"));
	std::env::set_var(DATA_DIR_ENV, "");
	assert_eq!(default_data_dir(), data);

	std::env::remove_var(DATA_DIR_ENV);
	let _ = std::fs::remove_dir_all(&scratch);
}
