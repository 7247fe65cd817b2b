# Random parsers and command lines; the expected results come from python3.
import argparse, contextlib, io, random, os
os.environ.pop('COLUMNS', None)
random.seed(12)
NARGS = [None, '?', '*', '+', 1, 2, argparse.REMAINDER]
def make():
    p = argparse.ArgumentParser(prog='fz', exit_on_error=random.random() < 0.5, allow_abbrev=random.random() < 0.7)
    npos = random.randint(0, 3)
    for i in range(npos):
        nargs = random.choice(NARGS[:6] + ([argparse.REMAINDER] if i == npos - 1 else []))
        kw = {}
        if nargs is not None: kw['nargs'] = nargs
        if random.random() < 0.2: kw['type'] = int
        if random.random() < 0.1: kw['choices'] = ['a', 'b', '1']
        p.add_argument('p%d' % i, **kw)
    g = p.add_mutually_exclusive_group(required=random.random() < 0.2) if random.random() < 0.3 else None
    for name in ['-a', '--bee', '-c', '--cee', '--cease', '-1']:
        if random.random() < 0.5: continue
        action = random.choice(['store', 'store_true', 'count', 'append', 'store_const', 'extend'])
        kw = {'action': action}
        if action in ('store', 'append', 'extend'):
            n = random.choice([None, '?', '*', '+', 2] if action != 'extend' else ['*', '+', 2])
            if n is not None: kw['nargs'] = n
            if n == '?': kw['const'] = 'C'
            if random.random() < 0.2: kw['type'] = int
        if action == 'store_const': kw['const'] = 'K'
        if random.random() < 0.15 and action not in ('store_true', 'count', 'store_const'): kw['required'] = True
        tgt = g if (g is not None and random.random() < 0.5 and not kw.get('required')) else p
        if name == '-1': kw['dest'] = 'one'
        try:
            tgt.add_argument(name, **kw)
        except Exception as e:
            print('add', type(e).__name__, e)
    return p
TOK = ['x', 'y', '1', '-1', '-a', '-aa', '-a1', '--bee', '--be', '--bee=z', '-c', '--ce', '--cea', '--cee=q', '--', '-', '-z', '--zz', 'a', 'b', '-2.5', '-ac', '-ca']
for t in range(250):
    p = make()
    for k in range(4):
        argv = [random.choice(TOK) for _ in range(random.randint(0, 6))]
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                r = p.parse_known_args(argv) if random.random() < 0.3 else p.parse_args(argv)
            print(t, argv, r)
        except SystemExit as e:
            print(t, argv, 'exit', e.code, err.getvalue().splitlines()[-1])
        except argparse.ArgumentError as e:
            print(t, argv, 'AE', e)
        except Exception as e:
            print(t, argv, 'EXC', type(e).__name__, str(e).split(' <')[0])
    if t % 10 == 0:
        try:
            print(p.format_help())
        except ValueError as e:
            print('help', type(e).__name__)
