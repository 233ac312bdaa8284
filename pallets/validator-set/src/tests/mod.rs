//! Tests, one file per call or area.

mod add_validator;
mod force_set_validators;
mod genesis;
mod remove_validator;
mod session;
mod try_state;
mod types;
