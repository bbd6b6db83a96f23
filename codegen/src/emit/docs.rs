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
    /// what came before. A fenced block in it (```` ``` ````, on lines of their own in the spec)
    /// keeps its lines as written, in a code block of the language its fence names (`text`
    /// when none, so rustdoc never runs it as a Rust test).
    pub fn para(&mut self, text: &str) -> &mut Self {
        let parts: Vec<&str> = text.split("```").collect();
        let fenced =
            parts.len() % 2 == 1 && parts.iter().skip(1).step_by(2).all(|p| p.contains('\n'));
        if !fenced {
            // An unclosed fence, or fences within a line: prose, as the page reads.
            return self.md(&prose(text));
        }
        for (i, part) in parts.iter().enumerate() {
            if i % 2 == 0 {
                self.md(&prose(part));
                continue;
            }
            let (info, code) = part.split_once('\n').unwrap_or(("", ""));
            let lines: Vec<&str> = code.lines().map(str::trim_end).collect();
            let indent = lines
                .iter()
                .filter(|l| !l.is_empty())
                .map(|l| l.len() - l.trim_start().len())
                .min()
                .unwrap_or(0);
            let first = lines.iter().position(|l| !l.is_empty());
            let last = lines.iter().rposition(|l| !l.is_empty());
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let lang = match info.trim() {
                "" => "text",
                lang => lang,
            };
            self.blank();
            self.lines.push(format!("```{lang}"));
            self.lines.extend(
                lines[first..=last]
                    .iter()
                    .map(|l| l.get(indent..).unwrap_or("").to_owned()),
            );
            self.lines.push("```".to_owned());
        }
        self
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

    /// An example value from a spec: a code span, or, for JSON too long for one line, a
    /// `json` code block with one member per line, as a reader would lay it out.
    pub fn example(&mut self, value: &str) -> &mut Self {
        let inline = format!("Example: {}", code(value));
        match json_lines(value) {
            Some(lines) if inline.len() > WIDTH => {
                self.md("Example:");
                self.blank();
                self.lines.push("```json".to_owned());
                self.lines.extend(lines);
                self.lines.push("```".to_owned());
                self
            }
            _ => self.md(&inline),
        }
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

/// Greedy word wrap. Words longer than the width (URLs, JSON examples) stay whole, and a
/// word Markdown would read as the start of a list, quote or heading never starts a line.
fn wrap(text: &str, width: usize, indent: &str, out: &mut Vec<String>) {
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width && !starts_block(word) {
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

/// `text` laid out with two-space indents if it is a JSON object or array: one member per
/// line, except that an object or array holding no other fits on the line of its key. Members
/// keep their order, and strings and numbers stay exactly as written.
fn json_lines(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    if !text.starts_with(['{', '[']) || serde_json::from_str::<serde_json::Value>(text).is_err() {
        return None;
    }
    let tokens = json_tokens(text);
    let mut lines = vec![String::new()];
    json_layout(&tokens, &mut 0, 0, &mut lines);
    // A fence inside the example would end the block early.
    (!lines.iter().any(|l| l.contains("```"))).then_some(lines)
}

/// The longest line of a laid-out JSON example (the doc comment's width less `/// `).
const JSON_WIDTH: usize = 88;

/// Valid JSON as tokens: punctuation as one character, strings and other values as written.
fn json_tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            c if c.is_whitespace() => {
                rest = &rest[c.len_utf8()..];
                continue;
            }
            '{' | '}' | '[' | ']' | ',' | ':' => 1,
            '"' => {
                let mut escaped = false;
                rest[1..]
                    .char_indices()
                    .find(|&(_, c)| {
                        let close = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        close
                    })
                    .map_or(rest.len(), |(i, _)| i + 2)
            }
            _ => rest
                .find(|c: char| c.is_whitespace() || "{}[],:".contains(c))
                .unwrap_or(rest.len()),
        };
        tokens.push(&rest[..len]);
        rest = &rest[len..];
    }
    tokens
}

/// Lays out the value starting at `tokens[*at]`, continuing the last line of `lines`.
fn json_layout(tokens: &[&str], at: &mut usize, depth: usize, lines: &mut Vec<String>) {
    let open = tokens[*at];
    *at += 1;
    if open != "{" && open != "[" {
        lines.last_mut().expect("never empty").push_str(open);
        return;
    }
    // A container of plain values goes on one line when that line fits.
    let mut flat = String::from(open);
    let mut end = *at;
    while !matches!(tokens[end], "}" | "]" | "{" | "[") {
        flat.push_str(match tokens[end] {
            "," => ", ",
            ":" => ": ",
            t => t,
        });
        end += 1;
    }
    if matches!(tokens[end], "}" | "]") {
        flat.push_str(tokens[end]);
        let line = lines.last_mut().expect("never empty");
        if line.len() + flat.len() <= JSON_WIDTH || end == *at {
            line.push_str(&flat);
            *at = end + 1;
            return;
        }
    }
    lines.last_mut().expect("never empty").push_str(open);
    let indent = |depth: usize| "  ".repeat(depth);
    lines.push(indent(depth + 1));
    loop {
        match tokens[*at] {
            "}" | "]" => break,
            "," => {
                lines.last_mut().expect("never empty").push(',');
                lines.push(indent(depth + 1));
            }
            ":" => lines.last_mut().expect("never empty").push_str(": "),
            _ => {
                json_layout(tokens, at, depth + 1, lines);
                continue;
            }
        }
        *at += 1;
    }
    lines.push(indent(depth) + tokens[*at]);
    *at += 1;
}

/// Whether `word` at the start of a line would open a Markdown block (`-`, `+`, `*`, `>`,
/// `#`, `1.`, `1)`) instead of continuing the paragraph.
fn starts_block(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_digit());
    matches!(word, "-" | "+" | "*" | "|")
        || word.starts_with(['>', '#'])
        || (digits.len() < word.len() && matches!(digits, "." | ")"))
}

/// Text as inline code, safe inside Markdown: backticks in it are doubled around.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// Spec prose as Markdown that renders as written, the way a person would write the doc:
/// code spans (`` `x` ``) stay as they are; a word that Markdown or rustdoc would misread
/// (brackets as links, angle brackets as HTML, `*` and `_` as emphasis, a stray backtick)
/// becomes a code span itself; bare URLs become autolinks. Nothing is backslash-escaped.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while !rest.is_empty() {
        let trimmed = rest.trim_start();
        if trimmed.len() != rest.len() {
            if !out.is_empty() && !trimmed.is_empty() {
                out.push(' ');
            }
            rest = trimmed;
            continue;
        }
        if let Some(n) = code_span(rest) {
            out.push_str(&rest[..n]);
            rest = &rest[n..];
            continue;
        }
        let end = rest
            .char_indices()
            .skip(1)
            .find(|&(i, c)| c.is_whitespace() || (c == '`' && code_span(&rest[i..]).is_some()))
            .map_or(rest.len(), |(i, _)| i);
        plain_word(&rest[..end], &mut out);
        rest = &rest[end..];
    }
    out
}

/// The length of the code span `s` starts with: a run of backticks closed by a run of the
/// same length.
fn code_span(s: &str) -> Option<usize> {
    let run = s.len() - s.trim_start_matches('`').len();
    if run == 0 {
        return None;
    }
    let mut at = run;
    while let Some(i) = s[at..].find('`') {
        let start = at + i;
        let len = s[start..].len() - s[start..].trim_start_matches('`').len();
        if len == run {
            return Some(start + len);
        }
        at = start + len;
    }
    None
}

/// One whitespace-free word outside code spans.
fn plain_word(word: &str, out: &mut String) {
    if word.starts_with("http://") || word.starts_with("https://") {
        let url = word.trim_end_matches(['.', ',', ';', ')']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        out.push_str(&word[url.len()..]);
        return;
    }
    // The word without the punctuation around it, which stays outside a code span.
    let core_start = word
        .find(|c: char| !matches!(c, '(' | '"' | '\''))
        .unwrap_or(word.len());
    let core_end = word
        .rfind(|c: char| !matches!(c, '.' | ',' | ';' | ':' | ')' | '"' | '\'' | '!' | '?'))
        .map_or(core_start, |i| {
            i + word[i..].chars().next().map_or(1, char::len_utf8)
        });
    let core = &word[core_start..core_end.max(core_start)];
    let misread = core.contains(['[', ']', '<', '>', '*', '\\', '`', '|', '~'])
        || core.starts_with(['#', '_'])
        || core.ends_with('_')
        || (core.contains('&') && core.contains(';'));
    if misread && !core.is_empty() {
        out.push_str(&word[..core_start]);
        out.push_str(&code(core));
        out.push_str(&word[core_start + core.len()..]);
    } else {
        out.push_str(word);
    }
}

#[cfg(test)]
mod tests {
    use super::prose;

    #[test]
    fn prose_renders_as_written() {
        let cases = [
            (
                "resolves to `dts.<region>.aliyuncs.com`, which exists",
                "resolves to `dts.<region>.aliyuncs.com`, which exists",
            ),
            (
                "the RAM action \"dataworks:*\" is",
                "the RAM action \"`dataworks:*`\" is",
            ),
            ("see [Docs] and a <b> tag", "see `[Docs]` and a `<b>` tag"),
            ("(a*b). x", "(`a*b`). x"),
            ("visit https://x.y/z. Then", "visit <https://x.y/z>. Then"),
            ("don`t  stop\n here", "`` don`t `` stop here"),
            ("``a ` b`` and `c`", "``a ` b`` and `c`"),
            ("a&lt;b _x_ a_b", "`a&lt;b` `_x_` a_b"),
        ];
        for (text, want) in cases {
            assert_eq!(prose(text), want, "{text:?}");
        }
    }

    #[test]
    fn long_json_examples_are_laid_out_in_a_block() {
        let value = r#"{"b": [1, 2.50, {"k": "a,b:{c}\"x"}], "a": {}, "c": [], "long": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#;
        let mut doc = super::Doc::new();
        doc.example(value);
        let want = [
            "Example:",
            "",
            "```json",
            "{",
            "  \"b\": [",
            "    1,",
            "    2.50,",
            "    {\"k\": \"a,b:{c}\\\"x\"}",
            "  ],",
            "  \"a\": {},",
            "  \"c\": [],",
            "  \"long\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            "}",
            "```",
        ];
        assert_eq!(doc.lines, want);
        // Short JSON, and text that only looks like JSON, stay inline.
        for (value, want) in [
            (r#"{"a":1}"#, r#"Example: `{"a":1}`"#),
            ("[not json, but long enough to need more than one line of the doc comment, surely]",
             "Example: `[not json, but long enough to need more than one line of the doc comment, surely]`"),
        ] {
            let mut doc = super::Doc::new();
            doc.example(value);
            assert_eq!(doc.lines, [want]);
        }
    }

    #[test]
    fn fenced_blocks_in_spec_prose_keep_their_lines() {
        let mut doc = super::Doc::new();
        doc.para("Grant it:\n```sql\n  -- 5.7\n  GRANT [x] ON *.*;\n\n```\nthen `reload`.");
        assert_eq!(
            doc.lines,
            [
                "Grant it:",
                "",
                "```sql",
                "-- 5.7",
                "GRANT [x] ON *.*;",
                "```",
                "",
                "then `reload`."
            ]
        );
        let mut doc = super::Doc::new();
        doc.para("A block:\n```\nx  y\n```");
        assert_eq!(doc.lines, ["A block:", "", "```text", "x  y", "```"]);
        // An unclosed fence, or fences within one line, stay prose.
        for text in ["odd ``` fence", "inline ``` a b ``` fences"] {
            let mut doc = super::Doc::new();
            doc.para(text);
            assert_eq!(doc.lines, [super::prose(text)], "{text}");
        }
    }

    #[test]
    fn no_line_starts_a_markdown_block() {
        let mut lines = Vec::new();
        super::wrap(
            &format!("{} - 1. # > x", "w ".repeat(44)),
            92,
            "",
            &mut lines,
        );
        assert!(lines.len() > 1, "{lines:?}");
        for l in &lines[1..] {
            assert!(
                !super::starts_block(l.split(' ').next().unwrap()),
                "{lines:?}"
            );
        }
    }
}
