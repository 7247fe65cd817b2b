//! The `--gil-stats` table printed at exit, and the same numbers as JSON (`--gil-stats-json`,
//! read back by `--compare`).

use super::{Gil, stats::Snapshot};

/// Everything `--gil-stats` shows, in a form a program can read.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub policy: String,
    pub interval: i32,
    pub interval_s: f64,
    pub switches: u64,
    pub threads: Vec<Snapshot>,
}

impl Summary {
    pub fn of(gil: &Gil) -> Summary {
        Summary {
            policy: gil.policy.name().to_string(),
            interval: gil.interval(),
            interval_s: gil.interval_seconds(),
            switches: gil.switch_count(),
            threads: gil.snapshots(),
        }
    }

    pub fn forced(&self) -> u64 {
        self.threads.iter().map(|t| t.forced_releases).sum()
    }

    pub fn voluntary(&self) -> u64 {
        self.threads.iter().map(|t| t.voluntary_releases).sum()
    }

    pub fn wait_ns(&self) -> u64 {
        self.threads.iter().map(|t| t.wait_ns).sum()
    }

    pub fn wait_max_ns(&self) -> u64 {
        self.threads.iter().map(|t| t.wait_max_ns).max().unwrap_or(0)
    }
}

/// Writes the statistics as JSON to `path`.
pub fn write_json(gil: &Gil, path: &str) -> std::io::Result<()> {
    let text = serde_json::to_vec_pretty(&Summary::of(gil)).map_err(std::io::Error::other)?;
    std::fs::write(path, text)
}

pub fn table(gil: &Gil) -> String {
    let mut out = format!(
        "GIL statistics (policy {}, interval {} instructions / {:.3} ms, {} switches)\n",
        gil.policy.name(),
        gil.interval(),
        gil.interval_seconds() * 1e3,
        gil.switch_count()
    );
    out.push_str(&format!(
        "{:<20} {:>14} {:>9} {:>8} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10} {:>9}\n",
        "thread", "instructions", "acquired", "forced", "voluntary", "wait ms", "p50 ms", "p99 ms", "max ms", "hold ms", "switches"
    ));
    let ms = |ns: u64| ns as f64 / 1e6;
    for t in gil.snapshots() {
        let mut name = t.name.clone();
        if name.chars().count() > 20 {
            name = name.chars().take(19).collect::<String>() + "…";
        }
        out.push_str(&format!(
            "{:<20} {:>14} {:>9} {:>8} {:>9} {:>10.3} {:>10.3} {:>10.3} {:>10.3} {:>10.3} {:>9}\n",
            name,
            t.instructions,
            t.acquisitions,
            t.forced_releases,
            t.voluntary_releases,
            ms(t.wait_ns),
            ms(t.wait_p50_ns),
            ms(t.wait_p99_ns),
            ms(t.wait_max_ns),
            ms(t.hold_ns),
            t.switches,
        ));
    }
    out
}
