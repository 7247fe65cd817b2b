# asyncio.create_subprocess_exec/_shell: communicate, readline, wait, terminate, stdin writes.
import asyncio, sys
async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if stdout:
        print(f"[stdout]\n{stdout.decode()}")
    if stderr:
        print(f"[stderr]\n{stderr.decode()}")
async def main():
    await run("echo one; sleep 0.05; echo two")
    await run("echo err >&2; exit 3")
    p = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; print(sys.stdin.read().upper())", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b"piped text")
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_exec("printf", "a\\nb\\nc\\n", stdout=asyncio.subprocess.PIPE)
    lines = []
    while line := await p.stdout.readline():
        lines.append(line)
    print(lines, await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.terminate(); print(await p.wait())
    p = await asyncio.create_subprocess_shell("exit 7"); print(await p.wait(), repr(p).startswith("<Process "))
    try:
        await asyncio.create_subprocess_exec("no-such-program-xyz")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    p = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    p.stdin.write(b"line1\n"); await p.stdin.drain(); p.stdin.close()
    print(await p.stdout.read(), await p.wait())
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
asyncio.run(main())
