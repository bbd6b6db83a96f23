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

    /// `#[doc = "..."]` attributes (one placeholder while [`deferred`] collects docs).
    pub fn outer(&self) -> TokenStream {
        match self.defer() {
            Some(marker) => quote! { #[doc = #marker] },
            None => {
                let lines = self.lines.iter().map(|l| attr_text(l));
                quote! { #(#[doc = #lines])* }
            }
        }
    }

    /// `#![doc = "..."]` attributes, for module docs.
    pub fn inner(&self) -> TokenStream {
        match self.defer() {
            Some(marker) => quote! { #![doc = #marker] },
            None => {
                let lines = self.lines.iter().map(|l| attr_text(l));
                quote! { #(#![doc = #lines])* }
            }
        }
    }

    /// Hands the lines to the collecting [`Sheet`], if any, and returns the placeholder that
    /// stands for them.
    fn defer(&self) -> Option<String> {
        if self.lines.is_empty() {
            return None;
        }
        SHEET.with(|sheet| {
            let mut sheet = sheet.borrow_mut();
            let blocks = sheet.as_mut()?;
            blocks.push(self.lines.iter().map(|l| attr_text(l)).collect());
            Some(format!("{MARK}{}", blocks.len() - 1))
        })
    }
}

/// The text of a line's `#[doc]` attribute, which prettyplease prints after `///`.
fn attr_text(line: &str) -> String {
    format!(" {line}").trim_end().to_owned()
}

/// Starts a doc placeholder: a character generated code holds nowhere else (the loader refuses
/// it in spec text, `spec::text`; the doc text set aside is never scanned for it).
const MARK: char = '\0';

type Blocks = Vec<Vec<String>>;

thread_local! {
    /// The docs collected by [`deferred`] on this thread, if it is collecting.
    static SHEET: std::cell::RefCell<Option<Blocks>> = const { std::cell::RefCell::new(None) };
}

/// Runs `build` with its items' docs set aside: each doc becomes one short placeholder
/// attribute, and [`Sheet::fill`] puts its lines back into the formatted text, as
/// prettyplease would have printed them (`///` and the line, at the item's indent). syn then
/// parses, and prettyplease prints, one attribute per documented item instead of one per doc
/// line: docs are half the lines of a large file (BENCHMARKS.md, section 5, "Sixth pass").
pub fn deferred<T>(build: impl FnOnce() -> T) -> (T, Sheet) {
    let outer = SHEET.with(|s| s.borrow_mut().replace(Vec::new()));
    let built = build();
    let blocks = SHEET.with(|s| std::mem::replace(&mut *s.borrow_mut(), outer));
    (built, Sheet(blocks.unwrap_or_default()))
}

/// The docs [`deferred`] set aside.
pub struct Sheet(Blocks);

impl Sheet {
    /// `text` with every placeholder line replaced by its doc's lines. A placeholder anywhere
    /// but on a doc comment line of its own is a generator bug, reported with `path`.
    pub fn fill(&self, path: &str, text: &str) -> Result<String, String> {
        if self.0.is_empty() {
            return Ok(text.to_owned());
        }
        let extra: usize = self.0.iter().flatten().map(|l| l.len() + 8).sum();
        let mut out = String::with_capacity(text.len() + extra);
        let mut rest = text;
        while let Some(at) = rest.find(MARK) {
            let line_start = rest[..at].rfind('\n').map_or(0, |i| i + 1);
            let head = &rest[line_start..at];
            let slashes = match head.trim_start_matches(' ') {
                s @ ("///" | "//!") => s,
                _ => return Err(format!("{path}: a doc placeholder outside a doc comment")),
            };
            let indent = &head[..head.len() - slashes.len()];
            let line_end = rest[at + 1..].find('\n').map_or(rest.len(), |i| at + 1 + i);
            let block = rest[at + 1..line_end]
                .parse::<usize>()
                .ok()
                .and_then(|i| self.0.get(i))
                .ok_or_else(|| format!("{path}: a doc placeholder names no doc"))?;
            out.push_str(&rest[..line_start]);
            for (i, line) in block.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(indent);
                out.push_str(slashes);
                out.push_str(line);
            }
            rest = &rest[line_end..];
        }
        out.push_str(rest);
        Ok(out)
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

    /// Docs set aside and filled back in print as prettyplease prints them in place: module
    /// docs, items, fields and impl items at several indents, blank doc lines and code blocks.
    #[test]
    fn deferred_docs_print_as_in_place() {
        use quote::quote;
        let items = || {
            let mut module = super::Doc::new();
            module.md("Module docs.").para("Second paragraph.");
            let module = module.inner();
            let mut item = super::Doc::new();
            item.md("A struct.").para("Code:\n```\n  indented\n\n```");
            let item = item.outer();
            let mut field = super::Doc::new();
            field.md(&"A field with a long description. ".repeat(6));
            let field = field.outer();
            let mut method = super::Doc::new();
            method.md("A method.").md("More.");
            let method = method.outer();
            let empty = super::Doc::new().outer();
            quote! {
                #module
                #item
                pub struct S {
                    #field
                    pub a: Option<String>,
                    #empty
                    pub b: i32,
                }
                impl S {
                    #method
                    pub fn f(&self) -> i32 { self.b }
                }
            }
        };
        let in_place = super::super::render("t.rs", items()).unwrap();
        let (tokens, sheet) = super::deferred(items);
        let deferred = sheet.fill("t.rs", &super::super::render("t.rs", tokens).unwrap());
        assert_eq!(deferred.as_deref(), Ok(in_place.as_str()));
        assert!(
            in_place.contains("    /// A method.\n    ///\n    /// More.\n"),
            "{in_place}"
        );
        // Nothing is collected outside `deferred`.
        assert!(super::Doc::new()
            .md("x")
            .outer()
            .to_string()
            .contains("\" x\""));
    }

    #[test]
    fn a_placeholder_out_of_place_is_an_error() {
        let ((), sheet) = super::deferred(|| {
            super::Doc::new().md("x").outer();
        });
        assert_eq!(
            sheet.fill("t.rs", "  ///\u{0}0\n").as_deref(),
            Ok("  /// x\n")
        );
        assert!(sheet.fill("t.rs", "/// \u{0}0\n").is_err());
        assert!(sheet
            .fill("t.rs", "let a = \"\u{0}0\";\n")
            .unwrap_err()
            .contains("t.rs"));
        assert!(sheet.fill("t.rs", "///\u{0}7\n").is_err());
    }
}
