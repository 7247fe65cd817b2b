//! The VM's two recursive paths and their stack reserves (the sizes are in `crate::stack`).

/// Runs `f`, which runs a Python frame, with the frame's reserve of stack.
#[inline(always)]
pub fn for_frame<R>(f: impl FnOnce() -> R) -> R {
    crate::stack::FRAME.run(f)
}

/// Runs `f`, one level deeper into nested data, with that reserve of stack.
#[inline(always)]
pub fn for_nested<R>(f: impl FnOnce() -> R) -> R {
    crate::stack::NESTED.run(f)
}
