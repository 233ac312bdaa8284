//! RFC 8785 JSON Canonicalization Scheme (JCS) and the canonical hash built on it.
//!
//! JCS serialises a JSON value with object members sorted by the UTF-16 code units of their
//! names, no whitespace, a fixed string escaping, and numbers written as ECMAScript's
//! `Number.prototype.toString` writes the IEEE 754 double.

use serde_json::{Number, Value};
use sha2::{Digest, Sha256};

/// Largest integer up to which an IEEE 754 double represents every integer exactly (2^53).
const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_992;

/// Returns the SHA-256 of the RFC 8785 (JCS) serialisation of `credential`.
///
/// This is the evidence hash of a credential. The result depends only on the JSON data model,
/// so whitespace, member order and escaping choices of the input do not change it.
pub fn canonical_hash(credential: &Value) -> [u8; 32] {
	Sha256::digest(canonical_json(credential).as_bytes()).into()
}

/// Returns [`canonical_hash`] as lower-case hex with a `0x` prefix, the form the chain's
/// JSON-RPC methods use.
pub fn canonical_hash_hex(credential: &Value) -> String {
	format!("0x{}", hex::encode(canonical_hash(credential)))
}

/// Serialises `value` in the RFC 8785 (JCS) canonical form.
///
/// JCS treats every JSON number as an IEEE 754 double, so an integer above 2^53 in magnitude is
/// first rounded to the nearest double and loses digits.
pub fn canonical_json(value: &Value) -> String {
	let mut out = String::new();
	write_value(&mut out, value);
	out
}

fn write_value(out: &mut String, value: &Value) {
	match value {
		Value::Null => out.push_str("null"),
		Value::Bool(true) => out.push_str("true"),
		Value::Bool(false) => out.push_str("false"),
		Value::Number(number) => write_number(out, number),
		Value::String(text) => write_string(out, text),
		Value::Array(items) => {
			out.push('[');
			for (position, item) in items.iter().enumerate() {
				if position > 0 {
					out.push(',');
				}
				write_value(out, item);
			}
			out.push(']');
		}
		Value::Object(members) => {
			let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
			// JCS orders names by UTF-16 code units, which differs from `str`'s UTF-8 byte
			// order once characters above U+FFFF meet characters in U+E000..=U+FFFF.
			sorted.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
			out.push('{');
			for (position, (name, member)) in sorted.into_iter().enumerate() {
				if position > 0 {
					out.push(',');
				}
				write_string(out, name);
				out.push(':');
				write_value(out, member);
			}
			out.push('}');
		}
	}
}

/// Writes a JSON string with the JCS escaping: `"` and `\` escaped, the five control
/// characters with short escapes written short, other control characters as `\u00xx` in lower
/// case hex, and everything else (including non-ASCII) written as is.
fn write_string(out: &mut String, text: &str) {
	out.push('"');
	for character in text.chars() {
		match character {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			'\u{8}' => out.push_str("\\b"),
			'\t' => out.push_str("\\t"),
			'\n' => out.push_str("\\n"),
			'\u{c}' => out.push_str("\\f"),
			'\r' => out.push_str("\\r"),
			control if u32::from(control) < 0x20 => {
				out.push_str(&format!("\\u{:04x}", u32::from(control)));
			}
			other => out.push(other),
		}
	}
	out.push('"');
}

fn write_number(out: &mut String, number: &Number) {
	if let Some(unsigned) = number.as_u64() {
		if unsigned <= MAX_SAFE_INTEGER {
			out.push_str(&unsigned.to_string());
			return;
		}
	}
	if let Some(signed) = number.as_i64() {
		if signed.unsigned_abs() <= MAX_SAFE_INTEGER {
			out.push_str(&signed.to_string());
			return;
		}
	}
	// serde_json without `arbitrary_precision` always has an f64 view of a number, and a
	// parsed or constructed Number is never NaN or an infinity.
	out.push_str(&format_ecmascript(number.as_f64().unwrap_or_default()));
}

/// Formats a finite double as ECMAScript's `Number.prototype.toString` (ECMA-262,
/// Number::toString with radix 10) does.
pub(crate) fn format_ecmascript(value: f64) -> String {
	if value == 0.0 || !value.is_finite() {
		// Covers -0, which ECMAScript prints as "0". JSON has no NaN or infinities.
		return "0".to_owned();
	}
	let scientific = shortest_scientific(value.abs());
	let (mantissa, exponent) = scientific.split_once('e').unwrap_or((scientific.as_str(), "0"));
	let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
	let exponent: i32 = exponent.parse().unwrap_or_default();
	let digit_count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
	// ECMAScript's `n`: the value is 0.digits × 10^n.
	let point = exponent.saturating_add(1);

	let mut text = String::new();
	if value.is_sign_negative() {
		text.push('-');
	}
	if digit_count <= point && point <= 21 {
		text.push_str(&digits);
		text.extend(
			core::iter::repeat('0')
				.take(usize::try_from(point.saturating_sub(digit_count)).unwrap_or(0)),
		);
	} else if 0 < point && point <= 21 {
		let (whole, fraction) = digits.split_at(usize::try_from(point).unwrap_or(0));
		text.push_str(whole);
		text.push('.');
		text.push_str(fraction);
	} else if -6 < point && point <= 0 {
		text.push_str("0.");
		text.extend(
			core::iter::repeat('0').take(usize::try_from(point.unsigned_abs()).unwrap_or(0)),
		);
		text.push_str(&digits);
	} else {
		let (first, rest) = digits.split_at(1.min(digits.len()));
		text.push_str(first);
		if !rest.is_empty() {
			text.push('.');
			text.push_str(rest);
		}
		text.push('e');
		text.push(if exponent < 0 { '-' } else { '+' });
		text.push_str(&exponent.unsigned_abs().to_string());
	}
	text
}

/// Returns the digits that ECMAScript picks for `value`, as `d.ddde<exponent>`.
///
/// ECMAScript takes the fewest digits that read back as the same double and, among those, the
/// decimal closest to the exact value, the even one on a tie. Rust's `{:e}` finds the fewest
/// digits but may pick a different candidate of that length: for 1424953923781206.25 it prints
/// ...206.3 where ECMAScript prints ...206.2. Re-rounding the exact value to that many digits,
/// which Rust does half-to-even, gives ECMAScript's choice.
fn shortest_scientific(value: f64) -> String {
	let shortest = format!("{value:e}");
	let mantissa = shortest.split_once('e').map_or(shortest.as_str(), |(mantissa, _)| mantissa);
	let digit_count = mantissa.chars().filter(char::is_ascii_digit).count();
	let closest = format!("{:.*e}", digit_count.saturating_sub(1), value);
	// The closest decimal of that length reads back as `value` except, in principle, next to a
	// power of two, where the gap below a double is half the gap above it.
	if closest.parse::<f64>() == Ok(value) {
		closest
	} else {
		shortest
	}
}
