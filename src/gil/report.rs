//! The `--gil-stats` table printed at exit.

use super::Gil;

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
