//! Stimulus plumbing shared by every engine's vector writer: a seeded generator and the text
//! format the C++ harnesses read (one record per line, a tag then decimal fields).

use std::fmt::Write;

/// SplitMix64: small, seedable, identical on every platform, so a seed names a test exactly.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in lo..=hi.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(lo <= hi);
        lo + (self.next_u64() % ((hi - lo) as u64 + 1)) as i64
    }
    /// True with probability pct / 100.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.next_u64() % 100 < pct
    }
    /// A signed `bits`-bit value: mostly uniform, with the corners (min, max, 0, ±1) and
    /// small magnitudes mixed in, since those are where the arithmetic breaks.
    pub fn corner_int(&mut self, bits: u32) -> i64 {
        let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        match self.next_u64() % 16 {
            0 => lo,
            1 => hi,
            2 => 0,
            3 => self.range(-1, 1),
            4 | 5 => self.range(-16, 16),
            _ => self.range(lo, hi),
        }
    }
}

/// A vector file being written: records of a tag and fields.
#[derive(Default)]
pub struct VecFile {
    text: String,
    /// Expected output values written so far (what a harness will compare).
    pub expected: usize,
}

impl VecFile {
    pub fn comment(&mut self, s: &str) {
        let _ = writeln!(self.text, "# {s}");
    }
    /// A record whose fields are inputs or parameters.
    pub fn rec<I: IntoIterator<Item = i64>>(&mut self, tag: &str, fields: I) {
        self.text.push_str(tag);
        for f in fields {
            let _ = write!(self.text, " {f}");
        }
        self.text.push('\n');
    }
    /// A record of expected output values (counted).
    pub fn expect<I: IntoIterator<Item = i64>>(&mut self, tag: &str, fields: I) {
        let v: Vec<i64> = fields.into_iter().collect();
        self.expected += v.len();
        self.rec(tag, v);
    }
    /// Changes the first expected value of record tag `tag` by +1, so a correct harness must
    /// report a failure (the self-test of every co-simulation).
    pub fn corrupt_first(&mut self, tag: &str) {
        let prefix = format!("{tag} ");
        let mut out = String::with_capacity(self.text.len());
        let mut done = false;
        for line in self.text.lines() {
            if !done && line.starts_with(&prefix) {
                let mut parts: Vec<String> = line.split(' ').map(String::from).collect();
                let v: i64 = parts[1].parse().expect("numeric field");
                parts[1] = (v + 1).to_string();
                out.push_str(&parts.join(" "));
                done = true;
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        assert!(done, "no {tag} record to corrupt");
        self.text = out;
    }
    pub fn into_string(self) -> String {
        self.text
    }
}
