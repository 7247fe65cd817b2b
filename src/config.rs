//! The interpreter's start-up settings that python3 takes from its command line and PYTHON*
//! variables (`sys.flags`, `sys.orig_argv`, `sys.warnoptions`, `sys._xoptions`, the optimisation
//! level the compiler honours). Set once by main before any code runs; read anywhere, never changed.
//! It knows nothing of the layers above it.

use std::sync::OnceLock;

/// python3's `sys.flags` fields that a command-line option or variable sets.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub debug: u8,
    pub inspect: u8,
    pub interactive: u8,
    /// 0, 1 (-O: asserts dropped, `__debug__` False) or 2 (-OO: docstrings dropped too).
    pub optimize: u8,
    pub dont_write_bytecode: u8,
    pub no_user_site: u8,
    pub no_site: u8,
    pub ignore_environment: u8,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: u8,
    pub isolated: u8,
    pub dev_mode: bool,
    pub utf8_mode: u8,
    pub safe_path: bool,
    pub unbuffered: bool,
    /// PYTHONINTMAXSTRDIGITS or `-X int_max_str_digits` (None: not given, -1 in `sys.flags`).
    pub int_max_str_digits: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub flags: Flags,
    /// The command line exactly as the process got it.
    pub orig_argv: Vec<String>,
    /// `-W` options, then PYTHONWARNINGS entries (unless -E), in the order python3 applies them.
    pub warnoptions: Vec<String>,
    /// `-X name[=value]` options, in order.
    pub xoptions: Vec<String>,
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// Records the settings (the first call wins; later calls are ignored).
pub fn set(config: Config) {
    let _ = CONFIG.set(config);
}

/// The settings, or the defaults when main never set them (unit tests).
pub fn get() -> &'static Config {
    CONFIG.get_or_init(Config::default)
}

/// The optimisation level (`-O` count, or PYTHONOPTIMIZE).
pub fn optimize() -> u8 {
    get().flags.optimize
}
