//! `termios`: POSIX terminal control (tcgetattr/tcsetattr, tcsendbreak, tcdrain, tcflush,
//! tcflow, tcgetwinsize/tcsetwinsize) as CPython's termios.c, over nix's safe wrappers (the
//! window size through `unsafe_os::ioctl_raw`); errors are `termios.error(errno, strerror)`.
//! The attribute list is CPython's `[iflag, oflag, cflag, lflag, ispeed, ospeed, cc]`, cc's
//! items one-byte bytes, but VMIN and VTIME ints when ICANON is off.

use crate::modules::select::fd_of;
use crate::objects::Arc;
use crate::objects::class::{Class, Kind};
use crate::objects::exceptions::new_exception;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::unsafe_os::{RAW_BUF_MIN, RawArg, ioctl_raw};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use nix::sys::termios::{self as nt, Termios};
use std::sync::OnceLock;

/// `termios.error`: a plain Exception subclass, raised with (errno, strerror).
fn error_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = make_class_in("termios", "error", vec![types().exc(ExcKind::Exception)], Kind::Exception);
        c.dict.set_str(crate::name!("__module__").clone(), Value::str("termios"));
        c
    })
}

fn error(e: Errno) -> PyErr {
    let text = std::io::Error::from_raw_os_error(e as i32).to_string();
    let text = text.split(" (os error").next().unwrap_or_default().to_string();
    PyErr::from_value(new_exception(error_class().clone(), vec![Value::Int(e as i64), Value::string(text)]))
}

/// Runs `f` on descriptor `fd`, errors as termios.error.
fn on_fd<R>(fd: i32, f: impl FnOnce(std::os::fd::BorrowedFd<'_>) -> nix::Result<R>) -> PyResult<R> {
    raw_on_fd(fd, f).map_err(error)
}

/// As `on_fd`, the errno left as it is: what a call with the GIL released returns (the
/// exception is made after it is back).
fn raw_on_fd<R>(fd: i32, f: impl FnOnce(std::os::fd::BorrowedFd<'_>) -> nix::Result<R>) -> nix::Result<R> {
    crate::unsafe_os::with_borrowed_fds(&[fd], |b| f(b[0]))
}

fn arity(name: &str, a: &[Value], k: &KwArgs, n: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() != n {
        return Err(PyErr::type_error(match n {
            1 => format!("termios.{name}() takes exactly one argument ({} given)", a.len()),
            _ => format!("{name} expected {n} arguments, got {}", a.len()),
        }));
    }
    Ok(())
}

fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if matches!(v, Value::Float(_)) {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_value(v)?;
    i32::try_from(n)
        .map_err(|_| PyErr::new(ExcKind::OverflowError, if n > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" }))
}

/// The speed bits of a c_cflag (what glibc's cfgetospeed reports).
fn speed_of(cflag: libc::tcflag_t) -> i64 {
    (cflag & (libc::CBAUD | libc::CBAUDEX)) as i64
}

/// `tcgetattr(fd)`.
fn tcgetattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcgetattr", a, k, 1)?;
    let fd = fd_of(vm, &a[0])?;
    let t: libc::termios = on_fd(fd, |b| nt::tcgetattr(b))?.into();
    let canonical = t.c_lflag & libc::ICANON != 0;
    let cc: Vec<Value> = t
        .c_cc
        .iter()
        .enumerate()
        .map(|(i, &c)| if !canonical && (i == libc::VMIN || i == libc::VTIME) { Value::Int(c as i64) } else { Value::Bytes(Arc::new(vec![c])) })
        .collect();
    let speed = speed_of(t.c_cflag);
    Ok(Value::list(vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(speed),
        Value::Int(speed),
        Value::list(cc),
    ]))
}

fn list_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.items.lock().clone()),
        _ => None,
    }
}

/// `tcsetattr(fd, when, attributes)`.
fn tcsetattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcsetattr", a, k, 3)?;
    let fd = fd_of(vm, &a[0])?;
    let when = c_int(vm, &a[1])?;
    let attrs = list_items(&a[2]).filter(|l| l.len() == 7).ok_or_else(|| PyErr::type_error("tcsetattr, arg 3: must be 7 element list"))?;
    let mut flags = [0i64; 6];
    for (slot, v) in flags.iter_mut().zip(&attrs) {
        *slot = vm.index_value(v)?;
    }
    let cc = list_items(&attrs[6])
        .filter(|l| l.len() == libc::NCCS)
        .ok_or_else(|| PyErr::type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS)))?;
    let mut t: libc::termios = on_fd(fd, |b| nt::tcgetattr(b))?.into();
    t.c_iflag = flags[0] as libc::tcflag_t;
    t.c_oflag = flags[1] as libc::tcflag_t;
    t.c_cflag = flags[2] as libc::tcflag_t;
    t.c_lflag = flags[3] as libc::tcflag_t;
    for (i, v) in cc.iter().enumerate() {
        t.c_cc[i] = match v {
            Value::Bytes(b) if b.len() == 1 => b[0],
            Value::Int(_) | Value::Bool(_) => vm.index_value(v)? as libc::cc_t,
            _ => return Err(PyErr::type_error("tcsetattr: elements of attributes must be characters or integers")),
        };
    }
    let mut termios = Termios::from(t);
    let speed = |n: i64| nt::BaudRate::try_from(n as libc::speed_t).map_err(|_| error(Errno::EINVAL));
    nt::cfsetispeed(&mut termios, speed(flags[4])?).map_err(error)?;
    nt::cfsetospeed(&mut termios, speed(flags[5])?).map_err(error)?;
    let how = match when {
        libc::TCSANOW => nt::SetArg::TCSANOW,
        libc::TCSADRAIN => nt::SetArg::TCSADRAIN,
        libc::TCSAFLUSH => nt::SetArg::TCSAFLUSH,
        _ => return Err(error(Errno::EINVAL)),
    };
    vm.allow_threads(|| raw_on_fd(fd, |b| nt::tcsetattr(b, how, &termios))).map_err(error)?;
    Ok(Value::None)
}

fn tcsendbreak(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcsendbreak", a, k, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let duration = c_int(vm, &a[1])?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nt::tcsendbreak(b, duration))).map_err(error)?;
    Ok(Value::None)
}

fn tcdrain(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcdrain", a, k, 1)?;
    let fd = fd_of(vm, &a[0])?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nt::tcdrain(b))).map_err(error)?;
    Ok(Value::None)
}

fn tcflush(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcflush", a, k, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let arg = match c_int(vm, &a[1])? {
        libc::TCIFLUSH => nt::FlushArg::TCIFLUSH,
        libc::TCOFLUSH => nt::FlushArg::TCOFLUSH,
        libc::TCIOFLUSH => nt::FlushArg::TCIOFLUSH,
        _ => return Err(error(Errno::EINVAL)),
    };
    on_fd(fd, |b| nt::tcflush(b, arg))?;
    Ok(Value::None)
}

fn tcflow(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcflow", a, k, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let arg = match c_int(vm, &a[1])? {
        libc::TCOOFF => nt::FlowArg::TCOOFF,
        libc::TCOON => nt::FlowArg::TCOON,
        libc::TCIOFF => nt::FlowArg::TCIOFF,
        libc::TCION => nt::FlowArg::TCION,
        _ => return Err(error(Errno::EINVAL)),
    };
    on_fd(fd, |b| nt::tcflow(b, arg))?;
    Ok(Value::None)
}

/// The (rows, columns) of a terminal, through TIOCGWINSZ.
fn winsize(fd: i32) -> PyResult<[u16; 4]> {
    let mut buf = vec![0u8; RAW_BUF_MIN];
    ioctl_raw(fd, libc::TIOCGWINSZ, RawArg::Buf(&mut buf)).map_err(error)?;
    Ok([0, 1, 2, 3].map(|i| u16::from_ne_bytes([buf[2 * i], buf[2 * i + 1]])))
}

fn tcgetwinsize(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcgetwinsize", a, k, 1)?;
    let fd = fd_of(vm, &a[0])?;
    let w = winsize(fd)?;
    Ok(Value::tuple(vec![Value::Int(w[0] as i64), Value::Int(w[1] as i64)]))
}

/// `tcsetwinsize(fd, (rows, columns))`: the pixel sizes are kept.
fn tcsetwinsize(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    arity("tcsetwinsize", a, k, 2)?;
    let fd = fd_of(vm, &a[0])?;
    let pair = match &a[1] {
        Value::Tuple(t) if t.len() == 2 => t.to_vec(),
        Value::List(l) if l.items.lock().len() == 2 => l.items.lock().clone(),
        _ => return Err(PyErr::type_error("tcsetwinsize, arg 2: must be a two-item sequence")),
    };
    let mut w = winsize(fd)?;
    for (i, v) in pair.iter().enumerate() {
        let n = vm.index_value(v)?;
        w[i] = u16::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "winsize value(s) out of range."))?;
    }
    let mut buf = vec![0u8; RAW_BUF_MIN];
    for (i, n) in w.iter().enumerate() {
        buf[2 * i..2 * i + 2].copy_from_slice(&n.to_ne_bytes());
    }
    ioctl_raw(fd, libc::TIOCSWINSZ, RawArg::Buf(&mut buf)).map_err(error)?;
    Ok(Value::None)
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "termios",
        &[
            ("tcgetattr", tcgetattr),
            ("tcsetattr", tcsetattr),
            ("tcsendbreak", tcsendbreak),
            ("tcdrain", tcdrain),
            ("tcflush", tcflush),
            ("tcflow", tcflow),
            ("tcgetwinsize", tcgetwinsize),
            ("tcsetwinsize", tcsetwinsize),
        ],
    );
    d.set_str(intern("error"), Value::Class(error_class().clone()));
    for (name, value) in CONSTANTS {
        d.set_str(intern(name), Value::Int(*value));
    }
    m
}

/// The module's constants: Linux's values from the libc crate, and the few it lacks.
const CONSTANTS: &[(&str, i64)] = &[
    ("B0", libc::B0 as i64),
    ("B1000000", libc::B1000000 as i64),
    ("B110", libc::B110 as i64),
    ("B115200", libc::B115200 as i64),
    ("B1152000", libc::B1152000 as i64),
    ("B1200", libc::B1200 as i64),
    ("B134", libc::B134 as i64),
    ("B150", libc::B150 as i64),
    ("B1500000", libc::B1500000 as i64),
    ("B1800", libc::B1800 as i64),
    ("B19200", libc::B19200 as i64),
    ("B200", libc::B200 as i64),
    ("B2000000", libc::B2000000 as i64),
    ("B230400", libc::B230400 as i64),
    ("B2400", libc::B2400 as i64),
    ("B2500000", libc::B2500000 as i64),
    ("B300", libc::B300 as i64),
    ("B3000000", libc::B3000000 as i64),
    ("B3500000", libc::B3500000 as i64),
    ("B38400", libc::B38400 as i64),
    ("B4000000", libc::B4000000 as i64),
    ("B460800", libc::B460800 as i64),
    ("B4800", libc::B4800 as i64),
    ("B50", libc::B50 as i64),
    ("B500000", libc::B500000 as i64),
    ("B57600", libc::B57600 as i64),
    ("B576000", libc::B576000 as i64),
    ("B600", libc::B600 as i64),
    ("B75", libc::B75 as i64),
    ("B921600", libc::B921600 as i64),
    ("B9600", libc::B9600 as i64),
    ("BRKINT", libc::BRKINT as i64),
    ("BS0", libc::BS0 as i64),
    ("BS1", libc::BS1 as i64),
    ("BSDLY", libc::BSDLY as i64),
    ("CBAUD", libc::CBAUD as i64),
    ("CBAUDEX", libc::CBAUDEX as i64),
    ("CDSUSP", 25),
    ("CEOF", 4),
    ("CEOL", 0),
    ("CEOT", 4),
    ("CERASE", 127),
    ("CFLUSH", 15),
    ("CIBAUD", libc::CIBAUD as i64),
    ("CINTR", 3),
    ("CKILL", 21),
    ("CLNEXT", 22),
    ("CLOCAL", libc::CLOCAL as i64),
    ("CQUIT", 28),
    ("CR0", libc::CR0 as i64),
    ("CR1", libc::CR1 as i64),
    ("CR2", libc::CR2 as i64),
    ("CR3", libc::CR3 as i64),
    ("CRDLY", libc::CRDLY as i64),
    ("CREAD", libc::CREAD as i64),
    ("CRPRNT", 18),
    ("CRTSCTS", libc::CRTSCTS as i64),
    ("CS5", libc::CS5 as i64),
    ("CS6", libc::CS6 as i64),
    ("CS7", libc::CS7 as i64),
    ("CS8", libc::CS8 as i64),
    ("CSIZE", libc::CSIZE as i64),
    ("CSTART", 17),
    ("CSTOP", 19),
    ("CSTOPB", libc::CSTOPB as i64),
    ("CSUSP", 26),
    ("CWERASE", 23),
    ("ECHO", libc::ECHO as i64),
    ("ECHOCTL", libc::ECHOCTL as i64),
    ("ECHOE", libc::ECHOE as i64),
    ("ECHOK", libc::ECHOK as i64),
    ("ECHOKE", libc::ECHOKE as i64),
    ("ECHONL", libc::ECHONL as i64),
    ("ECHOPRT", libc::ECHOPRT as i64),
    ("EXTA", libc::EXTA as i64),
    ("EXTB", libc::EXTB as i64),
    ("FF0", libc::FF0 as i64),
    ("FF1", libc::FF1 as i64),
    ("FFDLY", libc::FFDLY as i64),
    ("FIOASYNC", libc::FIOASYNC as i64),
    ("FIOCLEX", libc::FIOCLEX as i64),
    ("FIONBIO", libc::FIONBIO as i64),
    ("FIONCLEX", libc::FIONCLEX as i64),
    ("FIONREAD", libc::FIONREAD as i64),
    ("FLUSHO", libc::FLUSHO as i64),
    ("HUPCL", libc::HUPCL as i64),
    ("ICANON", libc::ICANON as i64),
    ("ICRNL", libc::ICRNL as i64),
    ("IEXTEN", libc::IEXTEN as i64),
    ("IGNBRK", libc::IGNBRK as i64),
    ("IGNCR", libc::IGNCR as i64),
    ("IGNPAR", libc::IGNPAR as i64),
    ("IMAXBEL", libc::IMAXBEL as i64),
    ("INLCR", libc::INLCR as i64),
    ("INPCK", libc::INPCK as i64),
    ("IOCSIZE_MASK", 1073676288),
    ("IOCSIZE_SHIFT", 16),
    ("ISIG", libc::ISIG as i64),
    ("ISTRIP", libc::ISTRIP as i64),
    ("IUCLC", libc::IUCLC as i64),
    ("IXANY", libc::IXANY as i64),
    ("IXOFF", libc::IXOFF as i64),
    ("IXON", libc::IXON as i64),
    ("NCC", 8),
    ("NCCS", libc::NCCS as i64),
    ("NL0", libc::NL0 as i64),
    ("NL1", libc::NL1 as i64),
    ("NLDLY", libc::NLDLY as i64),
    ("NOFLSH", libc::NOFLSH as i64),
    ("N_MOUSE", 2),
    ("N_PPP", 3),
    ("N_SLIP", 1),
    ("N_STRIP", 4),
    ("N_TTY", 0),
    ("OCRNL", libc::OCRNL as i64),
    ("OFDEL", libc::OFDEL as i64),
    ("OFILL", libc::OFILL as i64),
    ("OLCUC", libc::OLCUC as i64),
    ("ONLCR", libc::ONLCR as i64),
    ("ONLRET", libc::ONLRET as i64),
    ("ONOCR", libc::ONOCR as i64),
    ("OPOST", libc::OPOST as i64),
    ("PARENB", libc::PARENB as i64),
    ("PARMRK", libc::PARMRK as i64),
    ("PARODD", libc::PARODD as i64),
    ("PENDIN", libc::PENDIN as i64),
    ("TAB0", libc::TAB0 as i64),
    ("TAB1", libc::TAB1 as i64),
    ("TAB2", libc::TAB2 as i64),
    ("TAB3", libc::TAB3 as i64),
    ("TABDLY", libc::TABDLY as i64),
    ("TCFLSH", libc::TCFLSH as i64),
    ("TCGETA", libc::TCGETA as i64),
    ("TCGETS", libc::TCGETS as i64),
    ("TCIFLUSH", libc::TCIFLUSH as i64),
    ("TCIOFF", libc::TCIOFF as i64),
    ("TCIOFLUSH", libc::TCIOFLUSH as i64),
    ("TCION", libc::TCION as i64),
    ("TCOFLUSH", libc::TCOFLUSH as i64),
    ("TCOOFF", libc::TCOOFF as i64),
    ("TCOON", libc::TCOON as i64),
    ("TCSADRAIN", libc::TCSADRAIN as i64),
    ("TCSAFLUSH", libc::TCSAFLUSH as i64),
    ("TCSANOW", libc::TCSANOW as i64),
    ("TCSBRK", libc::TCSBRK as i64),
    ("TCSBRKP", libc::TCSBRKP as i64),
    ("TCSETA", libc::TCSETA as i64),
    ("TCSETAF", libc::TCSETAF as i64),
    ("TCSETAW", libc::TCSETAW as i64),
    ("TCSETS", libc::TCSETS as i64),
    ("TCSETSF", libc::TCSETSF as i64),
    ("TCSETSW", libc::TCSETSW as i64),
    ("TCXONC", libc::TCXONC as i64),
    ("TIOCCONS", libc::TIOCCONS as i64),
    ("TIOCEXCL", libc::TIOCEXCL as i64),
    ("TIOCGETD", libc::TIOCGETD as i64),
    ("TIOCGICOUNT", libc::TIOCGICOUNT as i64),
    ("TIOCGLCKTRMIOS", libc::TIOCGLCKTRMIOS as i64),
    ("TIOCGPGRP", libc::TIOCGPGRP as i64),
    ("TIOCGSERIAL", libc::TIOCGSERIAL as i64),
    ("TIOCGSOFTCAR", libc::TIOCGSOFTCAR as i64),
    ("TIOCGWINSZ", libc::TIOCGWINSZ as i64),
    ("TIOCINQ", libc::TIOCINQ as i64),
    ("TIOCLINUX", libc::TIOCLINUX as i64),
    ("TIOCMBIC", libc::TIOCMBIC as i64),
    ("TIOCMBIS", libc::TIOCMBIS as i64),
    ("TIOCMGET", libc::TIOCMGET as i64),
    ("TIOCMIWAIT", libc::TIOCMIWAIT as i64),
    ("TIOCMSET", libc::TIOCMSET as i64),
    ("TIOCM_CAR", libc::TIOCM_CAR as i64),
    ("TIOCM_CD", libc::TIOCM_CD as i64),
    ("TIOCM_CTS", libc::TIOCM_CTS as i64),
    ("TIOCM_DSR", libc::TIOCM_DSR as i64),
    ("TIOCM_DTR", libc::TIOCM_DTR as i64),
    ("TIOCM_LE", libc::TIOCM_LE as i64),
    ("TIOCM_RI", libc::TIOCM_RI as i64),
    ("TIOCM_RNG", libc::TIOCM_RNG as i64),
    ("TIOCM_RTS", libc::TIOCM_RTS as i64),
    ("TIOCM_SR", libc::TIOCM_SR as i64),
    ("TIOCM_ST", libc::TIOCM_ST as i64),
    ("TIOCNOTTY", libc::TIOCNOTTY as i64),
    ("TIOCNXCL", libc::TIOCNXCL as i64),
    ("TIOCOUTQ", libc::TIOCOUTQ as i64),
    ("TIOCPKT", libc::TIOCPKT as i64),
    ("TIOCPKT_DATA", 0),
    ("TIOCPKT_DOSTOP", 32),
    ("TIOCPKT_FLUSHREAD", 1),
    ("TIOCPKT_FLUSHWRITE", 2),
    ("TIOCPKT_NOSTOP", 16),
    ("TIOCPKT_START", 8),
    ("TIOCPKT_STOP", 4),
    ("TIOCSCTTY", libc::TIOCSCTTY as i64),
    ("TIOCSERCONFIG", libc::TIOCSERCONFIG as i64),
    ("TIOCSERGETLSR", libc::TIOCSERGETLSR as i64),
    ("TIOCSERGETMULTI", libc::TIOCSERGETMULTI as i64),
    ("TIOCSERGSTRUCT", libc::TIOCSERGSTRUCT as i64),
    ("TIOCSERGWILD", libc::TIOCSERGWILD as i64),
    ("TIOCSERSETMULTI", libc::TIOCSERSETMULTI as i64),
    ("TIOCSERSWILD", libc::TIOCSERSWILD as i64),
    ("TIOCSER_TEMT", 1),
    ("TIOCSETD", libc::TIOCSETD as i64),
    ("TIOCSLCKTRMIOS", libc::TIOCSLCKTRMIOS as i64),
    ("TIOCSPGRP", libc::TIOCSPGRP as i64),
    ("TIOCSSERIAL", libc::TIOCSSERIAL as i64),
    ("TIOCSSOFTCAR", libc::TIOCSSOFTCAR as i64),
    ("TIOCSTI", libc::TIOCSTI as i64),
    ("TIOCSWINSZ", libc::TIOCSWINSZ as i64),
    ("TOSTOP", libc::TOSTOP as i64),
    ("VDISCARD", libc::VDISCARD as i64),
    ("VEOF", libc::VEOF as i64),
    ("VEOL", libc::VEOL as i64),
    ("VEOL2", libc::VEOL2 as i64),
    ("VERASE", libc::VERASE as i64),
    ("VINTR", libc::VINTR as i64),
    ("VKILL", libc::VKILL as i64),
    ("VLNEXT", libc::VLNEXT as i64),
    ("VMIN", libc::VMIN as i64),
    ("VQUIT", libc::VQUIT as i64),
    ("VREPRINT", libc::VREPRINT as i64),
    ("VSTART", libc::VSTART as i64),
    ("VSTOP", libc::VSTOP as i64),
    ("VSUSP", libc::VSUSP as i64),
    ("VSWTC", libc::VSWTC as i64),
    ("VSWTCH", 7),
    ("VT0", libc::VT0 as i64),
    ("VT1", libc::VT1 as i64),
    ("VTDLY", libc::VTDLY as i64),
    ("VTIME", libc::VTIME as i64),
    ("VWERASE", libc::VWERASE as i64),
    ("XCASE", libc::XCASE as i64),
    ("XTABS", libc::XTABS as i64),
];
