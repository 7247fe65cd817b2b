//! Syntax tree to code objects: `scope.rs` decides where every name lives, `emit.rs` writes bytecode.

pub mod emit;
pub mod future;
pub mod scope;

pub use emit::{compile_eval, compile_exec, compile_module};
