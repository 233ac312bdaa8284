//! Baked SVG images: the credential sits in an `<openbadges:assertion>` (Open Badges 2.0) or
//! `<openbadges:credential>` (Open Badges 3.0) element.
//!
//! This is a small scanner, not an XML parser: it finds the first such element and reads its
//! `verify` attribute and its text or CDATA content. Both baking specifications fix the
//! `openbadges` namespace prefix, so other prefixes are not recognised.

/// Element names that carry a baked credential.
const ELEMENTS: [&str; 2] = ["openbadges:assertion", "openbadges:credential"];

/// Payload of a baked element. Both fields are trimmed and `None` when empty.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct BakedElement {
	/// The `verify` attribute: a hosted assertion URL or a compact JWS.
	pub verify: Option<String>,
	/// The element's content: usually the credential JSON inside a CDATA section.
	pub content: Option<String>,
}

/// Returns the first baked-credential element of `svg`, or `None` when it has none.
pub(crate) fn baked_element(svg: &str) -> Option<BakedElement> {
	let (name, after_name) = find_element_start(svg)?;
	let (verify, after_tag, self_closing) = read_attributes(after_name);
	let content = if self_closing {
		None
	} else {
		let closing = format!("</{name}");
		let end = after_tag.find(&closing).unwrap_or(after_tag.len());
		after_tag.get(..end).map(read_content)
	};
	Some(BakedElement { verify: non_empty(verify), content: non_empty(content) })
}

/// Finds `<openbadges:assertion` or `<openbadges:credential` followed by whitespace, `>` or
/// `/`, and returns the element name and the text after it.
fn find_element_start(svg: &str) -> Option<(&'static str, &str)> {
	let mut search_from = 0;
	while let Some(offset) = svg.get(search_from..)?.find("<openbadges:") {
		let start = search_from.saturating_add(offset).saturating_add(1);
		let after_lt = svg.get(start..)?;
		for name in ELEMENTS {
			if let Some(after_name) = after_lt.strip_prefix(name) {
				if after_name.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
					return Some((name, after_name));
				}
			}
		}
		search_from = start;
	}
	None
}

/// Reads the attributes of a start tag up to its `>` and returns the `verify` value, the text
/// after the tag, and whether the tag was self-closing. A tag cut off by the end of the file
/// yields what was read so far.
fn read_attributes(mut rest: &str) -> (Option<String>, &str, bool) {
	let mut verify = None;
	loop {
		rest = rest.trim_start();
		if let Some(after) = rest.strip_prefix("/>") {
			return (verify, after, true);
		}
		if let Some(after) = rest.strip_prefix('>') {
			return (verify, after, false);
		}
		let name_end = rest.find(|c: char| c == '=' || c == '>' || c == '/' || c.is_whitespace());
		let Some(name_end) = name_end.filter(|&end| end > 0) else {
			// Either the end of the input or a stray character: skip one character.
			let mut chars = rest.chars();
			if chars.next().is_none() {
				return (verify, rest, true);
			}
			rest = chars.as_str();
			continue;
		};
		let (name, after_name) = rest.split_at(name_end);
		let Some(after_equals) = after_name.trim_start().strip_prefix('=') else {
			rest = after_name;
			continue;
		};
		let after_equals = after_equals.trim_start();
		let Some(quote) = after_equals.chars().next().filter(|c| *c == '"' || *c == '\'') else {
			rest = after_equals;
			continue;
		};
		let value_and_rest = after_equals.get(1..).unwrap_or_default();
		let value_end = value_and_rest.find(quote).unwrap_or(value_and_rest.len());
		let (value, after_value) = value_and_rest.split_at(value_end);
		if name == "verify" {
			verify = Some(unescape(value));
		}
		rest = after_value.get(1..).unwrap_or_default();
	}
}

/// Returns the element content: the text of its CDATA sections when it has any, or else its
/// character data with entities replaced.
fn read_content(content: &str) -> String {
	let mut cdata = String::new();
	let mut rest = content;
	while let Some(start) = rest.find("<![CDATA[") {
		let inside = rest.get(start.saturating_add(9)..).unwrap_or_default();
		let end = inside.find("]]>").unwrap_or(inside.len());
		cdata.push_str(inside.get(..end).unwrap_or_default());
		rest = inside.get(end.saturating_add(3)..).unwrap_or_default();
	}
	if cdata.trim().is_empty() {
		unescape(content)
	} else {
		cdata
	}
}

/// Replaces the five predefined XML entities and numeric character references; an unknown or
/// malformed reference is kept as written.
fn unescape(text: &str) -> String {
	let mut out = String::with_capacity(text.len());
	let mut rest = text;
	while let Some(amp) = rest.find('&') {
		let (before, from_amp) = rest.split_at(amp);
		out.push_str(before);
		let replacement = from_amp.find(';').and_then(|semicolon| {
			let entity = from_amp.get(1..semicolon)?;
			let character = match entity {
				"amp" => '&',
				"lt" => '<',
				"gt" => '>',
				"quot" => '"',
				"apos" => '\'',
				_ => {
					let code = if let Some(hex) =
						entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X"))
					{
						u32::from_str_radix(hex, 16).ok()?
					} else {
						entity.strip_prefix('#')?.parse().ok()?
					};
					char::from_u32(code)?
				}
			};
			Some((character, semicolon))
		});
		match replacement {
			Some((character, semicolon)) => {
				out.push(character);
				rest = from_amp.get(semicolon.saturating_add(1)..).unwrap_or_default();
			}
			None => {
				out.push('&');
				rest = from_amp.get(1..).unwrap_or_default();
			}
		}
	}
	out.push_str(rest);
	out
}

fn non_empty(text: Option<String>) -> Option<String> {
	text.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn baked_element_reads_cdata_and_verify() {
		let svg = r#"<svg><openbadges:assertion verify="https://example.org/a?x=1&amp;y=2">
			<![CDATA[ {"a": 1} ]]></openbadges:assertion></svg>"#;
		let element = baked_element(svg).expect("element is present");
		assert_eq!(element.verify.as_deref(), Some("https://example.org/a?x=1&y=2"));
		assert_eq!(element.content.as_deref(), Some(r#"{"a": 1}"#));
	}

	#[test]
	fn baked_element_reads_self_closing_tag() {
		let svg = "<svg><openbadges:credential verify='a.b.c'/></svg>";
		let element = baked_element(svg).expect("element is present");
		assert_eq!(element.verify.as_deref(), Some("a.b.c"));
		assert_eq!(element.content, None);
	}

	#[test]
	fn baked_element_ignores_other_prefixed_names() {
		assert_eq!(baked_element("<svg><openbadges:assertionx verify='u'/></svg>"), None);
		assert_eq!(baked_element("<svg><openbadges:"), None);
	}

	#[test]
	fn baked_element_survives_truncation() {
		let svg = r#"<svg><openbadges:credential verify="a.b.c" x='1'><![CDATA[{"k":"v"}]]></openbadges:credential></svg>"#;
		for end in 0..=svg.len() {
			if let Some(prefix) = svg.get(..end) {
				let _ = baked_element(prefix);
			}
		}
	}

	#[test]
	fn unescape_handles_numeric_and_unknown_references() {
		assert_eq!(unescape("&#65;&#x42;&bogus;&"), "AB&bogus;&");
	}
}
