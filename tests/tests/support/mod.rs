//! The documented table, read from the copy of the documentation kept in `fixtures/`.

/// One row of the documented table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentedCode {
    pub section: String,
    pub section_header: String,
    pub code: u16,
    pub name: String,
    pub description: String,
}

/// Every row of `fixtures/credential-status-codes.md`, in document order.
pub fn documented_codes() -> Vec<DocumentedCode> {
    let text = include_str!("../../fixtures/credential-status-codes.md");
    let mut rows = Vec::new();
    let mut section = String::new();
    let mut header = String::new();
    let mut cells: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(heading) = line.strip_prefix("### ") {
            heading.clone_into(&mut section);
        } else if let Some(rest) = line.strip_prefix("<th colspan=\"3\">") {
            rest.trim_end_matches("</th>").clone_into(&mut header);
        } else if let Some(rest) = line.strip_prefix("<td>") {
            cells.push(rest.trim_end_matches("</td>").to_owned());
        } else if line == "</tr>" {
            if let [code, name, description] = cells.as_slice() {
                if !code.starts_with("<b>") {
                    rows.push(DocumentedCode {
                        section: section.clone(),
                        section_header: header.clone(),
                        code: code.parse().expect("a documented code is a number"),
                        name: name.clone(),
                        description: description.clone(),
                    });
                }
            }
            cells.clear();
        }
    }
    rows
}
