//! Which characters spec text may hold. Spec text is printed into Rust source (docs, string
//! literals), so characters that source cannot carry safely are refused at load, located:
//! control characters other than tab and line breaks (rustc refuses a bare CR in a doc
//! comment; NUL is the emitter's doc placeholder), and the
//! bidirectional-text controls rustc denies in comments and literals (they make source read
//! differently from what it does: CVE-2021-42574).

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Why `c` cannot be spec text, if it cannot. Line breaks are the YAML file's own business and
/// are checked by the caller where they matter.
pub fn refused(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' => None,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some(
            "a bidirectional-text control, which makes source read differently from what it does",
        ),
        c if c.is_control() => Some("a control character"),
        _ => None,
    }
}

/// The message for a refused character.
pub fn message(c: char, why: &str, escaped: bool) -> String {
    let how = if escaped { "escaped " } else { "" };
    format!(
        "{how}character U+{:04X} ({why}) cannot be in a spec: spec text is printed into Rust source",
        c as u32
    )
}

/// Whether `next`, after a backslash, starts a YAML escape that can stand for a refused
/// character (`\0`, `\e`, `\x1B`, `\u202E`, ...). Decides only whether [`first_escaped`] must
/// look: in plain or single-quoted scalars a backslash is literal.
pub fn may_escape_refused(next: char) -> bool {
    matches!(
        next,
        '0' | 'a' | 'b' | 'e' | 'v' | 'f' | 'r' | 'x' | 'u' | 'U' | 'N'
    )
}

/// The first scalar (key or value) whose parsed text holds a refused character: its 1-based
/// line and column, the character and why. Reads events only, so aliases are never expanded;
/// text that does not parse is left to the real parser, which reports it.
pub fn first_escaped(text: &str) -> Option<(usize, usize, char, &'static str)> {
    struct Scan(Option<(usize, usize, char, &'static str)>);
    impl MarkedEventReceiver for Scan {
        fn on_event(&mut self, ev: Event, mark: Marker) {
            if self.0.is_some() {
                return;
            }
            if let Event::Scalar(s, ..) = ev {
                let bad = s.chars().find_map(|c| match c {
                    '\r' => Some((c, "a carriage return, which rustc refuses in doc comments")),
                    c => refused(c).map(|why| (c, why)),
                });
                if let Some((c, why)) = bad {
                    self.0 = Some((mark.line(), mark.col() + 1, c, why));
                }
            }
        }
    }
    let mut scan = Scan(None);
    let _ = Parser::new_from_str(text).load(&mut scan, true);
    scan.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_controls_and_bidi_but_not_tabs_or_other_text() {
        for c in ['\0', '\u{1B}', '\u{7F}', '\u{85}', '\u{202E}', '\u{2066}'] {
            assert!(refused(c).is_some(), "{c:?}");
        }
        for c in ['\t', '\n', 'é', '中', '\u{200B}', '\u{2028}'] {
            assert!(refused(c).is_none(), "{c:?}");
        }
    }

    #[test]
    fn finds_escaped_characters_in_keys_and_values_with_their_position() {
        let text = "a: plain \\u202E stays literal\nb:\n  - 'single \\0 too'\n  - \"x\\u202Ey\"\n";
        assert_eq!(
            first_escaped(text),
            Some((4, 5, '\u{202E}', refused('\u{202E}').unwrap()))
        );
        assert_eq!(
            first_escaped("\"k\\0\": 1\n").map(|f| (f.0, f.2)),
            Some((1, '\0'))
        );
        assert_eq!(first_escaped("a: \"x\\ry\"\n").map(|f| f.2), Some('\r'));
        assert_eq!(first_escaped("a: \"tab\\tand \\u00e9\"\n"), None);
    }
}
