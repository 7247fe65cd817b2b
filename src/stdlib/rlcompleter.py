"""rlcompleter for gilpy: completion of Python names and attributes.

Completer(namespace).complete(text, state) gives the state-th completion of text: keywords and
names of the namespace and builtins, or the attributes of `expr.` (evaluating expr, which may
run code). Importing this module hands the completer to the readline module, which keeps it
(gilpy's readline does no line editing of its own).
"""

import builtins
import inspect
import keyword
import re

import __main__

__all__ = ["Completer"]


class Completer:

    def __init__(self, namespace=None):
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = namespace is None
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text, or None when there are no more."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            if state != 0:
                return None
            if _readline_available:
                readline.insert_text('\t')
                readline.redisplay()
                return ''
            return '\t'
        if state == 0:
            self.matches = self.attr_matches(text) if "." in text else self.global_matches(text)
        if state < len(self.matches):
            return self.matches[state]
        return None

    def _callable_postfix(self, val, word):
        """word + '(' for a callable, + '()' when it takes no parameters."""
        if not callable(val):
            return word
        word += "("
        try:
            if not inspect.signature(val).parameters:
                word += ")"
        except (ValueError, TypeError):
            pass
        return word

    def global_matches(self, text):
        """Keywords, then names of the namespace and builtins, that start with text."""
        found = []
        seen = {"__builtins__"}
        size = len(text)
        for word in keyword.kwlist:
            if word[:size] == text:
                seen.add(word)
                if word in {'finally', 'try'}:
                    word += ':'
                elif word not in {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}:
                    word += ' '
                found.append(word)
        for names in (self.namespace, builtins.__dict__):
            for word, value in names.items():
                if word[:size] == text and word not in seen:
                    seen.add(word)
                    found.append(self._callable_postfix(value, word))
        return found

    def attr_matches(self, text):
        """'expr.start' -> the attributes of expr's value that begin with start, sorted; names
        starting with '_' only when start does (or nothing else matches)."""
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            target = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(target))
        words.discard("__builtins__")
        if hasattr(target, '__class__'):
            words.add('__class__')
            words.update(get_class_members(target.__class__))
        size = len(attr)
        hidden = '_' if attr == '' else '__' if attr == '_' else None
        found = []
        while True:
            for word in words:
                if word[:size] != attr or (hidden and word[:size + 1] == hidden):
                    continue
                full = "%s.%s" % (expr, word)
                if isinstance(getattr(type(target), word, None), property):
                    found.append(full)
                    continue
                value = getattr(target, word, None)
                found.append(full if value is None else self._callable_postfix(value, full))
            if found or not hidden:
                break
            hidden = '__' if hidden == '_' else None
        found.sort()
        return found


def get_class_members(klass):
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


try:
    import readline
except ImportError:
    _readline_available = False
else:
    readline.set_completer(Completer().complete)
    import atexit
    atexit.register(lambda: readline.set_completer(None))
    _readline_available = True
