//! A quick hasher for the engine's own small keys (card ids, grid cells).

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are a few bytes long, and the standard hasher's guard against crafted
/// keys costs more than the rest of a look-up. The keys are the board's own ids and
/// positions, within the limits the checker sets.
pub(crate) type Quick = BuildHasherDefault<Fnv>;

pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
