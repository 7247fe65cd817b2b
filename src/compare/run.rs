//! Runs the script once under one setting, as a child process (this gilpy, or python3), and
//! collects what happened: the wall time, the exit status, its output, and gilpy's GIL statistics
//! (and timeline, when a report is wanted) read back from the files the child wrote.

use super::settings::{Runner, Setting};
use super::sweep::{self, Point};
use crate::gil::report::Summary;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// What one run of the script gave.
pub struct Outcome {
    pub wall_s: f64,
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// None for python3, or when the child died before writing it.
    pub stats: Option<Summary>,
    /// The `--gil-trace` file, when one was asked for and written.
    pub trace: Option<PathBuf>,
}

/// The script and where the runs keep their files.
pub struct Job<'a> {
    pub script: &'a str,
    pub args: &'a [String],
    /// A directory for the children's statistics and traces.
    pub scratch: &'a Path,
    pub want_trace: bool,
}

impl Job<'_> {
    /// Runs the script once under `setting`, with the swept variables of `point` in its
    /// environment; `run` numbers the files of repeated runs.
    pub fn run(&self, setting: &Setting, point: &Point, run: usize) -> Result<Outcome, String> {
        let stem = format!("{}{}.run{run}", setting.file_stem(), point_suffix(point));
        let stats_path = self.scratch.join(format!("{stem}.stats.json"));
        let trace_path = self.scratch.join(format!("{stem}.trace.json"));
        let mut cmd = match &setting.runner {
            Runner::Python3 => Command::new(python3_executable()?),
            Runner::Gilpy { policy, interval } => {
                let exe = std::env::current_exe().map_err(|e| format!("cannot find the gilpy executable: {e}"))?;
                let mut c = Command::new(exe);
                c.arg("--gil").arg(policy.name());
                if let Some(i) = interval {
                    c.arg("--switch-interval").arg(i);
                }
                c.arg("--gil-stats-json").arg(&stats_path);
                if self.want_trace {
                    c.arg("--gil-trace").arg(&trace_path);
                }
                c
            }
        };
        cmd.envs(point.iter().map(|(n, v)| (n, v)));
        cmd.arg(self.script).args(self.args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let _ = std::fs::remove_file(&stats_path);
        let _ = std::fs::remove_file(&trace_path);
        let start = Instant::now();
        let out = cmd.output().map_err(|e| match &setting.runner {
            Runner::Python3 => format!("cannot run python3: {e}"),
            Runner::Gilpy { .. } => format!("cannot run gilpy: {e}"),
        })?;
        let wall_s = start.elapsed().as_secs_f64();
        let stats = std::fs::read(&stats_path).ok().and_then(|b| serde_json::from_slice(&b).ok());
        let _ = std::fs::remove_file(&stats_path);
        let trace = (self.want_trace && trace_path.exists()).then_some(trace_path);
        // A child killed by a signal reports 128 + the signal, as a shell does.
        let status = out.status.code().unwrap_or_else(|| 128 + std::os::unix::process::ExitStatusExt::signal(&out.status).unwrap_or(0));
        Ok(Outcome { wall_s, status, stdout: out.stdout, stderr: out.stderr, stats, trace })
    }
}

/// What a point adds to a file name: "" without sweeps, else `.THREADS-2`.
pub fn point_suffix(point: &Point) -> String {
    if point.is_empty() { String::new() } else { format!(".{}", sweep::file_stem(point)) }
}

/// The real interpreter behind the `python3` on the PATH (its `sys.executable`), asked once: the
/// `python3` found first may be a version manager's shell shim, whose own start-up (tens to
/// hundreds of ms) would be timed as python3's.
pub fn python3_executable() -> Result<PathBuf, String> {
    static FOUND: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let out = Command::new("python3")
                .args(["-c", "import sys; print(sys.executable)"])
                .stdin(Stdio::null())
                .output()
                .map_err(|e| format!("cannot run python3: {e}"))?;
            let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if !out.status.success() || path.is_empty() {
                return Err("python3 did not say where its interpreter is (sys.executable)".into());
            }
            Ok(PathBuf::from(path))
        })
        .clone()
}
