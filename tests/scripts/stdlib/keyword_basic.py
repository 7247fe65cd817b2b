# keyword: the 3.11 lists and tests.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ['if', 'match', 'case', '_', 'print', 'None', 'none', 'async', 'await', 'type', '', 'lambda']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.__all__)
print(sorted(keyword.kwlist) == keyword.kwlist)
