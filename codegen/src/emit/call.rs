//! The builder type every operation shares, `Call<I>`, emitted once into the products
//! module. It is generated rather than part of the runtime because each operation's setters
//! are inherent methods on it, which Rust allows only in the crate that defines the type;
//! its behaviour is the runtime's (`rt::send`, `rt::build`, `rt::Paginator`).

use proc_macro2::TokenStream;
use quote::quote;

pub fn call_type() -> TokenStream {
    quote! {
        /// A call being prepared: the client and the parameters set so far. Every
        /// operation's builder is one (`rds::CancelImport` is `Call<CancelImportInput>`),
        /// with a setter per parameter; [`send`](Call::send) checks and sends it.
        #[derive(Clone, Debug)]
        pub struct Call<I> {
            client: rt::Client,
            // Setters assign this field directly: a method call on `Call<…>` makes the
            // compiler look through every operation's inherent impl of `Call`, which is
            // quadratic in the number of operations.
            input: I,
        }

        /// A call of operation `I` on `client` with no parameters set, which each product
        /// client's operation methods return (a function, for the reason above).
        #[inline]
        fn call<I: Default>(client: &rt::Client) -> Call<I> {
            Call {
                client: client.clone(),
                input: I::default(),
            }
        }

        impl<I: rt::OperationInput> Call<I> {
            /// The parameters set so far.
            #[inline]
            pub fn input(&self) -> &I {
                &self.input
            }

            /// The parameters, to change in place.
            #[inline]
            pub fn input_mut(&mut self) -> &mut I {
                &mut self.input
            }

            /// Checks the parameters and returns them, without sending anything.
            #[inline]
            pub fn build(self) -> Result<I, crate::ValidationError> {
                rt::build(self.input)
            }

            /// Checks the parameters, then sends the request (with retries) and parses the
            /// answer. Nothing reaches the network when a check fails.
            #[inline]
            pub async fn send(self) -> Result<I::Output, crate::Error<I::Error>> {
                rt::send(&self.client, self.input).await
            }
        }

        impl<I: rt::Paginated> Call<I> {
            /// Sends one request per page, from the page number set (default 1), until the
            /// service's total is reached or a page comes back empty. Each page is a call of
            /// its own (with its own retries and client token).
            #[inline]
            pub fn paginate(self) -> crate::Paginator<I> {
                rt::Paginator::new(self.client, self.input)
            }
        }
    }
}
