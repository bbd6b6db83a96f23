//! Doc comments. prettyplease prints a multi-line `#[doc]` as a block comment, so every line
//! becomes its own `#[doc = " ..."]`, which prints as `///` (or `//!` for inner docs).

use proc_macro2::TokenStream;
use quote::quote;

/// Collects paragraphs and renders them as doc attributes, wrapped for reading in an editor.
#[derive(Default)]
pub struct Doc {
    lines: Vec<String>,
}

const WIDTH: usize = 92;

impl Doc {
    pub fn new() -> Doc {
        Doc::default()
    }

    /// A paragraph of prose from a spec, escaped and wrapped; a blank line separates it from
    /// what came before.
    pub fn para(&mut self, text: &str) -> &mut Self {
        self.md(&prose(text))
    }

    /// A paragraph of Markdown written by the generator.
    pub fn md(&mut self, text: &str) -> &mut Self {
        let text = text.trim();
        if text.is_empty() {
            return self;
        }
        self.blank();
        wrap(text, WIDTH, "", &mut self.lines);
        self
    }

    /// A bullet item of Markdown (no blank line before it unless it starts a list).
    pub fn item(&mut self, text: &str) -> &mut Self {
        if !self
            .lines
            .last()
            .is_some_and(|l| l.starts_with("- ") || l.starts_with("  "))
        {
            self.blank();
        }
        let mut lines = Vec::new();
        wrap(text.trim(), WIDTH - 2, "", &mut lines);
        for (i, l) in lines.into_iter().enumerate() {
            self.lines.push(if i == 0 {
                format!("- {l}")
            } else {
                format!("  {l}")
            });
        }
        self
    }

    fn blank(&mut self) {
        if !self.lines.is_empty() && !self.lines.last().is_some_and(String::is_empty) {
            self.lines.push(String::new());
        }
    }

    /// `#[doc = "..."]` attributes.
    pub fn outer(&self) -> TokenStream {
        let lines = self
            .lines
            .iter()
            .map(|l| format!(" {l}").trim_end().to_owned());
        quote! { #(#[doc = #lines])* }
    }

    /// `#![doc = "..."]` attributes, for module docs.
    pub fn inner(&self) -> TokenStream {
        let lines = self
            .lines
            .iter()
            .map(|l| format!(" {l}").trim_end().to_owned());
        quote! { #(#![doc = #lines])* }
    }
}

/// Greedy word wrap. Words longer than the width (URLs, JSON examples) stay whole.
fn wrap(text: &str, width: usize, indent: &str, out: &mut Vec<String>) {
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width {
            out.push(std::mem::replace(&mut line, String::from(indent)));
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push(line);
    }
}

/// Text as inline code, safe inside Markdown: backticks in it are doubled around.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// Spec prose made safe for rustdoc: brackets and angle brackets would be read as links and
/// HTML, stray backticks as code, bare URLs are linted; all are escaped or wrapped.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let url = word.trim_end_matches(['.', ',', ';', ')']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            out.push_str(&word[url.len()..]);
            continue;
        }
        for c in word.chars() {
            match c {
                '[' | ']' | '`' | '*' | '\\' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
    }
    out
}
