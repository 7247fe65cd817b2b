//! Reading gilpy's command line the way python3 reads its own: short options bundled (`-uc CODE`,
//! `-Wd`, `-OO`), an option's value attached or in the next word, and the option list ending at
//! `-c CMD`, `-m MOD`, the script or `-` (everything after belongs to the program's sys.argv).
//! gilpy's own long options (`--gil`, `--compare`, `--dis`...) sit beside python3's. It never runs
//! anything: it turns words into `Options`, or a `Usage` error worded as python3 words it.
//!
//! clap is not used here: python3's rules (`gilpy -c "-1"`, `gilpy -c CODE -v`, options ending at the
//! program) are getopt's, which clap's model of flags and positionals does not express.

pub mod help;
pub mod int_digits;

use crate::config::Flags;

/// Where the program comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Program {
    /// `-c CMD`
    Command(String),
    /// `-m MOD`
    Module(String),
    /// A script file.
    Script(String),
    /// `-` or nothing: stdin (the prompt when it is a terminal and nothing was named).
    Stdin { named: bool },
}

/// Something to print instead of running.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Info {
    Help,
    HelpEnv,
    HelpXoptions,
    HelpAll,
    /// `-V` (1) or `-VV` (2).
    Version(u8),
}

/// gilpy's own options (GIL policy and measurement, --compare, --dis).
#[derive(Debug, Clone, Default)]
pub struct GilpyOptions {
    pub dis: bool,
    pub gil: Option<String>,
    pub switch_interval: Option<String>,
    pub gil_stats: bool,
    pub gil_trace: Option<String>,
    pub gil_stats_json: Option<String>,
    pub compare: Option<String>,
    pub repeat: Option<String>,
    pub report: Option<String>,
    pub sweep: Vec<String>,
    pub mp_spawn: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub program: Program,
    /// The words after the program: sys.argv[1:].
    pub args: Vec<String>,
    pub flags: Flags,
    /// `-W` values in order.
    pub warnoptions: Vec<String>,
    /// `-X` values in order.
    pub xoptions: Vec<String>,
    /// `-x`: skip the first line of the source.
    pub skip_first_line: bool,
    pub info: Option<Info>,
    pub gilpy: GilpyOptions,
}

/// A usage error: python3 prints the message, the usage line and a hint, and exits 2.
#[derive(Debug, Clone, PartialEq)]
pub struct Usage(pub String);

/// python3's short options; those followed by ':' take a value.
const SHORT: &str = "bBc:dEhiIm:OPqRsStuvVW:xX:?";

/// Long options that take a value (`--name VALUE` or `--name=VALUE`).
const LONG_WITH_VALUE: &[&str] =
    &["gil", "switch-interval", "gil-trace", "gil-stats-json", "compare", "repeat", "report", "sweep", "mp-spawn", "check-hash-based-pycs"];
/// Long options that are plain switches.
const LONG_SWITCH: &[&str] = &["dis", "gil-stats", "help", "version", "help-env", "help-xoptions", "help-all"];

/// Parses the words after the executable's name.
pub fn parse(words: &[String]) -> Result<Options, Usage> {
    let mut o = Options {
        program: Program::Stdin { named: false },
        args: Vec::new(),
        flags: Flags::default(),
        warnoptions: Vec::new(),
        xoptions: Vec::new(),
        skip_first_line: false,
        info: None,
        gilpy: GilpyOptions::default(),
    };
    let mut version = 0u8;
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        if word == "--" {
            if let Some(script) = words.get(i) {
                o.program = if script == "-" { Program::Stdin { named: true } } else { Program::Script(script.clone()) };
                i += 1;
            }
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            if LONG_SWITCH.contains(&name) {
                if inline.is_some() {
                    return Err(Usage(format!("unknown option --{long}")));
                }
                match name {
                    "dis" => o.gilpy.dis = true,
                    "gil-stats" => o.gilpy.gil_stats = true,
                    "help" => o.info = o.info.or(Some(Info::Help)),
                    "help-env" => o.info = o.info.or(Some(Info::HelpEnv)),
                    "help-xoptions" => o.info = o.info.or(Some(Info::HelpXoptions)),
                    "help-all" => o.info = o.info.or(Some(Info::HelpAll)),
                    _ => version += 1,
                }
                continue;
            }
            if LONG_WITH_VALUE.contains(&name) {
                let value = match inline {
                    Some(v) => v,
                    None => {
                        let Some(v) = words.get(i) else { return Err(Usage(format!("Argument expected for the --{name} option"))) };
                        i += 1;
                        v.clone()
                    }
                };
                let g = &mut o.gilpy;
                match name {
                    "gil" => g.gil = Some(value),
                    "switch-interval" => g.switch_interval = Some(value),
                    "gil-trace" => g.gil_trace = Some(value),
                    "gil-stats-json" => g.gil_stats_json = Some(value),
                    "compare" => g.compare = Some(value),
                    "repeat" => g.repeat = Some(value),
                    "report" => g.report = Some(value),
                    "sweep" => g.sweep.push(value),
                    "mp-spawn" => g.mp_spawn = Some(value),
                    _ => {
                        // --check-hash-based-pycs: there are no .pyc files; the value is still checked.
                        if !["always", "default", "never"].contains(&value.as_str()) {
                            return Err(Usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into()));
                        }
                    }
                }
                continue;
            }
            return Err(Usage(format!("unknown option {word}")));
        }
        if word == "-" {
            o.program = Program::Stdin { named: true };
            break;
        }
        let Some(bundle) = word.strip_prefix('-') else {
            o.program = Program::Script(word.clone());
            break;
        };
        // A bundle of short options: each letter, until one that takes a value eats the rest.
        let chars = bundle.char_indices();
        let mut ended = false;
        for (at, c) in chars {
            let Some(pos) = SHORT.find(c).filter(|_| c != ':') else {
                return Err(Usage(format!("Unknown option: -{c}")));
            };
            let takes_value = SHORT[pos + c.len_utf8()..].starts_with(':');
            if takes_value {
                let rest = &bundle[at + c.len_utf8()..];
                let value = if !rest.is_empty() {
                    rest.to_string()
                } else if let Some(v) = words.get(i) {
                    i += 1;
                    v.clone()
                } else {
                    return Err(Usage(format!("Argument expected for the -{c} option")));
                };
                match c {
                    'c' => {
                        o.program = Program::Command(value);
                        ended = true;
                    }
                    'm' => {
                        o.program = Program::Module(value);
                        ended = true;
                    }
                    'W' => o.warnoptions.push(value),
                    _ => o.xoptions.push(value),
                }
                break;
            }
            let f = &mut o.flags;
            match c {
                'b' => f.bytes_warning = f.bytes_warning.saturating_add(1),
                'B' => f.dont_write_bytecode = 1,
                'd' => f.debug = f.debug.saturating_add(1),
                'E' => f.ignore_environment = 1,
                'h' | '?' => o.info = o.info.or(Some(Info::Help)),
                'i' => {
                    f.inspect = 1;
                    f.interactive = 1;
                }
                'I' => {
                    f.isolated = 1;
                    f.ignore_environment = 1;
                    f.no_user_site = 1;
                    f.safe_path = true;
                }
                'O' => f.optimize = f.optimize.saturating_add(1),
                'P' => f.safe_path = true,
                'q' => f.quiet = 1,
                'R' => {}
                's' => f.no_user_site = 1,
                'S' => f.no_site = 1,
                'u' => f.unbuffered = true,
                'v' => f.verbose = f.verbose.saturating_add(1),
                'V' => version += 1,
                'x' => o.skip_first_line = true,
                _ => unreachable!("every letter of SHORT without a value is handled"),
            }
        }
        if ended {
            break;
        }
    }
    o.args = words[i..].to_vec();
    if o.info.is_none() && version > 0 {
        o.info = Some(Info::Version(version.min(2)));
    }
    o.flags.optimize = o.flags.optimize.min(2);
    Ok(o)
}

/// Applies the PYTHON* variables python3 reads (unless -E or -I): PYTHONUNBUFFERED, PYTHONOPTIMIZE,
/// PYTHONINSPECT, PYTHONDONTWRITEBYTECODE, PYTHONNOUSERSITE, PYTHONVERBOSE, PYTHONSAFEPATH,
/// PYTHONDEVMODE, PYTHONUTF8, PYTHONDEBUG, and PYTHONWARNINGS (after the -W options, as python3
/// puts them first in sys.warnoptions).
pub fn apply_environment(o: &mut Options, var: impl Fn(&str) -> Option<String>) {
    if o.flags.ignore_environment != 0 {
        return;
    }
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    // A variable that is a number sets the level; any other non-empty value counts as 1.
    let level = |name: &str| set(name).map(|v| v.trim().parse::<u8>().unwrap_or(1).max(1));
    let f = &mut o.flags;
    if set("PYTHONUNBUFFERED").is_some() {
        f.unbuffered = true;
    }
    if let Some(n) = level("PYTHONOPTIMIZE") {
        f.optimize = f.optimize.max(n).min(2);
    }
    if set("PYTHONINSPECT").is_some() {
        f.inspect = 1;
    }
    if set("PYTHONDONTWRITEBYTECODE").is_some() {
        f.dont_write_bytecode = 1;
    }
    if set("PYTHONNOUSERSITE").is_some() {
        f.no_user_site = 1;
    }
    if let Some(n) = level("PYTHONVERBOSE") {
        f.verbose = f.verbose.max(n);
    }
    if let Some(n) = level("PYTHONDEBUG") {
        f.debug = f.debug.max(n);
    }
    if set("PYTHONSAFEPATH").is_some() {
        f.safe_path = true;
    }
    if set("PYTHONDEVMODE").is_some() {
        f.dev_mode = true;
    }
    if set("PYTHONUTF8").as_deref() == Some("1") {
        f.utf8_mode = 1;
    }
    if let Some(w) = set("PYTHONWARNINGS") {
        let mut env: Vec<String> = w.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        env.append(&mut o.warnoptions);
        o.warnoptions = env;
    }
}

/// The effects of `-X` options python3 gives them: `-X dev` (dev mode) and `-X utf8`.
pub fn apply_xoptions(o: &mut Options) {
    for x in &o.xoptions {
        let (name, value) = x.split_once('=').unwrap_or((x.as_str(), ""));
        match name {
            "dev" => o.flags.dev_mode = true,
            "utf8" => o.flags.utf8_mode = if value == "0" { 0 } else { 1 },
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(words: &[&str]) -> Result<Options, Usage> {
        parse(&words.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn the_program_ends_the_options() {
        let o = p(&["-c", "-1"]).unwrap();
        assert_eq!(o.program, Program::Command("-1".into()));
        let o = p(&["-c", "print(1)", "-v", "x"]).unwrap();
        assert_eq!(o.args, vec!["-v", "x"]);
        assert_eq!(o.flags.verbose, 0);
        let o = p(&["-uc", "pass", "--gil", "off"]).unwrap();
        assert!(o.flags.unbuffered);
        assert_eq!(o.args, vec!["--gil", "off"]);
        let o = p(&["script.py", "-O"]).unwrap();
        assert_eq!(o.program, Program::Script("script.py".into()));
        assert_eq!(o.flags.optimize, 0);
        let o = p(&["-mjson.tool", "a"]).unwrap();
        assert_eq!(o.program, Program::Module("json.tool".into()));
        assert_eq!(o.args, vec!["a"]);
    }

    #[test]
    fn bundles_and_values() {
        let o = p(&["-Wd", "-W", "error", "-OO", "-X", "dev", "-Xutf8", "-BsSqE", "-"]).unwrap();
        assert_eq!(o.warnoptions, vec!["d", "error"]);
        assert_eq!(o.xoptions, vec!["dev", "utf8"]);
        assert_eq!(o.flags.optimize, 2);
        assert_eq!(o.program, Program::Stdin { named: true });
        let o = p(&["--gil=off", "--switch-interval", "5ms", "--dis", "x.py"]).unwrap();
        assert_eq!(o.gilpy.gil.as_deref(), Some("off"));
        assert_eq!(o.gilpy.switch_interval.as_deref(), Some("5ms"));
        assert!(o.gilpy.dis);
        assert_eq!(p(&["-VV"]).unwrap().info, Some(Info::Version(2)));
    }

    #[test]
    fn usage_errors_are_worded_as_python3() {
        assert_eq!(p(&["-Z"]).unwrap_err().0, "Unknown option: -Z");
        assert_eq!(p(&["-c"]).unwrap_err().0, "Argument expected for the -c option");
        assert_eq!(p(&["--foo"]).unwrap_err().0, "unknown option --foo");
    }
}
