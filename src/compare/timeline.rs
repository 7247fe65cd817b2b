//! Reads a `--gil-trace` file back into per-thread tracks of states, and boils a track down to a
//! fixed number of columns for a picture: for each column, the share of its time the thread spent
//! running, waiting for the GIL and blocked. A run with 10^5 switches still draws in ~1000 shapes.

use serde_json::Value as Json;

pub use crate::gil::trace::ThreadState as State;

/// One slice of a thread's time, in microseconds since the interpreter started.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slice {
    pub start: f64,
    pub end: f64,
    pub state: State,
}

pub struct Track {
    pub id: u64,
    pub name: String,
    pub slices: Vec<Slice>,
}

pub struct Timeline {
    pub tracks: Vec<Track>,
    /// The end of the last slice, µs.
    pub end: f64,
}

impl Timeline {
    /// Parses Chrome trace-event JSON as `--gil-trace` writes it.
    pub fn parse(doc: &Json) -> Result<Timeline, String> {
        let events = doc["traceEvents"].as_array().ok_or("not a trace: no traceEvents")?;
        let mut tracks: Vec<Track> = Vec::new();
        let track = |tracks: &mut Vec<Track>, id: u64| -> usize {
            match tracks.iter().position(|t| t.id == id) {
                Some(i) => i,
                None => {
                    tracks.push(Track { id, name: format!("thread {id}"), slices: Vec::new() });
                    tracks.len() - 1
                }
            }
        };
        for e in events {
            let Some(id) = e["tid"].as_u64() else { continue };
            match e["ph"].as_str() {
                Some("M") if e["name"] == "thread_name" => {
                    let i = track(&mut tracks, id);
                    if let Some(n) = e["args"]["name"].as_str() {
                        tracks[i].name = n.to_string();
                    }
                }
                Some("X") => {
                    let (Some(state), Some(ts), Some(dur)) = (e["name"].as_str().and_then(State::from_trace_name), e["ts"].as_f64(), e["dur"].as_f64()) else {
                        continue;
                    };
                    let i = track(&mut tracks, id);
                    tracks[i].slices.push(Slice { start: ts, end: ts + dur, state });
                }
                _ => {}
            }
        }
        tracks.sort_by_key(|t| t.id);
        for t in &mut tracks {
            t.slices.sort_by(|a, b| a.start.total_cmp(&b.start));
        }
        let end = tracks.iter().flat_map(|t| t.slices.iter().map(|s| s.end)).fold(0.0, f64::max);
        Ok(Timeline { tracks, end })
    }

    pub fn read(path: &std::path::Path) -> Result<Timeline, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc: Json = serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Timeline::parse(&doc)
    }
}

/// A run of equal columns: from `start` to `end` (µs) the thread spent these shares (in tenths,
/// summing to at most 10) of its time in each `State::ALL` state.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub start: f64,
    pub end: f64,
    pub tenths: [u8; 3],
}

/// Cuts `[from, to)` into `columns` equal columns, measures each state's share of each column and
/// merges neighbouring columns that come out the same. Columns where the thread did not exist
/// are left out.
pub fn bands(track: &Track, from: f64, to: f64, columns: usize) -> Vec<Band> {
    let width = (to - from) / columns as f64;
    if width <= 0.0 {
        return Vec::new();
    }
    let mut time = vec![[0.0f64; 3]; columns];
    for s in &track.slices {
        let (a, b) = (s.start.max(from), s.end.min(to));
        if b <= a {
            continue;
        }
        let k = State::ALL.iter().position(|x| *x == s.state).unwrap();
        let first = ((a - from) / width) as usize;
        let last = (((b - from) / width) as usize).min(columns - 1);
        for (c, col) in time.iter_mut().enumerate().take(last + 1).skip(first) {
            let (lo, hi) = (from + c as f64 * width, from + (c + 1) as f64 * width);
            col[k] += b.min(hi) - a.max(lo);
        }
    }
    let mut out: Vec<Band> = Vec::new();
    for (c, col) in time.iter().enumerate() {
        if col.iter().sum::<f64>() <= 0.0 {
            continue;
        }
        let tenths = shares(col, width);
        let (start, end) = (from + c as f64 * width, from + (c + 1) as f64 * width);
        match out.last_mut() {
            Some(prev) if prev.tenths == tenths && (prev.end - start).abs() < width / 2.0 => prev.end = end,
            _ => out.push(Band { start, end, tenths }),
        }
    }
    out
}

/// Each state's share of a column in tenths; a state present at all gets at least one tenth
/// (taken from the largest), so that a thread that ran for a moment still shows.
fn shares(time: &[f64; 3], width: f64) -> [u8; 3] {
    let mut tenths = time.map(|t| (t / width * 10.0).round().clamp(0.0, 10.0) as u8);
    for k in 0..3 {
        if time[k] > 0.0 && tenths[k] == 0 {
            let largest = (0..3).max_by_key(|&j| tenths[j]).unwrap();
            if tenths.iter().map(|&t| t as u32).sum::<u32>() >= 10 {
                tenths[largest] -= 1;
            }
            tenths[k] = 1;
        }
    }
    tenths
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn track(slices: &[(f64, f64, State)]) -> Track {
        Track { id: 1, name: "t".into(), slices: slices.iter().map(|&(start, end, state)| Slice { start, end, state }).collect() }
    }

    #[test]
    fn parses_what_the_tracer_writes() {
        let doc = json!({"traceEvents": [
            {"name": "thread_name", "ph": "M", "pid": 1, "tid": 2, "args": {"name": "worker"}},
            {"name": "running", "ph": "X", "pid": 1, "tid": 2, "ts": 10.0, "dur": 5.0},
            {"name": "waiting", "ph": "X", "pid": 1, "tid": 1, "ts": 0.0, "dur": 10.0},
        ]});
        let t = Timeline::parse(&doc).unwrap();
        assert_eq!(t.tracks.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["thread 1", "worker"]);
        assert_eq!(t.end, 15.0);
        assert_eq!(t.tracks[1].slices[0], Slice { start: 10.0, end: 15.0, state: State::Running });
        assert!(Timeline::parse(&json!({})).is_err());
    }

    #[test]
    fn columns_measure_shares_and_merge() {
        use State::*;
        // 0-40 running, 40-50 waiting, 50-100 half running / half waiting in 5 µs turns.
        let mut slices = vec![(0.0, 40.0, Running), (40.0, 50.0, Waiting)];
        for k in 0..5 {
            let t = 50.0 + k as f64 * 10.0;
            slices.push((t, t + 5.0, Running));
            slices.push((t + 5.0, t + 10.0, Waiting));
        }
        let b = bands(&track(&slices), 0.0, 100.0, 10);
        assert_eq!(
            b,
            vec![
                Band { start: 0.0, end: 40.0, tenths: [10, 0, 0] },
                Band { start: 40.0, end: 50.0, tenths: [0, 10, 0] },
                Band { start: 50.0, end: 100.0, tenths: [5, 5, 0] },
            ]
        );
    }

    #[test]
    fn a_moment_of_running_still_shows() {
        assert_eq!(shares(&[0.1, 0.0, 9.9], 10.0), [1, 0, 9]);
        assert_eq!(shares(&[0.1, 0.1, 9.8], 10.0), [1, 1, 8]);
    }

    #[test]
    fn time_outside_the_thread_is_left_out() {
        let b = bands(&track(&[(30.0, 50.0, State::Blocked)]), 0.0, 100.0, 10);
        assert_eq!(b, vec![Band { start: 30.0, end: 50.0, tenths: [0, 0, 10] }]);
    }
}
