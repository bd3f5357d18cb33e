//! Golden model (not yet implemented).
