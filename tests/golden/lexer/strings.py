s = 'a' "b" r'\n' b"x" f"{y!r:>4}" """tri
ple"""
n = 0x1F + 1_000 + 3.5e-2 + 7j if False else None
