//! `gilpy --compare SETTINGS script.py`: a GIL experiment side by side. Runs the same script
//! under each setting (policy, interval, or python3), interleaving repeated runs so that machine
//! noise falls on all alike, and prints one line per setting: wall time, switches, forced and
//! voluntary releases, time spent waiting for the GIL. With `--report DIR` it also draws each
//! run's timeline and a summary chart, and writes an HTML page and the numbers (JSON) there.

mod plot;
mod report;
mod run;
mod settings;
mod sweep;
mod timeline;

use run::{Job, Outcome};
use settings::Setting;
use std::path::PathBuf;
use sweep::{Point, Sweep};

pub struct Options {
    pub spec: String,
    pub default_interval: Option<String>,
    pub repeat: usize,
    pub report: Option<PathBuf>,
    /// `--sweep NAME=v1,v2,...`, as given.
    pub sweeps: Vec<String>,
    pub script: String,
    pub args: Vec<String>,
}

/// One setting's runs at one point of the sweep, and which of them is reported (the median by
/// wall time).
pub struct Measured {
    pub setting: Setting,
    /// The swept variables' values for these runs (empty without `--sweep`).
    pub point: Point,
    pub runs: Vec<Outcome>,
    pub median: usize,
}

impl Measured {
    pub fn chosen(&self) -> &Outcome {
        &self.runs[self.median]
    }

    /// Names the setting and the point in file names: `handoff`, `handoff.THREADS-2`.
    pub fn file_stem(&self) -> String {
        format!("{}{}", self.setting.file_stem(), run::point_suffix(&self.point))
    }
}

/// Runs the experiment; returns the exit status (2: bad usage, 1: a run failed).
pub fn main(opts: Options) -> i32 {
    let settings = match settings::parse(&opts.spec, opts.default_interval.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gilpy: {e}");
            return 2;
        }
    };
    let sweeps: Vec<Sweep> = match sweep::parse_all(&opts.sweeps) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gilpy: {e}");
            return 2;
        }
    };
    if opts.script == "-" || !std::path::Path::new(&opts.script).is_file() {
        eprintln!("gilpy: --compare needs a script file, not '{}'", opts.script);
        return 2;
    }
    let repeat = opts.repeat.max(1);
    let scratch = match &opts.report {
        Some(dir) => dir.clone(),
        None => std::env::temp_dir().join(format!("gilpy-compare-{}", std::process::id())),
    };
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("gilpy: cannot create {}: {e}", scratch.display());
        return 2;
    }
    let job = Job { script: &opts.script, args: &opts.args, scratch: &scratch, want_trace: opts.report.is_some() };
    let mut results: Vec<Measured> = sweep::points(&sweeps)
        .into_iter()
        .flat_map(|point| settings.iter().map(move |setting| Measured { setting: setting.clone(), point: point.clone(), runs: Vec::new(), median: 0 }))
        .collect();
    for r in 0..repeat {
        for res in results.iter_mut() {
            let at = if res.point.is_empty() { String::new() } else { format!(" at {}", sweep::describe(&res.point)) };
            eprintln!("gilpy --compare: {}{at} (run {}/{repeat})", res.setting.label, r + 1);
            match job.run(&res.setting, &res.point, r) {
                Ok(o) => res.runs.push(o),
                Err(e) => {
                    eprintln!("gilpy: {e}");
                    if opts.report.is_none() {
                        let _ = std::fs::remove_dir_all(&scratch);
                    }
                    return 1;
                }
            }
        }
    }
    for res in results.iter_mut() {
        let mut order: Vec<usize> = (0..res.runs.len()).collect();
        order.sort_by(|&a, &b| res.runs[a].wall_s.total_cmp(&res.runs[b].wall_s));
        res.median = order[order.len() / 2];
    }
    print!("{}", table(&opts.script, repeat, &sweeps, &results));
    if results.iter().any(|r| r.setting.runner == settings::Runner::Python3)
        && let Ok(exe) = run::python3_executable()
    {
        println!("python3: {}", exe.display());
    }
    let mut status = 0;
    for res in &results {
        let o = res.chosen();
        if o.status != 0 {
            status = 1;
            let err = String::from_utf8_lossy(&o.stderr);
            let tail: Vec<&str> = err.lines().rev().take(5).collect();
            let at = if res.point.is_empty() { String::new() } else { format!(" at {}", sweep::describe(&res.point)) };
            eprintln!("gilpy: under {}{at} the script exited with status {}:", res.setting.label, o.status);
            for line in tail.iter().rev() {
                eprintln!("    {line}");
            }
        }
    }
    match &opts.report {
        Some(dir) => match report::write(dir, &opts, &sweeps, &results) {
            Ok(page) => println!("report: {}", page.display()),
            Err(e) => {
                eprintln!("gilpy: cannot write the report: {e}");
                status = 1;
            }
        },
        None => {
            let _ = std::fs::remove_dir_all(&scratch);
        }
    }
    status
}

/// A run's GIL numbers as the table and the report show them: switches, forced and voluntary
/// releases, total and longest wait for the GIL (ms); dashes for python3.
fn gil_columns(o: &Outcome) -> [String; 5] {
    match &o.stats {
        Some(s) => [
            s.switches.to_string(),
            s.forced().to_string(),
            s.voluntary().to_string(),
            format!("{:.1}", s.wait_ns() as f64 / 1e6),
            format!("{:.3}", s.wait_max_ns() as f64 / 1e6),
        ],
        None => std::array::from_fn(|_| "-".to_string()),
    }
}

/// The table printed on stdout: one line per setting (and point of the sweep), then whether the
/// outputs agreed.
fn table(script: &str, repeat: usize, sweeps: &[Sweep], results: &[Measured]) -> String {
    let mut out =
        format!("GIL experiment: {script}, {}\n", if repeat == 1 { "1 run per setting".to_string() } else { format!("median of {repeat} runs per setting") });
    let base = results[0].chosen().wall_s;
    let first = &results[0].setting.label;
    let vs = format!("vs {first}");
    let width = |s: &Sweep| s.values.iter().map(|v| v.len()).chain([s.name.len()]).max().unwrap_or(1);
    let swept: String = sweeps.iter().map(|s| format!(" {:>w$}", s.name, w = width(s))).collect();
    out.push_str(&format!(
        "{:<16}{swept} {:>8} {:>15} {:>10} {:>9} {:>8} {:>9} {:>12} {:>11} {:>5}\n",
        "setting",
        "wall s",
        "range s",
        vs.chars().take(10).collect::<String>(),
        "switches",
        "forced",
        "voluntary",
        "GIL wait ms",
        "max wait ms",
        "exit"
    ));
    for res in results {
        let o = res.chosen();
        let (lo, hi) = res.runs.iter().fold((f64::MAX, 0.0f64), |(lo, hi), r| (lo.min(r.wall_s), hi.max(r.wall_s)));
        let range = if res.runs.len() > 1 { format!("{lo:.3}-{hi:.3}") } else { "-".into() };
        let ratio = format!("{:.2}x", o.wall_s / base);
        let [switches, forced, voluntary, wait, max_wait] = gil_columns(o);
        let stats = format!("{switches:>9} {forced:>8} {voluntary:>9} {wait:>12} {max_wait:>11}");
        let values: String = sweeps.iter().zip(&res.point).map(|(s, (_, v))| format!(" {v:>w$}", w = width(s))).collect();
        out.push_str(&format!("{:<16}{values} {:>8.3} {:>15} {:>10} {stats} {:>5}\n", res.setting.label, o.wall_s, range, ratio, o.status));
    }
    let points = sweep::points(sweeps);
    for point in &points {
        let here: Vec<&Measured> = results.iter().filter(|r| &r.point == point).collect();
        if points.len() > 1 {
            out.push_str(&format!("at {}: ", sweep::describe(point)));
        }
        out.push_str(&stdout_summary(&here));
    }
    out
}

/// Whether the settings printed the same: if not, each distinct output (of the reported run, its
/// first lines) with the settings that printed it, so that a user sees at once which settings
/// agree (say, exact counts under handoff, cpython and python3, lost updates under legacy).
fn stdout_summary(results: &[&Measured]) -> String {
    const SHOWN_LINES: usize = 12;
    let all_same = results.iter().all(|r| r.runs.iter().all(|o| o.stdout == results[0].runs[0].stdout));
    if all_same {
        return "stdout: the same in every run\n".to_string();
    }
    let mut groups: Vec<(&[u8], Vec<String>)> = Vec::new();
    for r in results {
        let own = &r.chosen().stdout;
        let varies = r.runs.iter().any(|o| &o.stdout != own);
        let label = if varies { format!("{} (its runs differ)", r.setting.label) } else { r.setting.label.clone() };
        match groups.iter_mut().find(|(text, _)| *text == own.as_slice()) {
            Some((_, labels)) => labels.push(label),
            None => groups.push((own, vec![label])),
        }
    }
    let mut out = format!("stdout: {} different outputs (of the reported runs)\n", groups.len());
    for (text, labels) in groups {
        out.push_str(&format!("  {}:\n", labels.join(", ")));
        let text = String::from_utf8_lossy(text);
        let lines: Vec<&str> = text.lines().collect();
        for line in lines.iter().take(SHOWN_LINES) {
            out.push_str(&format!("    | {line}\n"));
        }
        if lines.len() > SHOWN_LINES {
            out.push_str(&format!("    | ... ({} more lines)\n", lines.len() - SHOWN_LINES));
        }
    }
    out
}
