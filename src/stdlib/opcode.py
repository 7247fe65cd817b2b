"""opcode for gilpy: the names and groups of gilpy's own instructions (shared with dis).

gilpy runs its own bytecode, not CPython's: opname lists the variants of gilpy's `code::Op`
(in CPython's UPPER_CASE spelling) and opmap maps them back to their numbers. Every instruction
carries its operand inline, so HAVE_ARGUMENT is 0 and there is no EXTENDED_ARG. stack_effect()
answers for gilpy's instructions, from the stack pictures documented on each variant of `Op`
(src/code/opcode.rs): see _EFFECTS below.
"""

import _gilpy_dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "opname",
           "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

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


# ---- stack effects
#
# For each instruction: whether it takes an operand, and its effect on the value stack as
# (when it goes on to the next instruction, when it jumps), given the operand. Operands are what
# dis shows as `arg`, except UNPACK_EX's, which packs its two counts as CPython does
# (before | after << 8). A handler set up by SETUP_EXCEPT / SETUP_WITH / SETUP_ASYNC_WITH starts
# with the stack cut back to where the block began and the exception pushed: its "jump" effect.


def _fixed(effect):
    return lambda arg: (effect, effect)


def _no_arg(effect):
    return False, _fixed(effect)


def _with_arg(how):
    return True, how


def _operator(effect):
    # The operator of BINARY, COMPARE... is no number: dis shows no arg, but one is accepted.
    return None, _fixed(effect)


def _bits(n):
    return bin(n).count('1')


_EFFECTS = {
    'POP_TOP': _no_arg(-1), 'DUP_TOP': _no_arg(1), 'DUP_TOP2': _no_arg(2),
    'ROT_TWO': _no_arg(0), 'ROT_THREE': _no_arg(0),
    # names
    'LOAD_CONST': _with_arg(_fixed(1)), 'LOAD_FAST': _with_arg(_fixed(1)),
    'STORE_FAST': _with_arg(_fixed(-1)), 'DELETE_FAST': _with_arg(_fixed(0)),
    'LOAD_DEREF': _with_arg(_fixed(1)), 'STORE_DEREF': _with_arg(_fixed(-1)),
    'DELETE_DEREF': _with_arg(_fixed(0)), 'LOAD_CLOSURE': _with_arg(_fixed(1)),
    'LOAD_CLASS_DEREF': _with_arg(_fixed(1)), 'LOAD_GLOBAL': _with_arg(_fixed(1)),
    'STORE_GLOBAL': _with_arg(_fixed(-1)), 'DELETE_GLOBAL': _with_arg(_fixed(0)),
    'LOAD_NAME': _with_arg(_fixed(1)), 'STORE_NAME': _with_arg(_fixed(-1)),
    'DELETE_NAME': _with_arg(_fixed(0)),
    # attributes and items
    'LOAD_ATTR': _with_arg(_fixed(0)), 'LOAD_FAST_ATTR': _with_arg(_fixed(1)),
    'STORE_ATTR': _with_arg(_fixed(-2)), 'DELETE_ATTR': _with_arg(_fixed(-1)),
    'LOAD_METHOD': _with_arg(_fixed(1)), 'CALL_METHOD': _with_arg(lambda n: _both(-n - 1)),
    'BINARY_SUBSCR': _no_arg(-1), 'STORE_SUBSCR': _no_arg(-3), 'DELETE_SUBSCR': _no_arg(-2),
    # superinstructions: the effect of both instructions they stand for
    'LOAD_FAST_LOAD_FAST': _with_arg(_fixed(2)), 'LOAD_FAST_LOAD_CONST': _with_arg(_fixed(2)),
    'LOAD_CONST_LOAD_FAST': _with_arg(_fixed(2)), 'STORE_FAST_LOAD_FAST': _with_arg(_fixed(0)),
    'STORE_FAST_STORE_FAST': _with_arg(_fixed(-2)), 'BINARY_STORE_FAST': _operator(-2),
    'INPLACE_STORE_FAST': _operator(-2),
    # operators
    'BINARY': _operator(-1), 'INPLACE': _operator(-1), 'UNARY': _operator(0),
    'COMPARE': _operator(-1), 'COMPARE_JUMP_IF_FALSE': _operator(-2),
    # building
    'BUILD_TUPLE': _with_arg(lambda n: _both(1 - n)), 'BUILD_LIST': _with_arg(lambda n: _both(1 - n)),
    'BUILD_SET': _with_arg(lambda n: _both(1 - n)), 'BUILD_MAP': _with_arg(lambda n: _both(1 - 2 * n)),
    'BUILD_SLICE': _with_arg(lambda n: _both(1 - n)), 'BUILD_STRING': _with_arg(lambda n: _both(1 - n)),
    'LIST_APPEND': _with_arg(_fixed(-1)), 'SET_ADD': _with_arg(_fixed(-1)), 'MAP_ADD': _with_arg(_fixed(-2)),
    'LIST_EXTEND': _with_arg(_fixed(-1)), 'SET_UPDATE': _with_arg(_fixed(-1)),
    'DICT_UPDATE': _with_arg(_fixed(-1)), 'DICT_MERGE': _with_arg(_fixed(-1)),
    'LIST_TO_TUPLE': _no_arg(0),
    'UNPACK_SEQUENCE': _with_arg(lambda n: _both(n - 1)),
    'UNPACK_EX': _with_arg(lambda n: _both((n & 0xFF) + (n >> 8))),
    'FORMAT_VALUE': _with_arg(lambda flags: _both(-1 if flags & 4 else 0)),
    # control flow
    'JUMP': _with_arg(_fixed(0)), 'POP_JUMP_IF_FALSE': _with_arg(_fixed(-1)),
    'POP_JUMP_IF_TRUE': _with_arg(_fixed(-1)),
    'JUMP_IF_FALSE_OR_POP': _with_arg(lambda t: (-1, 0)), 'JUMP_IF_TRUE_OR_POP': _with_arg(lambda t: (-1, 0)),
    'GET_ITER': _no_arg(0), 'FOR_ITER': _with_arg(lambda t: (1, -1)),
    # calls and functions
    'CALL_FUNCTION': _with_arg(lambda n: _both(-n)), 'CALL_FUNCTION_KW': _with_arg(lambda n: _both(-n - 1)),
    'CALL_FUNCTION_EX': _with_arg(lambda kw: _both(-2 if kw & 1 else -1)),
    'MAKE_FUNCTION': _with_arg(lambda flags: _both(-_bits(flags & 15))),
    'SETUP_ANNOTATIONS': _no_arg(0), 'LOAD_BUILD_CLASS': _no_arg(1), 'RETURN_VALUE': _no_arg(-1),
    'YIELD_VALUE': _no_arg(0), 'YIELD_FROM': _no_arg(-1), 'GET_YIELD_FROM_ITER': _no_arg(0),
    # coroutines
    'GET_AWAITABLE': _with_arg(_fixed(0)), 'GET_A_ITER': _no_arg(0), 'GET_A_NEXT': _no_arg(1),
    'END_ASYNC_FOR': _no_arg(-2), 'BEFORE_ASYNC_WITH': _no_arg(2),
    'SETUP_ASYNC_WITH': _with_arg(lambda t: (0, 0)), 'CALL_ASYNC_EXIT_NONE': _no_arg(-1),
    # exceptions
    'SETUP_EXCEPT': _with_arg(lambda t: (0, 1)), 'POP_BLOCK': _no_arg(0), 'POP_EXCEPT': _no_arg(0),
    'RERAISE': _no_arg(-1), 'RAISE': _with_arg(lambda n: _both(-n)), 'CHECK_EXC_MATCH': _no_arg(0),
    'CHECK_EG_MATCH': _no_arg(1), 'PREP_RERAISE_STAR': _no_arg(-3),
    'SETUP_WITH': _with_arg(lambda t: (2, 2)), 'WITH_EXCEPT_START': _no_arg(1),
    'CALL_EXIT_NONE': _no_arg(-2), 'LOAD_ASSERTION_ERROR': _no_arg(1),
    # pattern matching
    'ROT_N': _with_arg(_fixed(0)), 'MATCH_CLASS': _with_arg(_fixed(-2)), 'MATCH_MAPPING': _no_arg(1),
    'MATCH_SEQUENCE': _no_arg(1), 'MATCH_KEYS': _no_arg(1), 'GET_LEN': _no_arg(1),
    'COPY_DICT_WITHOUT_KEYS': _no_arg(-1),
    # modules
    'IMPORT_NAME': _with_arg(_fixed(0)), 'IMPORT_FROM': _with_arg(_fixed(1)), 'IMPORT_STAR': _no_arg(-1),
    'PRINT_EXPR': _no_arg(-1),
}


def _both(effect):
    return effect, effect


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """Compute the stack effect of the opcode (one of gilpy's instructions)."""
    if not isinstance(opcode, int):
        raise TypeError(f"'{type(opcode).__name__}' object cannot be interpreted as an integer")
    if not 0 <= opcode < len(opname) or opname[opcode] not in _EFFECTS:
        raise ValueError('invalid opcode or oparg')
    takes_arg, how = _EFFECTS[opname[opcode]]
    if takes_arg is None:
        pass
    elif takes_arg:
        if oparg is None:
            raise ValueError('stack_effect: opcode requires oparg but oparg was not specified')
    elif oparg is not None:
        raise ValueError('stack_effect: opcode does not permit oparg but oparg was specified')
    if oparg is not None and not isinstance(oparg, int):
        raise TypeError(f"'{type(oparg).__name__}' object cannot be interpreted as an integer")
    on, jumped = how(oparg if oparg is not None else 0)
    if jump is None:
        return max(on, jumped)
    return jumped if jump else on
