//! The docstrings of what the interpreter builds in: the functions of `builtins`, the built-in
//! classes (exceptions included) and the core types' methods. `__doc__` of those reads here, so
//! `help(len)`, `print(str.split.__doc__)` and pydoc have text to show. Written in our own words.

mod functions;
mod methods;
mod types;

use crate::objects::function::Owner;

fn find(table: &'static [(&'static str, &'static str)], name: &str) -> Option<&'static str> {
    table.iter().find(|(n, _)| *n == name).map(|(_, doc)| *doc)
}

/// The doc of the function `builtins.<name>`.
pub fn function_doc(name: &str) -> Option<&'static str> {
    find(functions::FUNCTIONS, name)
}

/// The doc of the built-in class `builtins.<name>`.
pub fn class_doc(name: &str) -> Option<&'static str> {
    find(types::TYPES, name)
}

/// The doc of the method `name` of the core type `owner`, or None for a type or method without one.
pub fn method_doc(owner: Owner, name: &str) -> Option<String> {
    if name.starts_with("__") {
        return find(methods::SPECIAL, name).map(str::to_string);
    }
    let text = |kind: &str| find(methods::TEXT, name).map(|doc| doc.replace("{kind}", kind));
    let plain = |table| find(table, name).map(str::to_string);
    match owner {
        Owner::Str => text("string"),
        Owner::Bytes => text("bytes"),
        Owner::Bytearray => text("bytearray"),
        Owner::List => plain(methods::LIST),
        Owner::Tuple | Owner::Range if matches!(name, "index" | "count") => plain(methods::LIST),
        Owner::Dict => plain(methods::DICT),
        Owner::Set | Owner::Frozenset => plain(methods::SET),
        Owner::Int | Owner::Bool | Owner::Float | Owner::Complex => plain(methods::NUMBER),
        Owner::Type => plain(methods::TYPE),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique(table: &[(&str, &str)]) -> bool {
        table.windows(2).all(|w| w[0].0 != w[1].0) && {
            let mut names: Vec<_> = table.iter().map(|(n, _)| *n).collect();
            names.sort_unstable();
            names.dedup();
            names.len() == table.len()
        }
    }

    #[test]
    fn tables_name_each_entry_once() {
        for table in [functions::FUNCTIONS, types::TYPES, methods::TEXT, methods::LIST, methods::DICT, methods::SET, methods::NUMBER, methods::SPECIAL] {
            assert!(sorted_unique(table));
        }
    }

    #[test]
    fn text_docs_name_the_receiver_kind() {
        assert_eq!(method_doc(Owner::Bytes, "upper").as_deref(), Some("A copy of the bytes converted to upper case."));
        assert_eq!(method_doc(Owner::Str, "upper").as_deref(), Some("A copy of the string converted to upper case."));
        assert!(method_doc(Owner::Tuple, "append").is_none());
        assert!(function_doc("len").is_some() && class_doc("ValueError").is_some());
    }
}
