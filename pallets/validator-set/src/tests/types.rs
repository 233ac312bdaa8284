use crate::{finality_threshold, max_faulty, mock::*};

#[test]
fn finality_threshold_matches_table() {
	// (validators, tolerated failures, votes needed), as in docs/operators.md.
	let table = [
		(1, 0, 1),
		(2, 0, 2),
		(3, 0, 3),
		(4, 1, 3),
		(5, 1, 4),
		(6, 1, 5),
		(7, 2, 5),
		(8, 2, 6),
		(9, 2, 7),
		(10, 3, 7),
	];
	for (validators, faulty, threshold) in table {
		assert_eq!(max_faulty(validators), faulty, "tolerated failures of {validators}");
		assert_eq!(finality_threshold(validators), threshold, "votes needed of {validators}");
	}
}

#[test]
fn finality_threshold_is_more_than_two_thirds() {
	for validators in 1..=1_000u32 {
		let threshold = finality_threshold(validators);
		assert!(3 * threshold > 2 * validators, "threshold of {validators} is not above 2/3");
		assert!(3 * (threshold - 1) <= 2 * validators, "threshold of {validators} is not minimal");
	}
}

#[test]
fn finality_threshold_of_empty_set_is_zero() {
	assert_eq!(max_faulty(0), 0);
	assert_eq!(finality_threshold(0), 0);
}

#[test]
fn max_faulty_of_active_set_works() {
	ExtBuilder::default().validators(vec![1, 2, 3, 4, 5, 6, 7]).build_and_execute(|| {
		assert_eq!(ValidatorSet::max_faulty_of_active_set(), 2);
	});
}
