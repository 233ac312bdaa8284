//! Tests of `dispatch_as_root`: who may call it, what runs, what the event records, and the
//! weight it declares and refunds.

use crate::{mock::*, weights::WeightInfo, Event};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchClass, DispatchResultWithPostInfo, GetDispatchInfo, Pays},
	weights::Weight,
};
use sp_core::H256;
use sp_runtime::{traits::Hash, DispatchError};

const KEY: &[u8] = b":lifelong:test";

fn set_storage_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_storage {
		items: vec![(KEY.to_vec(), b"yes".to_vec())],
	})
}

fn dispatched_event(call: &RuntimeCall, result: sp_runtime::DispatchResult) -> RuntimeEvent {
	RuntimeEvent::ConsortiumRoot(Event::DispatchedAsRoot {
		call_hash: <Test as frame_system::Config>::Hashing::hash_of(call),
		result,
	})
}

#[test]
fn consortium_runs_a_root_only_call() {
	new_test_ext().execute_with(|| {
		let call = set_storage_call();
		assert_ok!(ConsortiumRoot::dispatch_as_root(
			RuntimeOrigin::signed(CONSORTIUM),
			Box::new(call.clone())
		));
		assert_eq!(sp_io::storage::get(KEY).as_deref(), Some(&b"yes"[..]));
		System::assert_last_event(dispatched_event(&call, Ok(())));
	});
}

#[test]
fn outsider_is_rejected_and_nothing_runs() {
	new_test_ext().execute_with(|| {
		let call = set_storage_call();
		assert_noop!(
			ConsortiumRoot::dispatch_as_root(RuntimeOrigin::signed(OUTSIDER), Box::new(call)),
			DispatchError::BadOrigin
		);
		assert_eq!(sp_io::storage::get(KEY), None);
		assert!(System::events().is_empty());
	});
}

#[test]
fn root_and_none_origins_are_rejected() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				ConsortiumRoot::dispatch_as_root(origin, Box::new(set_storage_call())),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn failing_inner_call_recorded_and_reverted() {
	/// Reads no version from any code, as for code that is not a runtime.
	struct NotARuntime;
	impl sp_core::traits::ReadRuntimeVersion for NotARuntime {
		fn read_runtime_version(
			&self,
			_code: &[u8],
			_ext: &mut dyn sp_core::traits::Externalities,
		) -> Result<Vec<u8>, String> {
			Err("not a runtime".into())
		}
	}
	let mut ext = new_test_ext();
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(NotARuntime));
	ext.execute_with(|| {
		let code_before = sp_io::storage::get(sp_core::storage::well_known_keys::CODE);
		let call = RuntimeCall::System(frame_system::Call::set_code { code: vec![0, 1, 2] });
		assert_ok!(ConsortiumRoot::dispatch_as_root(
			RuntimeOrigin::signed(CONSORTIUM),
			Box::new(call.clone())
		));
		System::assert_last_event(dispatched_event(
			&call,
			Err(frame_system::Error::<Test>::FailedToExtractRuntimeVersion.into()),
		));
		assert_eq!(sp_io::storage::get(sp_core::storage::well_known_keys::CODE), code_before);
	});
}

#[test]
fn signed_only_inner_call_fails_as_root() {
	new_test_ext().execute_with(|| {
		let call = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
			code: vec![0, 1, 2],
		});
		assert_ok!(ConsortiumRoot::dispatch_as_root(
			RuntimeOrigin::signed(CONSORTIUM),
			Box::new(call.clone())
		));
		// No upgrade was authorized, so the system pallet rejects the code.
		System::assert_last_event(dispatched_event(
			&call,
			Err(frame_system::Error::<Test>::NothingAuthorized.into()),
		));
	});
}

#[test]
fn upgrade_authorized_by_motion_applied_by_anyone() {
	new_test_ext().execute_with(|| {
		// The mock has no runtime whose version the checks could read, so the motion skips them;
		// the runtime's motions use `authorize_upgrade`, which keeps them.
		let code = vec![7u8; 64];
		let code_hash = <Test as frame_system::Config>::Hashing::hash(&code);
		let call =
			RuntimeCall::System(frame_system::Call::authorize_upgrade_without_checks { code_hash });
		assert_ok!(ConsortiumRoot::dispatch_as_root(
			RuntimeOrigin::signed(CONSORTIUM),
			Box::new(call.clone())
		));
		System::assert_last_event(dispatched_event(&call, Ok(())));

		// Code of another hash is rejected, and nothing changes.
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::none(), vec![8u8; 64]),
			frame_system::Error::<Test>::Unauthorized
		);
		// Anyone may then submit the code itself, unsigned.
		assert_ok!(System::apply_authorized_upgrade(RuntimeOrigin::none(), code.clone()));
		assert_eq!(
			sp_io::storage::get(sp_core::storage::well_known_keys::CODE).as_deref(),
			Some(&code[..])
		);
	});
}

#[test]
fn weight_is_the_overhead_plus_the_inner_call() {
	new_test_ext().execute_with(|| {
		let inner = set_storage_call();
		let outer = RuntimeCall::ConsortiumRoot(crate::Call::dispatch_as_root {
			call: Box::new(inner.clone()),
		});
		let inner_info = inner.get_dispatch_info();
		let outer_info = outer.get_dispatch_info();
		let overhead = <() as WeightInfo>::dispatch_as_root();
		assert_eq!(outer_info.call_weight, overhead.saturating_add(inner_info.call_weight));
		assert_eq!(outer_info.class, inner_info.class);
		assert_eq!(outer_info.pays_fee, Pays::Yes);

		let post =
			ConsortiumRoot::dispatch_as_root(RuntimeOrigin::signed(CONSORTIUM), Box::new(inner))
				.expect("the consortium may dispatch");
		assert_eq!(post.actual_weight, Some(overhead.saturating_add(inner_info.call_weight)));
	});
}

/// Ref time that `probe_write` declares.
const DECLARED: u64 = 5_000;

/// The value that `probe_write` stores.
const VALUE: u32 = 7;

/// Returns a `probe.write` of `VALUE` in the normal class with a fee, which declares `DECLARED`
/// ref time and reports `actual`.
fn probe_write(fail: bool, actual: u64) -> RuntimeCall {
	RuntimeCall::Probe(probe::Call::write {
		value: VALUE,
		fail,
		declared: DECLARED,
		actual,
		class: DispatchClass::Normal,
		pays: Pays::Yes,
	})
}

fn dispatch_as_root_call(inner: RuntimeCall) -> RuntimeCall {
	RuntimeCall::ConsortiumRoot(crate::Call::dispatch_as_root { call: Box::new(inner) })
}

fn dispatch_by_consortium(inner: RuntimeCall) -> DispatchResultWithPostInfo {
	ConsortiumRoot::dispatch_as_root(RuntimeOrigin::signed(CONSORTIUM), Box::new(inner))
}

fn overhead_plus(ref_time: u64) -> Weight {
	<() as WeightInfo>::dispatch_as_root().saturating_add(Weight::from_parts(ref_time, 0))
}

#[test]
fn lower_actual_weight_is_refunded() {
	new_test_ext().execute_with(|| {
		let post =
			dispatch_by_consortium(probe_write(false, 1_000)).expect("the consortium may dispatch");
		assert_eq!(post.actual_weight, Some(overhead_plus(1_000)));
	});
}

#[test]
fn failed_inner_call_is_refunded() {
	new_test_ext().execute_with(|| {
		let post =
			dispatch_by_consortium(probe_write(true, 1_000)).expect("the consortium may dispatch");
		assert_eq!(post.actual_weight, Some(overhead_plus(1_000)));
	});
}

#[test]
fn actual_weight_capped_at_declared() {
	new_test_ext().execute_with(|| {
		let post = dispatch_by_consortium(probe_write(false, 3 * DECLARED))
			.expect("the consortium may dispatch");
		assert_eq!(post.actual_weight, Some(overhead_plus(DECLARED)));
	});
}

#[test]
fn failed_inner_call_leaves_no_trace() {
	new_test_ext().execute_with(|| {
		let call = probe_write(true, DECLARED);
		assert_ok!(dispatch_by_consortium(call.clone()));
		assert_eq!(probe::Value::<Test>::get(), None);
		// The probe's `Written` event was rolled back with its storage write.
		assert_eq!(System::events().len(), 1);
		System::assert_last_event(dispatched_event(
			&call,
			Err(probe::Error::<Test>::Failed.into()),
		));
	});
}

#[test]
fn inner_events_kept_on_success() {
	new_test_ext().execute_with(|| {
		let call = probe_write(false, DECLARED);
		assert_ok!(dispatch_by_consortium(call.clone()));
		assert_eq!(probe::Value::<Test>::get(), Some(VALUE));
		let events: Vec<RuntimeEvent> =
			System::events().into_iter().map(|record| record.event).collect();
		let expected = vec![
			RuntimeEvent::Probe(probe::Event::Written { value: VALUE }),
			dispatched_event(&call, Ok(())),
		];
		assert_eq!(events, expected);
	});
}

#[test]
fn nested_dispatch_as_root_is_rejected() {
	new_test_ext().execute_with(|| {
		// The nested call gets the root origin, which `ConsortiumOrigin` does not accept.
		let nested = dispatch_as_root_call(probe_write(false, DECLARED));
		let post = dispatch_by_consortium(nested.clone()).expect("the consortium may dispatch");
		assert_eq!(probe::Value::<Test>::get(), None);
		assert_eq!(System::events().len(), 1);
		System::assert_last_event(dispatched_event(&nested, Err(DispatchError::BadOrigin)));

		// A call rejected by its origin check reports no actual weight, so the nested call's
		// whole declared weight is charged.
		let nested_declared = nested.get_dispatch_info().call_weight;
		let expected = <() as WeightInfo>::dispatch_as_root().saturating_add(nested_declared);
		assert_eq!(post.actual_weight, Some(expected));
	});
}

#[test]
fn nested_call_declares_both_overheads() {
	let nested = dispatch_as_root_call(dispatch_as_root_call(probe_write(false, DECLARED)));
	let overhead = <() as WeightInfo>::dispatch_as_root();
	let expected = overhead.saturating_add(overhead_plus(DECLARED));
	assert_eq!(nested.get_dispatch_info().call_weight, expected);
}

#[test]
fn inner_dispatch_class_is_kept() {
	for class in [DispatchClass::Normal, DispatchClass::Operational, DispatchClass::Mandatory] {
		let inner = RuntimeCall::Probe(probe::Call::write {
			value: VALUE,
			fail: false,
			declared: DECLARED,
			actual: DECLARED,
			class,
			pays: Pays::Yes,
		});
		assert_eq!(dispatch_as_root_call(inner).get_dispatch_info().class, class);
	}
}

#[test]
fn free_inner_call_still_pays() {
	new_test_ext().execute_with(|| {
		// pallet-collective 50.0.0 charges the member who closes an approved motion and ignores
		// the proposal's `pays_fee`. So the inner call's `Pays::No` is not passed on.
		let inner = RuntimeCall::Probe(probe::Call::write {
			value: VALUE,
			fail: false,
			declared: DECLARED,
			actual: DECLARED,
			class: DispatchClass::Operational,
			pays: Pays::No,
		});
		let outer = dispatch_as_root_call(inner.clone());
		assert_eq!(inner.get_dispatch_info().pays_fee, Pays::No);
		assert_eq!(outer.get_dispatch_info().pays_fee, Pays::Yes);

		let post = dispatch_by_consortium(inner).expect("the consortium may dispatch");
		assert_eq!(post.pays_fee, Pays::Yes);
	});
}

#[test]
fn event_hash_is_inner_call_hash() {
	new_test_ext().execute_with(|| {
		let inner = probe_write(false, DECLARED);
		let inner_hash = H256(sp_io::hashing::blake2_256(&inner.encode()));
		let motion_hash =
			<Test as frame_system::Config>::Hashing::hash_of(&dispatch_as_root_call(inner.clone()));
		assert_ok!(dispatch_by_consortium(inner));
		System::assert_last_event(RuntimeEvent::ConsortiumRoot(Event::DispatchedAsRoot {
			call_hash: inner_hash,
			result: Ok(()),
		}));
		// A motion's proposal hash covers the whole `dispatch_as_root` call, not the inner one.
		assert_ne!(inner_hash, motion_hash);
	});
}

#[test]
fn other_origins_get_bad_origin() {
	new_test_ext().execute_with(|| {
		let origins =
			[RuntimeOrigin::root(), RuntimeOrigin::none(), RuntimeOrigin::signed(OUTSIDER)];
		for origin in origins {
			let result =
				ConsortiumRoot::dispatch_as_root(origin, Box::new(probe_write(false, DECLARED)));
			let error = result.expect_err("only the consortium origin may dispatch");
			assert_eq!(error.error, DispatchError::BadOrigin);
			// Without an actual weight, the whole declared weight is charged.
			assert_eq!(error.post_info.actual_weight, None);
		}
		assert_eq!(probe::Value::<Test>::get(), None);
		assert!(System::events().is_empty());
	});
}
