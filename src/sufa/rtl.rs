//! RTL emitter (not yet implemented: emits nothing).

use crate::rtl::Design;

pub fn emit(_d: &mut Design) {}
