"""Build shell pipelines from steps (CPython 3.11's pipes, deprecated since 3.11).

A Template holds (command, kind) steps. A kind is two characters, how the step reads and
how it writes: 'f' a file named by $IN / $OUT in the command, '-' standard input/output,
'.' nothing (a source has no input, a sink no output). open() runs the pipeline with
os.popen, copy() with os.system; files the steps need between them are made with tempfile
and removed at the end."""

import re
import os
import tempfile
import warnings

warnings._deprecated(__name__, remove=(3, 13))

# quote is still exported from here for old callers.
from shlex import quote

__all__ = ["Template"]

FILEIN_FILEOUT = 'ff'
STDIN_FILEOUT = '-f'
FILEIN_STDOUT = 'f-'
STDIN_STDOUT = '--'
SOURCE = '.-'
SINK = '-.'

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK]


class Template:
    """The steps of a pipeline, to be run later on a file."""

    def __init__(self):
        """A template with no steps and debugging off."""
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return f'<Template instance, steps={self.steps!r}>'

    def reset(self):
        """Forget every step."""
        self.steps = []

    def clone(self):
        """A new template with a copy of the steps and the same debugging."""
        copy = Template()
        copy.steps = list(self.steps)
        copy.debugging = self.debugging
        return copy

    def debug(self, flag):
        """Print each pipeline before running it (and run it under set -x) when flag is true."""
        self.debugging = flag

    def _check(self, where, cmd, kind):
        if not isinstance(cmd, str):
            raise TypeError(f'Template.{where}: cmd must be a string')
        if kind not in stepkinds:
            raise ValueError(f'Template.{where}: bad kind {kind!r}')

    @staticmethod
    def _check_names(where, cmd, kind):
        if kind[0] == 'f' and re.search(r'\$IN\b', cmd) is None:
            raise ValueError(f'Template.{where}: missing $IN in cmd')
        if kind[1] == 'f' and re.search(r'\$OUT\b', cmd) is None:
            raise ValueError(f'Template.{where}: missing $OUT in cmd')

    def append(self, cmd, kind):
        """Add a step after the others."""
        self._check('append', cmd, kind)
        if kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        self._check_names('append', cmd, kind)
        self.steps[len(self.steps):] = [(cmd, kind)]

    def prepend(self, cmd, kind):
        """Add a step before the others."""
        self._check('prepend', cmd, kind)
        if kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        self._check_names('prepend', cmd, kind)
        self.steps[:0] = [(cmd, kind)]

    def open(self, file, rw):
        """A pipe reading the pipeline's output fed from file (rw 'r'), or writing into
        the pipeline whose output goes to file (rw 'w')."""
        if rw == 'r':
            return self.open_r(file)
        if rw == 'w':
            return self.open_w(file)
        raise ValueError("Template.open: rw must be 'r' or 'w', not %r" % (rw,))

    def open_r(self, file):
        """open(file, 'r')."""
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            # CPython's message, spelling included.
            raise ValueError('Template.open_r: pipeline ends width SINK')
        return os.popen(self.makepipeline(file, ''), 'r')

    def open_w(self, file):
        """open(file, 'w')."""
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        return os.popen(self.makepipeline('', file), 'w')

    def copy(self, infile, outfile):
        """Run the pipeline from infile to outfile; os.system's status."""
        command = self.makepipeline(infile, outfile)
        return os.system(command)

    def makepipeline(self, infile, outfile):
        cmd = makepipeline(infile, list(self.steps), outfile)
        if self.debugging:
            print(cmd)
            cmd = 'set -x; ' + cmd
        return cmd


def makepipeline(infile, steps, outfile):
    # One stage per step: [input file or '', command, kind, output file or ''].
    stages = [['', cmd, kind, ''] for cmd, kind in steps]
    cat = ['', 'cat', '--', '']
    if not stages:
        stages.append(list(cat))
    # A first step that wants a file but has none reads through cat; likewise at the end.
    if stages[0][2][0] == 'f' and not infile:
        stages.insert(0, list(cat))
    stages[0][0] = infile
    if stages[-1][2][1] == 'f' and not outfile:
        stages.append(list(cat))
    stages[-1][3] = outfile

    # Neighbours of which one side works on files are joined by a temporary file.
    temporaries = []
    for left, right in zip(stages, stages[1:]):
        if left[2][1] == 'f' or right[2][0] == 'f':
            fd, name = tempfile.mkstemp()
            os.close(fd)
            temporaries.append(name)
            left[3] = right[0] = name

    for stage in stages:
        source, cmd, kind, target = stage
        if kind[1] == 'f':
            cmd = 'OUT=' + quote(target) + '; ' + cmd
        if kind[0] == 'f':
            cmd = 'IN=' + quote(source) + '; ' + cmd
        if kind[0] == '-' and source:
            cmd += ' <' + quote(source)
        if kind[1] == '-' and target:
            cmd += ' >' + quote(target)
        stage[1] = cmd

    text = stages[0][1]
    for source, cmd, kind, _ in stages[1:]:
        if source:
            # Joined by a file: the next command runs after this one.
            text += '\n' + cmd
        else:
            if 'f' in kind:
                cmd = '{ ' + cmd + '; }'
            text += ' |\n' + cmd
    if temporaries:
        remove = 'rm -f' + ''.join(' ' + quote(name) for name in temporaries)
        trap = 'trap ' + quote(remove + '; exit') + ' 1 2 3 13 14 15'
        text = trap + '\n' + text + '\n' + remove
    return text
