//! A product's `mod.rs`: endpoint metadata, the client, and re-exports of each operation.

use super::docs::{code, Doc};
use crate::model::Product;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `shared`: the product has a `shared` module of enums (see `SharedEnums`).
pub fn product(p: &Product, shared: bool) -> TokenStream {
    let mut doc = Doc::new();
    doc.md(&format!(
        "{} ({}, API version `{}`), enabled by the cargo feature `{}`.",
        p.name,
        code(&p.code),
        p.version,
        p.feature
    ));
    for n in &p.notes {
        doc.para(n);
    }
    let doc = doc.inner();
    let modules: Vec<_> = p
        .operations
        .iter()
        .map(|o| super::ident(&o.module))
        .collect();
    let reexports = p.operations.iter().map(|o| {
        let m = super::ident(&o.module);
        let b = format_ident!("{}", o.name);
        let i = format_ident!("{}Input", o.name);
        let out = format_ident!("{}Output", o.name);
        let e = format_ident!("{}Error", o.name);
        let w = o.waiters.iter().map(|w| format_ident!("{}", w.type_name));
        quote!(pub use #m::{#b, #i, #out, #e #(, #w)*};)
    });
    let methods = p.operations.iter().map(|o| {
        let m = super::ident(&o.module);
        let b = format_ident!("{}", o.name);
        let mut d = Doc::new();
        d.md(&format!(
            "`{}`: {}",
            o.action,
            super::docs::prose(&o.summary)
        ));
        let d = d.outer();
        let inline = super::shell_inline();
        quote! {
            #d
            #inline
            pub fn #m(&self) -> #b {
                super::call(&self.inner)
            }
        }
    });
    let waiters = p.operations.iter().map(super::waiter::client_methods);
    let shared_mod = shared.then(|| {
        let m = format_ident!("{}", super::SHARED_MODULE);
        quote!(mod #m;)
    });
    let code_ = &p.code;
    let version = &p.version;
    let prefix = &p.endpoint.prefix;
    let regions = p.endpoint.regions.iter().map(|(r, h)| quote!((#r, #h)));
    let client_doc = Doc::new()
        .md(&format!(
            "A client for {}. Cheap to clone: clones share connections and credentials.",
            p.name
        ))
        .outer();
    quote! {
        #doc

        use crate::runtime as rt;

        #shared_mod
        #(pub mod #modules;)*
        #(#reexports)*

        pub(crate) static PRODUCT: rt::ProductMeta = rt::ProductMeta {
            code: #code_,
            version: #version,
            endpoint_prefix: #prefix,
            regional_endpoints: &[#(#regions),*],
        };

        #client_doc
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: rt::Client,
        }

        impl Client {
            /// A client using `config` (region, credentials, endpoint, timeouts, retries).
            pub fn new(config: &crate::Config) -> Self {
                Self { inner: rt::Client::new(config, &PRODUCT) }
            }

            /// A client configured from the environment: see [`Config::from_env`](crate::Config::from_env).
            pub fn from_env() -> Result<Self, crate::ConfigError> {
                Ok(Self::new(&crate::Config::from_env()?))
            }

            /// The same client with other timeouts, for the calls made through the copy.
            pub fn with_timeouts(&self, timeouts: crate::Timeouts) -> Self {
                Self { inner: self.inner.with_timeouts(timeouts) }
            }

            /// The same client with another retry policy, for the calls made through the copy.
            pub fn with_retry(&self, retry: crate::RetryPolicy) -> Self {
                Self { inner: self.inner.with_retry(retry) }
            }

            /// The endpoint requests go to, as resolved from the configuration.
            pub fn endpoint(&self) -> &str {
                self.inner.endpoint()
            }

            #(#methods)*
            #(#waiters)*
        }
    }
}
