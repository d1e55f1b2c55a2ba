//! Documents `tests/docs-fixture`, a user table, with rustdoc and reads the rendered pages: they
//! show the table's own entries and nothing of the facade's hidden items, render the links and
//! footnotes of descriptions in the table of codes, and keep docs read from files apart from
//! the generated line.

use std::path::Path;
use std::process::Command;

fn page(name: &str) -> String {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs-fixture");
    let output = Command::new(env!("CARGO"))
        .args([
            "doc",
            "--quiet",
            "--locked",
            "--no-deps",
            "--color",
            "never",
        ])
        .arg("--target-dir")
        .arg(fixture.join("target"))
        .current_dir(&fixture)
        .env_remove("RUSTDOCFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.trim().is_empty(), "rustdoc warned: {stderr}");
    let path = fixture
        .join("target/doc/status_codes_docs_fixture")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn a_user_tables_pages_are_its_own() {
    let code_page = page("enum.ParcelStatus.html");
    let category_page = page("enum.ParcelStatusCategory.html");
    for page in [&code_page, &category_page] {
        for foreign in [
            "Generated",
            "__private",
            "TwofaTimeout",
            "Pending205",
            "Lookup",
        ] {
            assert!(
                !page.contains(foreign),
                "`{foreign}` on a user table's page"
            );
        }
    }
    // The crate's page lists the two enums and nothing generated beside them.
    let index = page("index.html");
    assert!(!index.contains("__status_codes") && !index.contains(r#"id="macros""#));
    assert!(index.contains(r#"id="enums""#));
    // The method docs give the table's own first entry as their example.
    assert!(
        code_page.contains(r#"The documented name, such as <code>"Sorted"</code>."#),
        "{code_page}"
    );
    assert!(code_page.contains(r#"identifier, such as <code>"Sorted"</code>"#));
}

#[test]
fn links_and_footnotes_of_descriptions_render_in_the_table_of_codes() {
    let page = page("enum.ParcelStatus.html");
    let table = &page[page.find("<table>").unwrap()..page.find("</table>").unwrap()];
    assert!(
        table.contains(r##"<td>Sorted at the <a href="https://example.com/depot">depot</a>, see the note<sup id="fnref1"><a href="#fn1">1</a></sup>.</td>"##),
        "{table}"
    );
    assert!(
        table.contains(r#"<td>Left at the <a href="https://example.com/door">door</a>.</td>"#),
        "{table}"
    );
    assert!(page.contains("<li id=\"fn1\"><p>Sorting may take a day."));
    for raw in ["[1]", "[^late]", "]:"] {
        assert!(!page.contains(raw), "`{raw}` left as raw Markdown");
    }
}

#[test]
fn docs_read_from_files_stay_a_paragraph_of_their_own() {
    let code_page = page("enum.ParcelStatus.html");
    assert!(
        code_page.contains(
            r#"<h3 class="code-header">InTransit = 101</h3></section><div class="docblock"><p>Carried between depots.</p>
</div>"#
        ),
        "{code_page}"
    );
    let category_page = page("enum.ParcelStatusCategory.html");
    assert!(
        category_page
            .contains("<p>Parcels on their way.</p>\n<p><code>1xx</code>: codes 100 to 199.</p>"),
        "{category_page}"
    );
}
