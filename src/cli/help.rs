//! The texts the command line prints instead of running: `-h`, `--help-env`, `--help-xoptions`,
//! `--help-all`, `-V`/`-VV`, and the usage lines of a usage error (python3's words, gilpy's name).

use super::Info;

pub fn usage_line(argv0: &str) -> String {
    format!("usage: {argv0} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// What a usage error prints on stderr (then the process exits 2).
pub fn usage_error(argv0: &str, message: &str) -> String {
    format!("{message}\n{}Try `python -h' for more information.\n", usage_line(argv0))
}

const OPTIONS: &str = "\
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
         (accepted; gilpy does not issue these warnings)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
         (gilpy never writes .pyc files)
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x (accepted; no output)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
         (accepted; gilpy prints no import trace)
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit

gilpy's own options:
--gil POLICY    : GIL policy: handoff, legacy, cpython or off (also GILPY_GIL)
--switch-interval N|TIME : N instructions, or a time such as 5ms or 500us
                  (also GILPY_SWITCH_INTERVAL)
--gil-stats     : print per-thread GIL statistics on stderr at exit
--gil-trace FILE: write the GIL timeline (Chrome trace-event JSON) to FILE at exit
--gil-stats-json FILE : write the per-thread GIL statistics as JSON to FILE at exit
--compare SETTINGS : run the script once per setting (POLICY or POLICY@INTERVAL,
                  comma-separated; `all` for the four policies; `python3` for CPython)
--repeat N      : with --compare: runs per setting (the median run is reported)
--report DIR    : with --compare: pictures, an HTML page and the numbers in DIR
--sweep NAME=v1,v2,... : with --compare: every combination, as environment variables
--dis           : print the bytecode of every code object instead of running

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

const ENV: &str = "\
Environment variables that change behavior:
PYTHONINSPECT   : if this is set, run interactively after the program (as -i)
PYTHONUNBUFFERED: force the stdout and stderr streams to be unbuffered (as -u)
PYTHONOPTIMIZE  : if this is set to a non-empty string it is equivalent to
                  specifying the -O option. If set to an integer, it is
                  equivalent to specifying -O multiple times.
PYTHONDONTWRITEBYTECODE : as -B (gilpy never writes .pyc files)
PYTHONWARNINGS  : warning control, comma-separated (as -W)
PYTHONSAFEPATH  : as -P
PYTHONNOUSERSITE: as -s
PYTHONVERBOSE   : as -v
PYTHONDEVMODE   : as -X dev
PYTHONUTF8      : as -X utf8 (gilpy's text is always UTF-8)
GILPY_GIL       : the GIL policy (as --gil)
GILPY_SWITCH_INTERVAL : the switch interval (as --switch-interval)
";

const XOPTIONS: &str = "\
The following implementation-specific options are available:

-X name[=value] is accepted for any name and kept in sys._xoptions.
-X dev: sets sys.flags.dev_mode (gilpy's warnings and checks do not change)
-X utf8: sets sys.flags.utf8_mode (gilpy's text is always UTF-8)
-X importtime, -X faulthandler, -X tracemalloc, -X frozen_modules...: accepted,
   kept in sys._xoptions, no effect in gilpy
";

pub fn text(info: Info, argv0: &str) -> String {
    match info {
        Info::Help => format!("{}{OPTIONS}", usage_line(argv0)),
        Info::HelpEnv => ENV.to_string(),
        Info::HelpXoptions => XOPTIONS.to_string(),
        Info::HelpAll => format!("{}{OPTIONS}\n{ENV}\n{XOPTIONS}", usage_line(argv0)),
        Info::Version(1) => "Python 3.11.7\n".to_string(),
        Info::Version(_) => {
            concat!("Python 3.11.7 (gilpy ", env!("CARGO_PKG_VERSION"), ", a Python 3.11 interpreter in Rust with a measurable GIL)\n").to_string()
        }
    }
}
