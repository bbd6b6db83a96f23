//! Key path → line and column. Only run for files that failed validation, so the happy path
//! parses each spec once (with serde_yaml) and never pays for this second, event-level parse.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// 1-based line and column of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Every node of one YAML document, by key path (`parameters[3].enum[1]`). A mapping entry is
/// located at its key, a sequence item at its first character.
#[derive(Debug, Default)]
pub struct PathIndex {
    positions: HashMap<String, Position>,
}

impl PathIndex {
    pub fn build(text: &str) -> PathIndex {
        let mut builder = Builder::default();
        // A file that does not even parse has no index; its parse error carries a location.
        let _ = Parser::new_from_str(text).load(&mut builder, false);
        PathIndex {
            positions: builder.positions,
        }
    }

    /// The position of `path`, or of its nearest ancestor that exists (a missing key is
    /// reported where its parent is).
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(p) = self.positions.get(path) {
                return Some(*p);
            }
            path = parent(path)?;
        }
    }
}

fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

enum Frame {
    /// `relocate`: a sequence item whose start mark is unreliable (libyaml-style parsers
    /// mark a block mapping where its first value begins); moved to its first key.
    Map {
        path: String,
        key: Option<(String, Position)>,
        relocate: Option<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    positions: HashMap<String, Position>,
}

impl Builder {
    /// Called for each node start; returns the path the node lives at, or `None` when the
    /// node is a mapping key (it is remembered until its value arrives).
    fn place(&mut self, scalar: Option<&str>, at: Position) -> Option<String> {
        match self.stack.last_mut() {
            None => {
                self.positions.entry(String::new()).or_insert(at);
                Some(String::new())
            }
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                self.positions.entry(p.clone()).or_insert(at);
                Some(p)
            }
            Some(Frame::Map {
                path,
                key,
                relocate,
            }) => match key.take() {
                None => {
                    if let Some(item) = relocate.take() {
                        self.positions.insert(item, at);
                    }
                    *key = Some((scalar.unwrap_or_default().to_owned(), at));
                    None
                }
                Some((k, key_at)) => {
                    let p = if path.is_empty() {
                        k
                    } else {
                        format!("{path}.{k}")
                    };
                    self.positions.entry(p.clone()).or_insert(key_at);
                    Some(p)
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = Position {
            line: mark.line(),
            column: mark.col() + 1,
        };
        match ev {
            Event::Scalar(ref s, ..) => {
                self.place(Some(s), at);
            }
            Event::Alias(_) => {
                self.place(Some(""), at);
            }
            Event::MappingStart(..) => {
                let in_seq = matches!(self.stack.last(), Some(Frame::Seq { .. }));
                let path = self.place(None, at).unwrap_or_default();
                let relocate = in_seq.then(|| path.clone());
                self.stack.push(Frame::Map {
                    path,
                    key: None,
                    relocate,
                });
            }
            Event::SequenceStart(..) => {
                let path = self.place(None, at).unwrap_or_default();
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_keys_and_items() {
        let text = "product: Rds\nparameters:\n  - name: A\n    enum:\n      - value: 1\n      - value: 2\n";
        let index = PathIndex::build(text);
        assert_eq!(index.find("product"), Some(Position { line: 1, column: 1 }));
        assert_eq!(
            index.find("parameters[0].name"),
            Some(Position { line: 3, column: 5 })
        );
        assert_eq!(
            index.find("parameters[0].enum[1]"),
            Some(Position { line: 6, column: 9 })
        );
        assert_eq!(
            index.find("parameters[0].enum[1].value"),
            Some(Position { line: 6, column: 9 })
        );
        // A key that is absent is reported at its parent.
        assert_eq!(
            index.find("parameters[0].type"),
            Some(Position { line: 3, column: 5 })
        );
    }
}
