# Errors found at the end of the input or at a DEDENT: a decorator with nothing to decorate
# ("unexpected unindent", or "invalid syntax" at the ENDMARKER), a line continuation with no
# line after it, a legacy print whose bracket is never closed; compile() and script files.
import os, subprocess, sys, tempfile

CASES = [
    "@f\n", "@f", "@f\n\n\n", "@f\n# comment", "@f\n@g\n",
    "class A:\n    @property\nx = 1\n", "class A:\n    @property\n", "class A:\n    @property",
    "class A:\n    @property\n\n\n", "class A:\n    @property\n  \n", "class A:\n    @property\n# c\n",
    "if x:\n  @f\n  # c\ny=1", "class A:\n  @f\n  @g\n", "if 1:\n  pass\n  @f\n",
    "print \"a\", (1,\n", "print \"a\", 1\n",
    "x = (1,\\\n", "x = 1 # c\\\n", "\\\n", "x = 1\\\n", "x = 1\\", "x = 1\\\n\n", "if x:\n  y\\\n",
    "x=1\n\\\n", "x = \"\\\n\"\n", "if x:\n", "try:\n  pass\n",
]
for src in CASES:
    try:
        compile(src, "s", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)

# As a script file: an error at the end of the file has no column (no caret).
d = tempfile.mkdtemp()
for i, src in enumerate(["class A:\n  @f\n  @g\n", "if x:\n", "try:\n  pass\n", "@f\n", "class A:\n    @property\n\n\n", "x = 1\\\n"]):
    p = os.path.join(d, f"s{i}.py")
    with open(p, "w") as f:
        f.write(src)
    r = subprocess.run([sys.executable, p], capture_output=True, text=True)
    print(repr(src), r.returncode, r.stderr.splitlines()[1:])
