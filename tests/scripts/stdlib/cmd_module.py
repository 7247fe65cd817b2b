# cmd.Cmd driven from a StringIO: dispatch, help layout, columnize, hooks.
import cmd, io, sys
class Shell(cmd.Cmd):
    intro = "Welcome. Type help or ? to list commands."
    prompt = "(shell) "
    def __init__(self, **kw):
        super().__init__(**kw); self.total = 0
    def do_add(self, arg):
        "Add numbers: add 1 2 3"
        self.total += sum(map(int, arg.split())); print("total", self.total)
    def do_greet(self, arg):
        print("hello", arg or "stranger")
    def help_greet(self):
        print("greet [name]: say hello")
    def do_reset(self, arg):
        self.total = 0
    def do_shell(self, arg):
        print("shell:", arg)
    def do_quit(self, arg):
        "Quit the shell"
        print("bye"); return True
    do_EOF = do_quit
    def help_topics(self):
        print("some topic")
    def precmd(self, line):
        return line if line == "EOF" else line.lower()
    def postloop(self):
        print("postloop ran")
    def emptyline(self):
        print("(empty)")
script = "add 1 2\nADD 3\n\n? greet\nhelp add\nhelp reset\nhelp nothing\nhelp\n!ls -l\nbogus cmd\n123\ngreet Bob\nquit\n"
s = Shell(stdin=io.StringIO(script), stdout=sys.stdout); s.use_rawinput = False; s.cmdloop(); print()
s2 = Shell(stdin=io.StringIO("greet\n"), stdout=sys.stdout); s2.use_rawinput = False; s2.cmdloop("custom intro")
print(s.parseline("  add  5 6 "), s.parseline("?x"), s.parseline("!!"), s.parseline(""), s.lastcmd)
c = cmd.Cmd(stdout=sys.stdout)
c.columnize(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"] * 3, 40)
c.columnize([]); c.columnize(["one"]); c.columnize([str(i) * (i % 7 + 1) for i in range(40)])
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print(e)
c.onecmd("nothing"); c.onecmd("help"); print(c.completenames("he"), sorted(s.completenames("")), s.complete_help("g"))
print(cmd.PROMPT, cmd.Cmd.doc_header, cmd.Cmd.undoc_header)
