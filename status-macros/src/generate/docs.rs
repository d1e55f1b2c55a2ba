//! The documentation written onto generated items: the table on the enum's page, a line on
//! every variant saying its code and category.

use crate::model::{Category, Group, Table, unraw};
use std::fmt::Write;

/// Appended to the enum's own docs: every code, name and category.
pub fn enum_table(table: &Table) -> String {
    let category_enum = table.category_ident();
    let with_descriptions = table.codes().any(|(_, code)| code.description.is_some());
    let mut doc = String::new();
    let mut definitions = Vec::new();
    if crate::model::description(&table.attrs).is_none() {
        let _ = writeln!(doc, "Status codes of the `{}` table.\n", table.type_name());
    }
    let with_groups = !table.groups.is_empty();
    let group_enum = table.group_ident();
    doc.push_str("# Codes\n\n| Code | Name | Category |");
    let mut rule = String::from("|-----:|------|----------|");
    for (wanted, column) in [(with_groups, "Group"), (with_descriptions, "Description")] {
        if wanted {
            let _ = write!(doc, " {column} |");
            rule.push_str("------|");
        }
    }
    let _ = writeln!(doc, "\n{rule}");
    for (category, code) in table.codes() {
        let _ = write!(
            doc,
            "| {} | [{}]({}::{}) | [{}]({category_enum}::{}) (`{}`) |",
            code.value,
            cell(&code_span(&code.name)),
            table.type_name(),
            unraw(&code.ident),
            unraw(&category.ident),
            unraw(&category.ident),
            category.header,
        );
        if with_groups {
            let digit = u8::try_from(code.value / 10 % 10).unwrap_or_default();
            match table.groups.iter().find(|group| group.digit == digit) {
                Some(group) => {
                    let name = group.name();
                    let _ = write!(
                        doc,
                        " [{name}]({group_enum}::{name}) (`{}`) |",
                        group.header()
                    );
                }
                None => doc.push_str("  |"),
            }
        }
        if with_descriptions {
            let text = code.description.as_deref().unwrap_or_default();
            let (text, mut own) = with_own_definitions(code.value, text);
            let _ = write!(doc, " {} |", cell(&text.replace('\n', " ")));
            definitions.append(&mut own);
        }
        doc.push('\n');
    }
    // Below the table, where Markdown reads them, the descriptions' link and footnote
    // definitions, which a table cell cannot hold.
    if !definitions.is_empty() {
        doc.push('\n');
        doc.push_str(&definitions.join("\n\n"));
        doc.push('\n');
    }
    doc
}

/// A description without its link and footnote definitions (`[label]: …`, `[^note]: …`),
/// which are returned apart, and with their labels made the code's own (`411-label`), so that
/// two descriptions may use the same label.
fn with_own_definitions(code: u16, text: &str) -> (String, Vec<String>) {
    let mut labels = Vec::new();
    let mut definitions = Vec::new();
    let mut rest = Vec::new();
    for line in text.lines() {
        let label = crate::model::is_definition(line)
            .then(|| {
                line.strip_prefix('[')
                    .and_then(|after| after.split_once("]:"))
            })
            .flatten();
        match label {
            Some((label, target)) => {
                let own = own_label(code, label);
                definitions.push(format!("[{own}]:{target}"));
                labels.push((label.to_owned(), own));
            }
            None => rest.push(line),
        }
    }
    let mut text = rest.join("\n").trim().to_owned();
    for (label, own) in &labels {
        let reference = format!("[{label}]");
        let mut rewritten = String::with_capacity(text.len());
        let mut remaining = text.as_str();
        while let Some(at) = remaining.find(&reference) {
            let (before, after) = remaining.split_at(at);
            rewritten.push_str(before);
            // `[text][label]` and `[^note]` take the code's label; a shortcut `[label]` keeps
            // its text and gains the label.
            if before.ends_with(']') || label.starts_with('^') {
                let _ = write!(rewritten, "[{own}]");
            } else {
                let _ = write!(rewritten, "[{label}][{own}]");
            }
            remaining = &after[reference.len()..];
        }
        rewritten.push_str(remaining);
        text = rewritten;
    }
    (text, definitions)
}

/// `411-label`, or `^411-note` for a footnote.
fn own_label(code: u16, label: &str) -> String {
    match label.strip_prefix('^') {
        Some(note) => format!("^{code}-{note}"),
        None => format!("{code}-{label}"),
    }
}

/// Text as inline code, fenced by more backticks than it contains in a row.
fn code_span(text: &str) -> String {
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Text for a cell of a Markdown table, where `|` ends the cell even inside inline code.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

pub fn category_enum(table: &Table) -> String {
    format!(
        "The categories of [`{}`]: each covers a range of codes given by its header.",
        table.type_name()
    )
}

pub fn group_enum(table: &Table) -> String {
    format!(
        "The function groups of [`{}`]: each holds the codes whose middle digit its header gives, \
         known to the table or not, whatever their category.",
        table.type_name()
    )
}

pub fn group_line(group: &Group) -> String {
    format!(
        "`{}`: codes whose middle digit is {}.",
        group.header(),
        group.digit
    )
}

pub fn category_line(category: &Category) -> String {
    format!(
        "`{}`: codes {} to {}.",
        category.header, category.range.first, category.range.last
    )
}

#[cfg(test)]
#[path = "docs/tests.rs"]
mod tests;
