//! One operation's module file: metadata and parameter table, setters, input, output, error,
//! and the types it defines (enums shared with other operations are re-exported).

use super::docs::Doc;
use super::types::{op_defs, Named, SharedEnums};
use super::{error, input, output};
use crate::model::{Operation, Product};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn operation(product: &Product, op: &Operation, shared: &SharedEnums<'_>) -> TokenStream {
    let mut doc = Doc::new();
    doc.md(&format!(
        "`{}`: {}",
        op.action,
        super::docs::prose(&op.summary)
    ));
    if let Some(d) = &op.description {
        doc.para(d);
    }
    if let Some(ram) = &op.ram {
        doc.md(&format!(
            "RAM action `{}`, access level `{}`{}.",
            ram.action,
            ram.access_level,
            ram.resource
                .as_deref()
                .map(|r| format!(", resource `{r}`"))
                .unwrap_or_default()
        ));
    }
    doc.md(&format!(
        "{} {} {}, API version `{}`. {}",
        op.method.as_str(),
        product.name,
        format_args!("(`{}`)", product.code),
        product.version,
        if op.idempotent {
            "Idempotent: network failures and server errors are retried."
        } else {
            "Not idempotent: only throttling is retried."
        }
    ));
    if op.deprecated {
        doc.md("**Deprecated** by the vendor.");
    }
    if !op.notes.is_empty() {
        doc.md("Notes on the documentation:");
        for n in &op.notes {
            doc.item(&super::docs::prose(n));
        }
    }
    let doc = doc.inner();

    let action = &op.action;
    let method = op.method.as_str();
    let idempotent = op.idempotent;
    let retryable = op
        .errors
        .iter()
        .filter(|e| e.retryable)
        .map(|e| e.code.as_str());

    let defs = op_defs(op);
    let (reused, own): (Vec<_>, Vec<_>) = defs
        .iter()
        .partition(|d| matches!(d.named, Named::Enum(e) if shared.has(e)));
    let reused: Vec<_> = reused
        .iter()
        .filter_map(|d| match d.named {
            Named::Enum(e) => Some(format_ident!("{}", e.name)),
            Named::Object(_) => None,
        })
        .collect();
    let reused = (!reused.is_empty()).then(|| quote!(pub use super::shared::{#(#reused),*};));
    let types = own.into_iter().map(super::types::emit);
    let params = op.params.iter().map(input::param_meta);
    let input = input::input(op);
    let builder = input::builder(op);
    let output = output::output(op);
    let error = error::error(op);
    let paginator = super::paginator::paginator(op);
    let waiters = super::waiter::waiters(op);
    quote! {
        #doc

        use crate::runtime as rt;
        #reused

        pub(super) static OPERATION: rt::OperationMeta = rt::OperationMeta {
            product: &super::PRODUCT,
            action: #action,
            method: #method,
            idempotent: #idempotent,
            retryable_codes: &[#(#retryable),*],
            params: &[#(#params),*],
        };

        #builder
        #paginator
        #waiters
        #input
        #output
        #error
        #(#types)*
    }
}
