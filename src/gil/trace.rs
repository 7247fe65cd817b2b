//! `--gil-trace FILE`: the GIL timeline in Chrome trace-event JSON (Perfetto, chrome://tracing).
//! Each thread is one track whose slices are its states: `running` (holds the GIL), `waiting`
//! (wants the GIL) and `blocked` (gave the GIL up for a blocking call). The GIL records a state
//! change only at acquire and release, and only when a tracer exists, so tracing off costs one
//! branch per acquire/release and nothing per instruction. Tracing on costs one push onto the
//! thread's own list per change; the JSON is built at exit.

use super::ThreadStats;
use serde_json::json;
use std::time::Instant;

/// What a thread is doing, as the timeline records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadState {
    /// Holds the GIL (or runs, under `--gil off`).
    Running,
    /// Wants the GIL.
    Waiting,
    /// Gave the GIL up for a blocking call (sleep, lock, I/O).
    Blocked,
}

impl ThreadState {
    pub const ALL: [ThreadState; 3] = [ThreadState::Running, ThreadState::Waiting, ThreadState::Blocked];

    /// The slice name in the trace file.
    pub fn trace_name(self) -> &'static str {
        match self {
            ThreadState::Running => "running",
            ThreadState::Waiting => "waiting",
            ThreadState::Blocked => "blocked",
        }
    }

    /// Reads a slice name of a trace file back.
    pub fn from_trace_name(s: &str) -> Option<ThreadState> {
        ThreadState::ALL.into_iter().find(|st| st.trace_name() == s)
    }

    /// The words a picture's legend uses.
    pub fn label(self) -> &'static str {
        match self {
            ThreadState::Running => "running (holds the GIL)",
            ThreadState::Waiting => "waiting for the GIL",
            ThreadState::Blocked => "blocked (sleep, lock, I/O)",
        }
    }
}

pub struct Tracer {
    path: String,
    origin: Instant,
}

impl Tracer {
    pub fn new(path: &str, origin: Instant) -> Tracer {
        Tracer { path: path.to_string(), origin }
    }

    fn micros(&self, t: Instant) -> f64 {
        t.saturating_duration_since(self.origin).as_nanos() as f64 / 1000.0
    }

    /// Ends the thread's current slice (if any) and starts `state` (None: the thread is gone).
    pub fn transition(&self, me: &ThreadStats, state: Option<ThreadState>) {
        let now = Instant::now();
        let mut track = me.trace.lock();
        if let Some((prev, since)) = track.current.take() {
            track.slices.push((prev, since, now));
        }
        track.current = state.map(|s| (s, now));
    }

    /// Closes every open slice and writes the file.
    pub fn finish(&self, threads: &[std::sync::Arc<ThreadStats>]) -> std::io::Result<()> {
        let mut events = vec![json!({"name": "process_name", "ph": "M", "pid": 1, "args": {"name": "gilpy"}})];
        for t in threads {
            self.transition(t, None);
            events.push(json!({"name": "thread_name", "ph": "M", "pid": 1, "tid": t.id, "args": {"name": t.name.lock().clone()}}));
            events.push(json!({"name": "thread_sort_index", "ph": "M", "pid": 1, "tid": t.id, "args": {"sort_index": t.id}}));
        }
        for t in threads {
            for (state, start, end) in std::mem::take(&mut t.trace.lock().slices) {
                let ts = self.micros(start);
                events.push(json!({
                    "name": state.trace_name(), "cat": "gil", "ph": "X", "pid": 1, "tid": t.id,
                    "ts": ts, "dur": (self.micros(end) - ts).max(0.0),
                }));
            }
        }
        let doc = json!({ "traceEvents": events, "displayTimeUnit": "ms" });
        std::fs::write(&self.path, serde_json::to_vec(&doc).map_err(std::io::Error::other)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value as Json;

    #[test]
    fn writes_slices_per_thread() {
        let dir = std::env::temp_dir().join(format!("gilpy-trace-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.json");
        let tracer = Tracer::new(path.to_str().unwrap(), Instant::now());
        let t = std::sync::Arc::new(ThreadStats::new(7, "worker"));
        tracer.transition(&t, Some(ThreadState::Waiting));
        tracer.transition(&t, Some(ThreadState::Running));
        tracer.finish(&[t]).unwrap();
        let doc: Json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let names: Vec<&str> = doc["traceEvents"].as_array().unwrap().iter().filter(|e| e["ph"] == "X").map(|e| e["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["waiting", "running"]);
    }
}
