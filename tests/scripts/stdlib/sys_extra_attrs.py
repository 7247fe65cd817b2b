# sys's constants, hooks and functions beyond the basics, as programs use them.
import sys

print(hex(sys.hexversion), sys.hexversion >= 0x030b0000, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.float_repr_style, sys.api_version, repr(sys.abiflags), sys.platlibdir, sys.pycache_prefix)
print(sys.copyright.splitlines()[0])
print(sys.prefix == sys.exec_prefix == sys.base_prefix == sys.base_exec_prefix, isinstance(sys.prefix, str))
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names) > 250,
      all(m in sys.stdlib_module_names for m in ('os', 'sys', 're', 'json', 'threading', 'asyncio', 'tkinter')),
      'numpy' in sys.stdlib_module_names)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.algorithm, sys.hash_info.width)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), len(sys.flags) >= 17)
print(isinstance(sys.warnoptions, list), isinstance(sys._xoptions, dict), isinstance(sys.orig_argv, list))
print(sys.is_finalizing(), sys.getdlopenflags(), isinstance(sys.getallocatedblocks(), int))
sys.setdlopenflags(10)
print(sys.getdlopenflags())
sys.setdlopenflags(2)
print(sys.call_tracing(divmod, (17, 5)), sys.__stdin__ is sys.stdin, sys.__displayhook__ is sys.displayhook)

names = dir(sys)
print(all(n in names for n in ('hexversion', 'displayhook', 'exception', 'audit', 'flags', 'float_info',
                               'thread_info', 'stdlib_module_names', 'prefix', 'platlibdir')))
print('__getattr__' in names, names == sorted(names))

# sys.exception(): the exception being handled, in this frame or a caller's.
print(sys.exception())
def inner():
    return repr(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), inner())
    try:
        raise ValueError(1)
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

# displayhook: repr to sys.stdout and builtins._; None shown as nothing.
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook('text')
print(repr(builtins._))

# Audit hooks: called in order with the event and its arguments as a tuple.
seen = []
sys.audit('nobody.listens', 1)
sys.addaudithook(lambda event, args: seen.append((event, args)))
sys.audit('my.event', 1, 'two')
sys.audit('other')
print(seen)
def refuse(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(refuse)
sys.addaudithook(print)
sys.audit('after')
print(seen[-1])

for call in (lambda: sys.exception(1), lambda: sys.displayhook(), lambda: sys.call_tracing(print, [1]),
             lambda: sys.call_tracing(print), lambda: sys.getallocatedblocks(2), lambda: sys.setdlopenflags('x'),
             lambda: sys.audit(), lambda: sys.audit(5), lambda: sys.addaudithook(), lambda: sys.no_such_thing):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
