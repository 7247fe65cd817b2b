# -*- coding: latin-1 -*-
# A script in latin-1 (its own bytes are not UTF-8).
s = "déjà vu"
print(s, len(s), s.encode("utf-8"))
import helper_src_latin1
print(helper_src_latin1.WORD, len(helper_src_latin1.WORD), helper_src_latin1.__doc__)
import helper_src_cp1252
print(helper_src_cp1252.EURO, [hex(ord(c)) for c in helper_src_cp1252.EURO if ord(c) > 127])
import helper_src_bom
print(helper_src_bom.BOM)
for name in ["helper_src_bad", "helper_src_nul", "helper_src_badcookie"]:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, str(e).split(" in file")[0][:30])
