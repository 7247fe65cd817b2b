//! setsockopt and getsockopt for the options programs commonly use, through nix's typed options
//! (SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_BROADCAST, SO_RCVBUF, SO_SNDBUF, SO_ERROR,
//! SO_TYPE, SO_ACCEPTCONN, SO_DOMAIN, SO_PROTOCOL, TCP_NODELAY, TCP_KEEPIDLE/INTVL/CNT,
//! IPV6_V6ONLY). Any other option raises OSError ENOPROTOOPT.

use super::errors::errno_error;
use super::handle::socket_of;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::sys::socket::{getsockopt as get, setsockopt as set, sockopt};

pub const SOL_SOCKET: i64 = 1;
pub const IPPROTO_TCP: i64 = 6;
pub const IPPROTO_IPV6: i64 = 41;
pub const SO_REUSEADDR: i64 = 2;
pub const SO_TYPE: i64 = 3;
pub const SO_ERROR: i64 = 4;
pub const SO_BROADCAST: i64 = 6;
pub const SO_SNDBUF: i64 = 7;
pub const SO_RCVBUF: i64 = 8;
pub const SO_KEEPALIVE: i64 = 9;
pub const SO_REUSEPORT: i64 = 15;
pub const SO_ACCEPTCONN: i64 = 30;
pub const SO_PROTOCOL: i64 = 38;
pub const SO_DOMAIN: i64 = 39;
pub const TCP_NODELAY: i64 = 1;
pub const TCP_KEEPIDLE: i64 = 4;
pub const TCP_KEEPINTVL: i64 = 5;
pub const TCP_KEEPCNT: i64 = 6;
pub const IPV6_V6ONLY: i64 = 26;

/// The options gilpy knows, by (level, name).
#[derive(Clone, Copy)]
enum Opt {
    ReuseAddr,
    ReusePort,
    KeepAlive,
    Broadcast,
    RcvBuf,
    SndBuf,
    Error,
    Type,
    AcceptConn,
    Domain,
    Protocol,
    NoDelay,
    KeepIdle,
    KeepInterval,
    KeepCount,
    V6Only,
}

fn option(level: i64, name: i64) -> PyResult<Opt> {
    Ok(match (level, name) {
        (SOL_SOCKET, SO_REUSEADDR) => Opt::ReuseAddr,
        (SOL_SOCKET, SO_REUSEPORT) => Opt::ReusePort,
        (SOL_SOCKET, SO_KEEPALIVE) => Opt::KeepAlive,
        (SOL_SOCKET, SO_BROADCAST) => Opt::Broadcast,
        (SOL_SOCKET, SO_RCVBUF) => Opt::RcvBuf,
        (SOL_SOCKET, SO_SNDBUF) => Opt::SndBuf,
        (SOL_SOCKET, SO_ERROR) => Opt::Error,
        (SOL_SOCKET, SO_TYPE) => Opt::Type,
        (SOL_SOCKET, SO_ACCEPTCONN) => Opt::AcceptConn,
        (SOL_SOCKET, SO_DOMAIN) => Opt::Domain,
        (SOL_SOCKET, SO_PROTOCOL) => Opt::Protocol,
        (IPPROTO_TCP, TCP_NODELAY) => Opt::NoDelay,
        (IPPROTO_TCP, TCP_KEEPIDLE) => Opt::KeepIdle,
        (IPPROTO_TCP, TCP_KEEPINTVL) => Opt::KeepInterval,
        (IPPROTO_TCP, TCP_KEEPCNT) => Opt::KeepCount,
        (IPPROTO_IPV6, IPV6_V6ONLY) => Opt::V6Only,
        _ => return Err(errno_error(Errno::ENOPROTOOPT)),
    })
}

/// `setsockopt(level, optname, value)`: value an int (or a 4-byte native int as bytes).
pub fn setsockopt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    if a.len() != 4 {
        return Err(PyErr::type_error(format!("setsockopt() takes exactly 3 arguments ({} given)", a.len().saturating_sub(1))));
    }
    let level = vm.index_value(&a[1])?;
    let name = vm.index_value(&a[2])?;
    let value: i64 = match &a[3] {
        Value::Bytes(b) if b.len() == 4 => i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64,
        Value::Bytes(_) => return Err(errno_error(Errno::EINVAL)),
        v => vm.index_value(v)?,
    };
    let fd = s.fd()?;
    let on = value != 0;
    let size = usize::try_from(value).unwrap_or(0);
    let count = u32::try_from(value).map_err(|_| errno_error(Errno::EINVAL));
    let r = match option(level, name)? {
        Opt::ReuseAddr => set(&*fd, sockopt::ReuseAddr, &on),
        Opt::ReusePort => set(&*fd, sockopt::ReusePort, &on),
        Opt::KeepAlive => set(&*fd, sockopt::KeepAlive, &on),
        Opt::Broadcast => set(&*fd, sockopt::Broadcast, &on),
        Opt::RcvBuf => set(&*fd, sockopt::RcvBuf, &size),
        Opt::SndBuf => set(&*fd, sockopt::SndBuf, &size),
        Opt::NoDelay => set(&*fd, sockopt::TcpNoDelay, &on),
        Opt::KeepIdle => set(&*fd, sockopt::TcpKeepIdle, &count?),
        Opt::KeepInterval => set(&*fd, sockopt::TcpKeepInterval, &count?),
        Opt::KeepCount => set(&*fd, sockopt::TcpKeepCount, &count?),
        Opt::V6Only => set(&*fd, sockopt::Ipv6V6Only, &on),
        Opt::Error | Opt::Type | Opt::AcceptConn | Opt::Domain | Opt::Protocol => Err(Errno::ENOPROTOOPT),
    };
    r.map_err(errno_error)?;
    Ok(Value::None)
}

/// `getsockopt(level, optname)` -> int. A buffer length (raw bytes) is not supported.
pub fn getsockopt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = socket_of(&a[0])?;
    if !(3..=4).contains(&a.len()) {
        return Err(PyErr::type_error(format!("getsockopt expected at least 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let level = vm.index_value(&a[1])?;
    let name = vm.index_value(&a[2])?;
    let fd = s.fd()?;
    let opt = option(level, name)?;
    if a.len() == 4 {
        return Err(errno_error(Errno::ENOPROTOOPT));
    }
    let r: nix::Result<i64> = match opt {
        Opt::ReuseAddr => get(&*fd, sockopt::ReuseAddr).map(i64::from),
        Opt::ReusePort => get(&*fd, sockopt::ReusePort).map(i64::from),
        Opt::KeepAlive => get(&*fd, sockopt::KeepAlive).map(i64::from),
        Opt::Broadcast => get(&*fd, sockopt::Broadcast).map(i64::from),
        Opt::RcvBuf => get(&*fd, sockopt::RcvBuf).map(|n| n as i64),
        Opt::SndBuf => get(&*fd, sockopt::SndBuf).map(|n| n as i64),
        Opt::Error => get(&*fd, sockopt::SocketError).map(i64::from),
        Opt::Type => get(&*fd, sockopt::SockType).map(|t| t as i64),
        Opt::AcceptConn => get(&*fd, sockopt::AcceptConn).map(i64::from),
        Opt::Domain => Ok(s.family as i64),
        Opt::Protocol => Ok(s.proto),
        Opt::NoDelay => get(&*fd, sockopt::TcpNoDelay).map(i64::from),
        Opt::KeepIdle => get(&*fd, sockopt::TcpKeepIdle).map(i64::from),
        Opt::KeepInterval => get(&*fd, sockopt::TcpKeepInterval).map(i64::from),
        Opt::KeepCount => get(&*fd, sockopt::TcpKeepCount).map(i64::from),
        Opt::V6Only => get(&*fd, sockopt::Ipv6V6Only).map(i64::from),
    };
    Ok(Value::Int(r.map_err(errno_error)?))
}
