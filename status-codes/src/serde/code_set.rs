//! A set of three-digit codes in 120 bytes: enough to remember, without allocating, which codes
//! a name could stand for until the code itself is read.

use crate::StatusCode;
use crate::any_code::THREE_DIGITS;

/// One bit per three-digit code.
const WORDS: usize = (*THREE_DIGITS.end() - *THREE_DIGITS.start() + 1).div_ceil(64) as usize;

pub struct CodeSet([u64; WORDS]);

impl CodeSet {
    /// The codes of `T` whose name, alias or identifier is `text`.
    pub fn named<T: StatusCode>(text: &str) -> Self {
        let mut set = Self([0; WORDS]);
        for &status in T::ALL {
            if status.name() == text
                || status.identifier() == text
                || status.aliases().contains(&text)
            {
                let index = usize::from(status.code() - THREE_DIGITS.start());
                set.0[index / 64] |= 1 << (index % 64);
            }
        }
        set
    }

    pub fn contains(&self, code: u16) -> bool {
        let index = usize::from(code.saturating_sub(*THREE_DIGITS.start()));
        self.0
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }
}
