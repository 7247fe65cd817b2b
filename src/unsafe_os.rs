//! The one place with `unsafe`: OS calls that have no safe wrapper: fork(), the shared memory
//! mapping (a memfd, so spawned children can map it too) behind multiprocessing.Value and Array,
//! the named shared memory blocks of multiprocessing.shared_memory (`SharedBytes`), the futex semaphore behind its locks and
//! queues, taking ownership of a file descriptor a spawned child inherited, and the view of a
//! running frame's variables that `frame.f_locals` reads (`FrameView`), the maps of `mmap` (`MemMap`) and
//! the raw fcntl(2)/ioctl(2) calls of `fcntl` (`fcntl_raw`, `ioctl_raw`).
//!
//! Safety of fork here: the child continues with only the forking thread. gilpy forks while that
//! thread holds the GIL, after flushing stdout, so no other Python thread is inside interpreter
//! state guarded by the GIL; the child then resets the runtime (`Gil::after_fork`) before running
//! any Python code. This is the same contract CPython's os.fork() relies on.

use nix::unistd::{ForkResult, Pid};
use std::sync::atomic::Ordering::SeqCst;
use std::sync::atomic::{AtomicU32, AtomicU64};
use std::time::Instant;

/// Forks the process: Ok(None) in the child, Ok(Some(pid)) in the parent.
pub fn fork() -> nix::Result<Option<Pid>> {
    // SAFETY: see the module comment; the child only runs code of this process image and resets
    // the interpreter's shared state before it runs Python code.
    match unsafe { nix::unistd::fork() }? {
        ForkResult::Child => Ok(None),
        ForkResult::Parent { child } => Ok(Some(child)),
    }
}

/// A `MAP_SHARED` mapping of a memfd: memory shared between a process and the children it forks
/// afterwards, and, through its descriptor, with children it spawns (which map the same file).
/// Unmapped on drop.
struct SharedMapping {
    ptr: std::ptr::NonNull<std::ffi::c_void>,
    bytes: usize,
    /// The memory file, kept open so a spawned child can be given a duplicate of it.
    file: std::os::fd::OwnedFd,
}

// SAFETY: the mapping is only reached through atomic operations (see its users), from any thread.
unsafe impl Send for SharedMapping {}
unsafe impl Sync for SharedMapping {}

impl SharedMapping {
    fn new(bytes: usize) -> nix::Result<SharedMapping> {
        use nix::sys::memfd::{MFdFlags, memfd_create};
        let size = std::num::NonZeroUsize::new(bytes.max(8)).expect("non-zero length");
        let file = memfd_create(c"gilpy-shared", MFdFlags::MFD_CLOEXEC)?;
        // A fresh memory file of this size reads as zeros.
        nix::unistd::ftruncate(&file, size.get() as i64)?;
        Self::map(file, size)
    }

    /// Maps a memory file a spawned child inherited (see `adopt_inherited_fd`); it must hold at
    /// least `bytes`.
    fn inherit(fd: i32, bytes: usize) -> nix::Result<SharedMapping> {
        let file = adopt_inherited_fd(fd)?;
        let size = std::num::NonZeroUsize::new(bytes.max(8)).expect("non-zero length");
        let stat = nix::sys::stat::fstat(&file)?;
        if (stat.st_size as usize) < size.get() {
            return Err(nix::errno::Errno::EINVAL);
        }
        Self::map(file, size)
    }

    fn map(file: std::os::fd::OwnedFd, size: std::num::NonZeroUsize) -> nix::Result<SharedMapping> {
        use nix::sys::mman::{MapFlags, ProtFlags};
        // SAFETY: a new mapping of a memory file at least `size` long (checked or truncated to
        // it by the callers); nothing in this process refers to that memory yet.
        let ptr = unsafe { nix::sys::mman::mmap(None, size, ProtFlags::PROT_READ | ProtFlags::PROT_WRITE, MapFlags::MAP_SHARED, &file, 0)? };
        Ok(SharedMapping { ptr, bytes: size.get(), file })
    }

    /// A duplicate of the memory file's descriptor that a spawned child inherits (not
    /// close-on-exec); the caller keeps it open until the child has started.
    fn child_fd(&self) -> nix::Result<std::os::fd::OwnedFd> {
        nix::unistd::dup(&self.file)
    }

    /// The i-th aligned T of the mapping. T must be an atomic integer type (valid for any bits).
    fn at<T>(&self, i: usize) -> &T {
        assert!((i + 1) * std::mem::size_of::<T>() <= self.bytes, "shared memory index out of range");
        // SAFETY: in bounds of the live mapping, which is page aligned, so aligned for T; atomics
        // have no invalid bit patterns and the memory starts zeroed.
        unsafe { &*self.ptr.as_ptr().cast::<T>().add(i) }
    }
}

impl Drop for SharedMapping {
    fn drop(&mut self) {
        // SAFETY: the mapping was made by `new` with this length and is not used after drop.
        let _ = unsafe { nix::sys::mman::munmap(self.ptr, self.bytes) };
    }
}

/// Words of shared memory: what multiprocessing.Value and Array store their numbers in. Every
/// access is an atomic 64-bit load or store at a bounds-checked index.
pub struct SharedWords {
    map: SharedMapping,
    len: usize,
}

impl SharedWords {
    pub fn new(len: usize) -> nix::Result<SharedWords> {
        Ok(SharedWords { map: SharedMapping::new(len * 8)?, len })
    }

    /// The words a spawned child maps from the descriptor it inherited (see `child_fd`).
    pub fn inherit(fd: i32, len: usize) -> nix::Result<SharedWords> {
        Ok(SharedWords { map: SharedMapping::inherit(fd, len * 8)?, len })
    }

    /// A descriptor for a spawned child to inherit and map the same words from.
    pub fn child_fd(&self) -> nix::Result<std::os::fd::OwnedFd> {
        self.map.child_fd()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    fn word(&self, i: usize) -> &AtomicU64 {
        assert!(i < self.len, "shared word index out of range");
        self.map.at(i)
    }

    pub fn load(&self, i: usize) -> u64 {
        self.word(i).load(SeqCst)
    }

    pub fn store(&self, i: usize, v: u64) {
        self.word(i).store(v, SeqCst)
    }
}

/// A named shared memory block (a file under /dev/shm, as shm_open(3) makes one), mapped
/// `MAP_SHARED`: the bytes behind multiprocessing.shared_memory.SharedMemory. Every process that
/// maps the same name sees the same memory.
///
/// Invariant: the slice `with` hands out is the only reference this process makes to the mapping
/// (the lock serializes this process's threads), and it does not outlive the call. Other processes
/// may write the same bytes at any moment, as with CPython's mmap; the bytes are plain `u8`s, valid
/// for any value, so such a write can only give a reader a mix of old and new bytes, never an
/// invalid value. The mapping stays alive as long as this value does.
pub struct SharedBytes {
    map: SharedMapping,
    len: usize,
    lock: std::sync::Mutex<()>,
}

impl SharedBytes {
    /// Maps the first `len` bytes (at least one) of the open shared memory file `file`, which must
    /// be at least that long.
    pub fn map(file: std::fs::File, len: usize) -> nix::Result<SharedBytes> {
        let size = std::num::NonZeroUsize::new(len).ok_or(nix::errno::Errno::EINVAL)?;
        Ok(SharedBytes { map: SharedMapping::map(file.into(), size)?, len, lock: std::sync::Mutex::new(()) })
    }

    /// Runs `f` over the block's bytes, for reading or writing (`f` must not call the VM).
    pub fn with<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        let _only = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: `len` bytes of the live mapping (see `map`); the lock makes this the only slice
        // of it in this process while `f` runs (see the type's invariant).
        let bytes = unsafe { std::slice::from_raw_parts_mut(self.map.ptr.as_ptr().cast::<u8>(), self.len) };
        f(bytes)
    }
}

/// A counting semaphore in memory shared with forked children: word 0 is the count, word 1 the
/// number of sleepers. Taking a unit is a compare-and-swap; a waiter sleeps with futex(2) on the
/// count (without FUTEX_PRIVATE_FLAG, so that it works across processes), and a release wakes the
/// sleepers only when there are any.
pub struct SharedSemaphore {
    map: SharedMapping,
    max: u32,
}

/// The largest count a semaphore holds (as SEM_VALUE_MAX on Linux).
pub const SEMAPHORE_MAX: u32 = i32::MAX as u32;

impl SharedSemaphore {
    /// A semaphore holding `value` units that refuses releases past `max`.
    pub fn new(value: u32, max: u32) -> nix::Result<SharedSemaphore> {
        let sem = SharedSemaphore { map: SharedMapping::new(8)?, max: max.min(SEMAPHORE_MAX) };
        sem.count().store(value.min(SEMAPHORE_MAX), SeqCst);
        Ok(sem)
    }

    /// The same semaphore in a spawned child, from the descriptor it inherited.
    pub fn inherit(fd: i32, max: u32) -> nix::Result<SharedSemaphore> {
        Ok(SharedSemaphore { map: SharedMapping::inherit(fd, 8)?, max: max.min(SEMAPHORE_MAX) })
    }

    /// A descriptor for a spawned child to inherit and map the same semaphore from.
    pub fn child_fd(&self) -> nix::Result<std::os::fd::OwnedFd> {
        self.map.child_fd()
    }

    pub fn max(&self) -> u32 {
        self.max
    }

    fn count(&self) -> &AtomicU32 {
        self.map.at(0)
    }

    fn sleepers(&self) -> &AtomicU32 {
        self.map.at(1)
    }

    pub fn value(&self) -> u32 {
        self.count().load(SeqCst)
    }

    /// Takes a unit if one is free.
    pub fn try_acquire(&self) -> bool {
        self.count().fetch_update(SeqCst, SeqCst, |v| v.checked_sub(1)).is_ok()
    }

    /// Frees n units; false (and nothing freed) if the count would pass the maximum.
    pub fn release(&self, n: u32) -> bool {
        let added = self.count().fetch_update(SeqCst, SeqCst, |v| v.checked_add(n).filter(|&s| s <= self.max));
        if added.is_ok() && self.sleepers().load(SeqCst) > 0 {
            // SAFETY: FUTEX_WAKE on a live, aligned 32-bit word of the shared mapping.
            unsafe { nix::libc::syscall(nix::libc::SYS_futex, self.count().as_ptr(), nix::libc::FUTEX_WAKE, i32::MAX, 0usize, 0usize, 0u32) };
        }
        added.is_ok()
    }

    /// Sleeps until a unit may be free, the deadline passes or a signal arrives; true if the
    /// count is non-zero when it returns.
    pub fn wait_nonzero(&self, until: Option<Instant>) -> bool {
        self.sleepers().fetch_add(1, SeqCst);
        let free = loop {
            if self.value() > 0 {
                break true;
            }
            let timeout = match until {
                None => None,
                Some(u) => match u.checked_duration_since(Instant::now()) {
                    Some(d) if !d.is_zero() => Some(nix::libc::timespec { tv_sec: d.as_secs() as _, tv_nsec: d.subsec_nanos() as _ }),
                    _ => break false,
                },
            };
            let ts = timeout.as_ref().map_or(std::ptr::null(), |t| t as *const nix::libc::timespec);
            // SAFETY: FUTEX_WAIT on a live, aligned 32-bit word of the shared mapping, with a
            // pointer to a timespec that outlives the call (or null: no timeout).
            let r = unsafe { nix::libc::syscall(nix::libc::SYS_futex, self.count().as_ptr(), nix::libc::FUTEX_WAIT, 0u32, ts, 0usize, 0u32) };
            if r != 0 && nix::errno::Errno::last() == nix::errno::Errno::EINTR {
                break self.value() > 0;
            }
        };
        self.sleepers().fetch_sub(1, SeqCst);
        free
    }
}

/// Takes ownership of descriptor `fd`, inherited from the parent across exec (a Connection sent
/// to a spawned child: the parent passed its number in the job), and marks it close-on-exec again.
/// Safety: the spawn protocol is the only caller; the parent dup'ed each such descriptor for this
/// child alone, and nothing else in the child owns that number. A number that is not an open
/// descriptor is refused.
pub fn adopt_inherited_fd(fd: i32) -> nix::Result<std::os::fd::OwnedFd> {
    use nix::fcntl::{FcntlArg, FdFlag, fcntl};
    use std::os::fd::{BorrowedFd, FromRawFd};
    if fd < 0 {
        return Err(nix::errno::Errno::EBADF);
    }
    // SAFETY: borrowed only for the duration of the check; fcntl fails on a closed number.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    fcntl(borrowed, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC))?;
    // SAFETY: see above: the descriptor is open and owned by nobody else in this process.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) })
}

/// Takes ownership of descriptor `fd` that the OS just returned (accept, F_DUPFD) or that a
/// Python caller handed over (`socket.socket(fileno=fd)`, as CPython's socket takes it).
/// Safety: a number that is not an open descriptor is refused; the caller gives up the number,
/// as CPython's contract for `fileno=` says, so nothing else in the process closes it.
pub fn adopt_user_fd(fd: i32) -> nix::Result<std::os::fd::OwnedFd> {
    use nix::fcntl::{FcntlArg, fcntl};
    use std::os::fd::{BorrowedFd, FromRawFd};
    if fd < 0 {
        return Err(nix::errno::Errno::EBADF);
    }
    // SAFETY: borrowed only for the duration of the check; fcntl fails on a closed number.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    fcntl(borrowed, FcntlArg::F_GETFD)?;
    // SAFETY: see above: the descriptor is open and its owner handed it over.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) })
}

/// Runs `f` with descriptors that a Python caller named by number (select, poll, epoll).
/// Safety: the borrows do not outlive `f`, which only passes them to the kernel; a number that
/// is not open is reported by the kernel (EBADF, POLLNVAL), never dereferenced here. A negative
/// number (which a BorrowedFd cannot hold) is EBADF, as the kernel says of it.
pub fn with_borrowed_fds<R>(fds: &[i32], f: impl FnOnce(&[std::os::fd::BorrowedFd<'_>]) -> nix::Result<R>) -> nix::Result<R> {
    if fds.iter().any(|&fd| fd < 0) {
        return Err(nix::errno::Errno::EBADF);
    }
    // SAFETY: see above.
    let borrowed: Vec<std::os::fd::BorrowedFd<'_>> = fds.iter().map(|&fd| unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }).collect();
    f(&borrowed)
}

/// dup2(2) (or dup3 with O_CLOEXEC when not `inheritable`): descriptor `new` becomes a copy of
/// `old`, closing what `new` was. Safety: both are plain numbers handed to the kernel, which
/// reports a closed `old` (EBADF); `new` belongs to the Python caller, who asked for it to be
/// replaced, as CPython's os.dup2 does.
pub fn dup2(old: i32, new: i32, inheritable: bool) -> nix::Result<()> {
    // SAFETY: see above.
    let rc = if inheritable || old == new { unsafe { nix::libc::dup2(old, new) } } else { unsafe { nix::libc::dup3(old, new, nix::libc::O_CLOEXEC) } };
    nix::errno::Errno::result(rc).map(drop)
}

/// Sets (or, with None, removes) an environment variable of this process, as os.putenv and
/// os.unsetenv do. Safety: CPython's contract: other threads reading the environment through
/// libc at the same moment is the caller's risk, as in any C program calling setenv.
pub fn set_env(key: &str, value: Option<&str>) {
    // SAFETY: see above; the key was checked for '=' and NUL by the caller.
    unsafe {
        match value {
            Some(v) => std::env::set_var(key, v),
            None => std::env::remove_var(key),
        }
    }
}

/// times(2): ([user, system, children's user, children's system] CPU seconds, seconds of
/// elapsed real time since an arbitrary point). Safety: the kernel fills the local `tms`.
pub fn process_times() -> nix::Result<([f64; 4], f64)> {
    let mut t = nix::libc::tms { tms_utime: 0, tms_stime: 0, tms_cutime: 0, tms_cstime: 0 };
    // SAFETY: see above; `t` lives for the whole call.
    let elapsed = unsafe { nix::libc::times(&mut t) };
    if elapsed == (-1i64) as nix::libc::clock_t {
        return Err(nix::errno::Errno::last());
    }
    let tick = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK).ok().flatten().unwrap_or(100) as f64;
    Ok(([t.tms_utime as f64 / tick, t.tms_stime as f64 / tick, t.tms_cutime as f64 / tick, t.tms_cstime as f64 / tick], elapsed as f64 / tick))
}

/// tzset(3): the C library reads TZ again (time.tzset()). Safety: it only updates libc's own
/// time-zone globals, which localtime_r and mktime then read.
pub fn tzset() {
    unsafe extern "C" {
        fn tzset();
    }
    // SAFETY: see above.
    unsafe { tzset() }
}

/// A local time as the C library breaks it down: struct_time's nine fields (year, month 1-12,
/// day, hour, minute, second, weekday with Monday 0, day of the year from 1, DST flag), the
/// offset east of UTC in seconds and the zone's abbreviation.
pub struct LocalTime {
    pub fields: [i64; 9],
    pub gmtoff: i64,
    pub zone: String,
}

fn empty_tm() -> nix::libc::tm {
    nix::libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

/// localtime_r(3) of `secs` since the epoch, in the zone TZ named at the last tzset (None when
/// the C library cannot represent it). Safety: the C library fills the local `tm`; `tm_zone`
/// points into its own zone data, read at once into a String.
pub fn local_time(secs: i64) -> Option<LocalTime> {
    let t: nix::libc::time_t = secs;
    let mut tm = empty_tm();
    // SAFETY: see above; `t` and `tm` live for the whole call.
    let r = unsafe { nix::libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return None;
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a NUL-terminated name owned by the C library (see above).
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    Some(LocalTime {
        fields: [
            tm.tm_year as i64 + 1900,
            tm.tm_mon as i64 + 1,
            tm.tm_mday as i64,
            tm.tm_hour as i64,
            tm.tm_min as i64,
            tm.tm_sec as i64,
            (tm.tm_wday as i64 + 6) % 7,
            tm.tm_yday as i64 + 1,
            tm.tm_isdst as i64,
        ],
        gmtoff: tm.tm_gmtoff,
        zone,
    })
}

/// mktime(3): the seconds since the epoch of a local time given as struct_time's fields (the
/// DST flag as given: -1 lets the C library decide); None when out of its range. Safety: the
/// C library reads and normalises the local `tm` only.
pub fn make_time(f: &[i64; 9]) -> Option<i64> {
    let narrow = |v: i64| i32::try_from(v).ok();
    let mut tm = empty_tm();
    tm.tm_year = narrow(f[0] - 1900)?;
    tm.tm_mon = narrow(f[1] - 1)?;
    tm.tm_mday = narrow(f[2])?;
    tm.tm_hour = narrow(f[3])?;
    tm.tm_min = narrow(f[4])?;
    tm.tm_sec = narrow(f[5])?;
    tm.tm_wday = -1;
    tm.tm_isdst = narrow(f[8])?;
    // SAFETY: see above.
    let t = unsafe { nix::libc::mktime(&mut tm) };
    // -1 is also a valid time (one second before the epoch): mktime then sets tm_wday.
    if t == -1 && tm.tm_wday == -1 {
        return None;
    }
    Some(t)
}

/// Makes this process ignore SIGINT (Ctrl-C), as a multiprocessing Manager's server does: the
/// program that started it decides when it ends and shuts it down at exit.
pub fn ignore_sigint() -> nix::Result<()> {
    use nix::sys::signal::{SigHandler, Signal, signal};
    // SAFETY: SIG_IGN installs no handler code, so nothing runs in signal context; the previous
    // handler (signal-hook's, which only sets an atomic flag) is simply no longer called.
    unsafe { signal(Signal::SIGINT, SigHandler::SigIgn) }.map(|_| ())
}

/// The (columns, lines) of the terminal on `fd` (TIOCGWINSZ), or the kernel's error (ENOTTY
/// when `fd` is not a terminal). Safety: the kernel writes only into the local `winsize`.
pub fn window_size(fd: std::os::fd::BorrowedFd<'_>) -> nix::Result<(u16, u16)> {
    use std::os::fd::AsRawFd;
    let mut ws = nix::libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: see above; `ws` lives for the whole call.
    let rc = unsafe { nix::libc::ioctl(fd.as_raw_fd(), nix::libc::TIOCGWINSZ, &mut ws) };
    if rc < 0 {
        return Err(nix::errno::Errno::last());
    }
    Ok((ws.ws_col, ws.ws_row))
}

/// recvfrom(2) with flags: the bytes received and the sender's address, None when the kernel
/// gave none (an unnamed Unix socket, a socketpair). nix's recvmsg hands back its address buffer
/// uninitialised when the address length is 0, so its bytes would be read as an address.
pub fn recvfrom_flags(
    fd: std::os::fd::BorrowedFd<'_>,
    buf: &mut [u8],
    flags: nix::sys::socket::MsgFlags,
) -> nix::Result<(usize, Option<nix::sys::socket::SockaddrStorage>)> {
    use nix::sys::socket::SockaddrLike;
    use std::os::fd::AsRawFd;
    // SAFETY: a zeroed sockaddr_storage is a valid value; the kernel writes at most `len` bytes
    // into it and at most `buf.len()` bytes into `buf`, both of which live for the whole call;
    // `from_raw` reads only the `len` bytes the kernel reported (and refuses too short a length).
    unsafe {
        let mut storage: nix::libc::sockaddr_storage = std::mem::zeroed();
        let mut len = std::mem::size_of::<nix::libc::sockaddr_storage>() as nix::libc::socklen_t;
        let n = nix::libc::recvfrom(
            fd.as_raw_fd(),
            buf.as_mut_ptr().cast(),
            buf.len(),
            flags.bits(),
            (&mut storage as *mut nix::libc::sockaddr_storage).cast(),
            &mut len,
        );
        if n < 0 {
            return Err(nix::errno::Errno::last());
        }
        let addr =
            if len == 0 { None } else { nix::sys::socket::SockaddrStorage::from_raw((&storage as *const nix::libc::sockaddr_storage).cast(), Some(len)) };
        Ok((n as usize, addr))
    }
}

/// The C library's math functions that Rust's std does not expose (or computes differently from
/// the C library, as std's acosh/asinh/atanh do): CPython's math module calls these, so calling
/// the same functions gives the same bits.
pub mod libm {
    mod c {
        unsafe extern "C" {
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn fmod(x: f64, y: f64) -> f64;
            pub fn remainder(x: f64, y: f64) -> f64;
            pub fn nextafter(x: f64, y: f64) -> f64;
        }
    }

    macro_rules! pure {
        ($($name:ident($($arg:ident),+)),* $(,)?) => {
            $(
                #[inline]
                pub fn $name($($arg: f64),+) -> f64 {
                    // SAFETY: a pure C math function of plain doubles: it reads and writes no
                    // memory of ours (at most the thread's errno, which gilpy does not read).
                    unsafe { c::$name($($arg),+) }
                }
            )*
        };
    }

    /// The C library's cbrt. Rust's own runtime links a `cbrt` of its own into the binary, which
    /// rounds differently from glibc's; CPython uses glibc's, so it is looked up by name.
    pub fn cbrt(x: f64) -> f64 {
        static GLIBC_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
        let f = GLIBC_CBRT.get_or_init(|| {
            // SAFETY: dlopen of the already-loaded C math library and dlsym of a symbol whose C type
            // is `double cbrt(double)`, transmuted to exactly that function-pointer type; the library
            // handle is never closed, so the pointer stays valid for the life of the process.
            unsafe {
                let lib = nix::libc::dlopen(c"libm.so.6".as_ptr(), nix::libc::RTLD_NOW | nix::libc::RTLD_NOLOAD);
                if lib.is_null() {
                    return None;
                }
                let sym = nix::libc::dlsym(lib, c"cbrt".as_ptr());
                if sym.is_null() { None } else { Some(std::mem::transmute::<*mut nix::libc::c_void, extern "C" fn(f64) -> f64>(sym)) }
            }
        });
        match f {
            Some(f) => f(x),
            None => x.cbrt(),
        }
    }

    pure!(erf(x), erfc(x), acosh(x), asinh(x), atanh(x), exp2(x), expm1(x), log1p(x), fmod(x, y), remainder(x, y), nextafter(x, y));
}

/// Signal dispositions for the `signal` module. Safety: the one handler installed, `on_signal`,
/// is async-signal-safe: it stores into atomics (`signals::note_signal`) and, when a wakeup
/// descriptor is set, write(2)s one byte to it, saving and restoring errno around the write.
/// The libc calls of `os` that nix has no wrapper for: getrandom(2), get/setpriority(2),
/// nice(2), getlogin(3), ctermid(3), lockf(3) and pidfd_open(2). Each takes plain numbers or
/// writes only into a buffer it is given the length of.
pub mod posix_calls {
    use nix::errno::Errno;
    use nix::libc;

    /// getrandom(2) into `buf`: how many bytes it filled.
    pub fn getrandom(buf: &mut [u8], flags: u32) -> nix::Result<usize> {
        // SAFETY: the kernel writes at most buf.len() bytes into buf.
        let n = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), flags) };
        Errno::result(n).map(|n| n as usize)
    }

    /// getpriority(2): -1 is a valid answer, so errno is cleared first and read after.
    pub fn getpriority(which: u32, who: u32) -> nix::Result<i32> {
        Errno::clear();
        // SAFETY: plain integer arguments.
        let n = unsafe { libc::getpriority(which as _, who as _) };
        if n == -1 && Errno::last_raw() != 0 { Err(Errno::last()) } else { Ok(n) }
    }

    /// setpriority(2).
    pub fn setpriority(which: u32, who: u32, prio: i32) -> nix::Result<()> {
        // SAFETY: plain integer arguments.
        Errno::result(unsafe { libc::setpriority(which as _, who as _, prio) }).map(drop)
    }

    /// nice(2): the new niceness (-1 is valid, so errno decides).
    pub fn nice(increment: i32) -> nix::Result<i32> {
        Errno::clear();
        // SAFETY: a plain integer argument.
        let n = unsafe { libc::nice(increment) };
        if n == -1 && Errno::last_raw() != 0 { Err(Errno::last()) } else { Ok(n) }
    }

    /// getlogin(3): the name logged in on the controlling terminal.
    pub fn getlogin() -> nix::Result<String> {
        // SAFETY: getlogin returns null or a pointer to a NUL-terminated static buffer, copied
        // at once (the callers hold the GIL, so no other Python thread calls it meanwhile).
        let p = unsafe { libc::getlogin() };
        if p.is_null() {
            let e = Errno::last();
            return Err(if e as i32 == 0 { Errno::ENOENT } else { e });
        }
        // SAFETY: p is non-null and NUL-terminated (above).
        Ok(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }

    /// ctermid(3): the name of the controlling terminal.
    pub fn ctermid() -> String {
        let mut buf = [0 as libc::c_char; 64];
        // SAFETY: buf is larger than L_ctermid (9), as ctermid requires; it writes a
        // NUL-terminated name into it.
        let p = unsafe { libc::ctermid(buf.as_mut_ptr()) };
        if p.is_null() {
            return String::new();
        }
        // SAFETY: p points into buf, NUL-terminated by ctermid.
        unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }

    /// lockf(3) on a descriptor number (EBADF from the C library when it is not open).
    pub fn lockf(fd: i32, command: i32, length: i64) -> nix::Result<()> {
        // SAFETY: plain integer arguments; a bad descriptor is reported, not used.
        Errno::result(unsafe { libc::lockf(fd, command, length) }).map(drop)
    }

    /// pidfd_open(2): a descriptor referring to process `pid`.
    pub fn pidfd_open(pid: i32, flags: u32) -> nix::Result<i32> {
        // SAFETY: the syscall takes two integers and returns a new descriptor or -1.
        let n = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
        Errno::result(n).map(|n| n as i32)
    }

    /// What sigwaitinfo/sigtimedwait report of a signal: si_signo, si_code, si_errno, si_pid,
    /// si_uid, si_status and si_band (on Linux the union's first word, pid and uid together).
    pub type SigInfo = [i64; 7];

    /// sigtimedwait(2) for one of `sigs` (None: wait for ever); Ok(None) when the time ran out.
    pub fn sigtimedwait(sigs: &[i32], timeout: Option<std::time::Duration>) -> nix::Result<Option<SigInfo>> {
        let mut set = nix::sys::signal::SigSet::empty();
        for &n in sigs {
            set.add(nix::sys::signal::Signal::try_from(n)?);
        }
        let ts = timeout.map(|d| libc::timespec { tv_sec: d.as_secs() as libc::time_t, tv_nsec: d.subsec_nanos() as _ });
        let ts_ptr = ts.as_ref().map_or(std::ptr::null(), |t| t as *const libc::timespec);
        // SAFETY: all-zero bytes are a valid siginfo_t (a plain C struct of integers).
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `set` and `ts` outlive the call; the kernel writes one siginfo_t into `info`.
        let n = unsafe { libc::sigtimedwait(set.as_ref(), &mut info, ts_ptr) };
        match Errno::result(n) {
            Err(Errno::EAGAIN) if timeout.is_some() => Ok(None),
            Err(e) => Err(e),
            Ok(_) => {
                // SAFETY: the kernel filled `info` for a delivered signal; these accessors read
                // the integer fields of its union, as CPython's struct_siginfo does.
                let (pid, uid, status) = unsafe { (info.si_pid(), info.si_uid(), info.si_status()) };
                let band = ((uid as i64) << 32) | (pid as u32 as i64);
                Ok(Some([info.si_signo as i64, info.si_code as i64, info.si_errno as i64, pid as i64, uid as i64, status as i64, band]))
            }
        }
    }

    /// pidfd_send_signal(2) without a siginfo.
    pub fn pidfd_send_signal(pidfd: i32, sig: i32, flags: u32) -> nix::Result<()> {
        // SAFETY: integer arguments and a null siginfo pointer, which the syscall allows.
        let n = unsafe { libc::syscall(libc::SYS_pidfd_send_signal, pidfd, sig, std::ptr::null::<libc::siginfo_t>(), flags) };
        Errno::result(n).map(drop)
    }

    /// prlimit(2): sets `new` (when given) and answers the limits before, as (soft, hard).
    pub fn prlimit(pid: i32, resource: i32, new: Option<(u64, u64)>) -> nix::Result<(u64, u64)> {
        let new = new.map(|(cur, max)| libc::rlimit { rlim_cur: cur, rlim_max: max });
        let new_ptr = new.as_ref().map_or(std::ptr::null(), |r| r as *const libc::rlimit);
        let mut old = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: `new` outlives the call; the kernel writes one rlimit into `old`.
        let n = unsafe { libc::prlimit(pid, resource as _, new_ptr, &mut old) };
        Errno::result(n).map(|_| (old.rlim_cur, old.rlim_max))
    }

    /// pthread_getcpuclockid(3) of a thread handle (a pthread_t from `sig::this_thread`).
    pub fn pthread_cpuclock(thread: u64) -> nix::Result<i64> {
        let mut id: libc::clockid_t = 0;
        // SAFETY: `thread` is the pthread_t of a thread gilpy started and still tracks (the
        // caller looked it up among the live threads); the call writes one clockid_t.
        let n = unsafe { libc::pthread_getcpuclockid(thread as libc::pthread_t, &mut id) };
        if n != 0 { Err(Errno::from_raw(n)) } else { Ok(id as i64) }
    }
}

/// The system logger (syslog(3)) behind the `syslog` module.
pub mod syslog {
    use crate::sync::Mutex;
    use nix::libc;
    use std::ffi::CString;

    /// The ident given to the last openlog: openlog keeps the pointer, not a copy, so the
    /// string lives here until the next openlog or closelog has replaced it.
    static IDENT: Mutex<Option<CString>> = Mutex::new(None);

    /// A C string of `text` up to its first NUL (where C would stop reading it).
    fn c_text(text: &str) -> CString {
        let head = text.split('\0').next().unwrap_or("");
        CString::new(head).unwrap_or_default()
    }

    /// openlog(3); None leaves the ident to the C library (the program's name).
    pub fn open(ident: Option<&str>, option: i32, facility: i32) {
        let mut slot = IDENT.lock();
        let new = ident.map(c_text);
        let ptr = new.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
        // SAFETY: `ptr` is null or points into the CString stored in IDENT just below, which
        // stays there (and so stays valid) until the next open or close, both of which call
        // openlog/closelog before dropping it while holding the same lock.
        unsafe { libc::openlog(ptr, option, facility) };
        *slot = new;
    }

    /// syslog(3) of one message, passed through a "%s" format so that '%' in it is text.
    pub fn log(priority: i32, message: &str) {
        let text = c_text(message);
        let _held = IDENT.lock();
        // SAFETY: the format is a NUL-terminated literal with one %s, matched by one
        // NUL-terminated string argument that outlives the call.
        unsafe { libc::syslog(priority, c"%s".as_ptr(), text.as_ptr()) };
    }

    /// closelog(3); the kept ident is released after it.
    pub fn close() {
        let mut slot = IDENT.lock();
        // SAFETY: closelog takes no arguments and only closes the logger's descriptor.
        unsafe { libc::closelog() };
        *slot = None;
    }

    /// setlogmask(3): sets the mask (0 leaves it) and answers the one before.
    pub fn set_mask(mask: i32) -> i32 {
        // SAFETY: setlogmask only reads its int argument and swaps the process's mask.
        unsafe { libc::setlogmask(mask) }
    }
}

pub mod sig {
    use nix::libc;

    /// What the OS does with a signal now (CPython's starting `Handlers` are read from this).
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Disposition {
        Default,
        Ignore,
        /// A handler function (gilpy's own or one inherited from an embedding program).
        Handler,
    }

    extern "C" fn on_signal(sig: libc::c_int) {
        crate::modules::signals::note_signal(sig);
        let fd = crate::modules::signals::WAKEUP_FD.load(std::sync::atomic::Ordering::Relaxed);
        if fd >= 0 {
            let byte = sig as u8;
            // SAFETY: errno is read and restored around write(2), itself async-signal-safe; the
            // byte lives on this handler's stack for the whole call.
            unsafe {
                let saved = *libc::__errno_location();
                libc::write(fd, (&byte as *const u8).cast(), 1);
                *libc::__errno_location() = saved;
            }
        }
    }

    fn install(sig: i32, handler: libc::sighandler_t, restart: bool) -> nix::Result<()> {
        // SAFETY: a zeroed sigaction is valid (empty mask, no flags); `handler` is SIG_DFL,
        // SIG_IGN or `on_signal` (see the module comment); the kernel copies the struct.
        unsafe {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = handler;
            libc::sigemptyset(&mut act.sa_mask);
            act.sa_flags = if restart { libc::SA_RESTART } else { 0 } | libc::SA_ONSTACK;
            if libc::sigaction(sig, &act, std::ptr::null_mut()) != 0 {
                return Err(nix::errno::Errno::last());
            }
        }
        Ok(())
    }

    /// Routes `sig` to the flag handler (`restart`: system calls resume, as after siginterrupt(sig, False)).
    pub fn catch(sig: i32, restart: bool) -> nix::Result<()> {
        install(sig, on_signal as *const () as libc::sighandler_t, restart)
    }

    pub fn set_default(sig: i32) -> nix::Result<()> {
        install(sig, libc::SIG_DFL, false)
    }

    pub fn set_ignore(sig: i32) -> nix::Result<()> {
        install(sig, libc::SIG_IGN, false)
    }

    /// The current disposition of `sig`.
    pub fn current(sig: i32) -> nix::Result<Disposition> {
        // SAFETY: with a null new action sigaction only writes the old one into `old`.
        let old = unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
                return Err(nix::errno::Errno::last());
            }
            old
        };
        Ok(match old.sa_sigaction {
            libc::SIG_DFL => Disposition::Default,
            libc::SIG_IGN => Disposition::Ignore,
            _ => Disposition::Handler,
        })
    }

    /// The C library's description of `sig` (strsignal(3)), copied out at once.
    pub fn describe(sig: i32) -> Option<String> {
        // SAFETY: strsignal returns a pointer to a NUL-terminated string that stays valid until the
        // next strsignal call; callers hold the GIL, and it is copied before returning.
        unsafe {
            let p = libc::strsignal(sig);
            if p.is_null() {
                return None;
            }
            Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
        }
    }

    /// An interval timer's (delay, interval) in seconds.
    pub type Timer = (f64, f64);

    fn to_timeval(secs: f64) -> libc::timeval {
        let whole = secs.trunc();
        let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
        let mut sec = whole as libc::time_t;
        if usec >= 1_000_000 {
            sec += 1;
            usec -= 1_000_000;
        }
        // CPython rounds a tiny non-zero delay up so that it still arms the timer.
        if sec == 0 && usec == 0 && secs > 0.0 {
            usec = 1;
        }
        libc::timeval { tv_sec: sec, tv_usec: usec }
    }

    fn from_itimerval(v: &libc::itimerval) -> Timer {
        let f = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        (f(&v.it_value), f(&v.it_interval))
    }

    /// setitimer(2): arms timer `which`, returning the old setting.
    pub fn setitimer(which: i32, delay: f64, interval: f64) -> nix::Result<Timer> {
        let new = libc::itimerval { it_value: to_timeval(delay), it_interval: to_timeval(interval) };
        // SAFETY: both structs live for the whole call; the kernel writes only `old`.
        unsafe {
            let mut old: libc::itimerval = std::mem::zeroed();
            if libc::setitimer(which, &new, &mut old) != 0 {
                return Err(nix::errno::Errno::last());
            }
            Ok(from_itimerval(&old))
        }
    }

    /// getitimer(2).
    pub fn getitimer(which: i32) -> nix::Result<Timer> {
        // SAFETY: the kernel writes only `cur`, which lives for the whole call.
        unsafe {
            let mut cur: libc::itimerval = std::mem::zeroed();
            if libc::getitimer(which, &mut cur) != 0 {
                return Err(nix::errno::Errno::last());
            }
            Ok(from_itimerval(&cur))
        }
    }

    /// The calling thread's pthread handle (for pthread_kill from another thread).
    pub fn this_thread() -> u64 {
        // SAFETY: pthread_self has no preconditions.
        unsafe { libc::pthread_self() as u64 }
    }

    /// pthread_kill(3) on a handle `this_thread` returned for a thread that is still running
    /// (the caller checks that through its registry of live threads).
    pub fn pthread_kill(thread: u64, sig: i32) -> nix::Result<()> {
        // SAFETY: see above: the handle names a live thread of this process.
        let rc = unsafe { libc::pthread_kill(thread as libc::pthread_t, sig) };
        if rc != 0 { Err(nix::errno::Errno::from_raw(rc)) } else { Ok(()) }
    }

    /// raise(3): the signal is delivered to the calling thread before this returns.
    pub fn raise(sig: i32) -> nix::Result<()> {
        // SAFETY: raise has no memory preconditions.
        if unsafe { libc::raise(sig) } != 0 { Err(nix::errno::Errno::last()) } else { Ok(()) }
    }

    /// pthread_sigmask(2) with a raw signal list (nix's SigSet cannot name real-time signals):
    /// returns the previous mask's signals.
    pub fn thread_mask(how: i32, sigs: &[i32]) -> nix::Result<Vec<i32>> {
        // SAFETY: the sets are initialised by sigemptyset before use and live for the call.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            let mut old: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigemptyset(&mut old);
            for &s in sigs {
                if libc::sigaddset(&mut set, s) != 0 {
                    return Err(nix::errno::Errno::EINVAL);
                }
            }
            let rc = libc::pthread_sigmask(how, &set, &mut old);
            if rc != 0 {
                return Err(nix::errno::Errno::from_raw(rc));
            }
            Ok((1..libc::SIGRTMAX() + 1).filter(|&s| libc::sigismember(&old, s) == 1).collect())
        }
    }

    /// The signals pending for this thread or process (sigpending(2)).
    pub fn pending() -> nix::Result<Vec<i32>> {
        // SAFETY: as in `thread_mask`.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            if libc::sigpending(&mut set) != 0 {
                return Err(nix::errno::Errno::last());
            }
            Ok((1..libc::SIGRTMAX() + 1).filter(|&s| libc::sigismember(&set, s) == 1).collect())
        }
    }

    /// The highest real-time signal (SIGRTMAX) and the lowest (SIGRTMIN) the C library offers.
    pub fn rt_range() -> (i32, i32) {
        (libc::SIGRTMIN(), libc::SIGRTMAX())
    }
}

/// fork + exec for `subprocess`. Safety: everything the child needs (argument and environment
/// arrays, paths, descriptor numbers) is built by the parent before fork(); between fork and
/// exec the child calls only async-signal-safe functions (close, dup, dup2, fcntl, chdir,
/// signal, setsid, setpgid, execv/execve, write, _exit), allocates nothing and touches no lock,
/// so it is safe even when other threads of the parent held locks at the moment of the fork.
pub mod spawn {
    use nix::libc;
    use std::ffi::CString;

    /// What the child does between fork and exec, decided by the parent.
    pub struct ExecPlan {
        pub argv: Vec<CString>,
        /// None: the parent's environment.
        pub env: Option<Vec<CString>>,
        /// The paths to try in turn (the executable, or each PATH entry joined with it).
        pub exec_paths: Vec<CString>,
        pub cwd: Option<CString>,
        /// Descriptors that become the child's 0, 1 and 2 (-1: inherited as they are).
        pub stdio: [i32; 3],
        /// The parent's ends of the pipes: closed in the child first.
        pub parent_ends: Vec<i32>,
        /// Where the child reports a failure before or at exec (close-on-exec: EOF means success).
        pub errpipe_write: i32,
        /// pass_fds: kept open and made inheritable.
        pub keep_fds: Vec<i32>,
        /// close_fds: the descriptors above 2 open in the parent, closed unless kept.
        pub close: Vec<i32>,
        pub restore_signals: bool,
        pub start_new_session: bool,
        /// setpgid(0, n) when not negative.
        pub process_group: i32,
    }

    fn nul_terminated(items: &[CString]) -> Vec<*const libc::c_char> {
        let mut v: Vec<*const libc::c_char> = items.iter().map(|s| s.as_ptr()).collect();
        v.push(std::ptr::null());
        v
    }

    /// Forks and execs the plan's program; the child's pid. A failure in the child is written to
    /// `errpipe_write` as "OSError:<hex errno>:<where>" (see `child`).
    pub fn fork_exec(plan: &ExecPlan) -> nix::Result<i32> {
        let argv = nul_terminated(&plan.argv);
        let envp = plan.env.as_ref().map(|e| nul_terminated(e));
        // SAFETY: see the module comment; the child only runs `child`, which never returns.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(nix::errno::Errno::last());
        }
        if pid == 0 {
            child(plan, &argv, envp.as_deref());
        }
        Ok(pid)
    }

    /// Makes `fd` descriptor `target` in the child (clearing close-on-exec when it already is).
    fn move_to(fd: i32, target: i32) -> bool {
        // SAFETY: async-signal-safe calls on plain numbers.
        unsafe {
            if fd < 0 {
                return true;
            }
            if fd == target {
                return libc::fcntl(fd, libc::F_SETFD, 0) == 0;
            }
            libc::dup2(fd, target) >= 0
        }
    }

    fn report(errpipe: i32, errno: i32, what: &[u8]) -> ! {
        let mut buf = [0u8; 64];
        let mut n = 0;
        for &b in b"OSError:" {
            buf[n] = b;
            n += 1;
        }
        let mut digits = [0u8; 16];
        let mut d = 0;
        let mut e = errno as u32;
        while e != 0 {
            digits[d] = b"0123456789abcdef"[(e % 16) as usize];
            e /= 16;
            d += 1;
        }
        while d > 0 {
            d -= 1;
            buf[n] = digits[d];
            n += 1;
        }
        buf[n] = b':';
        n += 1;
        for &b in what.iter().take(buf.len() - n) {
            buf[n] = b;
            n += 1;
        }
        // SAFETY: write and _exit are async-signal-safe; `buf` lives on this stack.
        unsafe {
            libc::write(errpipe, buf.as_ptr().cast(), n);
            libc::_exit(255)
        }
    }

    fn errno() -> i32 {
        // SAFETY: reading the thread's errno.
        unsafe { *libc::__errno_location() }
    }

    fn child(plan: &ExecPlan, argv: &[*const libc::c_char], envp: Option<&[*const libc::c_char]>) -> ! {
        let ep = plan.errpipe_write;
        // SAFETY: see the module comment: only async-signal-safe calls, on data built before fork.
        unsafe {
            for &fd in &plan.parent_ends {
                if fd >= 0 {
                    libc::close(fd);
                }
            }
            let [stdin, mut stdout, mut stderr] = plan.stdio;
            // A descriptor about to be replaced must not be the source of a later dup2.
            if stdout == 0 {
                stdout = libc::dup(stdout);
            }
            if stderr == 0 || stderr == 1 {
                stderr = libc::dup(stderr);
            }
            if !move_to(stdin, 0) || !move_to(stdout, 1) || !move_to(stderr, 2) {
                report(ep, errno(), b"noexec");
            }
            if let Some(cwd) = &plan.cwd
                && libc::chdir(cwd.as_ptr()) != 0
            {
                report(ep, errno(), b"noexec:chdir");
            }
            if plan.restore_signals {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
            }
            if plan.start_new_session && libc::setsid() < 0 {
                report(ep, errno(), b"noexec");
            }
            if plan.process_group >= 0 && libc::setpgid(0, plan.process_group) < 0 {
                report(ep, errno(), b"noexec");
            }
            for &fd in &plan.keep_fds {
                libc::fcntl(fd, libc::F_SETFD, 0);
            }
            for &fd in &plan.close {
                if fd > 2 && fd != ep && !plan.keep_fds.contains(&fd) {
                    libc::close(fd);
                }
            }
            let mut first = 0;
            for path in &plan.exec_paths {
                match envp {
                    Some(env) => libc::execve(path.as_ptr(), argv.as_ptr(), env.as_ptr()),
                    None => libc::execv(path.as_ptr(), argv.as_ptr()),
                };
                let e = errno();
                if first == 0 && e != libc::ENOENT && e != libc::ENOTDIR {
                    first = e;
                }
            }
            report(ep, if first != 0 { first } else { errno() }, b"")
        }
    }
}

/// The global allocator: mimalloc (thread-local free lists and size classes; glibc's malloc was
/// 10-15% of allocation-heavy benchmarks), with the memory reserve behind MemoryError for small allocations: the interpreter checks the
/// sizes it asks for in bulk (`try_reserve`), but when memory runs out a small allocation (a
/// str, a list node) fails somewhere Rust can only abort. The global allocator keeps 64 MiB set
/// aside; the first small request the system refuses gives it back and is retried, and the VM's
/// next checkpoint (`memory_ran_out`) raises MemoryError, so the program unwinds and frees what
/// it built; the reserve is set aside again once it can be had.
mod reserve {
    use mimalloc::MiMalloc as Backend;
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::Ordering::SeqCst;
    use std::sync::atomic::{AtomicBool, AtomicPtr};

    const RESERVE_BYTES: usize = 64 << 20;
    /// Requests up to this size may be rescued by the reserve; bigger ones are the bulk sizes the
    /// interpreter checks itself, and get the system's refusal.
    const SMALL: usize = 1 << 20;

    static RESERVE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
    static SPENT: AtomicBool = AtomicBool::new(false);

    fn layout() -> Layout {
        Layout::from_size_align(RESERVE_BYTES, 4096).expect("a valid layout")
    }

    /// Gives the reserve back to the system (true if there was one to give).
    fn spend() -> bool {
        let p = RESERVE.swap(std::ptr::null_mut(), SeqCst);
        if p.is_null() {
            return false;
        }
        // SAFETY: `p` came from `System.alloc(layout())` in `refill` and was taken out of
        // RESERVE by the swap above, so it is freed once.
        unsafe { System.dealloc(p, layout()) };
        SPENT.store(true, SeqCst);
        true
    }

    /// Sets the reserve aside if it is not (false when the system refuses it).
    pub fn refill() -> bool {
        if !RESERVE.load(SeqCst).is_null() {
            return true;
        }
        // SAFETY: a non-zero size with a valid alignment.
        let p = unsafe { System.alloc(layout()) };
        if p.is_null() {
            return false;
        }
        if RESERVE.compare_exchange(std::ptr::null_mut(), p, SeqCst, SeqCst).is_err() {
            // SAFETY: `p` was just allocated with this layout and is not shared.
            unsafe { System.dealloc(p, layout()) };
        }
        true
    }

    /// Whether the reserve was spent since the last call: the caller raises MemoryError. It is
    /// set aside again when it can be; until then every call says so.
    pub fn memory_ran_out() -> bool {
        if !SPENT.load(std::sync::atomic::Ordering::Relaxed) {
            return false;
        }
        if refill() {
            SPENT.store(false, SeqCst);
        }
        true
    }

    pub struct ReserveAlloc;

    /// Requests up to this size go to mimalloc (small objects: its strength); bigger ones to the
    /// system's malloc, which refuses sizes the machine cannot back (mimalloc reserves address
    /// space without a commit charge, so a 1 TiB request "succeeds" and the first writes get the
    /// process killed instead of a MemoryError). `dealloc` and `realloc` receive the layout the
    /// block was made with, so the size says which allocator owns a block.
    const MIMALLOC_MAX: usize = 256 << 10;

    fn small(size: usize) -> bool {
        size <= MIMALLOC_MAX
    }

    /// A request to the allocator that owns its size.
    ///
    /// # Safety
    /// `layout` has a non-zero size (GlobalAlloc's contract).
    unsafe fn get(layout: Layout, zeroed: bool) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe {
            match (small(layout.size()), zeroed) {
                (true, false) => Backend.alloc(layout),
                (true, true) => Backend.alloc_zeroed(layout),
                (false, false) => System.alloc(layout),
                (false, true) => System.alloc_zeroed(layout),
            }
        }
    }

    // SAFETY: every request is passed unchanged to the allocator that owns its size (above), and
    // a block is freed or resized by the one that made it (its layout's size says which); a
    // refused small request is retried once after the reserve (memory this allocator owns) was
    // given back.
    unsafe impl GlobalAlloc for ReserveAlloc {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: the caller's contract for `alloc` is passed on.
            let p = unsafe { get(layout, false) };
            if p.is_null() && layout.size() <= SMALL && spend() { unsafe { get(layout, false) } } else { p }
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: as `alloc`.
            let p = unsafe { get(layout, true) };
            if p.is_null() && layout.size() <= SMALL && spend() { unsafe { get(layout, true) } } else { p }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let once = || {
                // SAFETY: `ptr` was made by the allocator `small(layout.size())` names; a resize
                // within one allocator is its own realloc, across them a new block, a copy of
                // the bytes both sizes hold, and the old block freed by its owner. A failed
                // attempt leaves `ptr` valid, so it may be retried.
                unsafe {
                    match (small(layout.size()), small(new_size)) {
                        (true, true) => Backend.realloc(ptr, layout, new_size),
                        (false, false) => System.realloc(ptr, layout, new_size),
                        (was_small, _) => {
                            let to = Layout::from_size_align_unchecked(new_size, layout.align());
                            let q = get(to, false);
                            if !q.is_null() {
                                std::ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
                                if was_small { Backend.dealloc(ptr, layout) } else { System.dealloc(ptr, layout) }
                            }
                            q
                        }
                    }
                }
            };
            let p = once();
            if p.is_null() && new_size <= SMALL && spend() { once() } else { p }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: the caller's contract for `dealloc` is passed on to the block's owner.
            unsafe { if small(layout.size()) { Backend.dealloc(ptr, layout) } else { System.dealloc(ptr, layout) } }
        }
    }

    #[global_allocator]
    static ALLOCATOR: ReserveAlloc = ReserveAlloc;
}

pub use reserve::{memory_ran_out, refill as set_memory_reserve_aside};

/// mimalloc's purge delay option (`mi_option_purge_delay` in the vendored v3 mimalloc.h; its
/// default 1000 ms): freed pages are given back to the system at once, which keeps peak memory at
/// glibc's level. Arena commit is set at build time (.cargo/config.toml): mimalloc makes its first
/// arena before `main`.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the allocator's options; called first thing in `main`.
pub fn tune_allocator() {
    // SAFETY: `mi_option_set` stores an integer in mimalloc's option table (thread-safe, any time).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

#[cfg(test)]
mod allocator_tests {
    /// The option index is the vendored mimalloc's: read untouched, it holds that option's
    /// default (purge_delay 1000 ms); the build-time arena setting took (0).
    #[test]
    fn the_tuned_options_are_the_ones_named() {
        const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
        // SAFETY: `mi_option_get` reads mimalloc's option table.
        let (eager, delay) =
            unsafe { (libmimalloc_sys::mi_option_get(MI_OPTION_ARENA_EAGER_COMMIT), libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY)) };
        if std::env::var_os("MIMALLOC_ARENA_EAGER_COMMIT").is_none() && std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!((eager, delay), (0, 1000));
        }
    }
}

/// A value on the heap owned like a `Box`, but reached through a raw pointer, so that Rust's
/// aliasing rules treat it as shared: a `&mut` to its owner (the eval loop's `&mut Frame`) makes
/// no claim on it, and a `FrameView` may keep a pointer to it. While such a pointer may be read,
/// the owner touches the value only through `get` (shared; changes go through atomics and
/// locks); `get_mut` is for the times no view can read it (see `FrameView`).
pub struct SharedHeap<T>(std::ptr::NonNull<T>);

// SAFETY: a SharedHeap owns its value as a Box does; sending or sharing it sends or shares a T.
unsafe impl<T: Send> Send for SharedHeap<T> {}
// SAFETY: as above: `&SharedHeap<T>` only gives out `&T`.
unsafe impl<T: Sync> Sync for SharedHeap<T> {}

impl<T> SharedHeap<T> {
    pub fn new(value: T) -> SharedHeap<T> {
        SharedHeap(std::ptr::NonNull::from(Box::leak(Box::new(value))))
    }

    #[inline(always)]
    pub fn get(&self) -> &T {
        // SAFETY: the pointer came from a Box this value owns; it is freed only in `drop`.
        unsafe { self.0.as_ref() }
    }

    /// The value, to reset it; only while no `FrameView` of its frame can be read (the frame is
    /// not running: `Vm::new_frame` and `Vm::recycle_frame`).
    pub fn get_mut(&mut self) -> &mut T {
        // SAFETY: as `get`; `&mut self` excludes every other reference made through `self`, and
        // the views that copied the pointer are not read while the frame does not run.
        unsafe { self.0.as_mut() }
    }
}

impl<T> Drop for SharedHeap<T> {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::leak` in `new` and is freed once, here.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

/// Where a running frame keeps what others may read of it, recorded by its thread when the frame
/// starts (`Vm::enter_frame`), so that `frame.f_locals`, `f_lineno` and `f_lasti` of a caller's
/// frame show it while it runs.
///
/// What the view holds: the address of the frame's `Shown` (a `SharedHeap`: the current
/// instruction, the namespace, the `locals()` dict) and the addresses and lengths of the heap
/// buffers of its local slots and cells (`Vec::as_ptr`, which makes no reference). It never
/// points into the `Frame` struct itself: the eval loop holds that as `&mut Frame`, and Rust lets
/// nothing else read memory a live `&mut` covers (noalias; Stacked and Tree Borrows). The loop
/// reaches the same three buffers through the frame's own handles (the Vecs' and the
/// SharedHeap's pointers), from which every reference it makes is derived, so the view's copies
/// stay valid: a reborrow derived from a pointer does not invalidate that pointer.
///
/// Why the reads are sound: a view is only read through `Vm::with_running_frame` and
/// `FrameInfo::running_lasti`, on views of the entries of the calling thread's own
/// `Vm::frame_infos()`. Such a frame is inside `Vm::run_code_frame` further up this thread's
/// stack, or boxed in the list of frames that call's eval loop runs in place of calls (a frame
/// there is run only while it is the last), so (1) it is alive and its buffers are where they were at entry: the slots and cells
/// are sized before the frame starts and never grow while it runs, and `SharedHeap::get_mut` is
/// only used when it does not run; (2) nothing writes the slots or cells during the read: the
/// frame's eval loop is suspended in a call, or the frame waits in that list while a frame it
/// called runs (the code reading the view runs inside that call), holds no reference into the slots across the call (its `&mut` to a slot lives for one
/// store), and no other code writes a frame's slots; `Shown` changes only through atomics and
/// locks. No other thread ever reads a view (a `Vm` belongs to one thread; other threads'
/// frame objects show their snapshots).
#[derive(Clone, Copy)]
pub struct FrameView {
    shown: *const crate::objects::frame::Shown,
    locals: *const Option<crate::objects::Value>,
    nlocals: usize,
    cells: *const crate::objects::Arc<crate::objects::value::Cell>,
    ncells: usize,
}

// SAFETY: a view moves with its `Vm` when a thread starts; it is only read on that thread (see above).
unsafe impl Send for FrameView {}

/// A running frame as its view shows it (see `FrameView`).
pub struct RunningParts<'a> {
    pub shown: &'a crate::objects::frame::Shown,
    pub locals: &'a [Option<crate::objects::Value>],
    pub cells: &'a [crate::objects::Arc<crate::objects::value::Cell>],
}

impl FrameView {
    #[inline(always)]
    pub fn of(frame: &crate::objects::frame::Frame) -> FrameView {
        FrameView {
            shown: frame.shown.get() as *const _,
            locals: frame.locals.as_ptr(),
            nlocals: frame.locals.len(),
            cells: frame.cells.as_ptr(),
            ncells: frame.cells.len(),
        }
    }

    /// Runs `f` on the frame's readable parts (see the type's contract: only for a view of a
    /// running frame of the calling thread's `Vm`).
    pub(crate) fn read<R>(&self, f: impl FnOnce(RunningParts<'_>) -> R) -> R {
        // SAFETY: see the type's contract: the three buffers are alive, where they were when
        // the view was made, of these lengths, and not written during the read.
        let parts = unsafe {
            RunningParts {
                shown: &*self.shown,
                locals: std::slice::from_raw_parts(self.locals, self.nlocals),
                cells: std::slice::from_raw_parts(self.cells, self.ncells),
            }
        };
        f(parts)
    }
}

// ---- The `mmap` and `fcntl` modules: memory maps, and fcntl(2)/ioctl(2) with raw arguments ----

/// A memory map made for Python's `mmap.mmap`: anonymous or of a file, shared or private
/// (copy-on-write), with the protection asked for. Unmapped on drop; an empty map holds no
/// mapping at all.
///
/// Invariant: the memory is reached only through `read` and `write`, which hold `lock` while
/// their slice lives and never let it escape the call; `write` refuses a map made without
/// PROT_WRITE, so no `&mut` is ever made over pages that may not be written, and `read` refuses
/// one made without PROT_READ. `ptr..ptr+len` stays mapped until drop (`resize` replaces both
/// under `&mut self`). Other processes (or another map of the same file) may change the bytes
/// at any time, as with CPython's mmap; `u8` is valid for any bits, so that can only mix old
/// and new bytes, never break an invariant of this process.
pub struct MemMap {
    ptr: Option<std::ptr::NonNull<nix::libc::c_void>>,
    len: usize,
    prot: i32,
    lock: std::sync::Mutex<()>,
}

// SAFETY: the mapping is plain memory owned by this value; every access goes through `lock`.
unsafe impl Send for MemMap {}
unsafe impl Sync for MemMap {}

impl MemMap {
    /// mmap(2) of `len` bytes: of `fd` from `offset` (the caller checked the file's size), or
    /// anonymous when `fd` is None (MAP_ANONYMOUS is added to `flags`).
    pub fn new(fd: Option<std::os::fd::BorrowedFd<'_>>, len: usize, offset: i64, prot: i32, flags: i32) -> nix::Result<MemMap> {
        use std::os::fd::AsRawFd;
        let (raw, flags) = match fd {
            Some(f) => (f.as_raw_fd(), flags),
            None => (-1, flags | nix::libc::MAP_ANONYMOUS),
        };
        // SAFETY: a new mapping at an address the kernel picks (no hint, no MAP_FIXED), so it
        // cannot overlap memory this process already uses; the kernel checks fd, offset and flags.
        let p = unsafe { nix::libc::mmap(std::ptr::null_mut(), len, prot, flags, raw, offset) };
        if p == nix::libc::MAP_FAILED {
            return Err(nix::errno::Errno::last());
        }
        Ok(MemMap { ptr: std::ptr::NonNull::new(p), len, prot, lock: std::sync::Mutex::new(()) })
    }

    /// The map's length in bytes.
    pub fn size(&self) -> usize {
        self.len
    }

    pub fn writable(&self) -> bool {
        self.prot & nix::libc::PROT_WRITE != 0
    }

    /// Runs `f` over the bytes (nothing for a map that cannot be read).
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        let _only = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        match self.ptr {
            // SAFETY: `len` readable bytes of the live mapping; see the type's invariant.
            Some(p) if self.prot & nix::libc::PROT_READ != 0 => f(unsafe { std::slice::from_raw_parts(p.as_ptr().cast::<u8>(), self.len) }),
            _ => f(&[]),
        }
    }

    /// Runs `f` over the bytes for writing; None for a map without PROT_WRITE.
    pub fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        if !self.writable() {
            return None;
        }
        let _only = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        match self.ptr {
            // SAFETY: `len` writable bytes of the live mapping, the only slice of it while the
            // lock is held; see the type's invariant.
            Some(p) => Some(f(unsafe { std::slice::from_raw_parts_mut(p.as_ptr().cast::<u8>(), self.len) })),
            None => Some(f(&mut [])),
        }
    }

    /// msync(2) of `size` bytes from `offset` (the caller checked the range is inside).
    pub fn flush(&self, offset: usize, size: usize) -> nix::Result<()> {
        let Some(p) = self.ptr else { return Ok(()) };
        if offset.checked_add(size).is_none_or(|end| end > self.len) {
            return Err(nix::errno::Errno::EINVAL);
        }
        let _only = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: a range inside the live mapping; msync only writes pages back to the file.
        nix::errno::Errno::result(unsafe { nix::libc::msync(p.as_ptr().cast::<u8>().add(offset).cast(), size, nix::libc::MS_SYNC) }).map(drop)
    }

    /// madvise(2) over `size` bytes from `offset` (inside the map). Advice that drops pages
    /// (MADV_DONTNEED, MADV_REMOVE, MADV_FREE) only makes them read as zeros or the file again.
    pub fn advise(&self, offset: usize, size: usize, advice: i32) -> nix::Result<()> {
        let Some(p) = self.ptr else { return Ok(()) };
        if offset.checked_add(size).is_none_or(|end| end > self.len) {
            return Err(nix::errno::Errno::EINVAL);
        }
        let _only = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: a range inside the live mapping; no slice of it exists while the lock is held.
        nix::errno::Errno::result(unsafe { nix::libc::madvise(p.as_ptr().cast::<u8>().add(offset).cast(), size, advice) }).map(drop)
    }

    /// mremap(2) to `new_len` bytes (the mapping may move; its contents stay). A file-backed
    /// map's file must already be long enough.
    pub fn resize(&mut self, new_len: usize) -> nix::Result<()> {
        let Some(p) = self.ptr else { return Err(nix::errno::Errno::EINVAL) };
        if new_len == 0 {
            return Err(nix::errno::Errno::EINVAL);
        }
        // SAFETY: `p..p+len` is this value's live mapping and no slice of it exists (`&mut self`
        // excludes `read` and `write`); MREMAP_MAYMOVE lets the kernel pick the new place.
        let q = unsafe { nix::libc::mremap(p.as_ptr(), self.len, new_len, nix::libc::MREMAP_MAYMOVE) };
        if q == nix::libc::MAP_FAILED {
            return Err(nix::errno::Errno::last());
        }
        self.ptr = std::ptr::NonNull::new(q);
        self.len = new_len;
        Ok(())
    }
}

impl Drop for MemMap {
    fn drop(&mut self) {
        if let Some(p) = self.ptr {
            // SAFETY: the mapping this value made, with this length; nothing refers to it now.
            unsafe { nix::libc::munmap(p.as_ptr(), self.len) };
        }
    }
}

/// What fcntl(2) or ioctl(2) is given besides the descriptor and the command.
pub enum RawArg<'a> {
    /// A number, passed as C's int (or unsigned long for ioctl) as CPython passes it.
    Int(i64),
    /// A buffer the call may read and write in place; at least `RAW_BUF_MIN` bytes long.
    Buf(&'a mut [u8]),
}

/// The smallest buffer handed to the kernel for a buffer argument (CPython's 1024): every
/// structure a standard fcntl or ioctl request reads or writes fits in it.
pub const RAW_BUF_MIN: usize = 1024;

/// fcntl(2) with a raw command, as `fcntl.fcntl` passes it. Safety: the kernel validates the
/// descriptor and the command, and reports an address it cannot use as EFAULT; a buffer is at
/// least `RAW_BUF_MIN` bytes (checked), so a request's structure stays inside it. An integer
/// taken as an address by the command is the Python caller's contract, as in CPython.
pub fn fcntl_raw(fd: i32, cmd: i32, arg: RawArg<'_>) -> nix::Result<i32> {
    // SAFETY: see above.
    let r = match arg {
        RawArg::Int(n) => unsafe { nix::libc::fcntl(fd, cmd, n as nix::libc::c_long) },
        RawArg::Buf(b) if b.len() >= RAW_BUF_MIN => unsafe { nix::libc::fcntl(fd, cmd, b.as_mut_ptr()) },
        RawArg::Buf(_) => return Err(nix::errno::Errno::EINVAL),
    };
    nix::errno::Errno::result(r)
}

/// ioctl(2) with a raw request, as `fcntl.ioctl` passes it (safety as `fcntl_raw`).
pub fn ioctl_raw(fd: i32, request: nix::libc::Ioctl, arg: RawArg<'_>) -> nix::Result<i32> {
    // SAFETY: see `fcntl_raw`.
    let r = match arg {
        RawArg::Int(n) => unsafe { nix::libc::ioctl(fd, request, n as nix::libc::c_ulong) },
        RawArg::Buf(b) if b.len() >= RAW_BUF_MIN => unsafe { nix::libc::ioctl(fd, request, b.as_mut_ptr()) },
        RawArg::Buf(_) => return Err(nix::errno::Errno::EINVAL),
    };
    nix::errno::Errno::result(r)
}
