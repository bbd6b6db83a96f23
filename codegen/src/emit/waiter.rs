//! An operation's waiters: one marker type each, naming the poll's rules for the runtime's
//! generic `wait` loop, and the product client's `wait_until_<name>` methods.

use super::docs::{code, Doc};
use super::ident;
use crate::model::{Operation, Waiter};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What the docs say about a waiter, shared by its type and its client method.
fn describe(doc: &mut Doc, op: &Operation, w: &Waiter) {
    if let Some(d) = &w.description {
        doc.para(d);
    }
    let list = |v: &[String]| v.iter().map(|s| code(s)).collect::<Vec<_>>().join(", ");
    let path = w
        .state
        .iter()
        .map(|s| {
            if s.array {
                format!("{}[0]", s.wire)
            } else {
                s.wire.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(".");
    doc.md(&format!(
        "Polls `{}` and reads {}: done at {}{}.",
        op.action,
        code(&path),
        list(&w.success),
        if w.failure.is_empty() {
            String::new()
        } else {
            format!("; fails at {}", list(&w.failure))
        }
    ));
    if !w.pending.is_empty() {
        doc.md(&format!(
            "Keeps waiting at {} (and at any state not listed).",
            list(&w.pending)
        ));
    }
    if !w.input.is_empty() {
        doc.md(&format!(
            "Requires {}.",
            w.input
                .iter()
                .map(|(wire, _)| code(wire))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    doc.md(&format!(
        "Delays start at {} s and double (with jitter) up to {} s; the wait gives up after {} s \
         unless [`max_wait`](crate::Call::max_wait) says otherwise.",
        w.min_delay, w.max_delay, w.timeout
    ));
}

/// The marker types of `op`'s waiters and their `rt::Waiter` impls.
pub fn waiters(op: &Operation) -> TokenStream {
    let input = format_ident!("{}Input", op.name);
    let output = format_ident!("{}", op.response.name);
    let items = op.waiters.iter().map(|w| {
        let name = format_ident!("{}", w.type_name);
        let mut doc = Doc::new();
        doc.md(&format!(
            "The waiter `{}`: made by `Client::wait_until_{}`, finished with [`wait`](crate::Call::wait).",
            w.name, w.name
        ));
        describe(&mut doc, op, w);
        let doc = doc.outer();
        let label = &w.name;
        let success = &w.success;
        let failure = &w.failure;
        let (min, max, timeout) = (w.min_delay, w.max_delay, w.timeout);
        let mut steps = w.state.iter();
        let first = steps.next().expect("state paths are not empty");
        let f = ident(&first.rust);
        let mut state = quote!(out.#f.as_ref());
        if first.array {
            state = quote!(#state.and_then(|v| v.first()));
        }
        for s in steps {
            let f = ident(&s.rust);
            state = quote!(#state.and_then(|v| v.#f.as_ref()));
            if s.array {
                state = quote!(#state.and_then(|v| v.first()));
            }
        }
        let state = if w.state_is_enum {
            quote!(#state.map(|s| s.as_str()))
        } else {
            quote!(#state.map(String::as_str))
        };
        // A waiter that needs no parameter does not read its input (unused, it would warn).
        let arg = if w.input.is_empty() {
            format_ident!("_input")
        } else {
            format_ident!("input")
        };
        let checks = w.input.iter().map(|(wire, rust)| {
            let f = ident(rust);
            quote! {
                if input.#f.is_none() {
                    return Some(#wire);
                }
            }
        });
        quote! {
            #doc
            #[derive(Clone, Debug, Default)]
            pub struct #name(rt::WaitOptions);

            impl rt::Waiter for #name {
                type Input = #input;
                const META: &'static rt::WaiterMeta = &rt::WaiterMeta {
                    name: #label,
                    success: &[#(#success),*],
                    failure: &[#(#failure),*],
                    min_delay: std::time::Duration::from_secs(#min),
                    max_delay: std::time::Duration::from_secs(#max),
                    timeout: std::time::Duration::from_secs(#timeout),
                };

                #[inline]
                fn state(out: &#output) -> Option<&str> {
                    #state
                }

                #[inline]
                fn missing(#arg: &#input) -> Option<&'static str> {
                    #(#checks)*
                    None
                }

                #[inline]
                fn options(&mut self) -> &mut rt::WaitOptions {
                    &mut self.0
                }

                #[inline]
                fn into_options(self) -> rt::WaitOptions {
                    self.0
                }
            }
        }
    });
    quote!(#(#items)*)
}

/// The product client's `wait_until_<name>` methods for `op`'s waiters.
pub fn client_methods(op: &Operation) -> TokenStream {
    let m = ident(&op.module);
    let input = format_ident!("{}Input", op.name);
    let items = op.waiters.iter().map(|w| {
        let method = format_ident!("wait_until_{}", w.name);
        let ty = format_ident!("{}", w.type_name);
        let mut doc = Doc::new();
        doc.md(&format!(
            "Waits until {}: set the parameters of `{}`, then [`wait`](crate::Call::wait).",
            w.name.replace('_', " "),
            op.action
        ));
        describe(&mut doc, op, w);
        let doc = doc.outer();
        quote! {
            #doc
            #[inline]
            pub fn #method(&self) -> crate::Call<#m::#input, #m::#ty> {
                super::call(&self.inner)
            }
        }
    });
    quote!(#(#items)*)
}
