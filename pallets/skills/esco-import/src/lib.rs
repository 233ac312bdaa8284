//! # ESCO import
//!
//! Reads Lifelong's compact ESCO files (`data/esco/`, made by `scripts/esco_extract.py`) and
//! returns the skills pallet's genesis config as JSON, the value that goes under the runtime
//! genesis key `skills`. The node calls [`load_taxonomy`] when it builds a chain spec, so the
//! taxonomy is not compiled into the runtime.
//!
//! The files:
//!
//! - `VERSION`: one line naming the ESCO release, such as `ESCO v1.1.1`.
//! - `skills.csv`: `uri,label,skill_type,reuse_level,broader`. A skill's id is its data row
//!   index, from 0. `broader` contains space-separated skill ids.
//! - `occupations.csv`: `uri,label,isco_group,essential,optional`. An occupation's id is its
//!   data row index. `essential` and `optional` contain space-separated skill ids.
//!
//! Every row is checked with the rules of the skills pallet and against its suggested bounds
//! ([`pallet_skills::defaults`]), so that bad data gives an [`ImportError`] naming the file,
//! line and problem here, rather than a panic in the runtime's genesis build.

use pallet_skills::{
	defaults,
	validation::{label_is_well_formed, uri_is_well_formed, MAX_ISCO_GROUP},
	GenesisOccupation, GenesisSkill, ReuseLevel, SkillType,
};
use std::{
	collections::{BTreeSet, HashMap},
	fmt,
	path::{Path, PathBuf},
};

/// Environment variable that overrides [`default_data_dir`].
pub const DATA_DIR_ENV: &str = "LIFELONG_ESCO_DIR";

/// File naming the ESCO release.
pub const VERSION_FILE: &str = "VERSION";
/// File of skills.
pub const SKILLS_FILE: &str = "skills.csv";
/// File of occupations and their skills.
pub const OCCUPATIONS_FILE: &str = "occupations.csv";

const SKILL_COLUMNS: [&str; 5] = ["uri", "label", "skill_type", "reuse_level", "broader"];
const OCCUPATION_COLUMNS: [&str; 5] = ["uri", "label", "isco_group", "essential", "optional"];

/// Returns the directory of the compact ESCO files, the first of:
///
/// 1. `$LIFELONG_ESCO_DIR`, when set;
/// 2. `data/esco` in the current directory or the nearest parent that has one (with a
///    [`VERSION_FILE`]), so that a node started inside a checkout finds that checkout's data;
/// 3. the same search from `$CARGO_MANIFEST_DIR`, which Cargo sets when it runs a test;
/// 4. the `data/esco` of the checkout that the binary was built from.
pub fn default_data_dir() -> PathBuf {
	if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|dir| !dir.is_empty()) {
		return PathBuf::from(dir);
	}
	let starts =
		[std::env::current_dir().ok(), std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from)];
	for start in starts.into_iter().flatten() {
		for dir in start.ancestors() {
			let candidate = dir.join("data/esco");
			if candidate.join(VERSION_FILE).is_file() {
				return candidate;
			}
		}
	}
	PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../data/esco"))
}

/// Failure to import the ESCO files. Line numbers count from 1 and include the header.
#[derive(Debug)]
pub enum ImportError {
	/// A file could not be read.
	Io {
		/// The file.
		file: PathBuf,
		/// The underlying error.
		source: std::io::Error,
	},
	/// A file is not valid CSV, or a row has the wrong number of fields.
	Csv {
		/// The file.
		file: PathBuf,
		/// The underlying error, which carries the position.
		source: csv::Error,
	},
	/// A file's header row differs from the expected columns.
	UnexpectedHeader {
		/// The file.
		file: PathBuf,
		/// The expected columns, comma-separated.
		expected: String,
		/// The header row found.
		found: String,
	},
	/// A field contains a value that is not allowed in its column.
	InvalidValue {
		/// The file.
		file: PathBuf,
		/// Line of the row.
		line: u64,
		/// Column name.
		column: &'static str,
		/// The value found.
		value: String,
		/// Description of the problem.
		reason: String,
	},
	/// Two rows of a file have the same concept URI.
	DuplicateUri {
		/// The file.
		file: PathBuf,
		/// Line of the second row.
		line: u64,
		/// Line of the first row.
		first_line: u64,
		/// The repeated URI.
		uri: String,
	},
}

impl fmt::Display for ImportError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Io { file, source } => write!(f, "{}: cannot read: {source}", file.display()),
			Self::Csv { file, source } => write!(f, "{}: invalid CSV: {source}", file.display()),
			Self::UnexpectedHeader { file, expected, found } => write!(
				f,
				"{}: line 1: expected the header `{expected}`, found `{found}`",
				file.display()
			),
			Self::InvalidValue { file, line, column, value, reason } => write!(
				f,
				"{}: line {line}: invalid `{column}` value {value:?}: {reason}",
				file.display()
			),
			Self::DuplicateUri { file, line, first_line, uri } => write!(
				f,
				"{}: line {line}: URI {uri} repeats the row on line {first_line}",
				file.display()
			),
		}
	}
}

impl std::error::Error for ImportError {
	fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
		match self {
			Self::Io { source, .. } => Some(source),
			Self::Csv { source, .. } => Some(source),
			_ => None,
		}
	}
}

/// The skills pallet's genesis config, with the field names its JSON uses.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Taxonomy {
	/// ESCO release, such as `ESCO v1.1.1`.
	pub version: String,
	/// Skills, where a skill's id is its index.
	pub skills: Vec<GenesisSkill>,
	/// Occupations, where an occupation's id is its index.
	pub occupations: Vec<GenesisOccupation>,
}

/// Reads and checks the ESCO files in `dir`, and returns the skills pallet's genesis config
/// as JSON: `{"version": …, "skills": […], "occupations": […]}`.
pub fn load_taxonomy(dir: &Path) -> Result<serde_json::Value, ImportError> {
	let taxonomy = read_taxonomy(dir)?;
	Ok(serde_json::to_value(taxonomy).expect("the genesis types serialise to JSON; qed"))
}

/// Reads and checks the ESCO files in `dir`.
pub fn read_taxonomy(dir: &Path) -> Result<Taxonomy, ImportError> {
	let version = read_version(&dir.join(VERSION_FILE))?;
	let skills = read_skills(&dir.join(SKILLS_FILE))?;
	let occupations = read_occupations(&dir.join(OCCUPATIONS_FILE), skills.len())?;
	Ok(Taxonomy { version, skills, occupations })
}

fn read_version(file: &Path) -> Result<String, ImportError> {
	let text = std::fs::read_to_string(file)
		.map_err(|source| ImportError::Io { file: file.to_path_buf(), source })?;
	let version = text.trim().to_string();
	let reason = if version.is_empty() {
		Some("the version is empty".to_string())
	} else if version.len() > defaults::MAX_VERSION_LEN as usize {
		Some(format!("longer than {} bytes", defaults::MAX_VERSION_LEN))
	} else {
		None
	};
	match reason {
		Some(reason) => Err(ImportError::InvalidValue {
			file: file.to_path_buf(),
			line: 1,
			column: "version",
			value: version,
			reason,
		}),
		None => Ok(version),
	}
}

/// A CSV row with its line number.
struct Row {
	line: u64,
	fields: csv::StringRecord,
}

impl Row {
	/// Returns field `index`. The reader has checked the field count, so it exists.
	fn get(&self, index: usize) -> &str {
		self.fields.get(index).unwrap_or_default()
	}
}

/// Reads a CSV file after checking its header, and returns its data rows.
fn read_rows(file: &Path, columns: &[&str]) -> Result<Vec<Row>, ImportError> {
	let csv_error = |source| ImportError::Csv { file: file.to_path_buf(), source };
	let mut reader =
		csv::ReaderBuilder::new().from_path(file).map_err(|source| match source.into_kind() {
			csv::ErrorKind::Io(source) => ImportError::Io { file: file.to_path_buf(), source },
			kind => ImportError::InvalidValue {
				file: file.to_path_buf(),
				line: 1,
				column: "header",
				value: String::new(),
				reason: format!("{kind:?}"),
			},
		})?;
	let header = reader.headers().map_err(csv_error)?.clone();
	if header.iter().ne(columns.iter().copied()) {
		return Err(ImportError::UnexpectedHeader {
			file: file.to_path_buf(),
			expected: columns.join(","),
			found: header.iter().collect::<Vec<_>>().join(","),
		});
	}
	let mut rows = Vec::new();
	for record in reader.records() {
		let fields = record.map_err(csv_error)?;
		let line = fields.position().map_or(0, |position| position.line());
		rows.push(Row { line, fields });
	}
	Ok(rows)
}

/// Builds [`ImportError::InvalidValue`] for `row`.
fn invalid(
	file: &Path,
	row: &Row,
	column: &'static str,
	value: &str,
	reason: String,
) -> ImportError {
	ImportError::InvalidValue {
		file: file.to_path_buf(),
		line: row.line,
		column,
		value: value.to_string(),
		reason,
	}
}

/// Checks a concept URI and records it, rejecting a repeat within the file.
fn check_uri<'a>(
	file: &Path,
	row: &'a Row,
	seen: &mut HashMap<&'a str, u64>,
) -> Result<String, ImportError> {
	let uri = row.get(0);
	if uri.len() > defaults::MAX_URI_LEN as usize {
		let reason = format!("longer than {} bytes", defaults::MAX_URI_LEN);
		return Err(invalid(file, row, "uri", uri, reason));
	}
	if !uri_is_well_formed(uri.as_bytes()) {
		let reason = "expected printable ASCII with an http:// or https:// scheme".to_string();
		return Err(invalid(file, row, "uri", uri, reason));
	}
	if let Some(&first_line) = seen.get(uri) {
		return Err(ImportError::DuplicateUri {
			file: file.to_path_buf(),
			line: row.line,
			first_line,
			uri: uri.to_string(),
		});
	}
	seen.insert(uri, row.line);
	Ok(uri.to_string())
}

fn check_label(file: &Path, row: &Row) -> Result<String, ImportError> {
	let label = row.get(1);
	if label.len() > defaults::MAX_LABEL_LEN as usize {
		let reason = format!("longer than {} bytes", defaults::MAX_LABEL_LEN);
		return Err(invalid(file, row, "label", label, reason));
	}
	if !label_is_well_formed(label.as_bytes()) {
		let reason = "expected non-empty text without control characters".to_string();
		return Err(invalid(file, row, "label", label, reason));
	}
	Ok(label.to_string())
}

/// Parses a space-separated list of skill ids: each below `skill_count`, none twice, at most
/// `max` of them.
fn parse_ids(
	file: &Path,
	row: &Row,
	(index, column): (usize, &'static str),
	skill_count: usize,
	max: u32,
) -> Result<Vec<u32>, ImportError> {
	let text = row.get(index);
	let mut ids = Vec::new();
	let mut seen = BTreeSet::new();
	for part in text.split_whitespace() {
		let id: u32 = part
			.parse()
			.map_err(|_| invalid(file, row, column, text, format!("{part:?} is not a skill id")))?;
		if id as usize >= skill_count {
			let reason = format!("skill id {id} is not below the {skill_count} skills");
			return Err(invalid(file, row, column, text, reason));
		}
		if !seen.insert(id) {
			return Err(invalid(file, row, column, text, format!("skill id {id} repeats")));
		}
		ids.push(id);
	}
	if ids.len() > max as usize {
		let reason = format!("{} skill ids, more than the maximum of {max}", ids.len());
		return Err(invalid(file, row, column, text, reason));
	}
	Ok(ids)
}

fn read_skills(file: &Path) -> Result<Vec<GenesisSkill>, ImportError> {
	let rows = read_rows(file, &SKILL_COLUMNS)?;
	let mut seen = HashMap::new();
	let mut skills = Vec::with_capacity(rows.len());
	for (id, row) in rows.iter().enumerate() {
		let uri = check_uri(file, row, &mut seen)?;
		let label = check_label(file, row)?;
		let skill_type = match row.get(2) {
			"knowledge" => Some(SkillType::Knowledge),
			"skill/competence" => Some(SkillType::SkillCompetence),
			"" => None,
			other => {
				let reason = "expected `knowledge`, `skill/competence` or empty".to_string();
				return Err(invalid(file, row, "skill_type", other, reason));
			}
		};
		let reuse_level = match row.get(3) {
			"transversal" => Some(ReuseLevel::Transversal),
			"cross-sector" => Some(ReuseLevel::CrossSector),
			"sector-specific" => Some(ReuseLevel::SectorSpecific),
			"occupation-specific" => Some(ReuseLevel::OccupationSpecific),
			"" => None,
			other => {
				let reason = "expected `transversal`, `cross-sector`, `sector-specific`, \
				              `occupation-specific` or empty"
					.to_string();
				return Err(invalid(file, row, "reuse_level", other, reason));
			}
		};
		let broader =
			parse_ids(file, row, (4, "broader"), rows.len(), defaults::MAX_BROADER_SKILLS)?;
		if broader.iter().any(|&broader_id| broader_id as usize == id) {
			let reason = format!("skill {id} names itself as a broader skill");
			return Err(invalid(file, row, "broader", row.get(4), reason));
		}
		skills.push(GenesisSkill { uri, label, skill_type, reuse_level, broader });
	}
	if u32::try_from(skills.len()).is_err() {
		return Err(ImportError::InvalidValue {
			file: file.to_path_buf(),
			line: 0,
			column: "uri",
			value: String::new(),
			reason: format!("{} skills exceed the u32 id space", skills.len()),
		});
	}
	Ok(skills)
}

fn read_occupations(
	file: &Path,
	skill_count: usize,
) -> Result<Vec<GenesisOccupation>, ImportError> {
	let rows = read_rows(file, &OCCUPATION_COLUMNS)?;
	let mut seen = HashMap::new();
	let mut occupations = Vec::with_capacity(rows.len());
	for row in &rows {
		let uri = check_uri(file, row, &mut seen)?;
		let label = check_label(file, row)?;
		let isco_text = row.get(2);
		let isco_group = isco_text
			.parse::<u16>()
			.ok()
			.filter(|group| *group <= MAX_ISCO_GROUP && (1..=4).contains(&isco_text.len()))
			.ok_or_else(|| {
				let reason = "expected an ISCO-08 unit group of one to four digits".to_string();
				invalid(file, row, "isco_group", isco_text, reason)
			})?;
		let essential =
			parse_ids(file, row, (3, "essential"), skill_count, defaults::MAX_ESSENTIAL_SKILLS)?;
		let optional =
			parse_ids(file, row, (4, "optional"), skill_count, defaults::MAX_OPTIONAL_SKILLS)?;
		if let Some(both) = optional.iter().find(|skill| essential.contains(skill)) {
			let reason = format!("skill id {both} is also essential");
			return Err(invalid(file, row, "optional", row.get(4), reason));
		}
		occupations.push(GenesisOccupation { uri, label, isco_group, essential, optional });
	}
	Ok(occupations)
}
