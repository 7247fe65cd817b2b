# A string that never ends.
s = "abc
