//! Source text to tokens: `token.rs` (logos) recognises the pieces, `indent.rs` adds layout,
//! `soft.rs` decides where `match` and `case` are keywords.

pub mod indent;
mod number;
pub mod soft;
pub mod token;

pub use indent::Layout;
pub use soft::SoftKeywords;
pub use token::{StrLit, Tok};

/// The tokens the parser reads: layout done, soft keywords decided.
pub fn tokens(src: &str) -> SoftKeywords<Layout<'_>> {
    SoftKeywords::new(Layout::new(src))
}

/// Which of the syntax error classes a `SyntaxErrorInfo` is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// SyntaxError
    Syntax,
    /// IndentationError
    Indentation,
    /// TabError
    Tab,
    /// MemoryError: source nested too deeply for CPython's parser (see compiler/scope.rs).
    Memory,
    /// RecursionError "during compilation": source nested too deeply for CPython's compiler.
    Recursion,
}

impl SyntaxKind {
    /// The Python name of the exception class.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxKind::Syntax => "SyntaxError",
            SyntaxKind::Indentation => "IndentationError",
            SyntaxKind::Tab => "TabError",
            SyntaxKind::Memory => "MemoryError",
            SyntaxKind::Recursion => "RecursionError",
        }
    }
}

impl std::fmt::Display for SyntaxKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A syntax error found before or during parsing, with a byte offset into the source.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxKind,
    pub msg: String,
    pub offset: usize,
    /// End offset of the offending range, for `^^^^` carets; None means a single caret.
    pub end: Option<usize>,
}

impl SyntaxErrorInfo {
    /// The `end` of an error CPython reports with no end (end_offset -1 on the start's line),
    /// as its tokenizer-level errors at the end of the input.
    pub const NO_END: usize = usize::MAX;
    /// The `end` of an error CPython's compiler reports with end_offset None (a bad
    /// `from __future__` name).
    pub const END_UNSET: usize = usize::MAX - 1;
    /// The `end` of an error the parser found at a DEDENT token: CPython shows offset 0 and
    /// end_offset -1 (a DEDENT has no column there).
    pub const AT_DEDENT: usize = usize::MAX - 2;
    /// The `end` of an error the parser found at the end of the input (CPython's ENDMARKER, whose
    /// column is -1): offset 0 and end_offset 0 on the last line.
    pub const AT_ENDMARKER: usize = usize::MAX - 3;
}

#[cfg(test)]
mod golden {
    //! Golden tests: every tests/golden/lexer/NAME.py against NAME.tokens (one token per line, with
    //! its byte span; layout tokens included). `GILPY_BLESS=1 cargo test` rewrites the expectations.

    use super::Layout;
    use std::path::Path;

    fn dump(src: &str) -> String {
        let mut out = String::new();
        for item in Layout::new(src) {
            match item {
                Ok((start, tok, end)) => out.push_str(&format!("{start}..{end} {tok:?}\n")),
                Err(e) => {
                    out.push_str(&format!("error at {}: {}: {}\n", e.offset, e.kind, e.msg));
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn token_streams_match_the_golden_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/lexer");
        let bless = std::env::var_os("GILPY_BLESS").is_some();
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let got = dump(&std::fs::read_to_string(&path).unwrap());
            let golden = path.with_extension("tokens");
            if bless {
                std::fs::write(&golden, &got).unwrap();
            }
            let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| panic!("missing {}; run with GILPY_BLESS=1", golden.display()));
            assert_eq!(got, want, "{}", path.display());
            checked += 1;
        }
        assert!(checked >= 3);
    }
}
