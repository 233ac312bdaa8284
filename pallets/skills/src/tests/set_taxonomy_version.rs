use super::*;
use crate::{Error, Event, TaxonomyVersion};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn set_taxonomy_version_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Taxonomy::taxonomy_version(), b"ESCO v1.1.1".to_vec());
		assert_ok!(Taxonomy::set_taxonomy_version(governance(), b"ESCO v1.2.0".to_vec()));

		assert_eq!(TaxonomyVersion::<Test>::get().to_vec(), b"ESCO v1.2.0".to_vec());
		assert_eq!(
			last_event(),
			Event::TaxonomyVersionSet {
				version: crate::VersionOf::<Test>::truncate_from(b"ESCO v1.2.0".to_vec())
			}
		);
	});
}

#[test]
fn set_taxonomy_version_fails_when_origin_is_not_governance() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::set_taxonomy_version(signed(), b"ESCO v1.2.0".to_vec()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_taxonomy_version_fails_when_version_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::set_taxonomy_version(governance(), vec![]),
			Error::<Test>::EmptyVersion
		);
	});
}

#[test]
fn set_taxonomy_version_fails_when_version_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Taxonomy::set_taxonomy_version(governance(), vec![b'v'; 17]),
			Error::<Test>::VersionTooLong
		);
	});
}
