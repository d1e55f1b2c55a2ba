//! The table as data: one hidden associated `const` of the facade's `Table` type, in table
//! order, and the call
//! of the facade's `impl_table!`, which builds the lookups from it and writes the API.

use super::hash;
use crate::model::{self, Table, unraw};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

/// The `const` holding the table, and the call that turns it into the API.
pub fn generate(table: &Table) -> TokenStream {
    let krate = &table.krate;
    let ident = &table.ident;
    let category = table.category_ident();
    let variants = table.codes.iter().map(|code| &code.ident);
    let codes = table
        .codes
        .iter()
        .map(|code| Literal::u16_unsuffixed(code.value));
    let names = table.codes.iter().map(|code| &code.name);
    let identifiers = positions(table, "identifiers", |code| {
        let identifier = unraw(&code.ident);
        (identifier != code.name).then(|| quote!(#identifier))
    });
    let aliases = positions(table, "aliases", |code| {
        let aliases = &code.aliases;
        (!aliases.is_empty()).then(|| quote!(&[#(#aliases),*]))
    });
    let descriptions = positions(table, "descriptions", |code| {
        code.description.as_ref().map(|text| quote!(#text))
    });
    let code_categories = table
        .codes
        .iter()
        .map(|code| Literal::u8_unsuffixed(u8::try_from(code.category).unwrap_or(u8::MAX)));
    let category_variants = table.categories.iter().map(|category| &category.ident);
    let category_names = table.categories.iter().map(model::Category::name);
    let headers = table.categories.iter().map(|category| &category.header);
    let ranges = table.categories.iter().map(|category| {
        let first = Literal::u16_unsuffixed(category.range.first);
        let last = Literal::u16_unsuffixed(category.range.last);
        quote!((#first, #last))
    });
    let (slots, keys) = (hash::slots(table), hash::keys(table));
    let (group_type, group_fields, groups) = groups(table);
    let type_name = table.type_name();
    let (name, identifier) = table
        .codes
        .first()
        .map(|code| (code.name.clone(), unraw(&code.ident)))
        .unwrap_or_default();
    let predicates = table.categories.iter().map(|category| {
        let predicate = model::predicate(&category.ident);
        (predicate, "category", category.name(), &category.header)
    });
    let predicates = predicates_of(predicates);
    quote! {
        impl #ident {
            const __TABLE: #krate::__private::Table<Self, #category, #group_type> = #krate::__private::Table {
            variants: &[#(Self::#variants),*],
            codes: &[#(#codes),*],
            names: &[#(#names),*],
            #identifiers
            #aliases
            #descriptions
            categories: &[#(#code_categories),*],
            slots: #krate::__private::Slots::#slots,
            keys: #krate::__private::Keys::#keys,
            category_variants: &[#(#category::#category_variants),*],
            category_names: &[#(#category_names),*],
            category_headers: &[#(#headers),*],
            category_ranges: &[#(#ranges),*],
            #group_fields
            ..#krate::__private::Table::EMPTY
            };
        }
        #krate::__private::impl_table! {
            #ident, #category, #group_type, #type_name,
            examples: #name #identifier,
            predicates: #predicates
        }
        #groups
    }
}

/// The field `name`: `(position, value)` for the codes that have a value, in table order;
/// nothing (the facade's empty default) when none has one.
fn positions(
    table: &Table,
    name: &str,
    value: impl Fn(&model::Code) -> Option<TokenStream>,
) -> Option<TokenStream> {
    let entries: Vec<TokenStream> = table
        .codes
        .iter()
        .enumerate()
        .filter_map(|(position, code)| {
            let position = Literal::usize_unsuffixed(position);
            value(code).map(|value| quote!((#position, #value)))
        })
        .collect();
    let name = Ident::new(name, proc_macro2::Span::call_site());
    (!entries.is_empty()).then(|| quote!(#name: &[#(#entries),*],))
}

/// The group enum's type (the facade's `NoGroup` for a table without groups: `__private` is
/// imported by `impl_table!`), the group fields of the table's data, and the call that writes
/// the groups' API.
fn groups(table: &Table) -> (TokenStream, Option<TokenStream>, Option<TokenStream>) {
    let (krate, ident) = (&table.krate, &table.ident);
    if table.groups.is_empty() {
        return (quote!(__private::NoGroup<#ident>), None, None);
    }
    let group = table.group_ident();
    let variants = table.groups.iter().map(|group| &group.ident);
    let names = table.groups.iter().map(model::Group::name);
    let digits = table
        .groups
        .iter()
        .map(|group| Literal::u8_unsuffixed(group.digit));
    let fields = quote! {
        group_variants: &[#(#group::#variants),*],
        group_names: &[#(#names),*],
        group_digits: &[#(#digits),*],
    };
    let headers: Vec<String> = table.groups.iter().map(model::Group::header).collect();
    let predicates = table.groups.iter().zip(&headers).map(|(group, header)| {
        (
            model::predicate(&group.ident),
            "function group",
            group.name(),
            header,
        )
    });
    let predicates = predicates_of(predicates);
    let call = quote!(#krate::__private::impl_table! { @groups #ident, #group, #predicates });
    (quote!(#group), Some(fields), Some(call))
}

/// The predicates `is_<name>()` of a table's categories or groups, for `impl_table!`: each with
/// the index of what it tests and its doc.
fn predicates_of<'a>(
    predicates: impl Iterator<Item = (Ident, &'a str, String, &'a String)>,
) -> TokenStream {
    let predicates = predicates
        .enumerate()
        .map(|(index, (predicate, kind, name, header))| {
            let index = Literal::usize_unsuffixed(index);
            let doc = format!("Whether the code's {kind} is `{name}` (`{header}`).");
            quote!(#predicate #index #doc,)
        });
    quote!([#(#predicates)*])
}
