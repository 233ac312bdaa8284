//! Placeholder until the credentials crate lands.
