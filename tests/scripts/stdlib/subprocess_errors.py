import subprocess
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(subprocess.run, 123)
t(subprocess.run, [])
t(subprocess.run, ['echo', 1])
t(subprocess.run, ['echo\0x'])
t(subprocess.run, ['true'], stdout=12345)
t(subprocess.check_output, ['true'], stdout=subprocess.PIPE)
t(subprocess.run, ['true'], input=b'x', stdin=subprocess.PIPE)
