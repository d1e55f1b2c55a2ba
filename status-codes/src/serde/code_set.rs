//! A set of three-digit codes in 113 bytes: enough to remember, without allocating, which codes
//! a name could stand for until the code itself is read.

use crate::StatusCode;

pub struct CodeSet([u64; 15]);

impl CodeSet {
    /// The codes of `T` whose name or identifier is `text`.
    pub fn named<T: StatusCode>(text: &str) -> Self {
        let mut set = Self([0; 15]);
        for &status in T::ALL {
            if status.name() == text || status.identifier() == text {
                let index = usize::from(status.code() - 100);
                set.0[index / 64] |= 1 << (index % 64);
            }
        }
        set
    }

    pub fn contains(&self, code: u16) -> bool {
        let index = usize::from(code.saturating_sub(100));
        self.0
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }
}
