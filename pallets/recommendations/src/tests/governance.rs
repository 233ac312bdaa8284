//! `register_employer`, `deregister_employer`, `add_worker_key`, `remove_worker_key`.

use crate::{mock::*, Employers, Error, Event, WorkerKeys};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn register_employer_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::register_employer(RuntimeOrigin::root(), OTHER));

		assert!(Employers::<Test>::contains_key(OTHER));
		assert_eq!(last_event(), Event::EmployerRegistered { employer: OTHER });
	});
}

#[test]
fn register_employer_fails_when_not_governance() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::register_employer(RuntimeOrigin::signed(OTHER), OTHER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn register_employer_fails_when_already_registered() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::register_employer(RuntimeOrigin::root(), EMPLOYER),
			Error::<Test>::EmployerAlreadyRegistered
		);
	});
}

#[test]
fn deregister_employer_works() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_ok!(Recommendations::deregister_employer(RuntimeOrigin::root(), EMPLOYER));

		assert!(!Employers::<Test>::contains_key(EMPLOYER));
		assert_eq!(last_event(), Event::EmployerDeregistered { employer: EMPLOYER });
	});
}

#[test]
fn deregister_employer_fails_when_not_registered() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::deregister_employer(RuntimeOrigin::root(), OTHER),
			Error::<Test>::NotEmployer
		);
		assert_noop!(
			Recommendations::deregister_employer(RuntimeOrigin::signed(EMPLOYER), EMPLOYER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_worker_key_works() {
	ExtBuilder::default().workers(&[]).build_and_execute(|_| {
		let keys = [foreign_key("//Bob"), foreign_key("//Charlie"), foreign_key("//Dave")];
		for key in &keys {
			assert_ok!(Recommendations::add_worker_key(RuntimeOrigin::root(), key.clone()));
			assert_eq!(last_event(), Event::WorkerKeyAdded { key: key.clone() });
		}

		let mut sorted = keys.to_vec();
		sorted.sort();
		assert_eq!(WorkerKeys::<Test>::get().into_inner(), sorted);
	});
}

#[test]
fn add_worker_key_fails_when_already_registered() {
	ExtBuilder::default().build_and_execute(|context| {
		assert_noop!(
			Recommendations::add_worker_key(RuntimeOrigin::root(), context.workers[0].clone()),
			Error::<Test>::WorkerKeyAlreadyRegistered
		);
		assert_noop!(
			Recommendations::add_worker_key(RuntimeOrigin::signed(OTHER), foreign_key("//Bob")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_worker_key_fails_when_too_many() {
	ExtBuilder::default().workers(&[]).build_and_execute(|_| {
		for index in 0..8 {
			let key = foreign_key(&format!("//Worker{index}"));
			assert_ok!(Recommendations::add_worker_key(RuntimeOrigin::root(), key));
		}
		assert_noop!(
			Recommendations::add_worker_key(RuntimeOrigin::root(), foreign_key("//Extra")),
			Error::<Test>::TooManyWorkerKeys
		);
	});
}

#[test]
fn remove_worker_key_works() {
	ExtBuilder::default().build_and_execute(|context| {
		let key = context.workers[0].clone();
		assert_ok!(Recommendations::remove_worker_key(RuntimeOrigin::root(), key.clone()));

		assert!(WorkerKeys::<Test>::get().is_empty());
		assert_eq!(last_event(), Event::WorkerKeyRemoved { key });
	});
}

#[test]
fn remove_worker_key_fails_when_not_registered() {
	ExtBuilder::default().build_and_execute(|_| {
		assert_noop!(
			Recommendations::remove_worker_key(RuntimeOrigin::root(), foreign_key("//Bob")),
			Error::<Test>::WorkerKeyNotFound
		);
	});
}
