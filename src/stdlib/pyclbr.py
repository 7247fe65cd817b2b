"""pyclbr for gilpy: the classes and functions a module defines, found by reading its source
(through the ast module) without importing it.

readmodule(name) gives {class name: Class}; readmodule_ex(name) also top-level functions, with
nested definitions in each object's `children`. Modules are found as an import would find them
(sys.path, then the path given); gilpy's embedded standard library has no source files to read,
so its modules yield an empty dictionary, as CPython's pyclbr does for modules without source.
"""

import ast
import importlib.util
import sys

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]

_modules = {}


class _Object:
    """What Class and Function share: where the definition is, and what is nested in it."""

    def __init__(self, module, name, file, lineno, end_lineno, parent):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self


class Function(_Object):
    """A function or method definition."""

    def __init__(self, module, name, file, lineno, parent=None, is_async=False, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.is_async = is_async
        if isinstance(parent, Class):
            parent.methods[name] = lineno


class Class(_Object):
    """A class definition; `super` lists its bases (Class objects when known, else names)."""

    def __init__(self, module, name, super_, file, lineno, parent=None, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.super = super_ or []
        self.methods = {}


def _nest_function(ob, func_name, lineno, end_lineno, is_async=False):
    return Function(ob.module, func_name, ob.file, lineno, parent=ob, is_async=is_async, end_lineno=end_lineno)


def _nest_class(ob, class_name, lineno, end_lineno, super=None):
    return Class(ob.module, class_name, super, ob.file, lineno, parent=ob, end_lineno=end_lineno)


def readmodule(module, path=None):
    """{name: Class} for the top-level classes of a module."""
    return {name: obj for name, obj in _readmodule(module, path or []).items() if isinstance(obj, Class)}


def readmodule_ex(module, path=None):
    """{name: Class or Function} for the top-level definitions of a module (and '__path__' for a
    package)."""
    found = _readmodule(module, path or [])
    return found


def _readmodule(module, path, inpackage=None):
    full_name = "%s.%s" % (inpackage, module) if inpackage is not None else module
    if full_name in _modules:
        return _modules[full_name]
    tree = {}
    if inpackage is None and module in sys.builtin_module_names:
        _modules[module] = tree
        return tree

    package, dot, last = module.rpartition('.')
    if dot:
        parent = _readmodule(package, path, inpackage)
        if inpackage is not None:
            package = inpackage + "." + package
        if '__path__' not in parent:
            raise ImportError('No package named {}'.format(package))
        return _readmodule(last, parent['__path__'], package)

    search = path + sys.path if inpackage is None else path
    spec = _find_spec(full_name, search)
    if spec is None:
        raise ModuleNotFoundError(f"no module named {full_name!r}", name=full_name)
    _modules[full_name] = tree
    locations = spec.submodule_search_locations
    if locations is not None:
        tree['__path__'] = locations
    loader = spec.loader
    try:
        source = loader.get_source(full_name)
    except (AttributeError, ImportError):
        return tree
    if source is None:
        return tree
    try:
        fname = loader.get_filename(full_name)
    except (AttributeError, ImportError):
        fname = spec.origin
    return _create_tree(full_name, path, fname, source, tree, inpackage)


def _find_spec(name, search):
    """The spec of a module looked up in the given folders first, then as an import would."""
    import os
    last = name.rpartition('.')[2]
    for folder in search:
        if not isinstance(folder, str):
            continue
        package = os.path.join(folder, last, '__init__.py')
        if os.path.isfile(package):
            return importlib.util.spec_from_file_location(name, package,
                                                          submodule_search_locations=[os.path.dirname(package)])
        single = os.path.join(folder, last + '.py')
        if os.path.isfile(single):
            return importlib.util.spec_from_file_location(name, single)
    if '.' in name:
        return None
    try:
        return importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None


class _ModuleBrowser(ast.NodeVisitor):
    """Walks a module's tree, making a Class or Function for each definition."""

    def __init__(self, module, path, file, tree, inpackage):
        self.path = path
        self.tree = tree
        self.file = file
        self.module = module
        self.inpackage = inpackage
        self.stack = []

    def visit_ClassDef(self, node):
        bases = []
        for base in node.bases:
            name = ast.unparse(base)
            if name in self.tree:
                bases.append(self.tree[name])
            elif len(parts := name.split('.')) > 1:
                # module.Class: found when that module's source was already read
                module_name, class_name = parts[-2], parts[-1]
                known = _modules.get(module_name)
                bases.append(known.get(class_name, name) if known is not None else name)
            else:
                bases.append(name)
        outer = self.stack[-1] if self.stack else None
        cls = Class(self.module, node.name, bases, self.file, node.lineno, outer, end_lineno=node.end_lineno)
        if outer is None:
            self.tree[node.name] = cls
        self.stack.append(cls)
        self.generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node, *, is_async=False):
        outer = self.stack[-1] if self.stack else None
        func = Function(self.module, node.name, self.file, node.lineno, outer, is_async, end_lineno=node.end_lineno)
        if outer is None:
            self.tree[node.name] = func
        self.stack.append(func)
        self.generic_visit(node)
        self.stack.pop()

    def visit_AsyncFunctionDef(self, node):
        return self.visit_FunctionDef(node, is_async=True)

    def visit_Import(self, node):
        if node.col_offset != 0:
            return
        for alias in node.names:
            try:
                _readmodule(alias.name, self.path, self.inpackage)
            except (ImportError, SyntaxError):
                pass

    def visit_ImportFrom(self, node):
        if node.col_offset != 0:
            return
        try:
            module = '.' * node.level + (node.module or '')
            package = self.inpackage
            if node.level > 0 and package is not None:
                package = package.rsplit('.', node.level - 1)[0] if node.level > 1 else package
            names = _readmodule(module.lstrip('.') or package or '', self.path, None) if module else {}
        except (ImportError, SyntaxError, ValueError):
            return
        for alias in node.names:
            if alias.name in names:
                self.tree[alias.asname or alias.name] = names[alias.name]
            elif alias.name == '*':
                for import_name, import_value in names.items():
                    if not import_name.startswith('_'):
                        self.tree[import_name] = import_value


def _create_tree(fullmodule, path, fname, source, tree, inpackage):
    _ModuleBrowser(fullmodule, path, fname, tree, inpackage).visit(ast.parse(source))
    return tree


def _main():
    """Prints the definitions of the module named on the command line, nested by indentation."""
    import os
    target = sys.argv[1]
    folders = []
    if os.path.exists(target):
        folders = [os.path.dirname(target)]
        target = os.path.splitext(os.path.basename(target))[0]

    def show(obj, depth):
        if isinstance(obj, Class):
            print("{}class {} {} {}".format(' ' * depth, obj.name, obj.super, obj.lineno))
        elif isinstance(obj, Function):
            print("{}def {} {}".format(' ' * depth, obj.name, obj.lineno))
        else:
            return
        for child in sorted(obj.children.values(), key=lambda o: o.lineno):
            show(child, depth + 2)

    for obj in sorted((o for o in readmodule_ex(target, folders).values() if isinstance(o, _Object)),
                      key=lambda o: o.lineno):
        show(obj, 0)


if __name__ == "__main__":
    _main()
