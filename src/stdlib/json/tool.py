"""`python -m json.tool`: read JSON (a file or stdin), check it, and write it back indented."""

import argparse
import json
import sys
from pathlib import Path

_PROG = 'python -m json.tool'
_ABOUT = ('A simple command line interface for json module '
          'to validate and pretty-print JSON objects.')

# (flag, keyword arguments) of the layout choices; only one of them may be given.
_LAYOUTS = (
    ('--indent', dict(default=4, type=int,
                      help='separate items with newlines and use this number '
                           'of spaces for indentation')),
    ('--tab', dict(action='store_const', dest='indent', const='\t',
                   help='separate items with newlines and use tabs for indentation')),
    ('--no-indent', dict(action='store_const', dest='indent', const=None,
                         help='separate items with spaces rather than newlines')),
    ('--compact', dict(action='store_true',
                       help='suppress all whitespace separation (most compact)')),
)


def _parser():
    p = argparse.ArgumentParser(prog=_PROG, description=_ABOUT)
    p.add_argument('infile', nargs='?', default=sys.stdin,
                   type=argparse.FileType(encoding='utf-8'),
                   help='a JSON file to be validated or pretty-printed')
    p.add_argument('outfile', nargs='?', default=None, type=Path,
                   help='write the output of infile to outfile')
    p.add_argument('--sort-keys', action='store_true', default=False,
                   help='sort the output of dictionaries alphabetically by key')
    p.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                   help='disable escaping of non-ASCII characters')
    p.add_argument('--json-lines', action='store_true', default=False,
                   help='parse input using the JSON Lines format. Use with '
                        '--no-indent or --compact to produce valid JSON Lines output.')
    exclusive = p.add_mutually_exclusive_group()
    for flag, kwargs in _LAYOUTS:
        exclusive.add_argument(flag, **kwargs)
    return p


def _documents(source, one_per_line):
    if one_per_line:
        return (json.loads(text) for text in source)
    return (json.load(source),)


def main():
    opts = _parser().parse_args()
    layout = dict(sort_keys=opts.sort_keys, indent=opts.indent,
                  ensure_ascii=opts.ensure_ascii)
    if opts.compact:
        layout.update(indent=None, separators=(',', ':'))
    with opts.infile as source:
        try:
            docs = _documents(source, opts.json_lines)
            sink = sys.stdout if opts.outfile is None else opts.outfile.open('w', encoding='utf-8')
            with sink:
                for doc in docs:
                    json.dump(doc, sink, **layout)
                    sink.write('\n')
        except ValueError as err:
            raise SystemExit(err)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as broken:
        sys.exit(broken.errno)
