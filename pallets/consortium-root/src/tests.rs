//! Tests of `dispatch_as_root`: who may call it, what runs, what the event records, and the
//! weight it declares and refunds.

use crate::{mock::*, weights::WeightInfo, Event};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
};
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
fn a_failing_inner_call_is_recorded_and_reverted() {
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
fn an_inner_call_that_needs_a_signed_origin_fails_as_root() {
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
fn an_upgrade_is_authorized_by_motion_and_applied_by_anyone() {
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
