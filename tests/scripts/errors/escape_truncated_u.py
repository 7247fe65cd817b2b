# A truncated \uXXXX escape after a non-ASCII character (which CPython counts as 10 bytes).
x = "é\u12"
