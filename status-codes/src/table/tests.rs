//! The lookups over hand-written tables, one per way of finding a slot and a name: the same
//! answers as a reference built from the entries, whatever the order of the table.

extern crate std;

use crate::__private::Slots;
use crate::{StatusCategory, StatusCode};
use std::format;
use std::string::ToString;
use std::vec::Vec;

/// A module of a hand-written table without function groups: the enums `Code` and `Category`
/// with their variants, the rest of the table's data, and the items `__impl_table!` writes from
/// the remaining arguments (its examples and predicates).
macro_rules! table_module {
    (
        $(#[$attribute:meta])*
        $module:ident,
        Code { $($variant:ident = $code:literal),+ $(,)? },
        Category { $($category:ident),+ $(,)? },
        Table { $($field:ident: $value:expr),+ $(,)? },
        $($lookups:tt)+
    ) => {
        $(#[$attribute])*
        mod $module {
            use crate::__private::{Keys, Slots, Table};

            #[derive(PartialEq, Eq)]
            #[repr(u16)]
            pub enum Code {
                $($variant = $code,)+
            }

            #[derive(PartialEq, Eq)]
            pub enum Category {
                $($category,)+
            }

            impl Code {
                const __TABLE: Table<Self, Category, crate::NoGroup<Self>> = Table {
                    variants: &[$(Self::$variant),+],
                    codes: &[$($code),+],
                    category_variants: &[$(Category::$category),+],
                    group_variants: &[],
                    group_names: &[],
                    group_digits: &[],
                    $($field: $value,)+
                };
            }

            #[allow(unused_imports)]
            const _: () = {
                crate::__impl_table! { Code, Category, crate::NoGroup<Code>, "Code", $($lookups)+ }
                impl crate::__private::Generated for Code {}
                impl crate::__private::Generated for Category {}
            };
        }
    };
}

/// A table of four codes out of numeric order, in two nested categories (`10x` inside `1xx`),
/// with identifiers that differ from the names, an alias and a description.
macro_rules! sparse_table {
    ($module:ident, $slots:expr, $keys:expr) => {
        table_module! {
            $module,
            Code { A = 100, B = 102, C = 101, D = 150 },
            Category { Low, Nested },
            Table {
                names: &["Alpha", "Bravo", "Charlie", "Delta"],
                identifiers: &[(0, "A"), (1, "B"), (2, "C"), (3, "D")],
                aliases: &[(3, &["Echo"])],
                descriptions: &[(1, "Second.")],
                categories: &[1, 1, 1, 0],
                slots: $slots,
                keys: $keys,
                category_names: &["Low", "Nested"],
                category_headers: &["1xx", "10x"],
                category_ranges: &[(100, 199), (100, 109)],
            },
            examples: "Alpha" "A",
            predicates: [is_low 0 "Low.", is_nested 1 "Nested.",]
        }
    };
}

sparse_table!(
    hashed,
    Slots::hash(2_654_435_761, 29),
    Keys::hashed([2, 7, 1, 0, 16])
);
sparse_table!(
    indexed,
    Slots::Indexed,
    Keys::Sorted(&[
        (0, 1),
        (0, 0),
        (1, 1),
        (1, 0),
        (2, 1),
        (2, 0),
        (3, 1),
        (3, 0),
        (3, 2)
    ])
);

/// Every lookup of a sparse table against its entries.
fn check_sparse<T: StatusCode>(variants: [T; 4], low: T::Category, nested: T::Category) {
    let entries = [
        (100, "Alpha", "A", nested),
        (102, "Bravo", "B", nested),
        (101, "Charlie", "C", nested),
        (150, "Delta", "D", low),
    ];
    for code in 0..=1000 {
        let entry = entries.iter().position(|entry| entry.0 == code);
        assert_eq!(T::from_code(code), entry.map(|at| variants[at]), "{code}");
    }
    for (&(code, name, identifier, category), status) in entries.iter().zip(variants) {
        assert_eq!(status.code(), code);
        assert_eq!(status.name(), name);
        assert_eq!(status.identifier(), identifier);
        assert_eq!(format!("{status:?}"), identifier);
        assert_eq!(status.to_string(), format!("{code} {name}"));
        assert_eq!(status.category(), category);
        assert_eq!(T::from_name(name), Some(status));
        assert_eq!(T::from_name(identifier), Some(status));
        assert_eq!(format!("{code} {name}").parse::<T>(), Ok(status));
    }
    assert_eq!(T::from_name("Echo"), Some(variants[3]));
    assert_eq!(variants[3].aliases(), ["Echo"]);
    assert!(variants[0].aliases().is_empty());
    assert_eq!(variants[1].description(), Some("Second."));
    assert_eq!(variants[0].description(), None);
    for missing in ["", "alpha", "Alphas", "E", "Echo ", "Bravo\0"] {
        assert_eq!(T::from_name(missing), None, "{missing:?}");
    }
    assert_eq!(T::ALL, variants);
    // Categories: the narrowest range wins, members keep table order.
    assert_eq!(T::Category::ALL, [low, nested]);
    assert_eq!(nested.members(), &variants[..3]);
    assert_eq!(low.members(), &variants[3..]);
    assert_eq!(T::Category::from_code(105), Some(nested));
    assert_eq!(T::Category::from_code(110), Some(low));
    assert_eq!(T::Category::from_code(99), None);
    assert_eq!(T::Category::from_code(200), None);
    assert!(nested.contains(109) && !low.contains(109) && low.contains(199));
    assert_eq!(nested.range(), 100..=109);
    assert_eq!((low.name(), low.header()), ("Low", "1xx"));
    assert_eq!(T::Category::from_name("Nested"), Some(nested));
    assert_eq!(T::Category::from_name("nested"), None);
}

#[test]
fn a_sparse_table_through_a_slot_hash_and_a_name_hash() {
    use hashed::{Category, Code};
    check_sparse(
        [Code::A, Code::B, Code::C, Code::D],
        Category::Low,
        Category::Nested,
    );
    assert!(Code::D.is_low() && Code::A.is_nested() && !Code::A.is_low());
}

#[test]
fn a_sparse_table_through_an_index_and_sorted_names() {
    use indexed::{Category, Code};
    check_sparse(
        [Code::A, Code::B, Code::C, Code::D],
        Category::Low,
        Category::Nested,
    );
    assert_eq!(Code::from_name("Delta"), Some(Code::D));
}

table_module! {
    /// A table without gaps, out of numeric order, whose identifiers are its names.
    dense,
    Code { Bravo = 101, Alpha = 100, Charlie = 102 },
    Category { Progress },
    Table {
        names: &["Bravo", "Alpha", "Charlie"],
        identifiers: &[],
        aliases: &[],
        descriptions: &[],
        categories: &[0, 0, 0],
        slots: Slots::Dense,
        keys: Keys::hashed([1, 4, 1, 0, 16]),
        category_names: &["Progress"],
        category_headers: &["1xx"],
        category_ranges: &[(100, 199)],
    },
    examples: "Bravo" "Bravo",
    predicates: [is_progress 0 "Progress.",]
}

#[test]
fn a_gapless_table_out_of_numeric_order() {
    use dense::Code;
    let entries = [
        (101, "Bravo", Code::Bravo),
        (100, "Alpha", Code::Alpha),
        (102, "Charlie", Code::Charlie),
    ];
    for (code, name, status) in entries {
        assert_eq!(Code::from_code(code), Some(status));
        assert_eq!(status.name(), name);
        assert_eq!(status.identifier(), name);
        assert_eq!(status.to_string(), format!("{code} {name}"));
        assert_eq!(Code::from_name(name), Some(status));
    }
    assert_eq!(Code::from_code(99), None);
    assert_eq!(Code::from_code(103), None);
    assert_eq!(
        Code::ALL.iter().map(|s| s.code()).collect::<Vec<_>>(),
        [101, 100, 102]
    );
    assert!(Code::Alpha.is_progress());
    assert_eq!(Code::Alpha.to_string().len(), "100 Alpha".len());
    assert_eq!(format!("{:>12}", Code::Alpha), "   100 Alpha");
    assert_eq!(format!("{:?}", Code::Alpha), "Alpha");
    assert!(Code::Alpha < Code::Bravo && Code::Bravo < Code::Charlie);
    assert_eq!("100 Alpha".to_string().parse::<Code>(), Ok(Code::Alpha));
}

/// A table with function groups, out of numeric order, with a category nested in another and
/// written after it.
mod grouped {
    use crate::__private::{Keys, Slots, Table};

    #[derive(PartialEq, Eq)]
    #[repr(u16)]
    pub enum Code {
        A = 150,
        B = 120,
        C = 220,
        D = 310,
        E = 125,
    }

    #[derive(PartialEq, Eq)]
    pub enum Category {
        Low,
        Mid,
        High,
        Twelve,
    }

    #[derive(PartialEq, Eq)]
    pub enum Group {
        Connections,
        Files,
    }

    impl Code {
        const __TABLE: Table<Self, Category, Group> = Table {
            variants: &[Self::A, Self::B, Self::C, Self::D, Self::E],
            codes: &[150, 120, 220, 310, 125],
            names: &["Alpha", "Bravo", "Charlie", "Delta", "Echo"],
            identifiers: &[(0, "A"), (1, "B"), (2, "C"), (3, "D"), (4, "E")],
            aliases: &[(2, &["Cee", "See"])],
            categories: &[0, 3, 1, 2, 3],
            slots: Slots::Indexed,
            keys: Keys::hashed([5, 16, 1, 0, 32]),
            category_variants: &[
                Category::Low,
                Category::Mid,
                Category::High,
                Category::Twelve,
            ],
            category_names: &["Low", "Mid", "High", "Twelve"],
            category_headers: &["1xx", "2xx", "3xx", "12x"],
            category_ranges: &[(100, 199), (200, 299), (300, 399), (120, 129)],
            group_variants: &[Group::Connections, Group::Files],
            group_names: &["Connections", "Files"],
            group_digits: &[2, 5],
            ..Table::EMPTY
        };
    }

    #[allow(unused_imports)]
    const _: () = {
        crate::__impl_table! {
            Code, Category, Group, "Code",
            examples: "Alpha" "A",
            predicates: [is_low 0 "Low.", is_mid 1 "Mid.", is_high 2 "High.", is_twelve 3 "Twelve.",]
        }
        crate::__impl_table! { @groups Code, Group, [is_connections 0 "Connections.", is_files 1 "Files.",] }
        impl crate::__private::Generated for Code {}
        impl crate::__private::Generated for Category {}
        impl crate::__private::Generated for Group {}
    };
}

#[test]
fn function_groups_by_the_middle_digit() {
    use crate::StatusGroup;
    use grouped::{Code, Group};
    let expected = [
        (Code::A, Some(Group::Files)),
        (Code::B, Some(Group::Connections)),
        (Code::C, Some(Group::Connections)),
        (Code::D, None),
        (Code::E, Some(Group::Connections)),
    ];
    for (status, group) in expected {
        assert_eq!(status.group(), group, "{status:?}");
        assert_eq!(status.is_connections(), group == Some(Group::Connections));
        assert_eq!(status.is_files(), group == Some(Group::Files));
    }
    for code in 0..=1100 {
        let expected = match (code, code / 10 % 10) {
            (100..=999, 2) => Some(Group::Connections),
            (100..=999, 5) => Some(Group::Files),
            _ => None,
        };
        assert_eq!(Group::from_code(code), expected, "{code}");
    }
    assert_eq!(Group::Connections.members(), [Code::B, Code::C, Code::E]);
    assert_eq!(Group::Files.members(), [Code::A]);
    assert_eq!(
        (
            Group::Files.name(),
            Group::Files.header(),
            Group::Files.digit()
        ),
        ("Files", "x5x", 5)
    );
    assert_eq!(
        (Group::Connections.name(), Group::Connections.header()),
        ("Connections", "x2x")
    );
    assert_eq!(Group::from_name("Files"), Some(Group::Files));
    assert_eq!(Group::from_name("Connections"), Some(Group::Connections));
    assert_eq!(Group::from_name("files"), None);
    assert_eq!(
        <Group as StatusGroup>::ALL,
        [Group::Connections, Group::Files]
    );
}

#[test]
fn categories_and_aliases_of_the_grouped_table() {
    use grouped::{Category, Code};
    assert_eq!(Category::Twelve.members(), [Code::B, Code::E]);
    assert_eq!(Category::Low.members(), [Code::A]);
    assert_eq!(Category::Mid.members(), [Code::C]);
    assert_eq!(Category::High.members(), [Code::D]);
    assert_eq!(Category::from_code(125), Some(Category::Twelve));
    assert_eq!(Category::from_code(130), Some(Category::Low));
    assert_eq!(Category::from_code(119), Some(Category::Low));
    assert_eq!(Code::E.category(), Category::Twelve);
    assert!(Code::E.is_twelve() && !Code::E.is_low() && Code::A.is_low());
    assert!(Category::Twelve.contains(125) && !Category::Low.contains(125));
    assert!(!Category::Low.contains(99) && !Category::High.contains(999));
    assert_eq!(Code::from_name("Cee"), Some(Code::C));
    assert_eq!(Code::from_name("See"), Some(Code::C));
    assert_eq!(Code::C.aliases(), ["Cee", "See"]);
    assert_eq!(Code::from_name("E"), Some(Code::E));
}

#[test]
fn the_builders_give_exact_arrays() {
    use grouped::{Category, Code, Group};
    let table = <Code as StatusCode>::LOOKUP.table;
    assert_eq!((table.lowest(), table.span()), (120, 191));
    assert_eq!(table.text_len(), 4 * 5 + "AlphaBravoCharlieDeltaEcho".len());
    assert_eq!(
        table.identifiers_by_position::<5>(),
        ["A", "B", "C", "D", "E"]
    );
    assert_eq!((table.member_count(), table.member_start_count()), (9, 7));
    assert_eq!(
        table.members::<9>(),
        [
            Code::A,
            Code::C,
            Code::D,
            Code::B,
            Code::E,
            Code::B,
            Code::C,
            Code::E,
            Code::A
        ]
    );
    assert_eq!(table.member_starts::<7>(), [0, 1, 2, 3, 5, 8, 9]);
    assert_eq!(table.narrowest::<4>(), [3, 0, 1, 2]);
    let groups = table.groups();
    assert_eq!(groups[2], Some(Group::Connections));
    assert_eq!(groups[5], Some(Group::Files));
    assert_eq!(groups.iter().flatten().count(), 2);
    let by_code = table.by_code::<191>();
    assert_eq!(by_code[0], Some(Code::B));
    assert_eq!(by_code[190], Some(Code::D));
    assert_eq!(by_code.iter().flatten().count(), 5);
    assert_eq!(Category::High.range(), 300..=399);
}

#[test]
fn byte_order_and_equality_of_strings() {
    use super::{before, same};
    for (a, b) in [
        ("A", "B"),
        ("A", "AB"),
        ("", "A"),
        ("Ab", "B"),
        ("AB", "Ab"),
    ] {
        assert!(before(a, b) && !before(b, a), "{a} {b}");
        assert!(!same(a, b) && !same(b, a), "{a} {b}");
    }
    assert!(!before("A", "A") && same("A", "A") && same("", ""));
}

#[test]
fn narrowest_ranges_first_and_table_order_among_equals() {
    let table: super::Table<u8, u8, u8> = super::Table {
        category_ranges: &[(100, 199), (120, 129), (130, 139), (100, 109), (200, 299)],
        ..super::Table::EMPTY
    };
    assert_eq!(table.narrowest::<5>(), [1, 2, 3, 0, 4]);
}

#[test]
fn no_positions_array_where_every_slot_is_a_position() {
    let table = |codes: &'static [u16], slots| super::Table::<u8, u8, u8> {
        codes,
        slots,
        ..super::Table::EMPTY
    };
    assert!(table(&[100, 101, 102], Slots::Dense).slots_in_order());
    assert!(!table(&[101, 100, 102], Slots::Dense).slots_in_order());
    assert!(table(&[150, 120, 220], Slots::Indexed).slots_in_order());
    assert!(!table(&[100, 101], Slots::hash(2_654_435_761, 29)).slots_in_order());
    assert!(table(&[], Slots::Dense).slots_in_order());

    let indexed = <grouped::Code as StatusCode>::LOOKUP;
    assert!(indexed.positions.is_empty());
    assert_eq!(indexed.names, indexed.table.names);
    assert_eq!(indexed.display[3], "310 Delta");
    let out_of_order = <dense::Code as StatusCode>::LOOKUP;
    assert_eq!(out_of_order.positions, [1, 0, 2]);
    assert_eq!(out_of_order.names, ["Alpha", "Bravo", "Charlie"]);
    let hashed = <hashed::Code as StatusCode>::LOOKUP;
    assert_eq!(hashed.positions.len(), hashed.names.len());
}
