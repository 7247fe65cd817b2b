//! `--gil-trace FILE`: the GIL timeline in Chrome trace-event JSON (Perfetto, chrome://tracing).
//! Each thread is one track whose slices are its states: `running` (holds the GIL), `waiting`
//! (wants the GIL) and `blocked` (gave the GIL up for a blocking call). The GIL records a state
//! change only at acquire and release, and only when a tracer exists, so tracing off costs one
//! branch per acquire/release and nothing per instruction.

use super::ThreadStats;
use parking_lot::Mutex;
use serde_json::{Value as Json, json};
use std::time::Instant;

pub struct Tracer {
    path: String,
    origin: Instant,
    events: Mutex<Vec<Json>>,
}

impl Tracer {
    pub fn new(path: &str, origin: Instant) -> Tracer {
        Tracer { path: path.to_string(), origin, events: Mutex::new(Vec::new()) }
    }

    fn micros(&self, t: Instant) -> f64 {
        t.saturating_duration_since(self.origin).as_nanos() as f64 / 1000.0
    }

    /// Ends the thread's current slice (if any) and starts `state` (None: the thread is gone).
    pub fn transition(&self, me: &ThreadStats, state: Option<&'static str>) {
        let now = Instant::now();
        let mut mark = me.trace_mark.lock();
        if let Some((prev, since)) = mark.take() {
            let ts = self.micros(since);
            self.events.lock().push(json!({
                "name": prev, "cat": "gil", "ph": "X", "pid": 1, "tid": me.id,
                "ts": ts, "dur": (self.micros(now) - ts).max(0.0),
            }));
        }
        *mark = state.map(|s| (s, now));
    }

    /// Closes every open slice and writes the file.
    pub fn finish(&self, threads: &[std::sync::Arc<ThreadStats>]) -> std::io::Result<()> {
        let mut meta = vec![json!({"name": "process_name", "ph": "M", "pid": 1, "args": {"name": "gilpy"}})];
        for t in threads {
            self.transition(t, None);
            meta.push(json!({"name": "thread_name", "ph": "M", "pid": 1, "tid": t.id, "args": {"name": t.name.lock().clone()}}));
            meta.push(json!({"name": "thread_sort_index", "ph": "M", "pid": 1, "tid": t.id, "args": {"sort_index": t.id}}));
        }
        let mut events = std::mem::take(&mut *self.events.lock());
        meta.append(&mut events);
        let doc = json!({ "traceEvents": meta, "displayTimeUnit": "ms" });
        std::fs::write(&self.path, serde_json::to_vec(&doc).map_err(std::io::Error::other)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_slices_per_thread() {
        let dir = std::env::temp_dir().join(format!("gilpy-trace-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.json");
        let tracer = Tracer::new(path.to_str().unwrap(), Instant::now());
        let t = std::sync::Arc::new(ThreadStats::new(7, "worker"));
        tracer.transition(&t, Some("waiting"));
        tracer.transition(&t, Some("running"));
        tracer.finish(&[t]).unwrap();
        let doc: Json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let names: Vec<&str> = doc["traceEvents"].as_array().unwrap().iter().filter(|e| e["ph"] == "X").map(|e| e["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["waiting", "running"]);
    }
}
