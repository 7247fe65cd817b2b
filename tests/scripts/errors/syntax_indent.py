# An indented line where none belongs.
x = 1
    y = 2
