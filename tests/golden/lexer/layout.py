def f(a,
      b):
    if a:
        return [a,
                b]
    # a comment at another depth
            
    x = {1: (2,
3)}
    return x \
        + 1
class C: pass
