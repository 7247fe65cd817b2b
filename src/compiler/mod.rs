//! Syntax tree to code objects: `mangle.rs` renames private names in classes, `scope.rs` decides
//! where every name lives, `emit.rs` writes bytecode.

pub mod emit;
pub mod future;
pub mod mangle;
pub mod scope;
pub mod syntax_warnings;

pub use emit::{compile_eval, compile_exec, compile_module};

/// Compiles with `compile` and drops the syntax tree; a tree refused as nested too deeply (see
/// `scope::MAX_NESTING`) is dropped on a stack big enough for any depth its source can hold, so
/// that dropping it cannot overflow the stack of the thread compiling.
pub fn compile_tree<T>(
    ast: Vec<crate::ast::Stmt>,
    src_len: usize,
    compile: impl FnOnce(&[crate::ast::Stmt]) -> Result<T, crate::lexer::SyntaxErrorInfo>,
) -> Result<T, crate::lexer::SyntaxErrorInfo> {
    let r = compile(&ast);
    if matches!(&r, Err(e) if matches!(e.kind, crate::lexer::SyntaxKind::Memory | crate::lexer::SyntaxKind::Recursion)) {
        crate::stack::drop_deep(ast, src_len);
    }
    r
}
