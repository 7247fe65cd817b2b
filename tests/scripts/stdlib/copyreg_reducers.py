# copyreg.pickle_complex / pickle_union: the registered reducers, used by pickle and copy.
import copy, copyreg, pickle
print(copyreg.pickle_complex(3+4j), copyreg.pickle_complex(-0.5j))
print(copyreg.dispatch_table[complex] is copyreg.pickle_complex)
u = int | str
f, args = copyreg.pickle_union(u)
print(f.__name__, args[1], f(*args) == u)
print(copyreg.dispatch_table[type(u)] is copyreg.pickle_union)
for value in (1+2j, complex(-1.5, 0.25)):
    print(pickle.loads(pickle.dumps(value)), copy.copy(value))
print(pickle.loads(pickle.dumps(int | None)))
