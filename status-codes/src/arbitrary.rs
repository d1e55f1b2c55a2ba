//! `Arbitrary`, with the `arbitrary` feature, for fuzzing: a generated enum is any code of its
//! table, a category or group enum any of its categories or groups, each as likely as
//! `Unstructured::choose` makes them; an [`AnyCode`] is any three-digit code.

use crate::any_code::THREE_DIGITS;
use crate::{AnyCode, StatusCode};
use arbitrary::{Arbitrary, Result, Unstructured};

/// `Arbitrary::arbitrary` of a generated enum, its category enum or its group enum: one of
/// `all`, its `ALL`.
///
/// # Errors
/// None: with too few bytes left, the first of `all`.
#[inline]
pub fn choose<T: Copy>(unstructured: &mut Unstructured<'_>, all: &[T]) -> Result<T> {
    unstructured.choose(all).copied()
}

/// `Arbitrary::size_hint` of a choice among `choices` values: the bytes `Unstructured::choose`
/// reads for it.
#[must_use]
pub const fn size_hint(choices: usize) -> (usize, Option<usize>) {
    let mut largest_index = choices.saturating_sub(1);
    let mut bytes = 0;
    while largest_index > 0 {
        bytes += 1;
        largest_index >>= 8;
    }
    (bytes, Some(bytes))
}

/// Any three-digit code, whether or not `T` has it.
impl<'a, T: StatusCode> Arbitrary<'a> for AnyCode<T> {
    fn arbitrary(unstructured: &mut Unstructured<'a>) -> Result<Self> {
        unstructured
            .int_in_range(THREE_DIGITS)
            .map(AnyCode::from_three_digits)
    }

    fn size_hint(_: usize) -> (usize, Option<usize>) {
        (2, Some(2))
    }
}

#[cfg(test)]
mod tests {
    use super::size_hint;
    use arbitrary::Unstructured;

    #[test]
    fn the_size_hint_is_what_a_choice_reads() {
        let bytes = [0xA5; 16];
        for choices in [1, 2, 24, 255, 256, 257, 900, 65_536, 65_537] {
            let mut unstructured = Unstructured::new(&bytes);
            unstructured.choose_index(choices).unwrap();
            let read = bytes.len() - unstructured.len();
            assert_eq!(size_hint(choices), (read, Some(read)), "{choices} choices");
        }
    }
}
