//! Search path entries that are files, not folders (a ZIP archive, or a folder inside one, such as
//! `lib.zip` or `lib.zip/pkg`): the native search hands each of them, in its place in the search
//! order, to `_frozen_importlib._path_entry_spec`, which asks the entry's finder from
//! sys.path_hooks (a `zipimport.zipimporter` by default). Plain folders stay with finder.rs.

use super::finder::{self, Found};
use crate::objects::function::NO_KWARGS;
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;
use std::path::Path;

/// Whether `entry` names a regular file, or a path below one (so not a folder on disk).
fn is_archive_entry(entry: &str) -> bool {
    if entry.is_empty() {
        return false;
    }
    let mut place = Path::new(entry);
    loop {
        match std::fs::metadata(place) {
            Ok(meta) => return meta.is_file(),
            Err(_) => match place.parent() {
                Some(up) if !up.as_os_str().is_empty() => place = up,
                _ => return false,
            },
        }
    }
}

impl Vm {
    /// Searches `entries` in order for `name`: runs of folder entries through finder.rs, archive
    /// entries through their path hook. Namespace portions are kept until a module is found.
    pub(super) fn find_on(&mut self, name: &str, entries: &[String]) -> PyResult<Option<Found>> {
        let mut portions = Vec::new();
        let mut start = 0;
        for (at, entry) in entries.iter().enumerate() {
            if !is_archive_entry(entry) {
                continue;
            }
            match finder::find_in(name, &entries[start..at]) {
                Some(Found::Namespace(dirs)) => portions.extend(dirs),
                Some(found) => return Ok(Some(found)),
                None => {}
            }
            start = at + 1;
            let hook = self.bootstrap_fn("_path_entry_spec")?;
            let spec = self.call(&hook, &[Value::str(name), Value::str(entry)], NO_KWARGS)?;
            if !matches!(spec, Value::None) {
                return Ok(Some(Found::Spec(spec)));
            }
        }
        match finder::find_in(name, &entries[start..]) {
            Some(Found::Namespace(dirs)) => portions.extend(dirs),
            Some(found) => return Ok(Some(found)),
            None => {}
        }
        Ok(if portions.is_empty() { None } else { Some(Found::Namespace(portions)) })
    }

    /// What `-m NAME` runs for a module found in an archive: its loader's source, under the
    /// spec's origin.
    pub(super) fn spec_main(&mut self, name: &str, spec: Value) -> PyResult<super::MainModule> {
        let loader = self.get_attr(&spec, &intern("loader"))?;
        let get_source = self.get_attr(&loader, &intern("get_source"))?;
        let source = self.call(&get_source, &[Value::str(name)], NO_KWARGS)?;
        let origin = self.get_attr(&spec, &intern("origin"))?;
        let text = |v: &Value| if let Value::Str(s) = v { s.as_str().to_string() } else { String::new() };
        let filename = text(&origin);
        Ok(super::MainModule { source: text(&source), filename: filename.clone(), file: Some(filename), spec })
    }
}
