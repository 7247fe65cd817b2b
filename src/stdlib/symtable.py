"""symtable: the scopes of a piece of source and what each name is in each of them.

CPython reads its compiler's own tables; gilpy builds the same tables here from the syntax
tree (ast): one block per module, class, function, lambda and comprehension, each with its
names' flags (assigned, parameter, imported, used, declared global/nonlocal, annotated) and,
after the analysis python3 does, their scope (local, cell, free, global explicit/implicit).
"""

import ast as _ast
import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]

# The flag bits and scope numbers of CPython 3.11's symtable.h.
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5
TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE = 0, 1, 2


# ------------------------------------------------------------------ building the tables

class _Block:
    """One scope: its kind, name, line, names with their flags, and the blocks inside it."""

    def __init__(self, kind, name, lineno, parent):
        self.type = kind
        self.name = name
        self.lineno = lineno
        self.symbols = {}
        self.children = []
        self.parent = parent
        self.nested = parent is not None and (parent.type == TYPE_FUNCTION or parent.nested)
        self.comprehension = False
        self.needs_class_cell = False
        self.id = id(self)

    def add(self, name, flag):
        self.symbols[name] = self.symbols.get(name, 0) | flag


def _mangle(block, name):
    """A __private name inside a class body, as the compiler renames it."""
    if not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    owner = block
    while owner is not None and owner.type != TYPE_CLASS:
        owner = owner.parent
    if owner is None:
        return name
    stripped = owner.name.lstrip('_')
    return '_' + stripped + name if stripped else name


class _Builder(_ast.NodeVisitor):
    """Walks the tree in the order CPython's symtable pass does, recording names' flags."""

    def __init__(self, top):
        self.block = top
        self.top = top

    def add(self, name, flag, block=None):
        block = block or self.block
        name = _mangle(block, name)
        block.add(name, flag)
        if flag & DEF_GLOBAL and block is not self.top:
            # CPython keeps every global declaration in the module's table as well.
            self.top.add(name, DEF_GLOBAL)

    def enter(self, kind, name, lineno):
        child = _Block(kind, name, lineno, self.block)
        self.block.children.append(child)
        self.block = child
        return child

    def leave(self):
        self.block = self.block.parent

    def walk(self, nodes):
        for node in nodes or ():
            if node is not None:
                self.visit(node)

    # --- statements that open blocks

    def _function(self, node, is_async=False):
        self.add(node.name, DEF_LOCAL)
        self.walk(node.args.defaults)
        self.walk(node.args.kw_defaults)
        self._annotations(node.args, node.returns)
        self.walk(node.decorator_list)
        self.enter(TYPE_FUNCTION, node.name, node.lineno)
        self._parameters(node.args)
        self.walk(node.body)
        self.leave()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def _annotations(self, args, returns):
        for arg in args.posonlyargs + args.args + args.kwonlyargs:
            if arg.annotation is not None:
                self.visit(arg.annotation)
        for arg in (args.vararg, args.kwarg):
            if arg is not None and arg.annotation is not None:
                self.visit(arg.annotation)
        if returns is not None:
            self.visit(returns)

    def _parameters(self, args):
        for arg in args.posonlyargs + args.args + args.kwonlyargs:
            self.add(arg.arg, DEF_PARAM)
        for arg in (args.vararg, args.kwarg):
            if arg is not None:
                self.add(arg.arg, DEF_PARAM)

    def visit_ClassDef(self, node):
        self.add(node.name, DEF_LOCAL)
        self.walk(node.bases)
        self.walk(node.keywords)
        self.walk(node.decorator_list)
        self.enter(TYPE_CLASS, node.name, node.lineno)
        self.walk(node.body)
        self.leave()

    def visit_Lambda(self, node):
        self.walk(node.args.defaults)
        self.walk(node.args.kw_defaults)
        self.enter(TYPE_FUNCTION, 'lambda', node.lineno)
        self._parameters(node.args)
        self.visit(node.body)
        self.leave()

    def _comprehension(self, node, name, parts):
        first = node.generators[0]
        self.visit(first.iter)
        block = self.enter(TYPE_FUNCTION, name, node.lineno)
        block.comprehension = True
        self.add('.0', DEF_PARAM)
        for at, gen in enumerate(node.generators):
            self.visit(gen.target)
            if at:
                self.visit(gen.iter)
            self.walk(gen.ifs)
        self.walk(parts)
        self.leave()

    def visit_ListComp(self, node):
        self._comprehension(node, 'listcomp', [node.elt])

    def visit_SetComp(self, node):
        self._comprehension(node, 'setcomp', [node.elt])

    def visit_GeneratorExp(self, node):
        self._comprehension(node, 'genexpr', [node.elt])

    def visit_DictComp(self, node):
        self._comprehension(node, 'dictcomp', [node.key, node.value])

    # --- statements that bind names

    def visit_Global(self, node):
        for name in node.names:
            self.add(name, DEF_GLOBAL)

    def visit_Nonlocal(self, node):
        for name in node.names:
            self.add(name, DEF_NONLOCAL)

    def visit_Import(self, node):
        for alias in node.names:
            self.add(alias.asname or alias.name.split('.')[0], DEF_IMPORT)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name != '*':
                self.add(alias.asname or alias.name, DEF_IMPORT)

    def visit_AnnAssign(self, node):
        target = node.target
        if isinstance(target, _ast.Name):
            if node.simple:
                self.add(target.id, DEF_ANNOT | DEF_LOCAL)
            elif node.value is not None:
                self.add(target.id, DEF_LOCAL)
        else:
            self.visit(target)
        self.visit(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.add(node.name, DEF_LOCAL)
        self.walk(node.body)

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name:
            self.add(node.name, DEF_LOCAL)

    def visit_MatchStar(self, node):
        if node.name:
            self.add(node.name, DEF_LOCAL)

    def visit_MatchMapping(self, node):
        self.walk(node.keys)
        self.walk(node.patterns)
        if node.rest:
            self.add(node.rest, DEF_LOCAL)

    # --- expressions

    def visit_Name(self, node):
        if isinstance(node.ctx, _ast.Load):
            self.add(node.id, USE)
            if node.id == 'super' and self.block.type == TYPE_FUNCTION:
                self.block.add('__class__', USE)
        else:
            self.add(node.id, DEF_LOCAL)

    def visit_NamedExpr(self, node):
        if self.block.comprehension:
            # A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.
            name = node.target.id
            outer = self.block
            while outer.comprehension:
                outer = outer.parent
            if outer.type == TYPE_MODULE:
                self.add(name, DEF_GLOBAL)
                self.add(name, DEF_GLOBAL, outer)
            else:
                declared = outer.symbols.get(name, 0) & DEF_GLOBAL
                self.add(name, DEF_GLOBAL if declared else DEF_NONLOCAL)
                self.add(name, DEF_LOCAL, outer)
        self.visit(node.value)
        self.visit(node.target)


def _build(code, filename, mode):
    tree = _ast.parse(code, filename, mode)
    top = _Block(TYPE_MODULE, 'top', 0, None)
    builder = _Builder(top)
    body = tree.body if isinstance(tree.body, list) else [tree.body]
    builder.walk(body)
    _analyze(top, set(), set(), set(), None)
    return top


def _scope_of(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


def _analyze(block, bound, free_above, global_names, class_entry):
    """Gives every name of block and its children a scope; returns the names free in block
    (which the enclosing function must supply)."""
    scopes = {}
    local = set()
    declared_global = set(global_names)
    for name, flags in block.symbols.items():
        if flags & DEF_GLOBAL:
            scopes[name] = GLOBAL_EXPLICIT
            declared_global.add(name)
        elif flags & DEF_NONLOCAL:
            scopes[name] = FREE
        elif flags & DEF_BOUND:
            scopes[name] = LOCAL
            local.add(name)
            declared_global.discard(name)
        elif name in bound:
            scopes[name] = FREE
        elif name in global_names:
            scopes[name] = GLOBAL_IMPLICIT
        else:
            scopes[name] = GLOBAL_IMPLICIT

    if block.type == TYPE_FUNCTION:
        inner_bound = (bound | local) - {n for n, s in scopes.items() if s == GLOBAL_EXPLICIT}
    elif block.type == TYPE_CLASS:
        inner_bound = set(bound) | {'__class__'}
    else:
        inner_bound = set()
    inner_globals = declared_global if block.type != TYPE_MODULE else \
        {n for n, s in scopes.items() if s == GLOBAL_EXPLICIT}

    free_below = set()
    for child in block.children:
        free_below |= _analyze(child, inner_bound, free_above, inner_globals, block)

    if block.type == TYPE_CLASS and '__class__' in free_below:
        block.needs_class_cell = True
        free_below.discard('__class__')

    for name in sorted(free_below):
        if name in scopes:
            if block.type == TYPE_FUNCTION and scopes[name] == LOCAL:
                scopes[name] = CELL
            elif scopes[name] in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT) and name in bound \
                    and block.type != TYPE_MODULE:
                if block.type == TYPE_CLASS:
                    block.symbols[name] |= DEF_FREE_CLASS
                else:
                    scopes[name] = FREE
        elif block.type != TYPE_MODULE and name in bound:
            block.symbols[name] = DEF_FREE if block.type == TYPE_FUNCTION else DEF_FREE_CLASS
            scopes[name] = FREE

    free_here = set()
    for name, scope in scopes.items():
        block.symbols[name] = (block.symbols[name] & ~(SCOPE_MASK << SCOPE_OFF)) | (scope << SCOPE_OFF)
        if scope == FREE:
            free_here.add(name)
    if block.type == TYPE_FUNCTION:
        free_here |= {name for name in free_below if name not in local}
        free_here -= {name for name, s in scopes.items() if s == CELL}
    elif block.type == TYPE_CLASS:
        free_here |= {name for name in free_below if name in bound}
    return free_here


# ------------------------------------------------------------------ the API


def symtable(code, filename, compile_type):
    """The symbol table of the module the source compiles to (compile_type: 'exec', 'eval'
    or 'single')."""
    if compile_type not in ('exec', 'eval', 'single'):
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    if isinstance(code, (bytes, bytearray, memoryview)):
        code = bytes(code).decode('utf-8')
    return _make(_build(code, filename, compile_type), filename)


_tables = weakref.WeakValueDictionary()


def _make(block, filename):
    key = (block.id, filename)
    found = _tables.get(key)
    if found is None:
        kind = {TYPE_FUNCTION: Function, TYPE_CLASS: Class}.get(block.type, SymbolTable)
        found = kind(block, filename)
        _tables[key] = found
    return found


class SymbolTable:
    """A block's table: its kind, name, line, children and the symbols of its names."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = '' if self.__class__ == SymbolTable else '%s ' % self.__class__.__name__
        if self._table.name == 'top':
            return '<{0}SymbolTable for module {1}>'.format(kind, self._filename)
        return '<{0}SymbolTable for {1} in {2}>'.format(kind, self._table.name, self._filename)

    def get_type(self):
        return {TYPE_MODULE: 'module', TYPE_FUNCTION: 'function',
                TYPE_CLASS: 'class'}[self._table.type]

    def get_id(self):
        return self._table.id

    def get_name(self):
        return self._table.name

    def get_lineno(self):
        return self._table.lineno

    def is_optimized(self):
        return self._table.type == TYPE_FUNCTION

    def is_nested(self):
        return bool(self._table.nested)

    def has_children(self):
        return bool(self._table.children)

    def get_identifiers(self):
        return self._table.symbols.keys()

    def lookup(self, name):
        found = self._symbols.get(name)
        if found is None:
            flags = self._table.symbols[name]
            spaces = [_make(child, self._filename) for child in self._table.children
                      if child.name == name]
            found = Symbol(name, flags, spaces, module_scope=self._table.type == TYPE_MODULE)
            self._symbols[name] = found
        return found

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        return [_make(child, self._filename) for child in self._table.children]


class Function(SymbolTable):
    """The table of a function (or lambda, or comprehension)."""

    def _names_where(self, test):
        return tuple(name for name, flags in self._table.symbols.items() if test(flags))

    def get_parameters(self):
        return self._names_where(lambda flags: flags & DEF_PARAM)

    def get_locals(self):
        return self._names_where(lambda flags: _scope_of(flags) in (LOCAL, CELL))

    def get_globals(self):
        return self._names_where(lambda flags: _scope_of(flags) in (GLOBAL_IMPLICIT,
                                                                     GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        return self._names_where(lambda flags: flags & DEF_NONLOCAL)

    def get_frees(self):
        return self._names_where(lambda flags: _scope_of(flags) == FREE)


class Class(SymbolTable):
    """The table of a class body."""

    def get_methods(self):
        return tuple(dict.fromkeys(child.name for child in self._table.children))


class Symbol:
    """One name of one block: how it is bound and used, and its scope there."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope_of(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return '<symbol {0!r}>'.format(self.__name)

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__scope in (LOCAL, CELL)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        if len(self.__namespaces) != 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]
