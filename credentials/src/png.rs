//! Baked PNG images: the credential sits in a `tEXt`, `zTXt` or `iTXt` chunk.

use crate::CredentialError;

/// The eight bytes that start every PNG file.
pub(crate) const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

/// Text chunk keywords that carry a baked credential: `openbadges` for Open Badges 2.0 and
/// `openbadgecredential` for Open Badges 3.0.
const KEYWORDS: [&[u8]; 2] = [b"openbadges", b"openbadgecredential"];

/// Upper bound on an inflated credential, so a small compressed chunk cannot expand into
/// gigabytes of memory. Real baked credentials are a few kilobytes.
pub(crate) const MAX_INFLATED_LEN: usize = 1 << 20;

/// Returns the text of the first baked-credential chunk, or `None` when the image has none.
///
/// Chunk CRCs are not checked: a damaged payload still fails to parse as a credential, and its
/// hash would not match the chain.
pub(crate) fn baked_text(bytes: &[u8]) -> Result<Option<String>, CredentialError> {
	let mut rest =
		bytes.strip_prefix(SIGNATURE.as_slice()).ok_or_else(|| invalid("missing PNG signature"))?;
	while !rest.is_empty() {
		let (length, after_length) = split(rest, 4, "chunk length")?;
		let length = u32::from_be_bytes(to_array(length)?);
		let length = usize::try_from(length).map_err(|_| invalid("chunk length too large"))?;
		let (kind, after_kind) = split(after_length, 4, "chunk type")?;
		let (data, after_data) = split(after_kind, length, "chunk data")?;
		let (_crc, after_crc) = split(after_data, 4, "chunk CRC")?;
		rest = after_crc;

		let text = match kind {
			b"tEXt" => read_text_chunk(data),
			b"zTXt" => read_compressed_text_chunk(data)?,
			b"iTXt" => read_international_text_chunk(data)?,
			b"IEND" => break,
			_ => None,
		};
		if text.is_some() {
			return Ok(text);
		}
	}
	Ok(None)
}

/// Splits a text chunk at its keyword's NUL and returns the rest when the keyword is one of
/// [`KEYWORDS`].
fn after_badge_keyword(data: &[u8]) -> Option<&[u8]> {
	let nul = data.iter().position(|&byte| byte == 0)?;
	let (keyword, rest) = data.split_at(nul);
	if KEYWORDS.contains(&keyword) {
		rest.get(1..)
	} else {
		None
	}
}

/// `tEXt`: keyword, NUL, Latin-1 text.
fn read_text_chunk(data: &[u8]) -> Option<String> {
	after_badge_keyword(data).map(|text| text.iter().map(|&byte| char::from(byte)).collect())
}

/// `zTXt`: keyword, NUL, compression method (0 = zlib), zlib-compressed Latin-1 text.
fn read_compressed_text_chunk(data: &[u8]) -> Result<Option<String>, CredentialError> {
	let Some(rest) = after_badge_keyword(data) else { return Ok(None) };
	let (method, compressed) = split(rest, 1, "zTXt compression method")?;
	if method != [0] {
		return Err(invalid("zTXt chunk uses an unknown compression method"));
	}
	let text = inflate(compressed)?;
	Ok(Some(text.iter().map(|&byte| char::from(byte)).collect()))
}

/// `iTXt`: keyword, NUL, compression flag, compression method, language tag, NUL, translated
/// keyword, NUL, UTF-8 text (zlib-compressed when the flag is 1).
fn read_international_text_chunk(data: &[u8]) -> Result<Option<String>, CredentialError> {
	let Some(rest) = after_badge_keyword(data) else { return Ok(None) };
	let (flags, rest) = split(rest, 2, "iTXt compression fields")?;
	let (_, rest) = skip_past_nul(rest, "iTXt language tag")?;
	let (_, text) = skip_past_nul(rest, "iTXt translated keyword")?;
	let text = match flags {
		[0, _] => text.to_vec(),
		[1, 0] => inflate(text)?,
		_ => return Err(invalid("iTXt chunk uses an unknown compression flag or method")),
	};
	String::from_utf8(text).map(Some).map_err(|_| invalid("iTXt text is not valid UTF-8"))
}

fn inflate(compressed: &[u8]) -> Result<Vec<u8>, CredentialError> {
	miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(compressed, MAX_INFLATED_LEN).map_err(
		|error| match error.status {
			miniz_oxide::inflate::TINFLStatus::HasMoreOutput => invalid(
				"compressed text chunk inflates past the 1 MiB limit for a baked credential",
			),
			_ => invalid("compressed text chunk is not valid zlib data"),
		},
	)
}

fn skip_past_nul<'a>(data: &'a [u8], field: &str) -> Result<(&'a [u8], &'a [u8]), CredentialError> {
	let nul = data
		.iter()
		.position(|&byte| byte == 0)
		.ok_or_else(|| invalid(&format!("{field} is not NUL-terminated")))?;
	let (field_bytes, rest) = data.split_at(nul);
	Ok((field_bytes, rest.get(1..).unwrap_or_default()))
}

fn split<'a>(
	data: &'a [u8],
	at: usize,
	field: &str,
) -> Result<(&'a [u8], &'a [u8]), CredentialError> {
	data.split_at_checked(at).ok_or_else(|| invalid(&format!("file ends inside the {field}")))
}

fn to_array(bytes: &[u8]) -> Result<[u8; 4], CredentialError> {
	bytes.try_into().map_err(|_| invalid("chunk length is not 4 bytes"))
}

fn invalid(reason: &str) -> CredentialError {
	CredentialError::InvalidPng { reason: reason.to_owned() }
}
