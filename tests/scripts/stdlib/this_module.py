# Importing `this` prints the Zen of Python; the module keeps the text ROT13-encoded.
import this
print(this.c, this.i, len(this.d), this.s.splitlines()[0], this.d["A"], this.d["n"])
