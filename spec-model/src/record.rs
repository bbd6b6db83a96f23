//! [`record!`](macro@crate::record): `Serialize` and `Deserialize` for plain structs of named fields,
//! written by a declarative macro instead of serde's derive, so that neither this crate nor the
//! emulator brings a procedural macro (and with it `syn` and `quote`) into its users' builds.
//!
//! What it writes matches `#[derive(Serialize, Deserialize)]` with
//! `#[serde(deny_unknown_fields)]`: an unknown or repeated key is an error naming it, a missing
//! `required` field is an error naming it, an `optional` field absent is its `Default` (`None`,
//! an empty list). Errors go through the format's own error type, so serde_yaml still reports
//! the line and column.

/// Declares a struct and implements `serde::Serialize` and `serde::Deserialize` for it.
///
/// Each field names how it is read (`required` or `optional`) and its key:
///
/// ```
/// spec_model::record! {
///     #[derive(Debug)]
///     pub struct Delay {
///         pub min: u64 = required "min",
///         pub note: Option<String> = optional "note",
///     }
/// }
/// let d: Delay = serde_json::from_str(r#"{"min": 3}"#).unwrap();
/// assert_eq!((d.min, d.note), (3, None));
/// let e = serde_json::from_str::<Delay>(r#"{"min": 3, "max": 4}"#).unwrap_err();
/// assert!(e.to_string().contains("unknown field `max`"), "{e}");
/// ```
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $fvis:vis $field:ident : $ty:ty = $mode:ident $key:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty, )*
        }

        impl<'de> $crate::record::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::record::serde::Deserializer<'de>,
            {
                use $crate::record::serde::de;
                const KEYS: &[&str] = &[$($key),*];
                struct Fields;
                impl<'de> de::Visitor<'de> for Fields {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                        f.write_str(concat!("a mapping (", stringify!($name), ")"))
                    }
                    fn visit_map<A: de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::core::result::Result<$name, A::Error> {
                        $( let mut $field: ::core::option::Option<$ty> = None; )*
                        while let Some(key) = map.next_key_seed($crate::record::Key(KEYS))? {
                            match key {
                                $(
                                    $key => {
                                        if $field.is_some() {
                                            return Err(de::Error::duplicate_field($key));
                                        }
                                        $field = Some(map.next_value()?);
                                    }
                                )*
                                other => return Err(de::Error::unknown_field(other, KEYS)),
                            }
                        }
                        Ok($name {
                            $( $field: $crate::record!(@take $mode $field $key), )*
                        })
                    }
                }
                deserializer.deserialize_struct(stringify!($name), KEYS, Fields)
            }
        }

        impl $crate::record::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::record::serde::Serializer,
            {
                use $crate::record::serde::ser::SerializeStruct;
                let mut s = serializer
                    .serialize_struct(stringify!($name), [$($key),*].len())?;
                $( s.serialize_field($key, &self.$field)?; )*
                s.end()
            }
        }
    };
    (@take required $field:ident $key:literal) => {
        match $field {
            Some(v) => v,
            None => return Err(de::Error::missing_field($key)),
        }
    };
    (@take optional $field:ident $key:literal) => {
        $field.unwrap_or_default()
    };
}

#[doc(hidden)]
pub use serde;

/// Reads a map key that must be one of a struct's keys. An unknown key is refused here, while
/// the key is being read, so the format reports the key's own line rather than its mapping's.
#[doc(hidden)]
pub struct Key(pub &'static [&'static str]);

impl<'de> serde::de::DeserializeSeed<'de> for Key {
    type Value = &'static str;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl serde::de::Visitor<'_> for Key {
    type Value = &'static str;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match self.0.iter().find(|k| **k == v) {
            Some(k) => Ok(k),
            None => Err(E::unknown_field(v, self.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    crate::record! {
        #[derive(Debug, PartialEq, Default)]
        struct Inner {
            n: u64 = required "n",
            tags: Vec<String> = optional "tags",
        }
    }

    crate::record! {
        #[derive(Debug, PartialEq)]
        struct Outer {
            /// A key that is a Rust keyword, renamed.
            ty: String = required "type",
            inner: Option<Box<Inner>> = optional "inner",
        }
    }

    fn yaml(text: &str) -> Result<Outer, String> {
        serde_yaml::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_required_and_optional_keys_at_any_depth() {
        let o = yaml("type: a\ninner:\n  n: 2\n  tags: [x]\n").unwrap();
        assert_eq!(o.ty, "a");
        let inner = o.inner.unwrap();
        assert_eq!((inner.n, inner.tags), (2, vec!["x".to_owned()]));
        assert_eq!(yaml("type: b").unwrap().inner, None);
        assert_eq!(yaml("type: b\ninner: null").unwrap().inner, None);
    }

    #[test]
    fn names_the_unknown_missing_or_repeated_key_and_its_line() {
        let e = yaml("type: a\ninner:\n  n: 1\n  colour: red\n").unwrap_err();
        assert!(e.contains("unknown field `colour`"), "{e}");
        assert!(e.contains("inner: ") && e.contains("line 4"), "{e}");
        let e = yaml("type: a\ninner:\n  tags: []\n").unwrap_err();
        assert!(e.contains("missing field `n`"), "{e}");
        let e = yaml("type: a\ntype: b\n").unwrap_err();
        assert!(e.contains("type"), "{e}");
        let e = yaml("- 1").unwrap_err();
        assert!(e.contains("a mapping (Outer)"), "{e}");
    }

    #[test]
    fn writes_what_it_reads() {
        let o = Outer {
            ty: "t".into(),
            inner: Some(Box::new(Inner { n: 7, tags: vec![] })),
        };
        let text = serde_json::to_string(&o).unwrap();
        assert_eq!(text, r#"{"type":"t","inner":{"n":7,"tags":[]}}"#);
        assert_eq!(serde_json::from_str::<Outer>(&text).unwrap(), o);
    }
}
