//! Test runtime: frame-system, this pallet and a probe pallet for inner calls, with account 1
//! standing in for a passed consortium motion.

use crate as pallet_consortium_root;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ConsortiumRoot: pallet_consortium_root,
		Probe: probe,
	}
);

/// A pallet whose one root-only call lets a test choose the inner call's declared and actual
/// weight, its outcome, its dispatch class and its fee.
#[frame_support::pallet]
pub mod probe {
	use frame_support::{
		dispatch::{DispatchClass, DispatchErrorWithPostInfo, Pays, PostDispatchInfo},
		pallet_prelude::*,
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {}

	/// The value that the last `write` stored.
	#[pallet::storage]
	pub type Value<T> = StorageValue<_, u32, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `write` stored `value`.
		Written { value: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// `write` stored its value, then failed because `fail` was set.
		Failed,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores `value` and deposits `Written`, then fails if `fail` is set.
		///
		/// Declares `declared` ref time in `class` with `pays`, and reports `actual` ref time
		/// whether it fails or not.
		#[pallet::call_index(0)]
		#[pallet::weight((Weight::from_parts(*declared, 0), *class, *pays))]
		pub fn write(
			origin: OriginFor<T>,
			value: u32,
			fail: bool,
			declared: u64,
			actual: u64,
			class: DispatchClass,
			pays: Pays,
		) -> DispatchResultWithPostInfo {
			// Only the weight attribute reads these.
			let _ = (declared, class);
			ensure_root(origin)?;
			Value::<T>::put(value);
			Self::deposit_event(Event::Written { value });

			let post_info = PostDispatchInfo {
				actual_weight: Some(Weight::from_parts(actual, 0)),
				pays_fee: pays,
			};
			if fail {
				return Err(DispatchErrorWithPostInfo {
					post_info,
					error: Error::<T>::Failed.into(),
				});
			}
			Ok(post_info)
		}
	}
}

/// The account that the mock's consortium origin accepts.
pub const CONSORTIUM: u64 = 1;

/// An account that the mock's consortium origin rejects.
pub const OUTSIDER: u64 = 3;

ord_parameter_types! {
	pub const Consortium: u64 = CONSORTIUM;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_consortium_root::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ConsortiumOrigin = EnsureSignedBy<Consortium, u64>;
	type WeightInfo = ();
}

impl probe::Config for Test {}

/// Externalities at block 1, so that events are recorded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
