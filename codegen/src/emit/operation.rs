//! One operation's module file: metadata and parameter table, setters, input, output, error,
//! and the types it defines (enums shared with other operations are re-exported; an enum with
//! the values of another, or an object with the fields of another, is an alias of its type).
//! The file is made of [`Part`]s that are built and formatted independently, so one large
//! operation's file is spread over every core.

use super::defs::{op_defs, Def, Named};
use super::docs::Doc;
use super::sharing::{Home, Homes, SharedEnums};
use super::{error, input, output};
use crate::model::{EnumDef, Object, Operation, Product};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// A run of whole items of an operation's file, in file order.
pub enum Part<'a> {
    /// Module docs, imports and the operation's metadata.
    Head,
    /// Builder, paginator, waiters, input, output and error.
    Body,
    /// One object the operation defines, and the object of the same shape it is an alias of.
    Object(&'a Object, Def<'a>, Option<&'a Object>),
    /// One enum the operation defines, and where its constants are.
    Enum(&'a EnumDef, Home<'a>),
    /// The markers of the enums whose constants are in this file (see
    /// [`super::types::markers`]).
    Markers(Vec<&'a EnumDef>),
}

/// The parts of `op`'s file, in order.
pub fn parts<'a>(op: &'a Operation, shared: &SharedEnums<'a>) -> Vec<Part<'a>> {
    let defs = op_defs(op);
    let homes = Homes::of(Some(shared), &defs);
    let mut parts = vec![Part::Head, Part::Body];
    let mut own = Vec::new();
    for d in defs {
        match d.named {
            // Re-exported from `shared` in the head.
            Named::Enum(e) if shared.is_reexport(e) => {}
            Named::Enum(e) => {
                let home = homes.enum_home(e);
                if matches!(home, Home::Own) {
                    own.push(e);
                }
                parts.push(Part::Enum(e, home));
            }
            Named::Object(o) => {
                let same = homes.same_object(o);
                parts.push(Part::Object(o, d, same));
            }
        }
    }
    if !own.is_empty() {
        parts.push(Part::Markers(own));
    }
    parts
}

/// The items of one part of `op`'s file.
pub fn part(
    product: &Product,
    op: &Operation,
    shared: &SharedEnums<'_>,
    part: &Part<'_>,
) -> TokenStream {
    match part {
        Part::Head => head(product, op, shared),
        Part::Body => {
            let input = input::input(op);
            let builder = input::builder(op);
            let output = output::output(op);
            let error = error::error(op);
            let paginator = super::paginator::paginator(op);
            let waiters = super::waiter::waiters(op);
            quote! {
                #builder
                #paginator
                #waiters
                #input
                #output
                #error
            }
        }
        Part::Object(o, def, same) => super::types::emit_object(o, def, *same),
        Part::Enum(e, home) => super::types::enum_type(e, *home),
        Part::Markers(enums) => super::types::markers(enums.iter().copied()),
    }
}

fn head(product: &Product, op: &Operation, shared: &SharedEnums<'_>) -> TokenStream {
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

    let reused: Vec<_> = op_defs(op)
        .iter()
        .filter_map(|d| match d.named {
            Named::Enum(e) if shared.is_reexport(e) => Some(format_ident!("{}", e.name)),
            _ => None,
        })
        .collect();
    let reused = (!reused.is_empty()).then(|| quote!(pub use super::shared::{#(#reused),*};));
    let params = op.params.iter().map(input::param_meta);
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
    }
}
