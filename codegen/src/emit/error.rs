//! An operation's error enum: one variant per documented code, plus `Unknown`.

use super::docs::{code, Doc};
use crate::model::Operation;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn error(op: &Operation) -> TokenStream {
    let name = format_ident!("{}Error", op.name);
    let variants: Vec<_> = op
        .errors
        .iter()
        .map(|e| format_ident!("{}", e.variant))
        .collect();
    let all: Vec<_> = variants
        .iter()
        .cloned()
        .chain([format_ident!("Unknown")])
        .collect();
    let codes: Vec<_> = op.errors.iter().map(|e| e.code.as_str()).collect();
    let docs = op.errors.iter().map(|e| {
        let mut d = Doc::new();
        d.md(&format!(
            "{} (HTTP {}){}",
            code(&e.code),
            e.status,
            if e.retryable { ", retried" } else { "" }
        ));
        if let Some(m) = &e.message {
            d.para(m);
        }
        if let Some(desc) = e
            .description
            .as_ref()
            .filter(|d| Some(*d) != e.message.as_ref())
        {
            d.para(desc);
        }
        d.outer()
    });
    let retryable: Vec<_> = op
        .errors
        .iter()
        .filter(|e| e.retryable)
        .map(|e| format_ident!("{}", e.variant))
        .collect();
    let throttled = quote!(matches!(self, Self::Unknown(m) if m.is_throttling()));
    let retryable = if retryable.is_empty() {
        throttled
    } else {
        quote!(matches!(self, #(Self::#retryable(_))|*) || #throttled)
    };
    let from = if codes.is_empty() {
        quote!(Self::Unknown(meta))
    } else {
        quote! {
            match meta.code.as_str() {
                #(#codes => Self::#variants(meta),)*
                _ => Self::Unknown(meta),
            }
        }
    };
    let doc = format!(
        " A failure reported by the service for [`{}`](super::{}).",
        op.action, op.name
    );
    let inline = super::shell_inline();
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#docs #variants(crate::ErrorMeta),)*
            /// A code this operation's documentation does not list; the code is in the metadata.
            Unknown(crate::ErrorMeta),
        }

        impl #name {
            /// Status, code, message and request ID, as the service sent them.
            #inline
            pub fn meta(&self) -> &crate::ErrorMeta {
                match self {
                    #(Self::#all(m))|* => m,
                }
            }

            /// The error code exactly as the service sent it.
            #inline
            pub fn code(&self) -> &str {
                &self.meta().code
            }

            /// Whether the documentation marks the code as temporary (throttling, unavailable),
            /// or it is an undocumented throttling code.
            #inline
            pub fn is_retryable(&self) -> bool {
                #retryable
            }
        }

        impl From<crate::ErrorMeta> for #name {
            #inline
            fn from(meta: crate::ErrorMeta) -> Self {
                #from
            }
        }

        impl std::fmt::Display for #name {
            #inline
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(self.meta(), f)
            }
        }

        impl std::error::Error for #name {}
    }
}
