# Mixed operand types.
x = 1 + "a"
