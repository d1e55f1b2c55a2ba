//! A generated table as data, and every lookup over it, written once.
//!
//! `status_codes!` emits a [`Table`]: the entries in table order and the hash parameters it
//! found while expanding. The facade's `impl_table!` builds the lookup arrays from it in `const`
//! items, so they are computed by the compiler rather than written out, and reads them through
//! the `const fn`s of [`Lookup`]. Placing an entry and finding it again use the same function,
//! [`Slots::slot`] or [`Keys::hash`]; a hash that does not fit the table stops the build with a
//! `const` panic instead of giving a wrong answer.
//!
//! The arrays, for a table of `n` codes:
//! - `by_code`: the variant for `code - lowest`, over the span of codes (two bytes a slot):
//!   `from_code` is a subtraction, a bounds check and one load, for known and unknown codes.
//! - `names`, `display`, `positions`: a slot per code, where [`Slots`] puts it: `name()` and
//!   `Display` are one multiplication and one load with a slot hash.
//! - `keys`: the strings `from_name` accepts, each in the slot [`Keys`] gives it: one hash, one
//!   load and one comparison. Strings that no such hash tells apart are binary-searched in the
//!   order [`Keys::Sorted`] gives instead, which names each by its code and which of the code's
//!   strings it is, without a second array of strings.
//! - `identifiers`, `aliases`, `descriptions`: by position in the table, and empty when no code
//!   has one of its own.
//! - `members`: the codes grouped by category, each group in table order.

// A table has at most 900 codes and 99 categories, and its codes three digits: positions fit
// a `u16`, category indices and digits a `u8`.
#![allow(clippy::cast_possible_truncation)]

/// One table as `status_codes!` writes it: what the user wrote, in table order, and the hash
/// parameters found for it.
pub struct Table<T: 'static, C: 'static, G: 'static> {
    /// Every code's variant, in table order.
    pub variants: &'static [T],
    /// The codes, in table order.
    pub codes: &'static [u16],
    /// The documented names, in table order.
    pub names: &'static [&'static str],
    /// The codes whose identifier is not their name: position and identifier, in table order.
    pub identifiers: &'static [(u16, &'static str)],
    /// The codes with aliases: position and aliases, in table order.
    pub aliases: &'static [(u16, &'static [&'static str])],
    /// The codes with a description: position and description, in table order.
    pub descriptions: &'static [(u16, &'static str)],
    /// Each code's category, an index into the categories, in table order.
    pub categories: &'static [u8],
    /// Where the per-code strings go.
    pub slots: Slots,
    /// Where the strings `from_name` accepts go.
    pub keys: Keys,
    /// Every category's variant, in table order.
    pub category_variants: &'static [C],
    /// The categories' names.
    pub category_names: &'static [&'static str],
    /// The categories' headers, `"1xx"` or `"41x"`.
    pub category_headers: &'static [&'static str],
    /// The categories' ranges, both ends included.
    pub category_ranges: &'static [(u16, u16)],
    /// Every function group's variant, in table order.
    pub group_variants: &'static [G],
    /// The function groups' names.
    pub group_names: &'static [&'static str],
    /// The middle digit of the function groups' codes.
    pub group_digits: &'static [u8],
}

impl<T: 'static, C: 'static, G: 'static> Table<T, C, G> {
    /// A table without entries: the fields the macro leaves out when they are empty
    /// (identifiers that are all names, no aliases, descriptions or function groups) come from
    /// here.
    pub const EMPTY: Self = Table {
        variants: &[],
        codes: &[],
        names: &[],
        identifiers: &[],
        aliases: &[],
        descriptions: &[],
        categories: &[],
        slots: Slots::Dense,
        keys: Keys::Sorted(&[]),
        category_variants: &[],
        category_names: &[],
        category_headers: &[],
        category_ranges: &[],
        group_variants: &[],
        group_names: &[],
        group_digits: &[],
    };
}

/// The headers of the function groups, by middle digit.
const GROUP_HEADERS: [&str; 10] = [
    "x0x", "x1x", "x2x", "x3x", "x4x", "x5x", "x6x", "x7x", "x8x", "x9x",
];

/// How a code finds its slot in the arrays indexed by slot.
#[derive(Clone, Copy)]
pub enum Slots {
    /// `(code × multiplier) >> shift`, the top bits of a 32-bit product: `1 << (32 - shift)`
    /// slots, a few times the number of codes, none shared.
    Hash {
        /// Odd, found at expansion time.
        multiplier: u32,
        /// `32 - log2(slots)`.
        shift: u32,
    },
    /// `code - lowest`: a table whose codes leave no gap.
    Dense,
    /// The position in the table, read from an array over the span of codes: large tables, or
    /// codes that no small slot hash tells apart.
    Indexed,
}

/// How a string `from_name` accepts finds its slot.
#[derive(Clone, Copy)]
pub enum Keys {
    /// `(first × a + last × b + length + third × c) & (slots - 1)`, where `third` is the byte at
    /// `probe` (or the last one, in a shorter string): no two accepted strings share a slot.
    Hash {
        /// Multiplier of the first byte.
        a: usize,
        /// Multiplier of the last byte.
        b: usize,
        /// One-based position of the third byte.
        probe: usize,
        /// Multiplier of the third byte; zero when two bytes and the length suffice.
        c: usize,
        /// A power of two.
        slots: usize,
    },
    /// No such hash: the strings in byte order, each as its code's position in the table and
    /// which of the code's strings it is: 0 its documented name, 1 its identifier, `2 + n` its
    /// alias `n`. A binary search finds them.
    Sorted(&'static [(u16, u16)]),
}

impl Slots {
    /// [`Slots::Hash`].
    #[must_use]
    pub const fn hash(multiplier: u32, shift: u32) -> Self {
        Slots::Hash { multiplier, shift }
    }

    /// The slot of `code`, a code of the table; `index` is the table's `index` array.
    #[must_use]
    #[inline]
    pub const fn slot(self, code: u16, lowest: u16, index: &[u16]) -> usize {
        match self {
            Slots::Hash { multiplier, shift } => {
                ((code as u32).wrapping_mul(multiplier) >> shift) as usize
            }
            Slots::Dense => code.wrapping_sub(lowest) as usize,
            Slots::Indexed => index[code.wrapping_sub(lowest) as usize] as usize,
        }
    }
}

impl Keys {
    /// [`Keys::Hash`], from `a`, `b`, `probe`, `c` and `slots`.
    #[must_use]
    pub const fn hashed([a, b, probe, c, slots]: [usize; 5]) -> Self {
        Keys::Hash {
            a,
            b,
            probe,
            c,
            slots,
        }
    }

    /// The slot of `key`, which is not empty.
    #[must_use]
    #[inline]
    pub const fn hash(self, key: &[u8]) -> usize {
        match self {
            Keys::Hash {
                a,
                b,
                probe,
                c,
                slots,
            } => {
                let length = key.len();
                let third = if probe < length { probe } else { length };
                (key[0] as usize)
                    .wrapping_mul(a)
                    .wrapping_add((key[length - 1] as usize).wrapping_mul(b))
                    .wrapping_add(length)
                    .wrapping_add((key[third - 1] as usize).wrapping_mul(c))
                    & (slots - 1)
            }
            Keys::Sorted(_) => 0,
        }
    }
}

/// The arrays built from a [`Table`], which every lookup reads.
pub struct Lookup<T: 'static, C: 'static, G: 'static> {
    /// The table.
    pub table: &'static Table<T, C, G>,
    /// The lowest code.
    pub lowest: u16,
    /// The variant for `code - lowest`.
    pub by_code: &'static [Option<T>],
    /// The position for `code - lowest`, with [`Slots::Indexed`]; empty otherwise.
    pub index: &'static [u16],
    /// The documented name in each code's slot.
    pub names: &'static [&'static str],
    /// The `Display` form in each code's slot.
    pub display: &'static [&'static str],
    /// The position in the table of each code's slot; empty when every code's slot is its
    /// position (see [`Table::slots_in_order`]).
    pub positions: &'static [u16],
    /// The identifiers, by position; empty when every identifier is the code's name.
    pub identifiers: &'static [&'static str],
    /// The aliases, by position; empty when no code has one.
    pub aliases: &'static [&'static [&'static str]],
    /// The descriptions, by position; empty when no code has one.
    pub descriptions: &'static [Option<&'static str>],
    /// The strings `from_name` accepts, each with its variant, in the slots [`Keys::Hash`]
    /// gives; empty with [`Keys::Sorted`].
    pub keys: &'static [(&'static str, Option<T>)],
    /// The variants by category (in category order), then by function group (in group order),
    /// each in table order.
    pub members: &'static [T],
    /// Where each category's and then each function group's members start in `members`, and
    /// where the last ones end.
    pub member_starts: &'static [u16],
    /// The category indices, the narrowest range first.
    pub narrowest: &'static [u8],
    /// The function group of each middle digit.
    pub groups: &'static [Option<G>; 10],
}

impl<T: Copy, C: Copy, G: Copy> Lookup<T, C, G> {
    /// The slot of a code of the table.
    #[inline]
    const fn slot(&self, code: u16) -> usize {
        self.table.slots.slot(code, self.lowest, self.index)
    }

    /// The position in the table of a code of the table: its slot, when every code's slot is
    /// its position.
    #[inline]
    const fn position(&self, code: u16) -> usize {
        if self.positions.is_empty() {
            self.slot(code)
        } else {
            self.positions[self.slot(code)] as usize
        }
    }

    /// The variant for `code`, if the table has it.
    #[must_use]
    #[inline]
    pub const fn from_code(&self, code: u16) -> Option<T> {
        let offset = code.wrapping_sub(self.lowest) as usize;
        if offset < self.by_code.len() {
            self.by_code[offset]
        } else {
            None
        }
    }

    /// The documented name of a code of the table.
    #[must_use]
    #[inline]
    pub const fn name(&self, code: u16) -> &'static str {
        self.names[self.slot(code)]
    }

    /// The `Display` form of a code of the table: `"411 TwofaTimeout"`.
    #[must_use]
    #[inline]
    pub const fn display(&self, code: u16) -> &'static str {
        self.display[self.slot(code)]
    }

    /// The identifier of a code of the table.
    #[must_use]
    #[inline]
    pub const fn identifier(&self, code: u16) -> &'static str {
        if self.identifiers.is_empty() {
            self.name(code)
        } else {
            self.identifiers[self.position(code)]
        }
    }

    /// The aliases of a code of the table.
    #[must_use]
    #[inline]
    pub const fn aliases(&self, code: u16) -> &'static [&'static str] {
        if self.aliases.is_empty() {
            return &[];
        }
        self.aliases[self.position(code)]
    }

    /// The description of a code of the table.
    #[must_use]
    #[inline]
    pub const fn description(&self, code: u16) -> Option<&'static str> {
        if self.descriptions.is_empty() {
            return None;
        }
        self.descriptions[self.position(code)]
    }

    /// The category of a code of the table.
    #[must_use]
    #[inline]
    pub const fn category(&self, code: u16) -> C {
        let table = self.table;
        table.category_variants[table.categories[self.position(code)] as usize]
    }

    /// Whether a code of the table belongs to the category at `index`.
    #[must_use]
    #[inline]
    pub const fn in_category(&self, code: u16, index: usize) -> bool {
        self.table.categories[self.position(code)] as usize == index
    }

    /// The variant with this name, alias or identifier.
    #[must_use]
    #[inline]
    pub fn from_name(&self, name: &str) -> Option<T> {
        let bytes = name.as_bytes();
        match self.table.keys {
            Keys::Hash { .. } => {
                if bytes.is_empty() {
                    return None;
                }
                let (key, status) = self.keys[self.table.keys.hash(bytes)];
                if key.as_bytes() == bytes {
                    status
                } else {
                    None
                }
            }
            Keys::Sorted(order) => {
                let found = order.binary_search_by(|&key| self.key_text(key).as_bytes().cmp(bytes));
                Some(self.table.variants[order[found.ok()?].0 as usize])
            }
        }
    }

    /// The string of a key of [`Keys::Sorted`], as [`key_text`] reads it.
    #[inline]
    const fn key_text(&self, key: (u16, u16)) -> &'static str {
        key_text(self.table.names, self.identifiers, self.aliases, key)
    }

    /// The category at `index`'s codes, in table order.
    #[must_use]
    #[inline]
    pub const fn members(&self, index: usize) -> &'static [T] {
        let end = self.member_starts[index + 1] as usize;
        let start = self.member_starts[index] as usize;
        self.members.split_at(end).0.split_at(start).1
    }

    /// The narrowest category whose range covers `code`, whether or not the table has it.
    #[must_use]
    #[inline]
    pub const fn category_of(&self, code: u16) -> Option<C> {
        match self.narrowest_covering(code) {
            Some(index) => Some(self.table.category_variants[index]),
            None => None,
        }
    }

    /// Whether `code` belongs to the category at `index`: the narrowest category covering it.
    #[must_use]
    #[inline]
    pub const fn category_contains(&self, index: usize, code: u16) -> bool {
        matches!(self.narrowest_covering(code), Some(narrowest) if narrowest == index)
    }

    /// The index of the narrowest category whose range covers `code`.
    #[inline]
    const fn narrowest_covering(&self, code: u16) -> Option<usize> {
        let mut next = 0;
        while next < self.narrowest.len() {
            let index = self.narrowest[next] as usize;
            let (first, last) = self.table.category_ranges[index];
            if first <= code && code <= last {
                return Some(index);
            }
            next += 1;
        }
        None
    }

    /// The name of the category at `index`.
    #[must_use]
    #[inline]
    pub const fn category_name(&self, index: usize) -> &'static str {
        self.table.category_names[index]
    }

    /// The header of the category at `index`.
    #[must_use]
    #[inline]
    pub const fn header(&self, index: usize) -> &'static str {
        self.table.category_headers[index]
    }

    /// The range of the category at `index`.
    #[must_use]
    #[inline]
    pub const fn range(&self, index: usize) -> core::ops::RangeInclusive<u16> {
        let (first, last) = self.table.category_ranges[index];
        core::ops::RangeInclusive::new(first, last)
    }

    /// The function group of any three-digit code, by its middle digit.
    #[must_use]
    #[inline]
    pub const fn group(&self, code: u16) -> Option<G> {
        if 100 <= code && code <= 999 {
            self.groups[middle_digit(code) as usize]
        } else {
            None
        }
    }

    /// The name of the function group at `index`.
    #[must_use]
    #[inline]
    pub const fn group_name(&self, index: usize) -> &'static str {
        self.table.group_names[index]
    }

    /// The middle digit of the function group at `index`.
    #[must_use]
    #[inline]
    pub const fn group_digit(&self, index: usize) -> u8 {
        self.table.group_digits[index]
    }

    /// The header of the function group at `index`, `"x2x"`.
    #[must_use]
    #[inline]
    pub const fn group_header(&self, index: usize) -> &'static str {
        GROUP_HEADERS[self.table.group_digits[index] as usize]
    }

    /// The codes of the table in the function group at `index`, in table order.
    #[must_use]
    #[inline]
    pub const fn group_members(&self, index: usize) -> &'static [T] {
        self.members(self.table.category_variants.len() + index)
    }

    /// Whether a code of the table belongs to the function group at `index`.
    #[must_use]
    #[inline]
    pub const fn in_group(&self, code: u16, index: usize) -> bool {
        middle_digit(code) == self.table.group_digits[index]
    }

    /// The function group with this name.
    #[must_use]
    pub fn group_from_name(&self, name: &str) -> Option<G> {
        by_name(self.table.group_names, self.table.group_variants, name)
    }

    /// The category with this name.
    #[must_use]
    pub fn category_from_name(&self, name: &str) -> Option<C> {
        by_name(
            self.table.category_names,
            self.table.category_variants,
            name,
        )
    }
}

/// The value whose name, at the same index, is `name`.
fn by_name<V: Copy>(names: &[&str], values: &[V], name: &str) -> Option<V> {
    let index = names.iter().position(|candidate| *candidate == name)?;
    Some(values[index])
}

/// Builders of the arrays, run by the compiler in the `const` items of `impl_table!`.
impl<T: Copy, C: Copy, G: Copy> Table<T, C, G> {
    /// The lowest code; 0 for a table without codes.
    #[must_use]
    pub const fn lowest(&self) -> u16 {
        let mut lowest = u16::MAX;
        let mut i = 0;
        while i < self.codes.len() {
            if self.codes[i] < lowest {
                lowest = self.codes[i];
            }
            i += 1;
        }
        if self.codes.is_empty() { 0 } else { lowest }
    }

    /// The number of codes from the lowest to the highest.
    #[must_use]
    pub const fn span(&self) -> usize {
        let lowest = self.lowest();
        let mut span = 0;
        let mut i = 0;
        while i < self.codes.len() {
            let offset = (self.codes[i] - lowest) as usize + 1;
            if offset > span {
                span = offset;
            }
            i += 1;
        }
        span
    }

    /// `by_code`: the variant for `code - lowest`.
    #[must_use]
    pub const fn by_code<const SPAN: usize>(&self) -> [Option<T>; SPAN] {
        let lowest = self.lowest();
        let mut by_code = [None; SPAN];
        let mut i = 0;
        while i < self.codes.len() {
            by_code[(self.codes[i] - lowest) as usize] = Some(self.variants[i]);
            i += 1;
        }
        by_code
    }

    /// The length of the `index` array: the span with [`Slots::Indexed`], else nothing.
    #[must_use]
    pub const fn index_len(&self) -> usize {
        match self.slots {
            Slots::Indexed => self.span(),
            Slots::Hash { .. } | Slots::Dense => 0,
        }
    }

    /// `index`: the position of `code - lowest`, with [`Slots::Indexed`].
    #[must_use]
    pub const fn index<const LEN: usize>(&self) -> [u16; LEN] {
        let mut index = [0; LEN];
        if LEN > 0 {
            let lowest = self.lowest();
            let mut i = 0;
            while i < self.codes.len() {
                index[(self.codes[i] - lowest) as usize] = i as u16;
                i += 1;
            }
        }
        index
    }

    /// The length of the arrays indexed by slot.
    #[must_use]
    pub const fn slot_count(&self) -> usize {
        match self.slots {
            Slots::Hash { shift, .. } => 1 << (32 - shift),
            Slots::Dense | Slots::Indexed => self.codes.len(),
        }
    }

    /// Whether every code's slot is its position in the table: with [`Slots::Indexed`], and
    /// with [`Slots::Dense`] when the codes are in numeric order. The slot is then the
    /// position, with no array to read it from.
    #[must_use]
    pub const fn slots_in_order(&self) -> bool {
        match self.slots {
            Slots::Indexed => true,
            Slots::Hash { .. } => false,
            Slots::Dense => {
                let lowest = self.lowest();
                let mut i = 0;
                while i < self.codes.len() {
                    if (self.codes[i] - lowest) as usize != i {
                        return false;
                    }
                    i += 1;
                }
                true
            }
        }
    }

    /// `values`, one per code in table order, each in its code's slot; `empty` elsewhere.
    ///
    /// # Panics
    /// At compile time, if two codes share a slot: the hash parameters do not fit the table.
    #[must_use]
    pub const fn place<V: Copy, const COUNT: usize>(
        &self,
        index: &[u16],
        values: &[V],
        empty: V,
    ) -> [V; COUNT] {
        let lowest = self.lowest();
        let mut placed = [empty; COUNT];
        let mut taken = [false; COUNT];
        let mut i = 0;
        while i < self.codes.len() {
            let slot = self.slots.slot(self.codes[i], lowest, index);
            assert!(
                !taken[slot],
                "two codes share a slot: the slot hash does not fit the table"
            );
            taken[slot] = true;
            placed[slot] = values[i];
            i += 1;
        }
        placed
    }

    /// The positions in table order, `0..N`, for [`place`](Self::place).
    #[must_use]
    pub const fn positions<const N: usize>(&self) -> [u16; N] {
        let mut positions = [0; N];
        let mut i = 0;
        while i < N {
            positions[i] = i as u16;
            i += 1;
        }
        positions
    }

    /// The length of every `Display` form, end to end.
    #[must_use]
    pub const fn text_len(&self) -> usize {
        let mut len = 0;
        let mut i = 0;
        while i < self.names.len() {
            len += 4 + self.names[i].len();
            i += 1;
        }
        len
    }

    /// Every `Display` form, `"411 TwofaTimeout"`, end to end in table order.
    #[must_use]
    pub const fn text<const LEN: usize>(&self) -> [u8; LEN] {
        let mut text = [0; LEN];
        let mut at = 0;
        let mut i = 0;
        while i < self.codes.len() {
            let code = self.codes[i];
            text[at] = b'0' + (code / 100) as u8;
            text[at + 1] = b'0' + middle_digit(code);
            text[at + 2] = b'0' + (code % 10) as u8;
            text[at + 3] = b' ';
            at += 4;
            let name = self.names[i].as_bytes();
            let mut j = 0;
            while j < name.len() {
                text[at] = name[j];
                at += 1;
                j += 1;
            }
            i += 1;
        }
        text
    }

    /// The `Display` forms in table order, cut from [`text`](Self::text).
    ///
    /// # Panics
    /// Never: the text is made of the names, which are UTF-8.
    #[must_use]
    pub const fn display<const N: usize>(&self, text: &'static [u8]) -> [&'static str; N] {
        let mut display = [""; N];
        let mut at = 0;
        let mut i = 0;
        while i < N {
            let end = at + 4 + self.names[i].len();
            let (form, _) = text.split_at(end);
            display[i] = match core::str::from_utf8(form.split_at(at).1) {
                Ok(form) => form,
                Err(_) => panic!("a name is not UTF-8"),
            };
            at = end;
            i += 1;
        }
        display
    }

    /// The length of an array by position: the number of codes, or none when `entries` is
    /// empty.
    const fn by_position_len<V>(&self, entries: &[V]) -> usize {
        if entries.is_empty() {
            0
        } else {
            self.codes.len()
        }
    }

    /// The length of the identifiers by position.
    #[must_use]
    pub const fn identifiers_len(&self) -> usize {
        self.by_position_len(self.identifiers)
    }

    /// The length of the aliases by position.
    #[must_use]
    pub const fn aliases_len(&self) -> usize {
        self.by_position_len(self.aliases)
    }

    /// The length of the descriptions by position.
    #[must_use]
    pub const fn descriptions_len(&self) -> usize {
        self.by_position_len(self.descriptions)
    }

    /// The identifiers by position.
    #[must_use]
    pub const fn identifiers_by_position<const N: usize>(&self) -> [&'static str; N] {
        let mut identifiers = [""; N];
        if N > 0 {
            let mut i = 0;
            while i < N {
                identifiers[i] = self.names[i];
                i += 1;
            }
            i = 0;
            while i < self.identifiers.len() {
                identifiers[self.identifiers[i].0 as usize] = self.identifiers[i].1;
                i += 1;
            }
        }
        identifiers
    }

    /// The aliases by position.
    #[must_use]
    pub const fn aliases_by_position<const N: usize>(&self) -> [&'static [&'static str]; N] {
        let mut aliases: [&'static [&'static str]; N] = [&[]; N];
        let mut i = 0;
        while i < self.aliases.len() {
            aliases[self.aliases[i].0 as usize] = self.aliases[i].1;
            i += 1;
        }
        aliases
    }

    /// The descriptions by position.
    #[must_use]
    pub const fn descriptions_by_position<const N: usize>(&self) -> [Option<&'static str>; N] {
        let mut descriptions = [None; N];
        let mut i = 0;
        while i < self.descriptions.len() {
            descriptions[self.descriptions[i].0 as usize] = Some(self.descriptions[i].1);
            i += 1;
        }
        descriptions
    }

    /// The length of the `keys` array.
    #[must_use]
    pub const fn key_count(&self) -> usize {
        match self.keys {
            Keys::Hash { slots, .. } => slots,
            Keys::Sorted(_) => 0,
        }
    }

    /// With [`Keys::Hash`], the strings `from_name` accepts, each with its variant: every
    /// documented name, every alias, every identifier, in this order of precedence, each in its
    /// slot, where the first string of a kind wins. Nothing with [`Keys::Sorted`], whose order
    /// is checked instead. `identifiers` and `aliases` are by position.
    ///
    /// # Panics
    /// At compile time, if two different strings share a slot, or if the order of
    /// [`Keys::Sorted`] is not the strings' byte order.
    #[must_use]
    pub const fn keys<const COUNT: usize>(
        &self,
        identifiers: &[&'static str],
        aliases: &[&'static [&'static str]],
    ) -> [(&'static str, Option<T>); COUNT] {
        if let Keys::Sorted(order) = self.keys {
            let mut next = 1;
            while next < order.len() {
                let earlier = key_text(self.names, identifiers, aliases, order[next - 1]);
                let later = key_text(self.names, identifiers, aliases, order[next]);
                assert!(before(earlier, later), "the names are not in byte order");
                next += 1;
            }
        }
        let mut keys = [("", None); COUNT];
        let mut key = 0;
        while COUNT > 0 && key < self.key_candidates() {
            let (position, which) = self.key_candidate(key);
            let text = key_text(self.names, identifiers, aliases, (position, which));
            let slot = self.keys.hash(text.as_bytes());
            if keys[slot].1.is_none() {
                keys[slot] = (text, Some(self.variants[position as usize]));
            } else {
                assert!(
                    same(keys[slot].0, text),
                    "two names share a slot: the name hash does not fit the table"
                );
            }
            key += 1;
        }
        keys
    }

    /// The number of strings in the list of every name, alias and identifier.
    const fn key_candidates(&self) -> usize {
        let mut count = 2 * self.codes.len();
        let mut i = 0;
        while i < self.aliases.len() {
            count += self.aliases[i].1.len();
            i += 1;
        }
        count
    }

    /// The string at `key` in the list of every name, every alias, every identifier: the
    /// position of its code and which of the code's strings it is, as [`key_text`] reads them.
    const fn key_candidate(&self, key: usize) -> (u16, u16) {
        let count = self.codes.len();
        if key < count {
            return (key as u16, 0);
        }
        let mut key = key - count;
        let mut i = 0;
        while i < self.aliases.len() {
            let (position, aliases) = self.aliases[i];
            if key < aliases.len() {
                return (position, 2 + key as u16);
            }
            key -= aliases.len();
            i += 1;
        }
        (key as u16, 1)
    }

    /// The number of entries of [`members`](Self::members): every code once for its category,
    /// and once more if its middle digit has a function group.
    #[must_use]
    pub const fn member_count(&self) -> usize {
        let mut count = self.codes.len();
        let mut i = 0;
        while i < self.codes.len() {
            if self.group_of_digit(self.codes[i]).is_some() {
                count += 1;
            }
            i += 1;
        }
        count
    }

    /// The number of entries of [`member_starts`](Self::member_starts).
    #[must_use]
    pub const fn member_start_count(&self) -> usize {
        self.category_variants.len() + self.group_variants.len() + 1
    }

    /// The index of the function group of `code`'s middle digit.
    const fn group_of_digit(&self, code: u16) -> Option<usize> {
        let digit = middle_digit(code);
        let mut index = 0;
        while index < self.group_digits.len() {
            if self.group_digits[index] == digit {
                return Some(index);
            }
            index += 1;
        }
        None
    }

    /// The variants by category (in category order), then by function group (in group order),
    /// each in table order.
    ///
    /// # Panics
    /// Never: a table without codes has no members.
    #[must_use]
    pub const fn members<const LEN: usize>(&self) -> [T; LEN] {
        let count = self.codes.len();
        // Any variant fills the array before it is written; a table without codes has none.
        let mut members = match (self.variants.first(), self.variants.first_chunk::<LEN>()) {
            (Some(&first), _) => [first; LEN],
            (None, Some(&empty)) => empty,
            (None, None) => panic!("a table without codes has no members"),
        };
        let mut next = 0;
        let mut category = 0;
        while category < self.category_variants.len() {
            let mut i = 0;
            while i < count {
                if self.categories[i] as usize == category {
                    members[next] = self.variants[i];
                    next += 1;
                }
                i += 1;
            }
            category += 1;
        }
        let mut group = 0;
        while group < self.group_variants.len() {
            let mut i = 0;
            while i < count {
                if middle_digit(self.codes[i]) == self.group_digits[group] {
                    members[next] = self.variants[i];
                    next += 1;
                }
                i += 1;
            }
            group += 1;
        }
        members
    }

    /// The function group of each middle digit.
    #[must_use]
    pub const fn groups(&self) -> [Option<G>; 10] {
        let mut groups = [None; 10];
        let mut index = 0;
        while index < self.group_variants.len() {
            groups[self.group_digits[index] as usize] = Some(self.group_variants[index]);
            index += 1;
        }
        groups
    }

    /// Where each category's and then each function group's members start in
    /// [`members`](Self::members), and where the last ones end.
    #[must_use]
    pub const fn member_starts<const LEN: usize>(&self) -> [u16; LEN] {
        let mut starts = [0; LEN];
        let categories = self.category_variants.len();
        let mut i = 0;
        while i < self.codes.len() {
            starts[self.categories[i] as usize + 1] += 1;
            if let Some(group) = self.group_of_digit(self.codes[i]) {
                starts[categories + group + 1] += 1;
            }
            i += 1;
        }
        let mut index = 1;
        while index < LEN {
            starts[index] += starts[index - 1];
            index += 1;
        }
        starts
    }

    /// The category indices, the narrowest range first (table order among equals): a code
    /// belongs to the first whose range covers it.
    #[must_use]
    pub const fn narrowest<const LEN: usize>(&self) -> [u8; LEN] {
        let mut order = [0; LEN];
        let mut i = 0;
        while i < LEN {
            // Insertion sort: tables have a handful of categories.
            let narrower = width(self.category_ranges[i]);
            let mut at = i;
            while at > 0 && narrower < width(self.category_ranges[order[at - 1] as usize]) {
                order[at] = order[at - 1];
                at -= 1;
            }
            order[at] = i as u8;
            i += 1;
        }
        order
    }
}

/// The middle digit of a three-digit code, which function groups go by.
const fn middle_digit(code: u16) -> u8 {
    (code / 10 % 10) as u8
}

const fn width((first, last): (u16, u16)) -> u16 {
    last.saturating_sub(first)
}

/// One of the strings `from_name` accepts, `(position, which)`: of the code at `position`, its
/// documented name for `which` 0, its identifier for 1 and its alias `n` for `2 + n`. `names`,
/// `identifiers` (empty when every identifier is the name) and `aliases` are by position.
#[inline]
const fn key_text(
    names: &[&'static str],
    identifiers: &[&'static str],
    aliases: &[&'static [&'static str]],
    (position, which): (u16, u16),
) -> &'static str {
    let position = position as usize;
    match which {
        0 => names[position],
        1 if identifiers.is_empty() => names[position],
        1 => identifiers[position],
        alias => aliases[position][alias as usize - 2],
    }
}

/// Whether `a` sorts before `b`, byte by byte, as `str`'s `Ord` does.
const fn before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
#[path = "table/tests.rs"]
mod tests;
