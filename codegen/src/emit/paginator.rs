//! A paginator for operations whose spec has `pagination`: pages, then items, until the
//! total the service reports is reached.

use super::ident;
use crate::model::{IntWidth, Operation, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn paginator(op: &Operation) -> Option<TokenStream> {
    let p = op.pagination.as_ref()?;
    let builder = format_ident!("{}", op.name);
    let name = format_ident!("{}Paginator", op.name);
    let output = format_ident!("{}Output", op.name);
    let error = format_ident!("{}Error", op.name);
    let item = format_ident!("{}", p.item_type);
    let page_number = ident(&p.page_number);
    let page_width = op
        .params
        .iter()
        .find(|x| x.rust == p.page_number)
        .map(|x| &x.ty);
    let one = match page_width {
        Some(Type::Int(IntWidth::I64)) => quote!(1i64),
        _ => quote!(1i32),
    };
    let mut path = p.items.rust.iter().map(|r| ident(r));
    let first = path.next().expect("item paths are not empty");
    let rest: Vec<_> = path.collect();
    // `out.a.as_ref().and_then(|v| v.b.as_ref())` and its owned twin.
    let borrowed = quote!(out.#first.as_ref()#(.and_then(|v| v.#rest.as_ref()))*);
    let owned = quote!(out.#first #(.and_then(|v| v.#rest))*);
    let total = p.total.rust.iter().map(|r| ident(r));
    let total = quote!(out #(.#total)*);
    let clear_token = op.idempotency_token().map(|t| {
        let f = ident(&t.rust);
        quote!(following.input.#f = None;)
    });
    let doc = format!(
        " Pages of [`{}`](super::{}): see [`{builder}::paginate`].",
        op.action, op.name
    );
    Some(quote! {
        impl #builder {
            /// Sends one request per page, from the page number set (default 1), until the
            /// service's total is reached or a page comes back empty. Each page is a call of
            /// its own (with its own retries and client token).
            pub fn paginate(self) -> #name {
                #name { next: Some(self), seen: 0, buffered: std::collections::VecDeque::new() }
            }
        }

        #[doc = #doc]
        #[derive(Debug)]
        pub struct #name {
            next: Option<#builder>,
            seen: u64,
            buffered: std::collections::VecDeque<#item>,
        }

        impl #name {
            /// The next page; `None` after the last one, or after an error.
            pub async fn next_page(&mut self) -> Option<Result<#output, crate::Error<#error>>> {
                let current = self.next.take()?;
                let page = current.input.#page_number.unwrap_or(#one);
                let mut following = current.clone();
                let out = match current.send().await {
                    Ok(out) => out,
                    Err(e) => return Some(Err(e)),
                };
                let count = #borrowed.map_or(0, |items| items.len()) as u64;
                self.seen += count;
                let more = count > 0 && #total.is_none_or(|total| (self.seen as i64) < i64::from(total));
                if more {
                    following.input.#page_number = Some(page + 1);
                    #clear_token
                    self.next = Some(following);
                }
                Some(Ok(out))
            }

            /// The next item, fetching pages as needed.
            pub async fn next_item(&mut self) -> Option<Result<#item, crate::Error<#error>>> {
                loop {
                    if let Some(item) = self.buffered.pop_front() {
                        return Some(Ok(item));
                    }
                    match self.next_page().await? {
                        Ok(out) => self.buffered.extend(#owned.unwrap_or_default()),
                        Err(e) => return Some(Err(e)),
                    }
                }
            }

            /// Every item of every page.
            pub async fn collect_items(mut self) -> Result<Vec<#item>, crate::Error<#error>> {
                let mut all = Vec::new();
                while let Some(item) = self.next_item().await {
                    all.push(item?);
                }
                Ok(all)
            }
        }
    })
}
