//! `_socket`, the native half of `socket` (src/stdlib/socket.py): the socket object over an OS
//! descriptor (handle.rs, its blocking calls in io.rs, its options in options.rs), addresses
//! (address.rs), name and number conversions (resolve.rs), the exceptions (errors.rs) and the
//! constants. Every call that may wait releases the GIL and honours the socket's timeout and
//! Ctrl-C; nothing here blocks while holding the GIL.

mod address;
mod constants;
pub mod errors;
mod handle;
mod io;
mod options;
mod resolve;

use super::make_module;
use crate::objects::function::NativeFn;
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use nix::sys::socket::AddressFamily;

/// The address families gilpy's sockets support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Unix = 1,
    Inet = 2,
    Inet6 = 10,
}

impl Family {
    pub fn from_number(n: i64) -> PyResult<Family> {
        match n {
            1 => Ok(Family::Unix),
            2 => Ok(Family::Inet),
            10 => Ok(Family::Inet6),
            _ => Err(errors::errno_error(nix::errno::Errno::EAFNOSUPPORT)),
        }
    }

    pub fn os(self) -> AddressFamily {
        match self {
            Family::Unix => AddressFamily::Unix,
            Family::Inet => AddressFamily::Inet,
            Family::Inet6 => AddressFamily::Inet6,
        }
    }
}

/// Socket kinds (SOCK_*) and the creation flags that may be or'ed into them.
pub const SOCK_STREAM: i64 = 1;
pub const SOCK_DGRAM: i64 = 2;
pub const SOCK_RAW: i64 = 3;
pub const SOCK_SEQPACKET: i64 = 5;
pub const SOCK_NONBLOCK: i64 = 0o4000;
pub const SOCK_CLOEXEC: i64 = 0o2000000;

const CONSTANTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", 0),
    ("AF_UNIX", 1),
    ("AF_INET", 2),
    ("AF_INET6", 10),
    ("SOCK_STREAM", SOCK_STREAM),
    ("SOCK_DGRAM", SOCK_DGRAM),
    ("SOCK_RAW", SOCK_RAW),
    ("SOCK_SEQPACKET", SOCK_SEQPACKET),
    ("SOCK_NONBLOCK", SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", SOCK_CLOEXEC),
    ("SOL_SOCKET", options::SOL_SOCKET),
    ("SOL_TCP", options::IPPROTO_TCP),
    ("SOL_UDP", 17),
    ("SOL_IP", 0),
    ("SO_DEBUG", 1),
    ("SO_REUSEADDR", options::SO_REUSEADDR),
    ("SO_TYPE", options::SO_TYPE),
    ("SO_ERROR", options::SO_ERROR),
    ("SO_DONTROUTE", 5),
    ("SO_BROADCAST", options::SO_BROADCAST),
    ("SO_SNDBUF", options::SO_SNDBUF),
    ("SO_RCVBUF", options::SO_RCVBUF),
    ("SO_KEEPALIVE", options::SO_KEEPALIVE),
    ("SO_OOBINLINE", 10),
    ("SO_LINGER", 13),
    ("SO_REUSEPORT", options::SO_REUSEPORT),
    ("SO_RCVLOWAT", 18),
    ("SO_SNDLOWAT", 19),
    ("SO_RCVTIMEO", 20),
    ("SO_SNDTIMEO", 21),
    ("SO_ACCEPTCONN", options::SO_ACCEPTCONN),
    ("SO_PROTOCOL", 38),
    ("SO_DOMAIN", 39),
    ("IPPROTO_IP", 0),
    ("IPPROTO_ICMP", 1),
    ("IPPROTO_TCP", options::IPPROTO_TCP),
    ("IPPROTO_UDP", 17),
    ("IPPROTO_IPV6", options::IPPROTO_IPV6),
    ("IPPROTO_RAW", 255),
    ("IPV6_V6ONLY", options::IPV6_V6ONLY),
    ("TCP_NODELAY", options::TCP_NODELAY),
    ("TCP_MAXSEG", 2),
    ("TCP_KEEPIDLE", 4),
    ("TCP_KEEPINTVL", 5),
    ("TCP_KEEPCNT", 6),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("MSG_OOB", 1),
    ("MSG_PEEK", 2),
    ("MSG_DONTROUTE", 4),
    ("MSG_WAITALL", 0x100),
    ("MSG_DONTWAIT", 0x40),
    ("MSG_NOSIGNAL", 0x4000),
    ("MSG_TRUNC", 0x20),
    ("MSG_EOR", 0x80),
    ("SOMAXCONN", 4096),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 0xffff_ffff),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("INADDR_NONE", 0xffff_ffff),
    ("AI_PASSIVE", 1),
    ("AI_CANONNAME", 2),
    ("AI_NUMERICHOST", 4),
    ("AI_V4MAPPED", 8),
    ("AI_ALL", 0x10),
    ("AI_ADDRCONFIG", 0x20),
    ("AI_NUMERICSERV", 0x400),
    ("NI_NUMERICHOST", 1),
    ("NI_NUMERICSERV", 2),
    ("NI_NOFQDN", 4),
    ("NI_NAMEREQD", 8),
    ("NI_DGRAM", 16),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("EAI_ADDRFAMILY", -9),
    ("EAI_AGAIN", -3),
    ("EAI_BADFLAGS", -1),
    ("EAI_FAIL", -4),
    ("EAI_FAMILY", -6),
    ("EAI_MEMORY", -10),
    ("EAI_NODATA", -5),
    ("EAI_NONAME", -2),
    ("EAI_SERVICE", -8),
    ("EAI_SOCKTYPE", -7),
    ("EAI_SYSTEM", -11),
];

pub fn create() -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("socket", handle::new_socket),
        ("socketpair", handle::socketpair),
        ("dup", handle::dup_fd),
        ("gethostname", resolve::gethostname),
        ("gethostbyname", resolve::gethostbyname),
        ("gethostbyname_ex", resolve::gethostbyname_ex),
        ("gethostbyaddr", resolve::gethostbyaddr),
        ("getaddrinfo", resolve::getaddrinfo),
        ("htons", resolve::htons),
        ("ntohs", resolve::ntohs),
        ("htonl", resolve::htonl),
        ("ntohl", resolve::ntohl),
        ("inet_aton", resolve::inet_aton),
        ("inet_ntoa", resolve::inet_ntoa),
        ("inet_pton", resolve::inet_pton),
        ("inet_ntop", resolve::inet_ntop),
    ];
    let (m, d) = make_module("_socket", funcs);
    crate::modules::int_constants::install(&d, CONSTANTS);
    crate::modules::int_constants::install(&d, constants::MORE);
    d.set_str(intern("SocketType"), Value::Class(handle::socket_class().clone()));
    d.set_str(intern("gaierror"), Value::Class(errors::gaierror_class().clone()));
    d.set_str(intern("herror"), Value::Class(errors::herror_class().clone()));
    d.set_str(intern("has_ipv6"), Value::Bool(true));
    m
}

/// Argument `i` as an int, or `default` when it was not given.
fn int_arg(vm: &mut crate::vm::Vm, a: &[Value], i: usize, default: i64) -> PyResult<i64> {
    match a.get(i) {
        Some(v) => vm.index_value(v),
        None => Ok(default),
    }
}
