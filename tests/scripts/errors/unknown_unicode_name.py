# An unknown \N{...} name: CPython names the byte range of the escape.
x = "\N{NOPE}"
