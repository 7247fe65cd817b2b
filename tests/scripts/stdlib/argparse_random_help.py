# Random parsers, formatters and terminal widths: help text compared with python3.
import argparse, random, os
random.seed(3)
words = ['alpha', 'be', 'gamma-delta', 'x', 'very-long-option-name-here', 'mid']
helps = [None, 'short', 'a somewhat longer help text that will need to wrap around a few times at narrow widths', '', 'with %(default)s and %(prog)s', argparse.SUPPRESS]
for t in range(120):
    os.environ['COLUMNS'] = str(random.choice([10, 20, 30, 45, 60, 80, 100, 150]))
    fc = random.choice([argparse.HelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter])
    p = argparse.ArgumentParser(prog=random.choice(['p', 'prog-name', 'a-very-long-program-name-for-testing-usage']), formatter_class=fc,
                                description=random.choice([None, 'desc ' * random.randint(1, 30)]), epilog=random.choice([None, 'epi\n  logue']))
    used = set()
    for i in range(random.randint(0, 7)):
        w = random.choice(words)
        kw = {'help': random.choice(helps)}
        if random.random() < 0.4:
            if w in used: continue
            used.add(w)
            kw['nargs'] = random.choice([None, '?', '*', '+', 2, argparse.REMAINDER])
            if kw['nargs'] == 2 and random.random() < 0.5: kw['metavar'] = ('A', 'B')
            if random.random() < 0.2: kw['metavar'] = 'META'
            p.add_argument(w.replace('-', '_'), **kw)
        else:
            names = ['--' + w]
            if random.random() < 0.5: names.insert(0, '-' + w[0])
            if any(n in used for n in names): continue
            used.update(names)
            act = random.choice(['store', 'store_true', 'count', 'append'])
            kw['action'] = act
            if act in ('store', 'append'):
                kw['nargs'] = random.choice([None, '?', '*', '+', 3])
                if random.random() < 0.3: kw['choices'] = ['one', 'two']
                if random.random() < 0.3: kw['metavar'] = 'M'
            if random.random() < 0.2: kw['required'] = True
            if random.random() < 0.3: kw['default'] = 5
            p.add_argument(*names, **kw)
    if random.random() < 0.3:
        g = p.add_mutually_exclusive_group(required=random.random() < 0.5)
        g.add_argument('--m1', action='store_true', help='m1')
        g.add_argument('--m2', help=random.choice(helps))
    try:
        print(p.format_help())
    except Exception as e:
        print('EXC', type(e).__name__, e)
