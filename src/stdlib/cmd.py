"""cmd: Cmd, the frame of a line-oriented command interpreter. A subclass defines do_NAME
methods (and optionally help_NAME and complete_NAME); cmdloop() reads lines, sends each to
the matching method, and lists the commands for `help` the way CPython lays them out."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _read_line(self):
        """The next command line: 'EOF' at the end of input."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return 'EOF' if not line else line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Reads and runs commands until a command method returns a true value."""
        self.preloop()
        completer = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._read_line())
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if completer is not None:
                completer()

    def _install_completer(self):
        """Binds the completion key when line editing is available; the undo function."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return lambda: readline.set_completer(previous)

    def precmd(self, line):
        """Hook run on each line before it is interpreted; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; returns whether to stop."""
        return stop

    def preloop(self):
        """Hook run once before the loop starts."""

    def postloop(self):
        """Hook run once after the loop ends."""

    def parseline(self, line):
        """(command, argument, line) of a line: '?' stands for help, '!' for shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Runs one command line; what its do_ method returns (true stops cmdloop)."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        try:
            method = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line that names no command."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = whole.lstrip()
            shift = len(whole) - len(stripped)
            begin = readline.get_begidx() - shift
            end = readline.get_endidx() - shift
            if begin > 0:
                command, args, _ = self.parseline(stripped)
                finder = self.completedefault if command == '' else getattr(
                    self, 'complete_' + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, stripped, begin, end)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = {name[5:] for name in self.get_names() if name.startswith('help_' + args[0])}
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            method = getattr(self, 'do_' + arg, None)
            doc = getattr(method, '__doc__', None) if method is not None else None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        seen = set()
        for name in sorted(names):
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Prints the strings in as few rows as fit displaywidth, filled column by column and
        separated by two spaces."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = size, [0]
        for trial in range(1, size):
            columns = (size + trial - 1) // trial
            trial_widths = []
            total = -2
            for col in range(columns):
                column = list[col * trial:(col + 1) * trial]
                if not column:
                    break
                width = max(len(item) for item in column)
                trial_widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                rows, widths = trial, trial_widths
                break
        columns = len(widths)
        for row in range(rows):
            cells = [list[row + rows * col] if row + rows * col < size else "" for col in range(columns)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("%s\n" % str("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells))))
