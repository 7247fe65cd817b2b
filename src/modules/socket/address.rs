//! Socket addresses between Python and the OS: `(host, port)` for AF_INET, `(host, port,
//! flowinfo, scope_id)` for AF_INET6, a path (str or bytes; a leading NUL byte is Linux's
//! abstract namespace) for AF_UNIX, with CPython's checks and messages, and back again.

use super::Family;
use super::errors::{Gai, gaierror};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::sys::socket::{SockaddrIn, SockaddrIn6, SockaddrLike, SockaddrStorage, UnixAddr};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6, ToSocketAddrs};

/// A parsed address for bind, connect or sendto.
pub enum Addr {
    V4(SockaddrIn),
    V6(SockaddrIn6),
    Unix(UnixAddr),
}

impl Addr {
    pub fn as_like(&self) -> &dyn SockaddrLike {
        match self {
            Addr::V4(a) => a,
            Addr::V6(a) => a,
            Addr::Unix(a) => a,
        }
    }
}

/// The text of a host argument: str, or bytes as ASCII.
fn host_text(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(PyErr::type_error(format!("str, bytes or bytearray expected, not {}", types().of(v).name))),
    }
}

/// Resolves a host name (or numeric address) of the given family, as CPython's
/// `setipaddr`: '' is the any-address, '<broadcast>' the broadcast address.
pub fn resolve_host(vm: &mut Vm, host: &str, family: Family) -> PyResult<IpAddr> {
    match (host, family) {
        ("", Family::Inet6) => return Ok(IpAddr::V6(Ipv6Addr::UNSPECIFIED)),
        ("", _) => return Ok(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        ("<broadcast>" | "255.255.255.255", Family::Inet) => return Ok(IpAddr::V4(Ipv4Addr::BROADCAST)),
        _ => {}
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return match (ip, family) {
            (IpAddr::V4(_), Family::Inet6) | (IpAddr::V6(_), Family::Inet) => Err(gaierror(Gai::AddrFamily)),
            _ => Ok(ip),
        };
    }
    let found = lookup(vm, host, 0)?;
    found
        .into_iter()
        .map(|a| a.ip())
        .find(|ip| matches!((ip, family), (IpAddr::V4(_), Family::Inet) | (IpAddr::V6(_), Family::Inet6)))
        .ok_or_else(|| gaierror(Gai::AddrFamily))
}

/// getaddrinfo(3) through std, with the GIL released; failures become `socket.gaierror`.
pub fn lookup(vm: &mut Vm, host: &str, port: u16) -> PyResult<Vec<SocketAddr>> {
    let target = (host.to_string(), port);
    let found = vm.allow_threads(|| target.to_socket_addrs().map(|it| it.collect::<Vec<_>>()));
    found.map_err(|e| gaierror(Gai::from_message(&e.to_string())))
}

/// A port number: an int in 0..=65535 (CPython's messages name the calling method).
fn port(vm: &mut Vm, v: &Value, caller: &str) -> PyResult<u16> {
    let n = vm.index_value(v)?;
    u16::try_from(n).map_err(|_| PyErr::overflow(format!("{caller}(): port must be 0-65535.")))
}

/// The tuple's items, or CPython's "address must be tuple" error.
fn tuple_items(v: &Value, family: &str, caller: &str) -> PyResult<Arc<Vec<Value>>> {
    match crate::vm::subclass::wrapped(v).unwrap_or(v) {
        Value::Tuple(t) => Ok(t.clone()),
        other => Err(PyErr::type_error(format!("{caller}(): {family} address must be tuple, not {}", types().of(other).name))),
    }
}

/// A Python address of `family` as an OS address (`caller` names the method in errors).
pub fn parse(vm: &mut Vm, family: Family, v: &Value, caller: &str) -> PyResult<Addr> {
    match family {
        Family::Unix => {
            let path: Vec<u8> = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => b.to_vec(),
                other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(other).name))),
            };
            let addr = match path.split_first() {
                Some((0, rest)) => UnixAddr::new_abstract(rest),
                _ => UnixAddr::new(path.as_slice()),
            };
            addr.map(Addr::Unix).map_err(|_| PyErr::new(ExcKind::OSError, "AF_UNIX path too long"))
        }
        Family::Inet => {
            let items = tuple_items(v, "AF_INET", caller)?;
            if items.len() != 2 {
                return Err(PyErr::type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = host_text(&items[0])?;
            let p = port(vm, &items[1], caller)?;
            match resolve_host(vm, &host, Family::Inet)? {
                IpAddr::V4(ip) => Ok(Addr::V4(SockaddrIn::from(SocketAddrV4::new(ip, p)))),
                IpAddr::V6(_) => Err(gaierror(Gai::AddrFamily)),
            }
        }
        Family::Inet6 => {
            let items = tuple_items(v, "AF_INET6", caller)?;
            if !(2..=4).contains(&items.len()) {
                return Err(PyErr::type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
            }
            let host = host_text(&items[0])?;
            let p = port(vm, &items[1], caller)?;
            let flowinfo = match items.get(2) {
                Some(f) => u32::try_from(vm.index_value(f)?).map_err(|_| PyErr::overflow(format!("{caller}(): flowinfo must be 0-1048575.")))?,
                None => 0,
            };
            if flowinfo > 0xfffff {
                return Err(PyErr::overflow(format!("{caller}(): flowinfo must be 0-1048575.")));
            }
            let scope = match items.get(3) {
                Some(s) => u32::try_from(vm.index_value(s)?).map_err(|_| PyErr::overflow("Python int too large to convert to C unsigned long"))?,
                None => 0,
            };
            match resolve_host(vm, &host, Family::Inet6)? {
                IpAddr::V6(ip) => Ok(Addr::V6(SockaddrIn6::from(SocketAddrV6::new(ip, p, flowinfo, scope)))),
                IpAddr::V4(_) => Err(gaierror(Gai::AddrFamily)),
            }
        }
    }
}

/// A std socket address as CPython shows it: `(host, port)` or `(host, port, flowinfo, scope_id)`.
pub fn inet_value(a: &SocketAddr) -> Value {
    match a {
        SocketAddr::V4(a) => Value::tuple(vec![Value::string(a.ip().to_string()), Value::Int(a.port() as i64)]),
        SocketAddr::V6(a) => {
            Value::tuple(vec![Value::string(a.ip().to_string()), Value::Int(a.port() as i64), Value::Int(a.flowinfo() as i64), Value::Int(a.scope_id() as i64)])
        }
    }
}

/// An address the OS returned (getsockname, getpeername, accept, recvfrom) as Python shows it.
pub fn to_value(a: &SockaddrStorage) -> Value {
    if let Some(v4) = a.as_sockaddr_in() {
        return inet_value(&SocketAddr::V4(SocketAddrV4::from(*v4)));
    }
    if let Some(v6) = a.as_sockaddr_in6() {
        return inet_value(&SocketAddr::V6(SocketAddrV6::from(*v6)));
    }
    if let Some(u) = a.as_unix_addr() {
        if let Some(p) = u.path() {
            return Value::string(p.to_string_lossy().into_owned());
        }
        if let Some(abs) = u.as_abstract() {
            let mut b = vec![0u8];
            b.extend_from_slice(abs);
            return Value::Bytes(Arc::new(b));
        }
        return Value::str("");
    }
    Value::None
}
