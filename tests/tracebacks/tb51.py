exec("def f():\n    return x\nf()")
