//! RFC 8785 (JCS) serialisation and the canonical hash of credentials.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::panic)]

mod common;

use lifelong_credentials::{
	canonical_hash, canonical_hash_hex, canonical_json, extract_credential,
};
use serde_json::{json, Value};

fn canonical(text: &str) -> String {
	canonical_json(&serde_json::from_str::<Value>(text).expect("test JSON parses"))
}

#[test]
fn canonical_json_matches_rfc8785_sample() {
	// The sample input and output of RFC 8785 section 3.2.2.
	let input = r#"{
		"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
		"string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
		"literals": [null, true, false]
	}"#;
	let expected = concat!(
		r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#,
		"\"string\":\"\u{20ac}$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}"
	);
	assert_eq!(canonical(input), expected);
}

#[test]
fn canonical_json_sorts_names_by_utf16_code_units() {
	// The member names of RFC 8785 section 3.2.3. The emoji (surrogates D83D DE00) sorts
	// before U+FB33, although its code point is larger.
	let input = r#"{
		"\u20ac": "Euro Sign",
		"\r": "Carriage Return",
		"\ufb33": "Hebrew Letter Dalet With Dagesh",
		"1": "One",
		"\ud83d\ude00": "Emoji: Grinning Face",
		"\u0080": "Control",
		"\u00f6": "Latin Small Letter O With Diaeresis"
	}"#;
	let expected = concat!(
		"{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",",
		"\"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",",
		"\"\u{1f600}\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}"
	);
	assert_eq!(canonical(input), expected);
}

#[test]
fn canonical_json_formats_numbers_as_ecmascript() {
	// IEEE 754 bit patterns and their ECMAScript string forms, the cases of RFC 8785 appendix B,
	// each checked against Node.js 20 (V8) `String(number)`.
	let cases: [(u64, &str); 24] = [
		(0x0000_0000_0000_0000, "0"),
		(0x8000_0000_0000_0000, "0"),
		(0x0000_0000_0000_0001, "5e-324"),
		(0x8000_0000_0000_0001, "-5e-324"),
		(0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
		(0xffef_ffff_ffff_ffff, "-1.7976931348623157e+308"),
		(0x4340_0000_0000_0000, "9007199254740992"),
		(0xc340_0000_0000_0000, "-9007199254740992"),
		(0x4430_0000_0000_0000, "295147905179352830000"),
		(0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"),
		(0x44b5_2d02_c7e1_4af6, "1e+23"),
		(0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"),
		(0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
		(0x444b_1ae4_d6e2_ef4f, "999999999999999900000"),
		(0x444b_1ae4_d6e2_ef50, "1e+21"),
		(0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"),
		(0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
		(0x41b3_de43_5555_5553, "333333333.3333332"),
		(0x41b3_de43_5555_5554, "333333333.33333325"),
		(0x41b3_de43_5555_5555, "333333333.3333333"),
		(0x41b3_de43_5555_5556, "333333333.3333334"),
		(0x41b3_de43_5555_5557, "333333333.33333343"),
		(0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
		(0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
	];
	for (bits, expected) in cases {
		let number = serde_json::Number::from_f64(f64::from_bits(bits)).expect("finite");
		assert_eq!(canonical_json(&Value::Number(number)), expected, "bits {bits:#018x}");
	}
}

#[test]
fn canonical_json_writes_integers_as_integers() {
	assert_eq!(
		canonical_json(&json!([0, -1, 42, 9_007_199_254_740_992u64])),
		"[0,-1,42,9007199254740992]"
	);
	assert_eq!(canonical_json(&json!(1.0)), "1");
	assert_eq!(canonical_json(&json!(-0.0)), "0");
	// Beyond 2^53 an integer is rounded to the nearest double, as in ECMAScript.
	assert_eq!(canonical_json(&json!(u64::MAX)), "18446744073709552000");
	assert_eq!(canonical_json(&json!(i64::MIN)), "-9223372036854776000");
}

#[test]
fn canonical_json_escapes_strings() {
	let value = json!("\u{0}\u{8}\t\n\u{b}\u{c}\r\u{1f}\"\\/\u{7f}\u{2028}é");
	assert_eq!(
		canonical_json(&value),
		"\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f\\\"\\\\/\u{7f}\u{2028}é\""
	);
}

#[test]
fn canonical_hash_ignores_whitespace_and_member_order() {
	let compact = extract_credential(&common::read_vc_fixture("ob30/simple.json")).expect("OB 3.0");
	let mut reordered = String::from("{\n");
	let members = compact.json.as_object().expect("object");
	let mut names: Vec<&String> = members.keys().collect();
	names.reverse();
	for (position, name) in names.iter().enumerate() {
		let separator = if position + 1 == names.len() { "" } else { "," };
		let value = serde_json::to_string_pretty(&members[*name]).expect("serialises");
		reordered.push_str(&format!("   \"{name}\"  :\t{value}{separator}\n"));
	}
	reordered.push('}');
	let reformatted = extract_credential(reordered.as_bytes()).expect("still OB 3.0");
	assert_eq!(reformatted.canonical_hash(), compact.canonical_hash());
}

#[test]
fn canonical_hash_changes_with_content() {
	let credential = common::extract_vc_fixture("ob30/simple.json").json;
	let mut tampered = credential.clone();
	tampered["name"] = json!("Teamwork Badge!");
	assert_ne!(canonical_hash(&tampered), canonical_hash(&credential));
}

#[test]
fn canonical_hash_equal_across_containers() {
	// simple-json.png and simple-json.svg bake the same credential. simple.json and simple.1ob
	// hold another one that differs from it only in `proof`.
	let png = common::extract_vc_fixture("ob30/simple-json.png");
	let svg = common::extract_vc_fixture("ob30/simple-json.svg");
	assert_eq!(png.json, svg.json);
	assert_eq!(png.canonical_hash(), svg.canonical_hash());

	let json = common::extract_vc_fixture("ob30/simple.json");
	let one_ob = common::extract_vc_fixture("ob30/simple.1ob");
	assert_eq!(json.canonical_hash(), one_ob.canonical_hash());

	assert_ne!(json.canonical_hash(), png.canonical_hash());
	let mut json_with_png_proof = json.json.clone();
	json_with_png_proof["proof"] = png.json["proof"].clone();
	assert_eq!(canonical_hash(&json_with_png_proof), png.canonical_hash());

	// The PNG contains the credential as its own JSON file would: hashing that file gives the
	// same result.
	let baked_file = serde_json::to_vec_pretty(&png.json).expect("serialises");
	let from_file = extract_credential(&baked_file).expect("OB 3.0");
	assert_eq!(from_file.canonical_hash(), png.canonical_hash());
}

#[test]
fn canonical_hash_of_jwt_covers_decoded_credential() {
	let jwt = common::extract_vc_fixture("ob30/simple.jwt");
	let as_json = serde_json::to_vec(&jwt.json).expect("serialises");
	let from_json = extract_credential(&as_json).expect("OB 3.0");
	assert_eq!(from_json.canonical_hash(), jwt.canonical_hash());
}

#[test]
fn canonical_hash_hex_is_prefixed_lower_case() {
	let hex = canonical_hash_hex(&json!({}));
	// SHA-256 of "{}".
	assert_eq!(hex, "0x44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
}

#[test]
fn canonical_hash_of_fixtures_matches_other_jcs_implementations() {
	// Expected hashes computed with SHA-256 over the output of two independent RFC 8785
	// implementations, which agree: the npm package `canonicalize` 4.0.0 and the Python
	// package `rfc8785` 0.1.4.
	let cases = [
		("ob30/simple.json", "0xd588171b4f05935a8aaed18896c98ccf2d8c458b9ccd826b427003088c4a2b49"),
		(
			"ob30/complete.json",
			"0xaaa664346d8fee649bcd2c3e379187fc509ead07a8159b79e45febcad3269dc3",
		),
	];
	for (file, expected) in cases {
		let credential = common::extract_vc_fixture(file);
		assert_eq!(canonical_hash_hex(&credential.json), expected, "{file}");
	}
}
