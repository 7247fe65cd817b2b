# rlcompleter's Completer (keywords, names, attributes) and readline's history functions.
import readline
import rlcompleter


class Thing:
    colour = 'red'

    def count(self, x):
        return x

    def reset(self):
        pass

    @property
    def size(self):
        return 3

    def _private(self):
        pass


c = rlcompleter.Completer({'alpha': 1, 'alpine': Thing, 'beta': 'x', 'thing': Thing()})
print(sorted(c.global_matches('al')))
print(c.global_matches('wh'), c.global_matches('tr'), c.global_matches('fin'), c.global_matches('el'))
print(c.global_matches('Tr'), c.global_matches('pa'), c.global_matches('th'))
print(c.attr_matches('thing.c'), c.attr_matches('thing.re'), c.attr_matches('thing.si'))
print(c.attr_matches('thing._p'), c.attr_matches('thing.__cl'), c.attr_matches('nosuch.x'), c.attr_matches('1.x'))
print([m for m in c.attr_matches('thing.') if not m.startswith('thing._')])
print([c.complete('be', i) for i in range(3)], repr(c.complete('', 0)), c.complete('', 1))
print([c.complete('thing.co', i) for i in range(3)])
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print(e)
print(rlcompleter.get_class_members(bool)[:3])

readline.add_history('one')
readline.add_history('two')
print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(3))
readline.replace_history_item(0, 'uno')
print(readline.get_history_item(1))
readline.remove_history_item(1)
print(readline.get_current_history_length())
try:
    readline.remove_history_item(5)
except ValueError as e:
    print(e)
readline.clear_history()
print(readline.get_current_history_length(), readline.get_history_length())
readline.set_history_length(50)
print(readline.get_history_length())
print(repr(readline.get_completer_delims()))
readline.set_completer_delims(' ')
print(repr(readline.get_completer_delims()))
print(readline.get_completer() is not None)
readline.set_completer(None)
print(readline.get_completer())
try:
    readline.set_completer(5)
except TypeError as e:
    print(e)
readline.parse_and_bind('tab: complete')
