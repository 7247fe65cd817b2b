//! How much native stack each recursive path of the interpreter keeps in reserve
//! (`stacker::maybe_grow`): when less than a path's red zone is left, the next level runs on a new
//! segment of the path's size, so that deep Python recursion, deeply nested data, source or
//! patterns end in RecursionError (or the compiler's own errors), never in a stack overflow.
//! Every size lives here; the recursive paths name their `Reserve`.

/// A path's red zone and the size of each further stack segment.
#[derive(Clone, Copy)]
pub struct Reserve {
    red_zone: usize,
    segment: usize,
}

/// Running a Python frame: the eval loop's own frame plus a call's worth of native helpers.
pub const FRAME: Reserve = Reserve { red_zone: 256 * 1024, segment: 4 * 1024 * 1024 };

/// One step into nested data (repr, hash, comparison of containers' items, `ast` trees).
pub const NESTED: Reserve = Reserve { red_zone: 64 * 1024, segment: 1024 * 1024 };

/// One level of the compiler's walks over the syntax tree (scopes, emission).
pub const SYNTAX_TREE: Reserve = Reserve { red_zone: 64 * 1024, segment: 2 * 1024 * 1024 };

/// One repeat of a regular expression's backtracking.
pub const MATCH: Reserve = Reserve { red_zone: 64 * 1024, segment: 4 * 1024 * 1024 };

impl Reserve {
    /// Runs `f` with this path's reserve of stack.
    #[inline(always)]
    pub fn run<R>(self, f: impl FnOnce() -> R) -> R {
        stacker::maybe_grow(self.red_zone, self.segment, f)
    }
}

/// Drops a syntax tree parsed from `src_len` bytes of source on a stack big enough for its depth:
/// a level of nesting takes at least one byte of source and a few hundred bytes of stack to drop.
pub fn drop_deep<T>(tree: T, src_len: usize) {
    stacker::grow(src_len.saturating_mul(512).max(NESTED.segment), move || drop(tree));
}
