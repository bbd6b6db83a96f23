//! Which enums and objects an operation defines, and which way each travels: what the
//! emitters (`types`, `operation`, `input`) and the sharing rules (`sharing`) all walk.

use crate::model::{EnumDef, Object, Operation, Type};

/// Which way a type travels: request types serialise, response types deserialise.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Request,
    Response,
}

/// One enum or object an operation defines, with how it travels. `nested` is true when it
/// sits inside a value that serde encodes (an object, array or map), not directly in a
/// top-level parameter.
pub struct Def<'a> {
    pub named: Named<'a>,
    pub side: Side,
    pub nested: bool,
}

/// Every enum and object defined by `ty` and the types nested in it, outermost first.
pub fn collect<'a>(ty: &'a Type, side: Side, nested: bool, out: &mut Vec<Def<'a>>) {
    match ty {
        Type::Enum(e) => out.push(Def {
            named: Named::Enum(e),
            side,
            nested,
        }),
        Type::Object(o) => {
            out.push(Def {
                named: Named::Object(o),
                side,
                nested,
            });
            for f in &o.fields {
                collect(&f.ty, side, true, out);
            }
        }
        Type::Array(t) | Type::Map(t) => collect(t, side, true, out),
        _ => {}
    }
}

pub enum Named<'a> {
    Enum(&'a EnumDef),
    Object(&'a Object),
}

/// Every enum and object an operation defines, requests first.
pub fn op_defs(op: &Operation) -> Vec<Def<'_>> {
    let mut defs = Vec::new();
    for p in &op.params {
        collect(&p.ty, Side::Request, false, &mut defs);
    }
    for f in &op.response.fields {
        collect(&f.ty, Side::Response, true, &mut defs);
    }
    defs
}
