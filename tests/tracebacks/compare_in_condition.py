class C:
    pass
if C() > 1:
    pass
