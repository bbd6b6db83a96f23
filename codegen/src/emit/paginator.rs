//! Pagination for operations whose spec has `pagination`: how a page is named (a number, or
//! the token the previous answer gave), where the items and the total are. The paginator
//! itself is the runtime's generic `Paginator`.

use super::ident;
use crate::model::{IntWidth, Operation, PageBy};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn paginator(op: &Operation) -> Option<TokenStream> {
    let p = op.pagination.as_ref()?;
    let name = format_ident!("{}Paginator", op.name);
    let input = format_ident!("{}Input", op.name);
    let output = format_ident!("{}", op.response.name);
    let item = format_ident!("{}", p.item_type);
    // How the next page is named: by number, or by the token the answer gives.
    let by = match &p.by {
        PageBy::Number { param, width } => {
            let param = ident(param);
            // Widening is spelled out only where the spec's integer is narrower than i64.
            let (set, get) = match width {
                IntWidth::I64 => (quote!(page), quote!(self.#param)),
                IntWidth::I32 => (
                    quote!(i32::try_from(page).unwrap_or(i32::MAX)),
                    quote!(self.#param.map(i64::from)),
                ),
            };
            quote! {
                #[inline]
                fn page_number(&self) -> Option<i64> {
                    #get
                }

                #[inline]
                fn set_page_number(&mut self, page: i64) {
                    self.#param = Some(#set);
                }
            }
        }
        PageBy::Token { param, next } => {
            let param = ident(param);
            let (steps, last) = walk(&next.rust, quote!(return None));
            quote! {
                const BY_TOKEN: bool = true;

                #[inline]
                fn set_token(&mut self, token: String) {
                    self.#param = Some(token);
                }

                #[inline]
                fn next_token(out: &#output) -> Option<&str> {
                    #steps
                    #last.as_deref()
                }
            }
        }
    };
    // `let Some(v) = &out.a else { return 0 }; let Some(v) = &v.b …`: plain pattern matches
    // rather than closures, which the compiler checks as separate bodies.
    let (steps, last) = walk(&p.items.rust, quote!(return 0));
    let borrowed = quote!(#steps #last.as_ref().map_or(0, Vec::len));
    let path: Vec<_> = p.items.rust.iter().map(|r| ident(r)).collect();
    let (last_step, inner) = path.split_last().expect("item paths are not empty");
    let mut from = quote!(out);
    let mut owned = Vec::new();
    for step in inner {
        owned.push(quote!(let Some(v) = #from.#step else { return Vec::new() };));
        from = quote!(v);
    }
    let owned = quote!(#(#owned)* #from.#last_step.unwrap_or_default());
    let total = p.total.as_ref().map(|(path, width)| {
        let path = path.rust.iter().map(|r| ident(r));
        let value = match width {
            IntWidth::I64 => quote!(out #(.#path)*),
            IntWidth::I32 => quote!(out #(.#path)*.map(i64::from)),
        };
        quote! {
            #[inline]
            fn total(out: &#output) -> Option<i64> {
                #value
            }
        }
    });
    let doc = format!(
        " Pages of [`{}`](super::{}): see [`Call::paginate`](crate::Call::paginate).",
        op.action, op.name
    );
    Some(quote! {
        #[doc = #doc]
        pub type #name = rt::Paginator<#input>;

        impl rt::Paginated for #input {
            type Item = #item;

            #by

            #[inline]
            fn count(out: &#output) -> usize {
                #borrowed
            }

            #[inline]
            fn into_items(out: #output) -> Vec<#item> {
                #owned
            }

            #total
        }
    })
}

/// The borrowing steps down `path` from `out` (each `let Some(v) = &….step else { #none }`),
/// and the expression of its last field.
fn walk(path: &[String], none: TokenStream) -> (TokenStream, TokenStream) {
    let path: Vec<_> = path.iter().map(|r| ident(r)).collect();
    let (last, steps) = path.split_last().expect("field paths are not empty");
    let mut from = quote!(out);
    let mut lets = Vec::new();
    for step in steps {
        lets.push(quote!(let Some(v) = &#from.#step else { #none };));
        from = quote!(v);
    }
    (quote!(#(#lets)*), quote!(#from.#last))
}
