#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

// The wasm build of this crate needs no build script of its own.
#[cfg(not(feature = "std"))]
fn main() {}
