//! Benchmark of the pallet's overhead around the call it dispatches.
//!
//! The inner call is an empty `system.remark`. The call adds the inner call's own weight from
//! its dispatch info at run time, so the benchmark measures the rest: the origin check, the
//! call hash and the event.

use crate::{Call, Config, Event, Pallet};
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;
use sp_runtime::traits::Hash;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn dispatch_as_root() -> Result<(), BenchmarkError> {
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: Vec::new() }.into();
		let call_hash = T::Hashing::hash_of(&call);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		frame_system::Pallet::<T>::assert_last_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::DispatchedAsRoot {
				call_hash,
				result: Ok(()),
			})
			.into(),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
