//! The registry of built-in classes (`int`, `str`, `list`, the exceptions ...), made once per process and
//! shared by every thread. Their method tables are filled in by `builtins::methods`.

use super::class::{Class, Kind};
use super::dict::Dict;
use super::exceptions::ExcKind;
use super::iter_kind::IterKind;
use super::value::Value;
use crate::objects::Arc;
use std::sync::OnceLock;

pub struct Types {
    pub object: Arc<Class>,
    pub type_: Arc<Class>,
    pub none: Arc<Class>,
    pub not_implemented: Arc<Class>,
    pub ellipsis: Arc<Class>,
    pub bool_: Arc<Class>,
    pub int: Arc<Class>,
    pub float: Arc<Class>,
    pub complex: Arc<Class>,
    pub str_: Arc<Class>,
    pub bytes: Arc<Class>,
    pub tuple: Arc<Class>,
    pub list: Arc<Class>,
    pub dict: Arc<Class>,
    pub set: Arc<Class>,
    pub frozenset: Arc<Class>,
    pub range: Arc<Class>,
    pub slice: Arc<Class>,
    pub function: Arc<Class>,
    pub method: Arc<Class>,
    pub builtin: Arc<Class>,
    pub module: Arc<Class>,
    pub code: Arc<Class>,
    pub cell: Arc<Class>,
    pub property: Arc<Class>,
    pub staticmethod: Arc<Class>,
    pub classmethod: Arc<Class>,
    pub super_: Arc<Class>,
    pub generator: Arc<Class>,
    pub dict_keys: Arc<Class>,
    pub dict_values: Arc<Class>,
    pub dict_items: Arc<Class>,
    /// Iterator classes indexed by `IterKind` (see `iterator_class`).
    iterators: Vec<Arc<Class>>,
    /// The built-in exception classes, indexed by `ExcKind` (see `exc`).
    exceptions: Vec<Arc<Class>>,
}

pub fn make_class(name: &str, bases: Vec<Arc<Class>>, kind: Kind) -> Arc<Class> {
    make_class_in("builtins", name, bases, kind)
}

/// A built-in class that reports `module` as its home (`collections.deque`, `_thread.lock`).
pub fn make_class_in(module: &str, name: &str, bases: Vec<Arc<Class>>, kind: Kind) -> Arc<Class> {
    let mro = super::class::c3_mro(&bases).unwrap_or_default();
    let dict = Dict::new();
    dict.watch();
    let cls = Arc::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases,
        mro,
        dict,
        kind,
        is_builtin: true,
        plain: false,
        metaclass: None,
        is_abstract: Default::default(),
        layout: Default::default(),
        has_del: Default::default(),
        base_new: Default::default(),
        late_hooks: Default::default(),
        attr_hint: Default::default(),
        shapes: Default::default(),
        version: Default::default(),
    });
    // Built-in classes live as long as the process (gil_cell/rc.rs: immortal objects).
    Arc::make_immortal(&cls);
    super::class::track_class(&cls);
    cls
}

fn build() -> Types {
    let object = make_class("object", vec![], Kind::Object);
    let v = |name: &str| make_class(name, vec![object.clone()], Kind::Value);
    let int = v("int");
    let bool_ = make_class("bool", vec![int.clone()], Kind::Value);
    let mut exceptions: Vec<Arc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
    for (i, kind) in ExcKind::ALL.iter().enumerate() {
        debug_assert_eq!(i, *kind as usize);
        let bases = match kind.base() {
            None => vec![object.clone()],
            Some(base) => vec![exceptions[base as usize].clone()],
        };
        if *kind == ExcKind::UnsupportedOperation {
            // io.UnsupportedOperation(OSError, ValueError), as CPython's.
            let mut bases = bases;
            bases.push(exceptions[ExcKind::ValueError as usize].clone());
            let c = make_class_in("io", kind.name(), bases, Kind::Exception);
            c.dict.set_str(crate::name!("__module__").clone(), Value::str("io"));
            exceptions.push(c);
            continue;
        }
        if *kind == ExcKind::ExceptionGroup {
            // ExceptionGroup(BaseExceptionGroup, Exception), as CPython's.
            let mut bases = bases;
            bases.push(exceptions[ExcKind::Exception as usize].clone());
            exceptions.push(make_class(kind.name(), bases, Kind::Exception));
            continue;
        }
        exceptions.push(make_class(kind.name(), bases, Kind::Exception));
    }
    let mut iterators = Vec::new();
    for k in IterKind::WITH_CLASS {
        debug_assert_eq!(*k as usize, iterators.len());
        // Iterator types that are also constructors (`class Numbered(enumerate)`) are native
        // types: a subclass's instances wrap the iterator their `__new__` makes.
        let kind = if k.is_constructor() { Kind::Native } else { Kind::Value };
        iterators.push(make_class_in(k.module(), k.name(), vec![object.clone()], kind));
    }
    let shared = iterators[IterKind::Iterator as usize].clone();
    for k in IterKind::SHARING_CLASS {
        debug_assert_eq!(*k as usize, iterators.len());
        iterators.push(shared.clone());
    }
    Types {
        type_: v("type"),
        none: v("NoneType"),
        not_implemented: v("NotImplementedType"),
        ellipsis: v("ellipsis"),
        bool_,
        int,
        float: v("float"),
        complex: make_class("complex", vec![object.clone()], Kind::Native),
        str_: v("str"),
        bytes: v("bytes"),
        tuple: v("tuple"),
        list: v("list"),
        dict: v("dict"),
        set: v("set"),
        frozenset: v("frozenset"),
        range: v("range"),
        slice: v("slice"),
        function: v("function"),
        method: v("method"),
        builtin: v("builtin_function_or_method"),
        module: v("module"),
        code: v("code"),
        cell: v("cell"),
        property: make_class("property", vec![object.clone()], Kind::Property),
        staticmethod: make_class("staticmethod", vec![object.clone()], Kind::StaticMethod),
        classmethod: make_class("classmethod", vec![object.clone()], Kind::ClassMethod),
        super_: make_class("super", vec![object.clone()], Kind::Super),
        generator: v("generator"),
        dict_keys: make_class("dict_keys", vec![object.clone()], Kind::Native),
        dict_values: make_class("dict_values", vec![object.clone()], Kind::Native),
        dict_items: make_class("dict_items", vec![object.clone()], Kind::Native),
        iterators,
        exceptions,
        object,
    }
}

static TYPES: OnceLock<Types> = OnceLock::new();

pub fn types() -> &'static Types {
    TYPES.get_or_init(build)
}

impl Types {
    /// The class of the built-in iterators of `kind`.
    pub fn iterator_class(&self, kind: IterKind) -> &Arc<Class> {
        &self.iterators[kind as usize]
    }

    /// The built-in exception class `kind`.
    pub fn exc(&self, kind: ExcKind) -> Arc<Class> {
        self.exceptions[kind as usize].clone()
    }

    /// The built-in exception class `kind`, borrowed.
    pub fn exc_ref(&self, kind: ExcKind) -> &Arc<Class> {
        &self.exceptions[kind as usize]
    }

    /// The class of any value.
    pub fn of(&self, v: &Value) -> Arc<Class> {
        self.of_ref(v).clone()
    }

    /// `of`, borrowed: no reference count taken (attribute lookups on built-in values).
    pub fn of_ref<'a>(&'a self, v: &'a Value) -> &'a Arc<Class> {
        match v {
            Value::None | Value::Null => &self.none,
            Value::NotImplemented => &self.not_implemented,
            Value::Ellipsis => &self.ellipsis,
            Value::Bool(_) => &self.bool_,
            Value::Int(_) | Value::BigInt(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Str(_) => &self.str_,
            Value::Bytes(_) => &self.bytes,
            Value::Tuple(_) => &self.tuple,
            Value::List(_) => &self.list,
            Value::Dict(_) => &self.dict,
            Value::Set(_) => &self.set,
            Value::FrozenSet(_) => &self.frozenset,
            Value::Range(_) => &self.range,
            Value::Slice(_) => &self.slice,
            Value::Function(_) => &self.function,
            Value::BoundMethod(_) => &self.method,
            Value::Builtin(_) => &self.builtin,
            Value::Class(c) => c.metaclass.as_ref().unwrap_or(&self.type_),
            Value::Instance(i) => i.class_ref(),
            Value::Module(m) => m.subclass_ref().unwrap_or(&self.module),
            Value::Iter(it) => {
                if it.is(crate::code::Flavor::Generator) {
                    &self.generator
                } else {
                    &self.iterators[it.kind as usize]
                }
            }
            Value::Code(_) => &self.code,
            Value::Cell(_) => &self.cell,
        }
    }
}
