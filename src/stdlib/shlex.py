"""shlex: a lexer for shell-like text (split, quote and join for command lines).

The lexer reads its input one character at a time and is always in one of these states:
between tokens (' '), inside a word ('a'), inside a run of punctuation ('c'), inside a quote
(the quote character itself), just after an escape character (that character), or at the end
of input (None). The state names are the ones CPython keeps in `shlex.state`.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_BETWEEN, _WORD, _PUNCT = ' ', 'a', 'c'
_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'
# characters that become word characters once punctuation_chars is on (file names, globs, x=y)
_PUNCT_MODE_WORD = '~-./*?='


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source


class shlex:
    """A shell-like lexer over a string or a stream; iterate over it for its tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif punctuation_chars is False:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # characters read past the end of a punctuation run wait here
            self._pushback_chars = deque([])
            self.wordchars = ''.join(ch for ch in self.wordchars + _PUNCT_MODE_WORD
                                     if ch not in punctuation_chars)

    # read-only: the word characters were chosen from it in __init__
    punctuation_chars = property(lambda self: self._punctuation_chars)

    # -- tokens and sources pushed back by the caller

    def push_token(self, tok):
        """Give tok back: the next get_token() returns it (last pushed, first returned)."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it ends, then go back to the current
        source; newfile names it in error_leader()."""
        newstream = _as_stream(newstream)
        current = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(current)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (self.instream,))
            else:
                print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        """Close the current source and go back to the one pushed before it."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    # -- reading

    def get_token(self):
        """The next token: a pushed-back one if any, else one read (following `source`
        inclusions and returning from ended ones); self.eof at the end."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        # `source` names a keyword whose next token is a file to read from (like cpp's #include)
        keyword = self.source
        if keyword is not None:
            while raw == keyword:
                included = self.sourcehook(self.read_token())
                if included:
                    newfile, newstream = included
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # the end of an included source resumes the one that included it
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    def _next_char(self):
        waiting = self._punctuation_chars and self._pushback_chars
        ch = waiting.pop() if waiting else self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        # the state to return to after an escaped character
        after_escape = _BETWEEN
        posix = self.posix
        while True:
            ch = self._next_char()
            state = self.state
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (state, ch))
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in whitespace state")
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    after_escape = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    # any other character is a token of its own
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not posix:
                        self.token += ch
                        self.state = _BETWEEN
                        break
                    self.state = _WORD
                elif posix and ch in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # inside quotes the escape only escapes itself and the quote: keep it otherwise
                if after_escape in self.quotes and ch != state and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
            elif state in (_WORD, _PUNCT):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in word state")
                    self.state = _BETWEEN
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = _BETWEEN
                        if self.token or (posix and quoted):
                            break
                elif state == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = _BETWEEN
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    after_escape = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    # the word ends before this character, which is read again next time
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = _BETWEEN
                    if self.token or (posix and quoted):
                        break
        result, self.token = self.token, ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def sourcehook(self, newfile):
        """Called with the token after a `source` keyword: return (name, stream) to read from,
        or a false value to include nothing. Subclasses may override it."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # a relative name is relative to the file being read, when that has a name
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(here), newfile)
        return newfile, open(newfile)

    def error_leader(self, infile=None, lineno=None):
        """'"FILE", line N: ' for the start of an error message (the current file and line unless
        given)."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them (quotes and escapes removed); '#'
    starts a comment only with comments=True."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """A command line (words quoted as needed, joined by spaces) that splits back into the
    words of split_command."""
    return ' '.join(map(quote, split_command))


# anything outside these needs quoting for a POSIX shell
_needs_quoting = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s quoted for a POSIX shell command line: unchanged when it is safe as it is."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # single quotes keep everything literal; a single quote itself is closed, given in double
    # quotes, and reopened
    return "'%s'" % s.replace("'", "'\"'\"'")


def _show_tokens(lexer):
    while True:
        tok = lexer.get_token()
        if not tok:
            break
        print("Token: " + repr(tok))


if __name__ == '__main__':
    if len(sys.argv) == 1:
        _show_tokens(shlex())
    else:
        path = sys.argv[1]
        with open(path) as f:
            _show_tokens(shlex(f, path))
