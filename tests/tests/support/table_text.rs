//! A table's text, read by a parser of its own: the reference that `table_order.rs` checks the
//! generated enums against. It knows the README's rules, not the macro's code: table order is
//! the order of the lines (an extension's base first), a code's category is the narrowest that
//! covers it, and a name shared by two codes selects the first.

use std::ops::RangeInclusive;

/// A table as its text describes it.
pub struct Reference {
    pub type_name: String,
    /// `#[status_codes(serde, schemars)]`, or either.
    pub serde: bool,
    pub schemars: bool,
    /// In table order: the base's, then the extension's new ones.
    pub categories: Vec<Category>,
    /// In table order: the base's, then the extension's own.
    pub codes: Vec<Code>,
    /// How many of `codes` come from the extended table.
    pub base_codes: usize,
}

pub struct Category {
    pub header: String,
    pub name: String,
    pub range: RangeInclusive<u16>,
}

pub struct Code {
    pub value: u16,
    pub identifier: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    /// Index into [`Reference::categories`].
    pub category: usize,
}

impl Reference {
    /// Reads `text`; `base_text` gives the text of the table named after `extends`.
    pub fn read(text: &str, base_text: &dyn Fn(&str) -> &'static str) -> Self {
        let mut tokens = Tokens::new(text);
        let mut serde = false;
        let mut schemars = false;
        loop {
            match tokens.next() {
                Token::Doc(_) => {}
                Token::Attribute(attribute) => {
                    if let Some(options) = attribute.strip_prefix("status_codes(") {
                        for option in options.trim_end_matches(')').split(',') {
                            match option.trim() {
                                "serde" => serde = true,
                                "schemars" => schemars = true,
                                _ => {}
                            }
                        }
                    }
                }
                Token::Word(word) if word == "pub" => {}
                Token::Word(word) if word == "enum" => break,
                other => panic!("unexpected {other:?} before `enum`"),
            }
        }
        let type_name = tokens.word();
        let mut table = match tokens.next() {
            Token::Word(word) if word == "extends" => {
                let mut path = tokens.word();
                while tokens.peek() == Some(&Token::Punct(':')) {
                    tokens.punct(':');
                    tokens.punct(':');
                    path = tokens.word();
                }
                tokens.punct('{');
                let base = Self::read(base_text(&path), base_text);
                Self {
                    base_codes: base.codes.len(),
                    ..base
                }
            }
            Token::Punct('{') => Self {
                type_name: String::new(),
                serde: false,
                schemars: false,
                categories: Vec::new(),
                codes: Vec::new(),
                base_codes: 0,
            },
            other => panic!("unexpected {other:?} after `enum {type_name}`"),
        };
        table.type_name = type_name;
        table.serde = serde;
        table.schemars = schemars;
        while tokens.peek() != Some(&Token::Punct('}')) {
            table.read_category(&mut tokens);
        }
        tokens.punct('}');
        assert_eq!(tokens.peek(), None, "text after the table");
        table
    }

    fn read_category(&mut self, tokens: &mut Tokens) {
        tokens.docs();
        let header = tokens.word();
        let name = tokens.word();
        let digits = header.trim_end_matches('x');
        let width = 10_u16.pow(u32::try_from(header.len() - digits.len()).unwrap());
        let first = digits.parse::<u16>().expect("a header's digits") * width;
        // A base category, repeated to add codes to it, or a new one.
        let repeated = self
            .categories
            .iter()
            .position(|category| category.header == header && category.name == name);
        let category = repeated.unwrap_or_else(|| {
            self.categories.push(Category {
                header,
                name,
                range: first..=first + width - 1,
            });
            self.categories.len() - 1
        });
        tokens.punct('<');
        while tokens.peek() != Some(&Token::Punct('>')) {
            let docs = tokens.docs();
            let value: u16 = tokens.word().parse().expect("a code");
            let identifier = tokens.word();
            let mut names = Vec::new();
            if tokens.peek() == Some(&Token::Word("as".to_owned())) {
                tokens.next();
                names.push(tokens.text());
                while tokens.peek() == Some(&Token::Punct('|')) {
                    tokens.next();
                    names.push(tokens.text());
                }
            }
            if tokens.peek() == Some(&Token::Punct(',')) {
                tokens.next();
            }
            // A line that repeats a base entry adds nothing.
            if self.codes.iter().any(|code| code.value == value) {
                continue;
            }
            let mut names = names.into_iter();
            self.codes.push(Code {
                value,
                name: names.next().unwrap_or_else(|| identifier.clone()),
                identifier,
                aliases: names.collect(),
                description: description(&docs),
                category,
            });
        }
        tokens.punct('>');
        if tokens.peek() == Some(&Token::Punct(',')) {
            tokens.next();
        }
    }

    pub fn code(&self, value: u16) -> Option<&Code> {
        self.codes.iter().find(|code| code.value == value)
    }

    /// The position of a code in table order.
    pub fn position(&self, value: u16) -> Option<usize> {
        self.codes.iter().position(|code| code.value == value)
    }

    /// The code a name, alias or identifier selects: the first with that name in table order.
    pub fn named(&self, name: &str) -> Option<&Code> {
        self.codes
            .iter()
            .find(|code| code.name == name)
            .or_else(|| {
                self.codes
                    .iter()
                    .find(|code| code.aliases.iter().any(|alias| alias == name))
            })
            .or_else(|| self.codes.iter().find(|code| code.identifier == name))
    }

    /// The category of a code, in the table or not: the narrowest whose range covers it.
    pub fn category_of(&self, value: u16) -> Option<&Category> {
        self.categories
            .iter()
            .filter(|category| category.range.contains(&value))
            .min_by_key(|category| category.range.end() - category.range.start())
    }

    /// A category's codes, in table order.
    pub fn members(&self, category: &Category) -> Vec<u16> {
        self.codes
            .iter()
            .filter(|code| self.categories[code.category].header == category.header)
            .map(|code| code.value)
            .collect()
    }
}

/// Doc comment lines as a description: lines joined by a space, paragraphs by a blank line.
fn description(docs: &[String]) -> Option<String> {
    let paragraphs: Vec<String> = docs
        .split(|line| line.trim().is_empty())
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| {
            paragraph
                .iter()
                .map(|line| line.trim())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

#[derive(Debug, PartialEq, Eq)]
enum Token {
    /// A `///` line, without the slashes.
    Doc(String),
    /// What is between `#[` and `]`.
    Attribute(String),
    /// An identifier, a code or a header.
    Word(String),
    /// A string literal's value.
    Text(String),
    Punct(char),
}

struct Tokens {
    tokens: std::iter::Peekable<std::vec::IntoIter<Token>>,
}

impl Tokens {
    fn new(text: &str) -> Self {
        let mut tokens = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                c if c.is_whitespace() => {}
                '/' => {
                    let slashes: String = chars.by_ref().take(2).collect();
                    assert_eq!(slashes, "//", "only `///` comments");
                    tokens.push(Token::Doc(
                        chars.by_ref().take_while(|&c| c != '\n').collect(),
                    ));
                }
                '#' => {
                    assert_eq!(chars.next(), Some('['));
                    let mut depth = 1;
                    let attribute: String = chars
                        .by_ref()
                        .take_while(|&c| {
                            depth += match c {
                                '[' => 1,
                                ']' => -1,
                                _ => 0,
                            };
                            depth > 0
                        })
                        .collect();
                    tokens.push(Token::Attribute(attribute));
                }
                '"' => {
                    let mut value = String::new();
                    loop {
                        match chars.next().expect("a closed string") {
                            '"' => break,
                            '\\' => value.push(chars.next().expect("an escaped character")),
                            c => value.push(c),
                        }
                    }
                    tokens.push(Token::Text(value));
                }
                c if c.is_alphanumeric() || c == '_' => {
                    let mut word = String::from(c);
                    while let Some(&c) = chars.peek().filter(|c| c.is_alphanumeric() || **c == '_')
                    {
                        word.push(c);
                        chars.next();
                    }
                    tokens.push(Token::Word(word));
                }
                c => tokens.push(Token::Punct(c)),
            }
        }
        Self {
            tokens: tokens.into_iter().peekable(),
        }
    }

    fn peek(&mut self) -> Option<&Token> {
        self.tokens.peek()
    }

    fn next(&mut self) -> Token {
        self.tokens.next().expect("the table goes on")
    }

    fn word(&mut self) -> String {
        match self.next() {
            Token::Word(word) => word,
            other => panic!("expected a word, found {other:?}"),
        }
    }

    fn text(&mut self) -> String {
        match self.next() {
            Token::Text(text) => text,
            other => panic!("expected a string, found {other:?}"),
        }
    }

    fn punct(&mut self, expected: char) {
        assert_eq!(self.next(), Token::Punct(expected));
    }

    /// The doc comment lines at the cursor.
    fn docs(&mut self) -> Vec<String> {
        let mut docs = Vec::new();
        while let Some(Token::Doc(_)) = self.peek() {
            if let Token::Doc(line) = self.next() {
                docs.push(line);
            }
        }
        docs
    }
}
