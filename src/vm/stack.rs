//! How much native stack the VM's recursive paths keep in reserve (`stacker::maybe_grow`): when
//! less than a red zone is left, the closure runs on a new segment of the given size, so that deep
//! Python recursion or deeply nested data ends in RecursionError, never in a stack overflow.

/// Running a Python frame: the eval loop's own frame plus a call's worth of native helpers.
pub const FRAME_RED_ZONE: usize = 256 * 1024;
pub const FRAME_SEGMENT: usize = 4 * 1024 * 1024;

/// One step into nested data (repr, hash, comparison of containers' items).
pub const NESTED_RED_ZONE: usize = 64 * 1024;
pub const NESTED_SEGMENT: usize = 1024 * 1024;

/// Runs `f`, which runs a Python frame, with the frame's reserve of stack.
#[inline(always)]
pub fn for_frame<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(FRAME_RED_ZONE, FRAME_SEGMENT, f)
}

/// Runs `f`, one level deeper into nested data, with that reserve of stack.
#[inline(always)]
pub fn for_nested<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(NESTED_RED_ZONE, NESTED_SEGMENT, f)
}
