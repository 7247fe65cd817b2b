# dis over gilpy's own instructions: what is checked here is what holds for both python3 and
# gilpy (the instruction names and offsets differ: gilpy runs its own bytecode).
import dis
import io


def f(a, b=2, *args, c, **kw):
    x = a + b
    if x > 3:
        return [i for i in range(x)]
    try:
        y = {k: v for k, v in kw.items()}
    except KeyError as e:
        raise ValueError('bad') from e
    finally:
        pass
    with open('x') as fh:
        pass
    return x, y, (lambda z: z * 2)


async def g():
    async for item in aiter_thing():
        await item
    async with ctx() as c:
        pass


def gen():
    yield 1
    yield from range(3)


class K:
    def method(self):
        return super().method()

    @staticmethod
    def st():
        match 5:
            case [a, *rest]:
                return a
            case {'k': v}:
                return v
            case K(x=1):
                return 1
            case _:
                return None


for target in [f, g, gen, K, K.method, K.st, f.__code__, "a = 1; b = a + 2", "x + 1", gen()]:
    out = io.StringIO()
    dis.dis(target, file=out)
    print(type(target).__name__, len(out.getvalue()) > 0)

instructions = list(dis.get_instructions(f))
print(all(i.opname == dis.opname[i.opcode] for i in instructions))
print(all(dis.opmap[i.opname] == i.opcode for i in instructions))
print(all(isinstance(i.offset, int) and isinstance(i.is_jump_target, bool) for i in instructions))
print(dis.Instruction._fields)
print(instructions[0].starts_line is not None)
print(sorted(set(line for _, line in dis.findlinestarts(f.__code__)))[-1])
info = dis.code_info(f).splitlines()
for line in info[:6]:
    print(line.replace(__file__, 'FILE'))
print(dis.pretty_flags(3), dis.pretty_flags(0x20 | 2))
bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line == f.__code__.co_firstlineno, isinstance(bc.dis(), str))
print(len(list(bc)) == len(instructions), bc.info() == dis.code_info(f))
out = io.StringIO()
dis.show_code(f, file=out)
print(out.getvalue().splitlines()[0])
try:
    dis.dis(5)
except TypeError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    out = io.StringIO()
    dis.disassemble(e.__traceback__.tb_frame.f_code, e.__traceback__.tb_lasti, file=out)
    print('-->' in out.getvalue())
    print(dis.Bytecode.from_traceback(e.__traceback__).current_offset == e.__traceback__.tb_lasti)
print(dis.opmap['LOAD_CONST'] in dis.hasconst, isinstance(dis.cmp_op, tuple))
