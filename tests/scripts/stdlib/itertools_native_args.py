import itertools as it
cases = [
 "it.chain(1)", "list(it.chain(1))", "it.chain(a=1)", "it.chain.from_iterable()", "list(it.chain.from_iterable([1]))",
 "it.islice()", "it.islice([1])", "it.islice([1],-1)", "it.islice([1],1,2,3,4)", "it.islice([1],'a')", "it.islice([1],0,2,0)", "it.islice(1, 2)", "it.islice([1], stop=2)",
 "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], repeat='a')", "it.product([1], foo=1)",
 "it.permutations()", "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.permutations(1)", "it.permutations([1], r=None)", "it.permutations([1], 1.5)",
 "it.combinations([1])", "it.combinations([1], -1)", "it.combinations([1], 'x')", "it.combinations(iterable=[1,2], r=1)",
 "it.combinations_with_replacement([1])", "it.combinations_with_replacement([1], -2)",
 "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, -5)", "it.repeat(1, times=2)", "it.repeat(object=1)",
 "it.starmap(pow)", "list(it.starmap(pow, [1]))", "it.starmap(pow, 1)",
 "it.zip_longest(1)", "it.zip_longest([1], fill=2)",
 "it.accumulate()", "it.accumulate(1)", "list(it.accumulate([1, 'a']))", "it.accumulate([1], initial=1, func=None)",
 "it.pairwise()", "it.pairwise(1)", "it.compress([1])", "it.compress(1, [1])", "it.takewhile(None)", "list(it.takewhile(None, [1,0]))", "it.dropwhile(bool)", "it.filterfalse(None)", "list(it.filterfalse(None, [0,1,'',2]))", "it.cycle()", "it.cycle(1)", "it.cycle([1], 2)",
 "repr(it.repeat(1))", "repr(it.repeat('a', 3))", "r=it.repeat(1,2);next(r);repr(r)", "it.repeat(1,3).__length_hint__()", "len(list(it.repeat(None, 5)))",
 "type(it.chain())", "repr(type(it.islice([],1)))", "it.chain.__module__", "it.permutations.__name__",
 "list(it.islice(range(10), 2, None, 3))", "list(it.islice(range(10), None))", "list(it.islice('abc', None, 2))",
 "list(it.product('ab', repeat=2))", "list(it.product())", "list(it.product([], [1]))",
 "list(it.permutations('abc', 2))", "list(it.permutations([], 0))", "list(it.permutations('ab', 3))",
 "list(it.combinations('abcd', 2))", "list(it.combinations('ab', 0))", "list(it.combinations_with_replacement('ab', 3))", "list(it.combinations_with_replacement('', 0))","list(it.combinations_with_replacement('', 1))",
 "list(it.accumulate([1,2,3], initial=10))", "list(it.accumulate([3,1,4], max))", "list(it.accumulate([], initial=5))",
 "list(it.zip_longest('ab', 'c', fillvalue='-'))", "list(it.zip_longest())", "list(it.compress('abcd', [1,0,1]))",
 "list(it.pairwise('abcd'))", "list(it.pairwise('a'))", "list(it.islice(it.cycle('ab'), 5))", "list(it.cycle([]))",
 "list(it.dropwhile(lambda x: x < 3, [1,4,1]))", "list(it.takewhile(lambda x: x < 3, [1,2,4,1]))",
 "list(it.chain('ab', [1]))", "list(it.chain.from_iterable(['ab', 'c']))", "list(it.starmap(pow, [(2,3),(3,2)]))",
 "class C(it.chain): pass\nprint(list(C('ab','c')), type(C()).__name__)",
 "i=iter(range(10)); list(it.islice(i, 3)); print(next(i))",
 "it.islice(range(3), 2).__length_hint__()",
 "list(it.repeat(1, 2.5))", "it.product(range(3)).__length_hint__()",
 "p=it.permutations(range(3)); next(p); print(list(p)[:2])",
]
for c in cases:
    try:
        if "\n" in c or ";" in c and "print" in c:
            exec(c)
        else:
            r = eval(c); print(repr(r) if "object at" not in repr(r) else type(r))
    except Exception as e:
        print("ERR", type(e).__name__, e)
