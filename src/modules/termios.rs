//! `termios`: POSIX terminal control (tcgetattr/tcsetattr, tcsendbreak, tcdrain, tcflush,
//! tcflow, tcgetwinsize/tcsetwinsize) as CPython's termios.c, over nix's safe wrappers (the
//! window size through `unsafe_os::ioctl_raw`); errors are `termios.error(errno, strerror)`.
//! The attribute list is CPython's `[iflag, oflag, cflag, lflag, ispeed, ospeed, cc]`, cc's
//! items one-byte bytes, but VMIN and VTIME ints when ICANON is off.

use crate::modules::fd_call::{c_int, fd_call};
use crate::modules::int_constants::{self, int_constants};
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
    let text = crate::modules::socket::errors::strerror(e);
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

/// The speed bits of a c_cflag (what glibc's cfgetospeed reports).
fn speed_of(cflag: libc::tcflag_t) -> i64 {
    (cflag & (libc::CBAUD | libc::CBAUDEX)) as i64
}

/// `tcgetattr(fd)`.
fn tcgetattr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "termios", "tcgetattr", a, k, (1, 1))?;
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
    let fd = fd_call(vm, "termios", "tcsetattr", a, k, (3, 3))?;
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
    let fd = fd_call(vm, "termios", "tcsendbreak", a, k, (2, 2))?;
    let duration = c_int(vm, &a[1])?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nt::tcsendbreak(b, duration))).map_err(error)?;
    Ok(Value::None)
}

fn tcdrain(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "termios", "tcdrain", a, k, (1, 1))?;
    vm.allow_threads(|| raw_on_fd(fd, |b| nt::tcdrain(b))).map_err(error)?;
    Ok(Value::None)
}

fn tcflush(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "termios", "tcflush", a, k, (2, 2))?;
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
    let fd = fd_call(vm, "termios", "tcflow", a, k, (2, 2))?;
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
    let fd = fd_call(vm, "termios", "tcgetwinsize", a, k, (1, 1))?;
    let w = winsize(fd)?;
    Ok(Value::tuple(vec![Value::Int(w[0] as i64), Value::Int(w[1] as i64)]))
}

/// `tcsetwinsize(fd, (rows, columns))`: the pixel sizes are kept.
fn tcsetwinsize(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let fd = fd_call(vm, "termios", "tcsetwinsize", a, k, (2, 2))?;
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
    int_constants::install(&d, CONSTANTS);
    m
}

/// The module's constants: Linux's values from the libc crate, and the few it lacks.
const CONSTANTS: &[(&str, i64)] = int_constants![
    B0,
    B1000000,
    B110,
    B115200,
    B1152000,
    B1200,
    B134,
    B150,
    B1500000,
    B1800,
    B19200,
    B200,
    B2000000,
    B230400,
    B2400,
    B2500000,
    B300,
    B3000000,
    B3500000,
    B38400,
    B4000000,
    B460800,
    B4800,
    B50,
    B500000,
    B57600,
    B576000,
    B600,
    B75,
    B921600,
    B9600,
    BRKINT,
    BS0,
    BS1,
    BSDLY,
    CBAUD,
    CBAUDEX,
    CDSUSP = 25,
    CEOF = 4,
    CEOL = 0,
    CEOT = 4,
    CERASE = 127,
    CFLUSH = 15,
    CIBAUD,
    CINTR = 3,
    CKILL = 21,
    CLNEXT = 22,
    CLOCAL,
    CQUIT = 28,
    CR0,
    CR1,
    CR2,
    CR3,
    CRDLY,
    CREAD,
    CRPRNT = 18,
    CRTSCTS,
    CS5,
    CS6,
    CS7,
    CS8,
    CSIZE,
    CSTART = 17,
    CSTOP = 19,
    CSTOPB,
    CSUSP = 26,
    CWERASE = 23,
    ECHO,
    ECHOCTL,
    ECHOE,
    ECHOK,
    ECHOKE,
    ECHONL,
    ECHOPRT,
    EXTA,
    EXTB,
    FF0,
    FF1,
    FFDLY,
    FIOASYNC,
    FIOCLEX,
    FIONBIO,
    FIONCLEX,
    FIONREAD,
    FLUSHO,
    HUPCL,
    ICANON,
    ICRNL,
    IEXTEN,
    IGNBRK,
    IGNCR,
    IGNPAR,
    IMAXBEL,
    INLCR,
    INPCK,
    IOCSIZE_MASK = 1073676288,
    IOCSIZE_SHIFT = 16,
    ISIG,
    ISTRIP,
    IUCLC,
    IXANY,
    IXOFF,
    IXON,
    NCC = 8,
    NCCS,
    NL0,
    NL1,
    NLDLY,
    NOFLSH,
    N_MOUSE = 2,
    N_PPP = 3,
    N_SLIP = 1,
    N_STRIP = 4,
    N_TTY = 0,
    OCRNL,
    OFDEL,
    OFILL,
    OLCUC,
    ONLCR,
    ONLRET,
    ONOCR,
    OPOST,
    PARENB,
    PARMRK,
    PARODD,
    PENDIN,
    TAB0,
    TAB1,
    TAB2,
    TAB3,
    TABDLY,
    TCFLSH,
    TCGETA,
    TCGETS,
    TCIFLUSH,
    TCIOFF,
    TCIOFLUSH,
    TCION,
    TCOFLUSH,
    TCOOFF,
    TCOON,
    TCSADRAIN,
    TCSAFLUSH,
    TCSANOW,
    TCSBRK,
    TCSBRKP,
    TCSETA,
    TCSETAF,
    TCSETAW,
    TCSETS,
    TCSETSF,
    TCSETSW,
    TCXONC,
    TIOCCONS,
    TIOCEXCL,
    TIOCGETD,
    TIOCGICOUNT,
    TIOCGLCKTRMIOS,
    TIOCGPGRP,
    TIOCGSERIAL,
    TIOCGSOFTCAR,
    TIOCGWINSZ,
    TIOCINQ,
    TIOCLINUX,
    TIOCMBIC,
    TIOCMBIS,
    TIOCMGET,
    TIOCMIWAIT,
    TIOCMSET,
    TIOCM_CAR,
    TIOCM_CD,
    TIOCM_CTS,
    TIOCM_DSR,
    TIOCM_DTR,
    TIOCM_LE,
    TIOCM_RI,
    TIOCM_RNG,
    TIOCM_RTS,
    TIOCM_SR,
    TIOCM_ST,
    TIOCNOTTY,
    TIOCNXCL,
    TIOCOUTQ,
    TIOCPKT,
    TIOCPKT_DATA = 0,
    TIOCPKT_DOSTOP = 32,
    TIOCPKT_FLUSHREAD = 1,
    TIOCPKT_FLUSHWRITE = 2,
    TIOCPKT_NOSTOP = 16,
    TIOCPKT_START = 8,
    TIOCPKT_STOP = 4,
    TIOCSCTTY,
    TIOCSERCONFIG,
    TIOCSERGETLSR,
    TIOCSERGETMULTI,
    TIOCSERGSTRUCT,
    TIOCSERGWILD,
    TIOCSERSETMULTI,
    TIOCSERSWILD,
    TIOCSER_TEMT = 1,
    TIOCSETD,
    TIOCSLCKTRMIOS,
    TIOCSPGRP,
    TIOCSSERIAL,
    TIOCSSOFTCAR,
    TIOCSTI,
    TIOCSWINSZ,
    TOSTOP,
    VDISCARD,
    VEOF,
    VEOL,
    VEOL2,
    VERASE,
    VINTR,
    VKILL,
    VLNEXT,
    VMIN,
    VQUIT,
    VREPRINT,
    VSTART,
    VSTOP,
    VSUSP,
    VSWTC,
    VSWTCH = 7,
    VT0,
    VT1,
    VTDLY,
    VTIME,
    VWERASE,
    XCASE,
    XTABS,
];
