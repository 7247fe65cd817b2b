import bdb, sys

class Tracer(bdb.Bdb):
    def __init__(self, plan):
        super().__init__()
        self.plan = list(plan)
    def act(self, frame, what):
        print(what, frame.f_code.co_name, frame.f_lineno if frame.f_code.co_filename == __file__ else '-')
        cmd = self.plan.pop(0) if self.plan else 'c'
        if cmd == 's': self.set_step()
        elif cmd == 'n': self.set_next(frame)
        elif cmd == 'r': self.set_return(frame)
        elif cmd == 'c': self.set_continue()
        elif cmd == 'q': self.set_quit()
    def user_line(self, frame): self.act(frame, 'line')
    def user_call(self, frame, args): self.act(frame, 'call')
    def user_return(self, frame, value): print('return value', repr(value)); self.act(frame, 'return')
    def user_exception(self, frame, info): print('exception', info[0].__name__); self.act(frame, 'exc')

def inner(x):
    y = x * 2
    return y + 1

def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total

t = Tracer(['s', 's', 's', 's', 's', 'n', 'n', 'r', 'c'])
print(t.runcall(outer, 2))
t = Tracer(['n', 'n', 'n', 'n', 'n', 'n', 'n', 'n'])
print(t.runcall(outer, 2))
t = Tracer([])
t.set_break(__file__, 21)
print(t.set_break(__file__, 999).replace(__file__, 'F'))
print(t.runcall(outer, 3))
print(t.get_all_breaks() == {t.canonic(__file__): [21]}, t.get_break(__file__, 21), t.get_file_breaks(__file__))
bp = bdb.Breakpoint.bpbynumber[1]
print(bp.hits, bp.bpformat().replace(__file__, 'F'))
print(t.clear_break(__file__, 21), t.clear_break(__file__, 21).replace(__file__, 'F'))
print(t.clear_all_breaks())
for arg in ['', 'x', '99', '1']:
    try:
        t.get_bpbynumber(arg)
    except ValueError as e:
        print('ValueError', e)
print(t.canonic('<string>'), t.canonic('bdb_stepping.py') == __file__)
class Skipper(Tracer):
    pass
s = Skipper(['s', 's', 's', 's', 'c'])
s.skip = {'json*'}
print(s.is_skipped_module('json.decoder'), s.is_skipped_module('__main__'), s.is_skipped_module(None))
def boom():
    raise ValueError('x')
t = Tracer(['s', 's', 's', 'c'])
try:
    t.runcall(boom)
except ValueError as e:
    print('caught', e)
t = Tracer(['s', 'q'])
print(t.runcall(outer, 2))
t = Tracer(['s','s','c'])
t.run('x = 1\ny = x + 1\nz = y + 1\n')
