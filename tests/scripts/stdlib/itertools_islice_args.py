import itertools as it
class I:
    def __index__(self): return 2
for a in [(2**70,), (1, 2**70), (2**70, 5), (1, 5, 2**70), (-1,), (1, -1), (-5, 2), (0, 3, -1), ('a',), (1.0,), (0, 2, 1.0), (I(),), (I(), None, I()), (None, None), (None, None, None), (True,), (-2**70, 3), (1, -2**70)]:
  try: print(a if not isinstance(a[0], I) else 'I', list(it.islice('abcdef', *a)))
  except Exception as e: print(a if not isinstance(a[0], I) else 'I', type(e).__name__, e)
