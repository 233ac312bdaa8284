//! ISO 8601 / RFC 3339 UTC timestamps from Unix milliseconds, without a date library.

const MILLIS_PER_SECOND: u64 = 1_000;
const SECONDS_PER_DAY: u64 = 86_400;

/// Formats Unix milliseconds as `YYYY-MM-DDTHH:MM:SSZ`, adding `.sss` only when the
/// milliseconds are not zero.
pub fn format_rfc3339_millis(unix_millis: u64) -> String {
	let millis = unix_millis % MILLIS_PER_SECOND;
	let seconds = unix_millis / MILLIS_PER_SECOND;
	let days = seconds / SECONDS_PER_DAY;
	let second_of_day = seconds % SECONDS_PER_DAY;
	let (year, month, day) = civil_from_days(days);
	let hour = second_of_day / 3_600;
	let minute = second_of_day % 3_600 / 60;
	let second = second_of_day % 60;

	let mut text = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}");
	if millis != 0 {
		text.push_str(&format!(".{millis:03}"));
	}
	text.push('Z');
	text
}

/// Converts days since 1970-01-01 to a proleptic Gregorian (year, month, day).
///
/// This is Howard Hinnant's `civil_from_days`, restricted to non-negative day counts: it counts
/// 400-year eras of 146,097 days from 0000-03-01, so that the leap day ends each year.
fn civil_from_days(days_since_epoch: u64) -> (u64, u64, u64) {
	// 719,468 days lie between 0000-03-01 and 1970-01-01. u64 milliseconds reach about
	// 2.1e11 days, far from overflow.
	let days = days_since_epoch.saturating_add(719_468);
	let era = days / 146_097;
	let day_of_era = days % 146_097;
	let year_of_era = day_of_era
		.saturating_sub(day_of_era / 1_460)
		.saturating_add(day_of_era / 36_524)
		.saturating_sub(day_of_era / 146_096)
		/ 365;
	let day_of_year = day_of_era.saturating_sub(
		(365u64.saturating_mul(year_of_era))
			.saturating_add(year_of_era / 4)
			.saturating_sub(year_of_era / 100),
	);
	// Month counted from March = 0, so that February comes last.
	let march_month = (5u64.saturating_mul(day_of_year).saturating_add(2)) / 153;
	let day = day_of_year
		.saturating_sub((153u64.saturating_mul(march_month).saturating_add(2)) / 5)
		.saturating_add(1);
	let month = if march_month < 10 {
		march_month.saturating_add(3)
	} else {
		march_month.saturating_sub(9)
	};
	let year =
		era.saturating_mul(400).saturating_add(year_of_era).saturating_add(u64::from(month <= 2));
	(year, month, day)
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
	use super::*;

	#[test]
	fn format_rfc3339_millis_works() {
		assert_eq!(format_rfc3339_millis(0), "1970-01-01T00:00:00Z");
		assert_eq!(format_rfc3339_millis(951_782_400_000), "2000-02-29T00:00:00Z");
		assert_eq!(format_rfc3339_millis(1_709_251_199_999), "2024-02-29T23:59:59.999Z");
		assert_eq!(format_rfc3339_millis(1_735_689_600_000), "2025-01-01T00:00:00Z");
		assert_eq!(format_rfc3339_millis(4_107_542_400_000), "2100-03-01T00:00:00Z");
	}

	#[test]
	fn civil_from_days_matches_day_by_day_count() {
		let mut expected = (1970u64, 1u64, 1u64);
		for days in 0..200_000u64 {
			assert_eq!(civil_from_days(days), expected, "day {days}");
			expected = next_day(expected);
		}
	}

	fn next_day((year, month, day): (u64, u64, u64)) -> (u64, u64, u64) {
		let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
		let length = match month {
			2 if leap => 29,
			2 => 28,
			4 | 6 | 9 | 11 => 30,
			_ => 31,
		};
		if day < length {
			(year, month, day + 1)
		} else if month < 12 {
			(year, month + 1, 1)
		} else {
			(year + 1, 1, 1)
		}
	}
}
