//! Tab completion for the REPL: keywords, names in the session's globals and the builtins, and
//! attributes after a dot (`threading.Ev` -> `threading.Event`). Attribute names come straight from
//! the objects' dicts (module, instance, class and its MRO), so completing never runs user code and
//! needs no GIL (every dict guards itself).

use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::dict::Dict;
use crate::objects::str::intern;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::collections::BTreeSet;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub struct ReplHelper {
    pub globals: Arc<Dict>,
    pub builtins: Arc<Dict>,
    /// The session's interpreter and thread: completion runs while the prompt waits with the
    /// GIL released, so it takes the GIL to read the namespaces (other threads may be changing
    /// them; gil_cell/rc.rs). None in unit tests, which run without a GIL.
    pub gil: Option<(std::sync::Arc<crate::vm::Interp>, std::sync::Arc<crate::gil::ThreadStats>)>,
}

fn str_keys(d: &Dict) -> Vec<String> {
    d.keys()
        .into_iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// The attribute names of `v` that its dicts show.
fn attribute_names(v: &Value) -> Vec<String> {
    match v {
        Value::Module(m) => str_keys(&m.dict),
        Value::Class(c) => c.full_mro().iter().flat_map(|k| str_keys(&k.dict)).collect(),
        Value::Instance(i) => {
            let mut names = i.dict().map(|d| str_keys(&d)).unwrap_or_default();
            names.extend(i.class().full_mro().iter().flat_map(|k| str_keys(&k.dict)));
            names
        }
        other => {
            let cls = crate::objects::types::types().of(other);
            cls.full_mro().iter().flat_map(|k| str_keys(&k.dict)).collect()
        }
    }
}

/// Follows `a.b.c` through dicts only.
fn resolve(helper: &ReplHelper, path: &str) -> Option<Value> {
    let mut parts = path.split('.');
    let head = intern(parts.next()?);
    let mut v = helper.globals.get_str(&head).or_else(|| helper.builtins.get_str(&head))?;
    for p in parts {
        let name = intern(p);
        v = match &v {
            Value::Module(m) => m.dict.get_str(&name)?,
            Value::Class(c) => c.lookup(&name)?,
            Value::Instance(i) => i.attr(&name).or_else(|| i.class().lookup(&name))?,
            _ => return None,
        };
    }
    Some(v)
}

impl ReplHelper {
    /// Completions for the word ending at `pos`: (start of the replaced text, candidates).
    pub fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        let word = &before[start..];
        let mut found = BTreeSet::new();
        if let Some((obj, prefix)) = word.rsplit_once('.') {
            if let Some(v) = resolve(self, obj) {
                for name in attribute_names(&v) {
                    if name.starts_with(prefix) && (prefix.starts_with('_') || !name.starts_with('_')) {
                        found.insert(format!("{obj}.{name}"));
                    }
                }
            }
        } else {
            let names = KEYWORDS.iter().map(|s| s.to_string()).chain(str_keys(&self.globals)).chain(str_keys(&self.builtins));
            for name in names {
                if name.starts_with(word) && (word.starts_with('_') || !name.starts_with('_')) {
                    found.insert(name);
                }
            }
        }
        (start, found.into_iter().collect())
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // Tab at the start of a line (or after blanks) indents, as in CPython's REPL.
        if before.trim().is_empty() {
            return Ok((pos, vec![Pair { display: "    ".into(), replacement: "    ".into() }]));
        }
        if let Some((interp, me)) = &self.gil {
            interp.gil.acquire(me);
        }
        let (start, names) = self.candidates(line, pos);
        if let Some((interp, me)) = &self.gil {
            interp.gil.release(me, crate::gil::Release::Blocking);
        }
        Ok((start, names.into_iter().map(|n| Pair { display: n.clone(), replacement: n }).collect()))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_names_keywords_and_attributes() {
        let globals = Dict::new();
        let module_dict = Dict::new();
        module_dict.set_str(crate::name!("Event").clone(), Value::None);
        module_dict.set_str(crate::name!("Thread").clone(), Value::None);
        module_dict.set_str(crate::name!("_private").clone(), Value::None);
        globals.set_str(crate::name!("threading").clone(), Value::Module(crate::objects::module::Module::new("threading", module_dict)));
        globals.set_str(crate::name!("whale").clone(), Value::Int(1));
        let h = ReplHelper { globals, builtins: Dict::new(), gil: None };
        assert_eq!(h.candidates("x = threading.Ev", 16), (4, vec!["threading.Event".to_string()]));
        assert_eq!(h.candidates("wh", 2).1, vec!["whale".to_string(), "while".to_string()]);
        assert!(h.candidates("threading.", 10).1.iter().all(|n| !n.contains("._")));
    }
}
