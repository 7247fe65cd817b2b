//! Reading stdin (input(), sys.stdin.readline) with the GIL released while waiting.

use crate::objects::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::io::BufRead;

/// One line of stdin with its newline, or None at end of file.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    vm.interp.stdio.flush_out();
    let mut line = String::new();
    let n = vm.allow_threads(|| std::io::stdin().lock().read_line(&mut line));
    match n {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line)),
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}

pub fn input(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    super::args::check_args("input", a, k, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        vm.interp.stdio.write_out(&s);
    }
    match read_stdin_line(vm)? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        None => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
    }
}
