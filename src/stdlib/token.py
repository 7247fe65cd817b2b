"""Token numbers of Python's grammar and their names, as the tokenize module reports them."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

# The terminal tokens in number order (the numbering is CPython 3.11's: programs compare them).
_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR', 'LSQB',
    'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS',
    'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
    'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL',
    'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL',
    'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
    'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'OP', 'AWAIT',
    'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'ERRORTOKEN', 'COMMENT', 'NL',
    'ENCODING', 'N_TOKENS',
)

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.append('NT_OFFSET')
del _number, _name

# Operator text to its exact token type.
EXACT_TOKEN_TYPES = {
    '(': LPAR, ')': RPAR, '[': LSQB, ']': RSQB, ':': COLON, ',': COMMA, ';': SEMI, '+': PLUS,
    '-': MINUS, '*': STAR, '/': SLASH, '|': VBAR, '&': AMPER, '<': LESS, '>': GREATER, '=': EQUAL,
    '.': DOT, '%': PERCENT, '{': LBRACE, '}': RBRACE, '==': EQEQUAL, '!=': NOTEQUAL,
    '<=': LESSEQUAL, '>=': GREATEREQUAL, '~': TILDE, '^': CIRCUMFLEX, '<<': LEFTSHIFT,
    '>>': RIGHTSHIFT, '**': DOUBLESTAR, '+=': PLUSEQUAL, '-=': MINEQUAL, '*=': STAREQUAL,
    '/=': SLASHEQUAL, '%=': PERCENTEQUAL, '&=': AMPEREQUAL, '|=': VBAREQUAL, '^=': CIRCUMFLEXEQUAL,
    '<<=': LEFTSHIFTEQUAL, '>>=': RIGHTSHIFTEQUAL, '**=': DOUBLESTAREQUAL, '//': DOUBLESLASH,
    '//=': DOUBLESLASHEQUAL, '@': AT, '@=': ATEQUAL, '->': RARROW, '...': ELLIPSIS,
    ':=': COLONEQUAL,
}


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
