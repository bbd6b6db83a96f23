//! An operation's output struct and how it reports failure inside an HTTP 200 body.

use super::defs::Side;
use super::ident;
use crate::model::{FieldPath, Operation};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn output(op: &Operation) -> TokenStream {
    // A 200 answer carrying `Code` and `Message` (and none of the documented fields) is an
    // error the service failed to flag with a status; the runtime probes for them unless
    // the operation documents fields of those names.
    let declares = |wire: &str| op.response.fields.iter().any(|f| f.wire == wire);
    let probe_code = !declares("Code");
    let probe_message = probe_code && !declares("Message");
    let strukt = super::types::object(&op.response, Side::Response);
    let consts = [
        (!probe_code).then(|| {
            quote!(
                const PROBE_CODE: bool = false;
            )
        }),
        (probe_code && !probe_message).then(|| {
            quote!(
                const PROBE_MESSAGE: bool = false;
            )
        }),
    ];
    let name = format_ident!("{}", op.response.name);
    let failure = op.failure.as_ref().map(|f| {
        let mut conditions = Vec::new();
        if let Some(success) = &f.success {
            let value = access(success);
            conditions.push(quote!(#value == Some(&false)));
        }
        if let Some((status, ok)) = &f.status {
            let value = access(status);
            conditions.push(quote!(#value.is_some_and(|s| ![#(#ok),*].contains(&s.as_str()))));
        }
        let text = |p: &Option<FieldPath>| match p {
            Some(p) => {
                let value = access(p);
                quote!(#value.map(|s| s.to_string()))
            }
            None => quote!(None),
        };
        // With no code field, the status value (e.g. `fail`) stands in as the code.
        let code = match (&f.code, &f.status) {
            (None, Some((status, _))) => text(&Some(status.clone())),
            (code, _) => text(code),
        };
        let message = text(&f.message);
        // Nothing to read when the body names neither code nor message.
        let report = if f.code.is_none() && f.message.is_none() && f.status.is_none() {
            quote!(failed.then(rt::BodyFailure::default))
        } else {
            quote!(failed.then(|| rt::BodyFailure {
                code: #code,
                message: #message,
            }))
        };
        let inline = super::shell_inline();
        quote! {
            #inline
            fn failure(&self) -> Option<rt::BodyFailure> {
                let failed = #(#conditions)||*;
                #report
            }
        }
    });
    quote! {
        #strukt

        impl rt::Response for #name {
            #(#consts)*
            #failure
        }
    }
}

/// `self.a.as_ref().and_then(|v| v.b.as_ref())`: an `Option<&T>` for a field path.
fn access(path: &FieldPath) -> TokenStream {
    let mut rust = path.rust.iter().map(|r| ident(r));
    let first = rust.next().expect("field paths are not empty");
    let mut tokens = quote!(self.#first.as_ref());
    for next in rust {
        tokens = quote!(#tokens.and_then(|v| v.#next.as_ref()));
    }
    tokens
}
