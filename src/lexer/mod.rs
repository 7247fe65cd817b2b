//! Source text to tokens: `token.rs` (logos) recognises the pieces, `indent.rs` adds layout.

pub mod indent;
pub mod token;

pub use indent::Layout;
pub use token::{StrLit, Tok};

/// A syntax error found before or during parsing, with a byte offset into the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxErrorInfo {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    pub offset: usize,
    /// End offset of the offending range, for `^^^^` carets; None means a single caret.
    pub end: Option<usize>,
}
