"""keyword: Python 3.11's reserved words and soft keywords, and tests for them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# Hard keywords: never usable as names. Sorted as CPython lists them.
kwlist = sorted("""
    False None True and as assert async await break class continue def del elif
    else except finally for from global if import in is lambda nonlocal not or pass
    raise return try while with yield""".split())

# Soft keywords: keywords only where the grammar expects them (match statements).
softkwlist = ['_', 'case', 'match']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
