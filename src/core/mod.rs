//! The STAR core: the four engines joined (spec §1). `model` composes the engine golden models;
//! `eval` is the host tooling that runs real heads through it (spec §7).

pub mod eval;
pub mod model;
pub mod rtl;
pub mod vectors;
