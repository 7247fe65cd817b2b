//! The `--gil-stats` table printed at exit.

use super::Gil;
use std::sync::atomic::Ordering;

pub fn table(gil: &Gil) -> String {
    let mut out = format!("GIL statistics (policy {}, interval {} instructions)\n", gil.policy.name(), gil.interval());
    out.push_str(&format!(
        "{:<16} {:>14} {:>10} {:>8} {:>10} {:>12} {:>12} {:>12} {:>9}\n",
        "thread", "instructions", "acquired", "forced", "voluntary", "wait ms", "max wait ms", "hold ms", "switches"
    ));
    for t in gil.threads.lock().iter() {
        out.push_str(&format!(
            "{:<16} {:>14} {:>10} {:>8} {:>10} {:>12.3} {:>12.3} {:>12.3} {:>9}\n",
            t.name.lock(),
            t.instructions.load(Ordering::Relaxed),
            t.acquisitions.load(Ordering::Relaxed),
            t.forced_releases.load(Ordering::Relaxed),
            t.voluntary_releases.load(Ordering::Relaxed),
            t.wait_ns.load(Ordering::Relaxed) as f64 / 1e6,
            t.wait_max_ns.load(Ordering::Relaxed) as f64 / 1e6,
            t.hold_ns.load(Ordering::Relaxed) as f64 / 1e6,
            t.switches.load(Ordering::Relaxed),
        ));
    }
    out
}
