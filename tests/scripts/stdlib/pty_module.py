import os, pty, sys

pid, fd = pty.fork()
if pid == 0:
    print("child on a tty:", os.isatty(0), os.isatty(1))
    sys.stdout.flush()
    os._exit(3)
chunks = []
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    chunks.append(data)
_, status = os.waitpid(pid, 0)
print(b"".join(chunks).replace(b"\r\n", b"\n").decode(), end="")
print("exit", os.waitstatus_to_exitcode(status))
os.close(fd)

m, s = pty.openpty()
os.write(m, b"typed\n")
print(os.read(s, 100))
os.close(m); os.close(s)

# spawn with stdin not a terminal: no raw mode; child output relayed to our stdout.
r, w = os.pipe()
out_r, out_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.dup2(r, 0)
    os.dup2(out_w, 1)
    os.close(w)
    status = pty.spawn([sys.executable, "-c", "print('spawned', 6 * 7)"])
    os.write(2, b"")
    os._exit(os.waitstatus_to_exitcode(status))
os.close(w); os.close(r); os.close(out_w)
got = b""
while True:
    data = os.read(out_r, 1024)
    if not data:
        break
    got += data
_, status = os.waitpid(pid, 0)
print(got.replace(b"\r\n", b"\n"), os.waitstatus_to_exitcode(status))
