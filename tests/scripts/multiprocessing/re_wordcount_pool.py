# Runs the published example scripts/examples/regex_wordcount_pool.py as its own main module (its
# workers find count_chunk in __main__), so that the example itself is what is tested.
import os

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, '..', '..', '..', 'scripts', 'examples', 'regex_wordcount_pool.py')
with open(path, encoding='utf-8') as fh:
    exec(compile(fh.read(), path, 'exec'))
