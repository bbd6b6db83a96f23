//! Pagination for operations whose spec has `pagination`: where the page number, the items
//! and the total are. The paginator itself is the runtime's generic `Paginator`.

use super::ident;
use crate::model::{IntWidth, Operation, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn paginator(op: &Operation) -> Option<TokenStream> {
    let p = op.pagination.as_ref()?;
    let name = format_ident!("{}Paginator", op.name);
    let input = format_ident!("{}Input", op.name);
    let output = format_ident!("{}", op.response.name);
    let item = format_ident!("{}", p.item_type);
    let page_number = ident(&p.page_number);
    let page_width = op
        .params
        .iter()
        .find(|x| x.rust == p.page_number)
        .map(|x| &x.ty);
    // Widening is spelled out only where the spec's integer is narrower than i64.
    let (set, get) = match page_width {
        Some(Type::Int(IntWidth::I64)) => (quote!(page), quote!(self.#page_number)),
        _ => (
            quote!(i32::try_from(page).unwrap_or(i32::MAX)),
            quote!(self.#page_number.map(i64::from)),
        ),
    };
    // `let Some(v) = &out.a else { return 0 }; let Some(v) = &v.b …`: plain pattern matches
    // rather than closures, which the compiler checks as separate bodies.
    let path: Vec<_> = p.items.rust.iter().map(|r| ident(r)).collect();
    let (last, steps) = path.split_last().expect("item paths are not empty");
    let mut from = quote!(out);
    let mut borrowed = Vec::new();
    let mut owned = Vec::new();
    for step in steps {
        borrowed.push(quote!(let Some(v) = &#from.#step else { return 0 };));
        owned.push(quote!(let Some(v) = #from.#step else { return Vec::new() };));
        from = quote!(v);
    }
    let borrowed = quote!(#(#borrowed)* #from.#last.as_ref().map_or(0, Vec::len));
    let owned = quote!(#(#owned)* #from.#last.unwrap_or_default());
    let total = p.total.rust.iter().map(|r| ident(r));
    let total = match p.total_width {
        IntWidth::I64 => quote!(out #(.#total)*),
        IntWidth::I32 => quote!(out #(.#total)*.map(i64::from)),
    };
    let doc = format!(
        " Pages of [`{}`](super::{}): see [`Call::paginate`](crate::Call::paginate).",
        op.action, op.name
    );
    Some(quote! {
        #[doc = #doc]
        pub type #name = rt::Paginator<#input>;

        impl rt::Paginated for #input {
            type Item = #item;

            #[inline]
            fn page_number(&self) -> Option<i64> {
                #get
            }

            #[inline]
            fn set_page_number(&mut self, page: i64) {
                self.#page_number = Some(#set);
            }

            #[inline]
            fn count(out: &#output) -> usize {
                #borrowed
            }

            #[inline]
            fn into_items(out: #output) -> Vec<#item> {
                #owned
            }

            #[inline]
            fn total(out: &#output) -> Option<i64> {
                #total
            }
        }
    })
}
