//! Names and numbers: gethostname, gethostbyname(_ex), gethostbyaddr (from /etc/hosts, after a
//! forward lookup of names), getaddrinfo (through the system resolver via std, one entry per
//! address and socket kind, as glibc returns them), the byte-order conversions and
//! inet_aton/ntoa/pton/ntop with CPython's errors.

use super::address::{inet_value, lookup, resolve_host};
use super::errors::{Gai, errno_error, gaierror, herror_class};
use super::{Family, SOCK_DGRAM, SOCK_RAW, SOCK_STREAM};
use crate::builtins::args::check_args;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::exceptions::new_exception;
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

const AI_PASSIVE: i64 = 1;
const AI_CANONNAME: i64 = 2;
const AI_NUMERICHOST: i64 = 4;

fn text_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!("{fname}() argument 1 must be str, not {}", types().of(v).name))),
    }
}

pub fn gethostname(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gethostname", a, k, 0, 0)?;
    let name = nix::unistd::gethostname().map_err(errno_error)?;
    Ok(Value::string(name.to_string_lossy().into_owned()))
}

pub fn gethostbyname(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gethostbyname", a, k, 1, 1)?;
    let host = text_arg(&a[0], "gethostbyname")?.to_string();
    Ok(Value::string(resolve_host(vm, &host, Family::Inet)?.to_string()))
}

/// The IPv4 addresses of `host`, in the resolver's order, without repeats.
fn ipv4_addresses(vm: &mut Vm, host: &str) -> PyResult<Vec<String>> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return match ip {
            IpAddr::V4(v4) => Ok(vec![v4.to_string()]),
            IpAddr::V6(_) => Err(gaierror(Gai::AddrFamily)),
        };
    }
    let mut out: Vec<String> = Vec::new();
    for a in lookup(vm, host, 0)? {
        if let SocketAddr::V4(v4) = a {
            let s = v4.ip().to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    if out.is_empty() {
        return Err(gaierror(Gai::AddrFamily));
    }
    Ok(out)
}

pub fn gethostbyname_ex(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gethostbyname_ex", a, k, 1, 1)?;
    let host = text_arg(&a[0], "gethostbyname_ex")?.to_string();
    let ips = ipv4_addresses(vm, &host)?;
    let name = hosts_entries().into_iter().find(|(_, names)| names.iter().any(|n| n == &host)).map_or(host.clone(), |(_, names)| names[0].clone());
    Ok(Value::tuple(vec![Value::string(name), Value::list(vec![]), Value::list(ips.into_iter().map(Value::string).collect())]))
}

/// The lines of /etc/hosts: an address and its names (the first is the canonical one).
fn hosts_entries() -> Vec<(IpAddr, Vec<String>)> {
    let text = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let line = line.split('#').next().unwrap_or("");
            let mut words = line.split_whitespace();
            let ip = words.next()?.parse::<IpAddr>().ok()?;
            let names: Vec<String> = words.map(str::to_string).collect();
            (!names.is_empty()).then_some((ip, names))
        })
        .collect()
}

/// `gethostbyaddr(ip_or_name)` -> (name, aliases, [address]), answered from /etc/hosts.
pub fn gethostbyaddr(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gethostbyaddr", a, k, 1, 1)?;
    let host = text_arg(&a[0], "gethostbyaddr")?.to_string();
    let ip = match host.parse::<IpAddr>() {
        Ok(ip) => ip,
        Err(_) => lookup(vm, &host, 0)?.first().map(|s| s.ip()).ok_or_else(|| gaierror(Gai::NoName))?,
    };
    let Some((_, names)) = hosts_entries().into_iter().find(|(addr, _)| *addr == ip) else {
        return Err(PyErr { value: new_exception(herror_class().clone(), vec![Value::Int(1), Value::str("Unknown host")]) });
    };
    let aliases = names[1..].iter().cloned().map(Value::string).collect();
    Ok(Value::tuple(vec![Value::string(names[0].clone()), Value::list(aliases), Value::list(vec![Value::string(ip.to_string())])]))
}

/// The port argument of getaddrinfo: None, an int, or a numeric string.
fn service(vm: &mut Vm, v: &Value) -> PyResult<u16> {
    let text = match v {
        Value::None => return Ok(0),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let n = vm.index_value(v)?;
            return u16::try_from(n).map_err(|_| PyErr::overflow("Python int too large to convert to C long"));
        }
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(PyErr::new(ExcKind::OSError, "Int or String expected")),
    };
    text.parse::<u16>().map_err(|_| gaierror(Gai::Service))
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)` -> [(family, type, proto,
/// canonname, sockaddr)], with family and type as plain ints (socket.py makes them enums).
pub fn getaddrinfo(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let names = ["host", "port", "family", "type", "proto", "flags"];
    crate::builtins::args::only_kwargs("getaddrinfo", k, &names)?;
    let arg = |i: usize| a.get(i).or_else(|| crate::builtins::args::kwarg(k, names[i])).cloned();
    let host = arg(0).ok_or_else(|| PyErr::type_error("getaddrinfo() missing required argument 'host' (pos 1)"))?;
    let port = arg(1).ok_or_else(|| PyErr::type_error("getaddrinfo() missing required argument 'port' (pos 2)"))?;
    let mut ints = [0i64; 4];
    for (slot, i) in ints.iter_mut().zip(2..6) {
        if let Some(v) = arg(i) {
            *slot = vm.index_value(&v)?;
        }
    }
    let [family, kind, proto, flags] = ints;
    let port = service(vm, &port)?;
    let wanted = match family {
        0 => None,
        2 => Some(Family::Inet),
        10 => Some(Family::Inet6),
        _ => return Err(gaierror(Gai::Family)),
    };
    let host = match &host {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => return Err(PyErr::type_error("getaddrinfo() argument 1 must be string or None")),
    };
    let found: Vec<IpAddr> = match &host {
        None if flags & AI_PASSIVE != 0 => vec![IpAddr::V6(Ipv6Addr::UNSPECIFIED), IpAddr::V4(Ipv4Addr::UNSPECIFIED)],
        None => vec![IpAddr::V6(Ipv6Addr::LOCALHOST), IpAddr::V4(Ipv4Addr::LOCALHOST)],
        Some(h) => match h.parse::<IpAddr>() {
            Ok(ip) => vec![ip],
            Err(_) if flags & AI_NUMERICHOST != 0 => return Err(gaierror(Gai::NoName)),
            Err(_) => lookup(vm, h, port)?.into_iter().map(|s| s.ip()).collect(),
        },
    };
    let matching: Vec<IpAddr> = found
        .into_iter()
        .filter(|ip| match wanted {
            None => true,
            Some(Family::Inet) => ip.is_ipv4(),
            Some(_) => ip.is_ipv6(),
        })
        .collect();
    if matching.is_empty() {
        return Err(gaierror(if host.is_some() { Gai::AddrFamily } else { Gai::NoName }));
    }
    let kinds: Vec<(i64, i64)> = [(SOCK_STREAM, 6), (SOCK_DGRAM, 17), (SOCK_RAW, 0)]
        .into_iter()
        .filter(|(t, p)| (kind == 0 || kind == *t) && (proto == 0 || proto == *p || *t == SOCK_RAW && kind == SOCK_RAW))
        .map(|(t, p)| (t, if t == SOCK_RAW { proto } else { p }))
        .collect();
    if kinds.is_empty() {
        return Err(gaierror(Gai::SockType));
    }
    let mut out = Vec::new();
    for ip in matching {
        for (t, p) in &kinds {
            let canon = if out.is_empty() && flags & AI_CANONNAME != 0 { host.clone().unwrap_or_default() } else { String::new() };
            let fam = if ip.is_ipv4() { Family::Inet } else { Family::Inet6 } as i64;
            let sa = inet_value(&SocketAddr::new(ip, port));
            out.push(Value::tuple(vec![Value::Int(fam), Value::Int(*t), Value::Int(*p), Value::string(canon), sa]));
        }
    }
    Ok(Value::list(out))
}

/// An unsigned 16-bit argument with CPython's messages (`fname` is htons or ntohs).
fn u16_arg(vm: &mut Vm, a: &[Value], k: &KwArgs, fname: &str) -> PyResult<u16> {
    check_args(fname, a, k, 1, 1)?;
    let n = vm.index_value(&a[0])?;
    if n < 0 {
        return Err(PyErr::overflow(format!("{fname}: can't convert negative Python int to C 16-bit unsigned integer")));
    }
    u16::try_from(n).map_err(|_| PyErr::overflow(format!("{fname}: Python int too large to convert to C 16-bit unsigned integer")))
}

fn u32_arg(vm: &mut Vm, a: &[Value], k: &KwArgs, fname: &str) -> PyResult<u32> {
    check_args(fname, a, k, 1, 1)?;
    let n = match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match vm.index_value(&a[0]) {
            Ok(n) => n,
            Err(_) => return Err(PyErr::overflow("int larger than 32 bits")),
        },
        v => return Err(PyErr::type_error(format!("expected int, {} found", types().of(v).name))),
    };
    if n < 0 {
        return Err(PyErr::overflow("can't convert negative value to unsigned int"));
    }
    u32::try_from(n).map_err(|_| PyErr::overflow("int larger than 32 bits"))
}

pub fn htons(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(u16_arg(vm, a, k, "htons")?.to_be() as i64))
}

pub fn ntohs(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(u16::from_be(u16_arg(vm, a, k, "ntohs")?) as i64))
}

pub fn htonl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(u32_arg(vm, a, k, "htonl")?.to_be() as i64))
}

pub fn ntohl(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(u32::from_be(u32_arg(vm, a, k, "ntohl")?) as i64))
}

/// One part of a classic inet_aton address: decimal, octal (leading 0) or hex (0x).
fn aton_part(p: &str) -> Option<u64> {
    if let Some(hex) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
        return if hex.is_empty() { Some(0) } else { u64::from_str_radix(hex, 16).ok() };
    }
    if p.len() > 1 && p.starts_with('0') {
        return u64::from_str_radix(&p[1..], 8).ok();
    }
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse().ok()
}

/// C's inet_aton: `a.b.c.d`, `a.b.c` (c 16 bits), `a.b` (b 24 bits) or `a` (32 bits); text after
/// the first whitespace is ignored.
fn parse_aton(s: &str) -> Option<u32> {
    let s = s.split(|c: char| c.is_ascii_whitespace()).next()?;
    let parts: Vec<u64> = s.split('.').map(aton_part).collect::<Option<_>>()?;
    let (last, head) = parts.split_last()?;
    if head.len() > 3 || head.iter().any(|&p| p > 255) {
        return None;
    }
    let rest_bits = 8 * (4 - head.len() as u32);
    if rest_bits < 64 && *last >= 1u64 << rest_bits {
        return None;
    }
    let mut n: u64 = 0;
    for (i, p) in head.iter().enumerate() {
        n |= p << (24 - 8 * i as u32);
    }
    Some((n | last) as u32)
}

pub fn inet_aton(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inet_aton", a, k, 1, 1)?;
    let s = text_arg(&a[0], "inet_aton")?;
    let n = parse_aton(s).ok_or_else(|| PyErr::new(ExcKind::OSError, "illegal IP address string passed to inet_aton"))?;
    Ok(Value::Bytes(Arc::new(n.to_be_bytes().to_vec())))
}

fn packed_arg(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", types().of(v).name))),
    }
}

pub fn inet_ntoa(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inet_ntoa", a, k, 1, 1)?;
    let b = packed_arg(&a[0])?;
    let quad: [u8; 4] = b.try_into().map_err(|_| PyErr::new(ExcKind::OSError, "packed IP wrong length for inet_ntoa"))?;
    Ok(Value::string(Ipv4Addr::from(quad).to_string()))
}

pub fn inet_pton(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inet_pton", a, k, 2, 2)?;
    let family = vm.index_value(&a[0])?;
    let s = text_arg(&a[1], "inet_pton")?;
    let bad = || PyErr::new(ExcKind::OSError, "illegal IP address string passed to inet_pton");
    let bytes = match family {
        2 => s.parse::<Ipv4Addr>().map_err(|_| bad())?.octets().to_vec(),
        10 => s.parse::<Ipv6Addr>().map_err(|_| bad())?.octets().to_vec(),
        _ => return Err(errno_error(nix::errno::Errno::EAFNOSUPPORT)),
    };
    Ok(Value::Bytes(Arc::new(bytes)))
}

pub fn inet_ntop(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("inet_ntop", a, k, 2, 2)?;
    let family = vm.index_value(&a[0])?;
    let b = packed_arg(&a[1])?;
    let wrong = || PyErr::value_error("invalid length of packed IP address string");
    let text = match family {
        2 => Ipv4Addr::from(<[u8; 4]>::try_from(b).map_err(|_| wrong())?).to_string(),
        10 => Ipv6Addr::from(<[u8; 16]>::try_from(b).map_err(|_| wrong())?).to_string(),
        _ => return Err(PyErr::value_error(format!("unknown address family {family}"))),
    };
    Ok(Value::string(text))
}
