//! Broken ESCO files give the named [`ImportError`] with the file and line.

use lifelong_esco_import::{read_taxonomy, ImportError};
use std::path::PathBuf;

const SKILLS_HEADER: &str = "uri,label,skill_type,reuse_level,broader\n";
const OCCUPATIONS_HEADER: &str = "uri,label,isco_group,essential,optional\n";
const SKILL_A: &str = "http://data.europa.eu/esco/skill/a,skill a,knowledge,transversal,\n";
const SKILL_B: &str = "http://data.europa.eu/esco/skill/b,skill b,skill/competence,,0\n";
const OCCUPATION: &str = "http://data.europa.eu/esco/occupation/x,occupation x,2512,1,0\n";

/// Writes the three files into a fresh directory under the system temp dir.
fn write_dir(name: &str, version: &str, skills: &str, occupations: &str) -> PathBuf {
	let dir =
		std::env::temp_dir().join(format!("lifelong-esco-import-{}-{name}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("the temp dir is writable");
	std::fs::write(dir.join("VERSION"), version).expect("VERSION is writable");
	std::fs::write(dir.join("skills.csv"), skills).expect("skills.csv is writable");
	std::fs::write(dir.join("occupations.csv"), occupations).expect("occupations.csv is writable");
	dir
}

fn skills(rows: &[&str]) -> String {
	[SKILLS_HEADER].iter().chain(rows).copied().collect()
}

fn occupations(rows: &[&str]) -> String {
	[OCCUPATIONS_HEADER].iter().chain(rows).copied().collect()
}

/// Imports the given files and returns the error.
fn import_error(name: &str, skill_rows: &[&str], occupation_rows: &[&str]) -> ImportError {
	let dir = write_dir(name, "ESCO test\n", &skills(skill_rows), &occupations(occupation_rows));
	let result = read_taxonomy(&dir);
	let _ = std::fs::remove_dir_all(&dir);
	result.expect_err("the import fails")
}

/// Asserts an [`ImportError::InvalidValue`] in `file` at `line` and `column`.
fn assert_invalid(error: ImportError, file: &str, line: u64, column: &str) {
	match error {
		ImportError::InvalidValue { file: f, line: l, column: c, .. } => {
			assert!(f.ends_with(file), "file {f:?}");
			assert_eq!(l, line);
			assert_eq!(c, column);
		}
		other => panic!("expected InvalidValue, got {other}"),
	}
}

#[test]
fn read_taxonomy_works_on_valid_files() {
	let dir = write_dir(
		"valid",
		"ESCO test\n",
		&skills(&[SKILL_A, SKILL_B]),
		&occupations(&[OCCUPATION]),
	);
	let taxonomy = read_taxonomy(&dir).expect("the files are valid");
	let _ = std::fs::remove_dir_all(&dir);
	assert_eq!(taxonomy.version, "ESCO test");
	assert_eq!(taxonomy.skills.len(), 2);
	assert_eq!(taxonomy.skills[1].broader, vec![0]);
	assert_eq!(taxonomy.skills[1].reuse_level, None);
	assert_eq!(taxonomy.occupations[0].essential, vec![1]);
	assert_eq!(taxonomy.occupations[0].optional, vec![0]);
}

#[test]
fn read_taxonomy_fails_when_file_is_missing() {
	let dir = std::env::temp_dir().join("lifelong-esco-import-does-not-exist");
	match read_taxonomy(&dir) {
		Err(ImportError::Io { file, .. }) => assert!(file.ends_with("VERSION")),
		other => panic!("expected Io, got {other:?}"),
	}
}

#[test]
fn read_taxonomy_fails_when_version_is_empty() {
	let dir = write_dir("empty-version", "\n", &skills(&[SKILL_A]), &occupations(&[]));
	let error = read_taxonomy(&dir).expect_err("the import fails");
	let _ = std::fs::remove_dir_all(&dir);
	assert_invalid(error, "VERSION", 1, "version");
}

#[test]
fn read_taxonomy_fails_when_header_is_wrong() {
	let dir = write_dir("header", "ESCO test\n", "uri,label\nhttp://x/a,a\n", &occupations(&[]));
	let error = read_taxonomy(&dir).expect_err("the import fails");
	let _ = std::fs::remove_dir_all(&dir);
	assert!(matches!(error, ImportError::UnexpectedHeader { .. }), "got {error}");
}

#[test]
fn read_taxonomy_fails_when_row_has_wrong_field_count() {
	let error = import_error("fields", &[SKILL_A, "http://x/b,b\n"], &[]);
	assert!(matches!(error, ImportError::Csv { .. }), "got {error}");
}

#[test]
fn read_taxonomy_fails_when_skill_uri_repeats() {
	match import_error("dup-uri", &[SKILL_A, SKILL_A], &[]) {
		ImportError::DuplicateUri { line, first_line, uri, .. } => {
			assert_eq!((line, first_line), (3, 2));
			assert_eq!(uri, "http://data.europa.eu/esco/skill/a");
		}
		other => panic!("expected DuplicateUri, got {other}"),
	}
}

#[test]
fn read_taxonomy_fails_when_uri_is_invalid() {
	let error = import_error("bad-uri", &[SKILL_A, "not a uri,b,knowledge,,\n"], &[]);
	assert_invalid(error, "skills.csv", 3, "uri");
}

#[test]
fn read_taxonomy_fails_when_label_is_too_long() {
	let row = format!("http://x/long,{},knowledge,,\n", "l".repeat(129));
	let error = import_error("long-label", &[&row], &[]);
	assert_invalid(error, "skills.csv", 2, "label");
}

#[test]
fn read_taxonomy_fails_when_skill_type_is_unknown() {
	let error = import_error("type", &["http://x/a,a,competence,,\n"], &[]);
	assert_invalid(error, "skills.csv", 2, "skill_type");
}

#[test]
fn read_taxonomy_fails_when_reuse_level_is_unknown() {
	let error = import_error("reuse", &["http://x/a,a,knowledge,global,\n"], &[]);
	assert_invalid(error, "skills.csv", 2, "reuse_level");
}

#[test]
fn read_taxonomy_fails_when_broader_skill_is_unknown() {
	let error = import_error("broader", &[SKILL_A, "http://x/b,b,knowledge,,7\n"], &[]);
	assert_invalid(error, "skills.csv", 3, "broader");
}

#[test]
fn read_taxonomy_fails_when_skill_is_own_broader() {
	let error = import_error("self", &[SKILL_A, "http://x/b,b,knowledge,,1\n"], &[]);
	assert_invalid(error, "skills.csv", 3, "broader");
}

#[test]
fn read_taxonomy_fails_when_too_many_broader_skills() {
	let mut rows: Vec<String> =
		(0..17).map(|n| format!("http://x/{n},s{n},knowledge,,\n")).collect();
	let ids: Vec<String> = (0..17).map(|n| n.to_string()).collect();
	rows.push(format!("http://x/wide,wide,knowledge,,{}\n", ids.join(" ")));
	let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
	let error = import_error("wide", &rows, &[]);
	assert_invalid(error, "skills.csv", 19, "broader");
}

#[test]
fn read_taxonomy_fails_when_isco_group_is_invalid() {
	let error = import_error("isco", &[SKILL_A, SKILL_B], &["http://x/o,o,25a1,,\n"]);
	assert_invalid(error, "occupations.csv", 2, "isco_group");
}

#[test]
fn read_taxonomy_fails_when_occupation_skill_is_unknown() {
	let error = import_error("unknown-skill", &[SKILL_A, SKILL_B], &["http://x/o,o,2512,2,\n"]);
	assert_invalid(error, "occupations.csv", 2, "essential");
}

#[test]
fn read_taxonomy_fails_when_occupation_skill_repeats() {
	let error = import_error("repeat", &[SKILL_A, SKILL_B], &["http://x/o,o,2512,,1 1\n"]);
	assert_invalid(error, "occupations.csv", 2, "optional");
}

#[test]
fn read_taxonomy_fails_when_skill_is_essential_and_optional() {
	let error = import_error("overlap", &[SKILL_A, SKILL_B], &["http://x/o,o,2512,1,1\n"]);
	assert_invalid(error, "occupations.csv", 2, "optional");
}

#[test]
fn read_taxonomy_fails_when_occupation_uri_repeats() {
	let error = import_error("dup-occupation", &[SKILL_A, SKILL_B], &[OCCUPATION, OCCUPATION]);
	assert!(matches!(error, ImportError::DuplicateUri { line: 3, .. }), "got {error}");
}
