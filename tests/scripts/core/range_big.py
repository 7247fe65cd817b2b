# range with bounds and items past 2**63: length, items, slices, membership, iteration, reversal, equality, hash, count/index, as CPython

def t(e):
    try:
        r = eval(e)
        print(e, "->", repr(r))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)

R = range(0, 2**70, 3)
for e in ["len(R)", "R.__len__()", "bool(R)", "R[0]", "R[-1]", "R[2**68]", "R[2**69]", "R[-2**69]", "R[10**30]",
          "R[::2]", "R[5:10]", "R[::-1]", "R[-3:]", "R[2**65:2**66:7]", "R[::0]", "R['a']", "R[1.5]",
          "3 in R", "4 in R", "2**69 in R", "2**70 in R", "2**70-1 in R", "-3 in R", "3.0 in R", "True in R",
          "list(zip(range(3), R))", "next(iter(R))", "list(__import__('itertools').islice(reversed(R), 3))",
          "repr(R)", "str(R)", "R == range(0, 2**70, 3)", "R == range(0, 2**70+1, 3)", "R == range(0, 2**70-1, 3)", "R != R",
          "hash(R) == hash(range(0, 2**70 + 2, 3))", "R.count(3)", "R.count(4)", "R.index(3)", "R.index(2**69+1)",
          "R.index(4)", "R.start", "R.stop", "R.step",
          "range(2**63)", "len(range(2**63))", "range(2**63)[5]", "range(2**63)[-1]", "range(2**63)[2**63-1]", "range(2**63)[2**63]",
          "len(range(-2**62, 2**62+10))", "bool(range(-2**63, 2**63-1))", "len(range(-2**63, 2**63-1))",
          "list(range(2**62, 2**63-1, 2**61))", "list(range(2**64, 2**64+5))", "list(range(-2**64, -2**64-5, -2))",
          "range(-2**63, 2**63-1)[-1]", "range(-2**63, 2**63-1)[2**64-2]", "range(-2**63, 2**63-1)[2**64-1]",
          "range(10)[2**70]", "range(10)[-2**70]", "range(10)[2**63]", "list(reversed(range(-2**63, -2**63+3)))",
          "list(reversed(range(2**63-3, 2**63)))", "list(range(2**63-3, 2**63+3))", "list(range(2**63+3, 2**63-3, -2))",
          "range(-2**63, 2**63-1)[::2**62]", "list(range(-2**63, 2**63-1)[::2**62])", "range(-2**63, 2**63-1)[::-1]",
          "range(2**100).index(2**99)", "range(2**100).count(2**100)", "range(1, 2**100)[::-(2**90)]",
          "list(range(0, 10**20, 10**19)[3:7])", "range(0)[::-1]", "range(5, 5)", "range(5,5) == range(7,7)", "range(0,2**70,2**71) == range(0, 1)",
          "hash(range(0,2**70,2**71)) == hash(range(0,1))", "type(iter(R)).__name__", "type(iter(range(5))).__name__", "type(reversed(range(5))).__name__", "type(reversed(R)).__name__",
          "range(2**64)[2**63:]", "len(range(2**64)[2**63:])", "range(True, 5)", "range(2**70, 2**70+3).index(2**70+2)",
          "range(3).index('a')", "range(3).index(3)", "range(3).count(True)", "range(2**70)[True]",
          "max(range(2**64, 2**64+3))", "sum(range(2**64, 2**64+3))", "sorted(range(2**64+3, 2**64, -1))",
          "type(range(1,10,2).__reversed__()).__name__", "list(range(1,10,2).__reversed__())", "range(1,10)[__import__('operator').index(3)]",
          "range(2**70, 0, -3)[-1]", "list(range(2**70, 0, -2**68))", "range(2**70)[slice(None, None, 2**80)]", "list(range(2**70)[slice(None, None, 2**69)])",
          "range(0, 10)[2**64:]", "range(0, 10)[-2**64:2**64]", "range(0,10)[::2**64]", "range(0,10)[::-2**64]",
          "range(0,1)[::-1]", "range(10, 0, -1)[1:-1:3]", "range(-5, 2**70)[2**70]", "range(-5, 2**70).__getitem__(-1)", "range(2**70).__contains__(5)",
          "type(range(2**70).__reversed__()).__name__", "range(2**70).__bool__()", "list(range(3).__iter__())", "range(1.0)", "range('a')", "range(1, 2, 0)", "range(2**70, 2, 0)", "range()", "range(1,2,3,4)",
          ]:
    t(e)
for i, x in enumerate(range(2**64 - 2, 2**64 + 2)): print(i, x)
for x in reversed(range(-2**63 - 2, -2**63 + 2)): print(x)
it = iter(range(2**63 - 2, 2**63 + 2)); print(list(it), list(it))
