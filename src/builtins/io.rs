//! Reading stdin (input(), sys.stdin.readline) with the GIL released while waiting.

use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// One line of stdin with its newline, or None at end of file (the wait is where Ctrl-C raises
/// KeyboardInterrupt: stdin_reader.rs).
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    vm.interp.stdio.flush_out();
    let line = super::stdin_reader::read_line(vm)?;
    if line.is_empty() {
        return Ok(None);
    }
    crate::modules::sys_streams::decode_stdin(line).map(Some)
}

/// input([prompt]): reads a line from `sys.stdin`, after writing the prompt to `sys.stdout`. The
/// standard streams are read and written directly; replaced ones (a StringIO, any object with
/// `readline`/`write`) through their methods, as CPython does.
pub fn input(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("input", a, k, 0, 1)?;
    let lost = |name: &str| PyErr::new(ExcKind::RuntimeError, format!("input(): lost sys.{name}"));
    let fin = vm.sys_attr("stdin").filter(|v| !v.is_none()).ok_or_else(|| lost("stdin"))?;
    let fout = vm.sys_attr("stdout").filter(|v| !v.is_none()).ok_or_else(|| lost("stdout"))?;
    let ferr = vm.sys_attr("stderr").filter(|v| !v.is_none()).ok_or_else(|| lost("stderr"))?;
    // stderr is flushed first; its failure does not stop input().
    if !is_standard(&ferr) {
        let _ = vm.call_method(&ferr, "flush", &[]);
    }
    let prompt = match a.first() {
        Some(p) => Some(vm.str(p)?),
        None => None,
    };
    if is_standard(&fin) && is_standard(&fout) {
        if let Some(p) = &prompt {
            vm.interp.stdio.write_out(p);
        }
        let Some(mut line) = read_stdin_line(vm)? else { return Err(eof()) };
        if line.ends_with('\n') {
            line.pop();
        }
        return Ok(Value::string(line));
    }
    if let Some(p) = prompt {
        vm.call_method(&fout, "write", &[Value::string(p)])?;
    }
    vm.call_method(&fout, "flush", &[])?;
    // Bytes from readline() come back as bytes, as in CPython.
    match vm.call_method(&fin, "readline", &[])? {
        Value::Str(s) if s.as_str().is_empty() => Err(eof()),
        Value::Str(s) => Ok(Value::str(s.as_str().strip_suffix('\n').unwrap_or(s.as_str()))),
        Value::Bytes(b) if b.is_empty() => Err(eof()),
        Value::Bytes(b) => Ok(Value::Bytes(crate::objects::Arc::new(b.strip_suffix(b"\n").unwrap_or(&b).to_vec()))),
        _ => Err(PyErr::type_error("object.readline() returned non-string")),
    }
}

fn eof() -> PyErr {
    PyErr::new(ExcKind::EOFError, "EOF when reading a line")
}

/// Whether `v` is one of the process's own standard streams (not a replacement).
fn is_standard(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.native_data().and_then(|d| d.std_stream()).is_some())
}
