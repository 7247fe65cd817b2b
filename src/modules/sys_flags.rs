//! The values of `sys.flags` (the command-line flags; _sysinfo.py makes the struct sequence), and the other start-up settings sys shows: `orig_argv`,
//! `warnoptions`, `_xoptions`, `dont_write_bytecode`. Read from `crate::config`, never changed.

use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::dict::Dict;
use crate::objects::str::intern;

/// The fields in python3 3.11's order (the names are _sysinfo.py's too).
fn fields(f: &crate::config::Flags) -> Vec<(&'static str, Value)> {
    let n = |v: u8| Value::Int(v as i64);
    vec![
        ("debug", n(f.debug)),
        ("inspect", n(f.inspect)),
        ("interactive", n(f.interactive)),
        ("optimize", n(f.optimize)),
        ("dont_write_bytecode", n(f.dont_write_bytecode)),
        ("no_user_site", n(f.no_user_site)),
        ("no_site", n(f.no_site)),
        ("ignore_environment", n(f.ignore_environment)),
        ("verbose", n(f.verbose)),
        ("bytes_warning", n(f.bytes_warning)),
        ("quiet", n(f.quiet)),
        ("hash_randomization", Value::Int(1)),
        ("isolated", n(f.isolated)),
        ("dev_mode", Value::Bool(f.dev_mode)),
        ("utf8_mode", n(f.utf8_mode)),
        ("warn_default_encoding", Value::Int(0)),
        ("safe_path", Value::Bool(f.safe_path)),
        ("int_max_str_digits", Value::Int(f.int_max_str_digits.unwrap_or(-1))),
    ]
}

pub fn install(d: &Arc<Dict>) {
    let config = crate::config::get();
    // sys.flags itself (a tuple subclass, as CPython's) is made on first use by _sysinfo.py.
    d.set_str(intern("_flag_values"), Value::tuple(fields(&config.flags).into_iter().map(|(_, v)| v).collect()));
    d.set_str(intern("orig_argv"), Value::list(config.orig_argv.iter().map(|s| Value::str(s)).collect()));
    d.set_str(intern("warnoptions"), Value::list(config.warnoptions.iter().map(|s| Value::str(s)).collect()));
    let x = Dict::new();
    for opt in &config.xoptions {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k, Value::str(v)),
            None => (opt.as_str(), Value::Bool(true)),
        };
        x.set_str(intern(k), v);
    }
    d.set_str(intern("_xoptions"), Value::Dict(x));
    d.set_str(intern("dont_write_bytecode"), Value::Bool(config.flags.dont_write_bytecode != 0));
}
