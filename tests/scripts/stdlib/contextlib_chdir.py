import contextlib, os, tempfile
start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "inner"))
    cd = contextlib.chdir(d)
    with cd:
        print(os.getcwd() == os.path.realpath(d))
        with contextlib.chdir("inner"):
            print(os.path.basename(os.getcwd()))
        print(os.getcwd() == os.path.realpath(d))
        with cd:
            print("re-entered", os.getcwd() == os.path.realpath(d))
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == start)
    try:
        with contextlib.chdir(os.path.join(d, "missing")):
            pass
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    print(os.getcwd() == start)
print(isinstance(contextlib.chdir("."), contextlib.AbstractContextManager))
