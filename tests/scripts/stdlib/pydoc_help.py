import sys, pydoc

import helper_pydoc_sample

def f(a, b=2, *args, c, **kw):
    """Add things.

    More text here.
    """
    return a

lam = lambda x, y=1: x
async def co(): pass

class Plain:
    __slots__ = ()

class K(Plain):
    """Doc of K.

    Second paragraph."""
    __slots__ = ()
    LIMIT = 'a' * 200
    n = 3
    def __init__(self, v=0):
        "Init K."
    def method(self, x: int) -> str:
        "Method doc."
    alias = method
    @classmethod
    def make(cls, *a):
        "Class method doc."
    @staticmethod
    def util(p, q=None):
        pass
    @property
    def prop(self):
        "Read-only."
    @prop.setter
    def prop(self, v): pass

help(f)
help(lam)
help(co)
help(K)
help(K.method)
help(K().method)
help(K.make)
help(K.util)
help(Plain)
text = pydoc.render_doc(helper_pydoc_sample)
text = pydoc.plain(text)
print(text[:text.index('FILE')])
print(repr(pydoc.render_doc(f)[:40]))
print(pydoc.render_doc(K, renderer=pydoc.plaintext)[:60])
for thing in (f, K, helper_pydoc_sample, len, K.method, K().method, 3, 'x', [1], pydoc, None, K.prop):
    print(pydoc.describe(thing))
print(repr(pydoc.getdoc(f)), repr(pydoc.getdoc(Plain)), repr(pydoc.getdoc(K)))
print(pydoc.plain('a\bab\bb c'))
help('keywords')
help('symbols')
help('topics')


help('no_such_thing_here')
help('helper_pydoc_sample.area')
help('helper_pydoc_sample.Square')

print(pydoc.splitdoc('one\n\ntwo\nthree'), pydoc.splitdoc('single'), pydoc.splitdoc('a\nb'))
print(pydoc.cram('abcdefghijklmnop', 10), pydoc.stripid('<x at 0x7f00aabbccdd>'))
print(pydoc.locate('helper_pydoc_sample.Square.area').__qualname__, pydoc.locate('nope.nothing'))
print(pydoc.classname(K, '__main__'), pydoc.classname(K, 'other'))
print(pydoc.visiblename('_x'), pydoc.visiblename('__init__'), pydoc.visiblename('__doc__'))
