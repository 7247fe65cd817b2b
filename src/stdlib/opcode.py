"""opcode for gilpy: the names and groups of gilpy's own instructions (shared with dis).

gilpy runs its own bytecode, not CPython's: opname lists the variants of gilpy's `code::Op`
(in CPython's UPPER_CASE spelling) and opmap maps them back to their numbers. Every instruction
carries its operand inline, so HAVE_ARGUMENT is 0 and there is no EXTENDED_ARG; stack_effect()
is not provided (gilpy's stack effects are documented in src/code/opcode.rs).
"""

import _gilpy_dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "opname",
           "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
opname = _gilpy_dis.opnames()
opmap = {name: number for number, name in enumerate(opname)}


def _numbers(*names):
    return [opmap[name] for name in names]


hasconst = _numbers('LOAD_CONST')
hasname = _numbers('LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
                   'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'IMPORT_NAME', 'IMPORT_FROM',
                   'LOAD_CLASS_DEREF')
# gilpy's jumps name their target instruction directly.
hasjrel = []
hasjabs = _numbers('COMPARE_JUMP_IF_FALSE', 'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP',
                   'JUMP_IF_TRUE_OR_POP', 'FOR_ITER', 'SETUP_EXCEPT', 'SETUP_WITH', 'SETUP_ASYNC_WITH')
haslocal = _numbers('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST')
hasfree = _numbers('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE')
hascompare = _numbers('COMPARE', 'COMPARE_JUMP_IF_FALSE')
hasnargs = []
HAVE_ARGUMENT = 0
EXTENDED_ARG = None
