# exit, quit, copyright, credits and help as site puts them in builtins (Quitter, _Printer, _Helper).
import builtins
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
print(repr(credits))
print(repr(copyright).splitlines()[0])
print(repr(help))
print(callable(exit), exit.name, exit.eof)
try:
    quit(7)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
