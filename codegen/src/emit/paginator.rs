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
    let set = match page_width {
        Some(Type::Int(IntWidth::I64)) => quote!(page),
        _ => quote!(i32::try_from(page).unwrap_or(i32::MAX)),
    };
    let mut path = p.items.rust.iter().map(|r| ident(r));
    let first = path.next().expect("item paths are not empty");
    let rest: Vec<_> = path.collect();
    // `out.a.as_ref().and_then(|v| v.b.as_ref())` and its owned twin.
    let borrowed = quote!(out.#first.as_ref()#(.and_then(|v| v.#rest.as_ref()))*);
    let owned = quote!(out.#first #(.and_then(|v| v.#rest))*);
    let total = p.total.rust.iter().map(|r| ident(r));
    let total = quote!(out #(.#total)*);
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
                self.#page_number.map(i64::from)
            }

            #[inline]
            fn set_page_number(&mut self, page: i64) {
                self.#page_number = Some(#set);
            }

            #[inline]
            fn count(out: &#output) -> usize {
                #borrowed.map_or(0, Vec::len)
            }

            #[inline]
            fn into_items(out: #output) -> Vec<#item> {
                #owned.unwrap_or_default()
            }

            #[inline]
            fn total(out: &#output) -> Option<i64> {
                #total.map(i64::from)
            }
        }
    })
}
