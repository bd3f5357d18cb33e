//! Testbench vectors (not yet implemented).

use crate::config::Config;
use crate::vectors::VecFile;

pub fn write(_cfg: &Config, _seed: u64, _scenarios: u32) -> VecFile {
    VecFile::default()
}
