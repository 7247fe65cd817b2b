//! Syntax tree to code objects: `mangle.rs` renames private names in classes, `scope.rs` decides
//! where every name lives, `emit.rs` writes bytecode.

pub mod emit;
pub mod mangle;
pub mod scope;

pub use emit::{compile_eval, compile_exec, compile_module};
