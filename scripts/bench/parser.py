# A recursive-descent parser: tokenise arithmetic with variables and function calls, build a tree
# of node objects, evaluate it and print it back; the expressions come from a seeded generator.
from benchlib import run


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a // b if b else 0

    def show(self):
        return f"({self.left.show()} {self.op} {self.right.show()})"


class Call:
    def __init__(self, name, args):
        self.name, self.args = name, args

    def eval(self, env):
        vals = [a.eval(env) for a in self.args]
        return max(vals) if self.name == "max" else min(vals)

    def show(self):
        return f"{self.name}({', '.join(a.show() for a in self.args)})"


def tokenize(text):
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise SyntaxError(f"expected {value!r}, got {v!r}")

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek()[1] in ("*", "/"):
            op = self.next()[1]
            node = BinOp(op, node, self.atom())
        return node

    def atom(self):
        kind, v = self.next()
        if kind == "num":
            return Num(v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                return Call(v, args)
            return Var(v)
        if v == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise SyntaxError(f"unexpected {v!r}")


class Gen:
    def __init__(self, seed):
        self.s = seed

    def rand(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n

    def expr(self, depth):
        r = self.rand(10)
        if depth == 0 or r < 2:
            return str(self.rand(100)) if self.rand(2) else "xyz"[self.rand(3)]
        if r < 4:
            return f"({self.expr(depth - 1)})"
        if r < 5:
            return f"{['max', 'min'][self.rand(2)]}({self.expr(depth - 1)}, {self.expr(depth - 1)})"
        return f"{self.expr(depth - 1)} {'+-*/'[self.rand(4)]} {self.expr(depth - 1)}"


def main():
    gen = Gen(2024)
    env = {"x": 3, "y": -7, "z": 11}
    total = 0
    chars = 0
    for _ in range(12000):
        src = gen.expr(6)
        tree = Parser(tokenize(src)).expr()
        total += tree.eval(env)
        chars += len(tree.show())
    return total, chars


run(main, repeat=4)
