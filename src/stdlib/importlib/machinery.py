"""importlib.machinery: the finders' and loaders' classes and the file suffixes python3 knows."""

from _frozen_importlib import (ModuleSpec, BuiltinImporter, FrozenImporter, FileLoader, SourceFileLoader,
                               NamespaceLoader, PathFinder)

# Module file endings, by kind (the lists are shared: all three bytecode names are one list).
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']


def all_suffixes():
    """Every file suffix a module may have (a new list each call)."""
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]
