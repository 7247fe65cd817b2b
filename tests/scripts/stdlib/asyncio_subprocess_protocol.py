# asyncio child processes: subprocess_exec/subprocess_shell with a SubprocessProtocol, argument
# checks, create_subprocess_* with communicate(), the child watcher, run_in_executor.
import asyncio, sys

class P(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.out = {1: b'', 2: b''}
        self.events = []
    def connection_made(self, transport):
        self.events.append('made')
    def pipe_data_received(self, fd, data):
        self.out[fd] += data
    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe lost', fd, exc))
    def process_exited(self):
        self.events.append('exited')
    def connection_lost(self, exc):
        self.events.append(('lost', exc))
        self.done.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t, p = await loop.subprocess_exec(lambda: P(done), sys.executable, '-c',
        'import sys; d = sys.stdin.read(); print(d.upper()); print("err", file=sys.stderr); sys.exit(3)')
    print(type(t.get_pid()).__name__, t.get_returncode())
    w = t.get_pipe_transport(0)
    w.write(b'some input\n')
    w.close()
    await done
    print(t.get_returncode(), p.out)
    print(p.events[0], sorted(e for e in p.events[1:] if isinstance(e, tuple) and e[0] == 'pipe lost'), 'exited' in p.events, p.events[-1])
    t.close()
    done = loop.create_future()
    t, p = await loop.subprocess_shell(lambda: P(done), 'echo shell; exit 5', stdin=None)
    await done
    print(t.get_returncode(), p.out, t.get_pipe_transport(0))
    t.close()
    for bad in [dict(shell=True), dict(bufsize=1), dict(text=True), dict(encoding='utf8'), dict(universal_newlines=True)]:
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['ls'])
    except ValueError as e:
        print('ValueError', e)
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', 'import sys; print(sys.stdin.read()[::-1])',
                                                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b'abcdef')
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell('echo hi; echo there 1>&2; exit 2', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await proc.communicate(), proc.returncode)
    w = asyncio.get_child_watcher()
    print(type(w).__name__, w.is_active(), isinstance(w, asyncio.AbstractChildWatcher))
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)

asyncio.run(main())
