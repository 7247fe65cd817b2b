//! `--report DIR`: what a `--compare` run leaves behind. For every gilpy setting, the timeline of
//! its reported run as a picture (whole run, and 5 ms from the middle) and as the trace for
//! Perfetto; the summary chart; each setting's stdout; `results.json`; and `index.html` showing it
//! all side by side.

use super::plot::{self, Bar, Line};
use super::settings::Runner;
use super::sweep::{self, Sweep};
use super::timeline::Timeline;
use super::{Measured, Options};
use serde_json::json;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The width of the zoomed timeline, µs.
const ZOOM: f64 = 5000.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The files drawn for one setting.
struct Pictures {
    whole: String,
    zoom: Option<String>,
    trace: String,
}

/// A row's name in tables and pictures: the setting, and the point of the sweep if any.
fn label(r: &Measured) -> String {
    if r.point.is_empty() { r.setting.label.clone() } else { format!("{} {}", r.setting.label, sweep::describe(&r.point)) }
}

/// Writes everything into `dir`; returns the HTML page's path.
pub fn write(dir: &Path, opts: &Options, sweeps: &[Sweep], results: &[Measured]) -> Result<PathBuf, String> {
    let io = |e: std::io::Error| e.to_string();
    let mut pictures = Vec::new();
    for res in results {
        let stem = res.file_stem();
        std::fs::write(dir.join(format!("{stem}.stdout.txt")), &res.chosen().stdout).map_err(io)?;
        // Keep the reported run's trace under the setting's name; the others go.
        for (i, run) in res.runs.iter().enumerate() {
            let Some(trace) = &run.trace else { continue };
            if i == res.median {
                std::fs::rename(trace, dir.join(format!("{stem}.trace.json"))).map_err(io)?;
            } else {
                let _ = std::fs::remove_file(trace);
            }
        }
        pictures.push(match (&res.setting.runner, &res.chosen().trace) {
            (Runner::Gilpy { .. }, Some(_)) => Some(draw(dir, &stem, &label(res))?),
            _ => None,
        });
    }
    let bars: Vec<Bar> = results
        .iter()
        .map(|r| Bar { label: label(r), wall_s: r.chosen().wall_s, wait_ms: r.chosen().stats.as_ref().map(|s| s.wait_ns() as f64 / 1e6) })
        .collect();
    let script_name = Path::new(&opts.script).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    plot::summary(&bars, &format!("{script_name}: each setting's reported run"), &dir.join("summary.svg"))?;
    std::fs::write(dir.join("results.json"), serde_json::to_vec_pretty(&numbers(opts, results)).map_err(|e| e.to_string())?).map_err(io)?;
    std::fs::write(dir.join("results.csv"), csv(sweeps, results)).map_err(io)?;
    let mut charts = Vec::new();
    for (i, var) in sweeps.iter().enumerate() {
        // Swept names are identifiers, safe in a file name.
        let name = format!("sweep-{}.svg", var.name);
        plot::sweep(&sweep_lines(sweeps, i, results), &var.name, &var.values, &format!("{script_name}: against {}", var.name), &dir.join(&name))?;
        charts.push(name);
    }
    let page = dir.join("index.html");
    std::fs::write(&page, html(opts, results, &pictures, &charts)).map_err(io)?;
    Ok(page)
}

/// Draws the whole run and the zoom of one setting's trace.
fn draw(dir: &Path, stem: &str, label: &str) -> Result<Pictures, String> {
    let trace = format!("{stem}.trace.json");
    let tl = Timeline::read(&dir.join(&trace))?;
    let whole = format!("timeline-{stem}.svg");
    plot::timeline(&tl, 0.0, tl.end.max(1.0), &format!("{label}: the whole run"), &dir.join(&whole))?;
    let zoom = if tl.end > 2.0 * ZOOM {
        let from = tl.end / 2.0 - ZOOM / 2.0;
        let name = format!("zoom-{stem}.svg");
        plot::timeline(&tl, from, from + ZOOM, &format!("{label}: 5 ms from the middle of the run"), &dir.join(&name))?;
        Some(name)
    } else {
        None
    };
    Ok(Pictures { whole, zoom, trace })
}

fn numbers(opts: &Options, results: &[Measured]) -> serde_json::Value {
    let settings: Vec<_> = results
        .iter()
        .map(|r| {
            let (policy, interval) = match &r.setting.runner {
                Runner::Gilpy { policy, interval } => (policy.name(), interval.clone()),
                Runner::Python3 => ("python3", None),
            };
            json!({
                "label": r.setting.label,
                "sweep": r.point.iter().map(|(n, v)| (n.clone(), serde_json::Value::String(v.clone()))).collect::<serde_json::Map<_, _>>(),
                "runner": policy,
                "interval": interval,
                "wall_s": r.runs.iter().map(|o| o.wall_s).collect::<Vec<_>>(),
                "reported_run": r.median,
                "exit": r.chosen().status,
                "gil": r.chosen().stats,
            })
        })
        .collect();
    json!({ "script": opts.script, "args": opts.args, "repeat": opts.repeat.max(1), "settings": settings })
}

/// One row per run: setting, policy, interval, every swept variable, run number, wall time, the
/// GIL numbers (empty for python3) and the exit status.
fn csv(sweeps: &[Sweep], results: &[Measured]) -> String {
    let field = |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    let mut out = String::from("setting,policy,interval");
    for s in sweeps {
        out.push(',');
        out.push_str(&field(&s.name));
    }
    out.push_str(",run,wall_s,switches,forced,voluntary,gil_wait_ms,max_wait_ms,exit\n");
    for r in results {
        let (policy, interval) = match &r.setting.runner {
            Runner::Gilpy { policy, interval } => (policy.name(), interval.clone().unwrap_or_default()),
            Runner::Python3 => ("python3", String::new()),
        };
        for (i, o) in r.runs.iter().enumerate() {
            let mut row = vec![field(&r.setting.label), policy.to_string(), field(&interval)];
            row.extend(r.point.iter().map(|(_, v)| field(v)));
            row.push((i + 1).to_string());
            row.push(format!("{:.6}", o.wall_s));
            match &o.stats {
                Some(st) => {
                    row.push(st.switches.to_string());
                    row.push(st.forced().to_string());
                    row.push(st.voluntary().to_string());
                    row.push(format!("{:.3}", st.wait_ns() as f64 / 1e6));
                    row.push(format!("{:.3}", st.wait_max_ns() as f64 / 1e6));
                }
                None => row.extend(std::iter::repeat_n(String::new(), 5)),
            }
            row.push(o.status.to_string());
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// The lines of the chart against swept variable `var`: one per setting and combination of the
/// other variables' values, through the reported runs at each value of `var`.
fn sweep_lines(sweeps: &[Sweep], var: usize, results: &[Measured]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for r in results {
        let others: Vec<String> = r.point.iter().enumerate().filter(|(i, _)| *i != var).map(|(_, (n, v))| format!("{n}={v}")).collect();
        let name = if others.is_empty() { r.setting.label.clone() } else { format!("{} {}", r.setting.label, others.join(" ")) };
        let x = sweeps[var].values.iter().position(|v| *v == r.point[var].1).unwrap_or(0);
        let o = r.chosen();
        let wait = o.stats.as_ref().map(|s| s.wait_ns() as f64 / 1e6);
        match lines.iter_mut().find(|l| l.label == name) {
            Some(l) => l.points.push((x, o.wall_s, wait)),
            None => lines.push(Line { label: name, points: vec![(x, o.wall_s, wait)] }),
        }
    }
    lines
}

fn html(opts: &Options, results: &[Measured], pictures: &[Option<Pictures>], charts: &[String]) -> String {
    let mut h = String::new();
    let cmd = std::iter::once(opts.script.as_str()).chain(opts.args.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
    let _ = write!(
        h,
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>GIL experiment: {0}</title>\n<style>\
         body{{font-family:sans-serif;margin:2em;max-width:1150px}} table{{border-collapse:collapse;margin:1em 0}}\
         td,th{{border:1px solid #ccc;padding:3px 8px;text-align:right}} td:first-child,th:first-child{{text-align:left}}\
         img{{max-width:100%;border:1px solid #eee;margin:4px 0}}</style></head><body>\n\
         <h1>GIL experiment: <code>{0}</code></h1>\n<p>{1} per setting; the reported run is the median by wall time. \
         Wall time includes start-up. Open a <code>.trace.json</code> in <a href=\"https://ui.perfetto.dev\">Perfetto</a> \
         to zoom into every switch. Every run's numbers: <a href=\"results.csv\">results.csv</a>, \
         <a href=\"results.json\">results.json</a>.</p>\n<img src=\"summary.svg\" alt=\"summary\">\n",
        escape(&cmd),
        if opts.repeat.max(1) == 1 { "One run".to_string() } else { format!("{} runs", opts.repeat) }
    );
    for c in charts {
        let _ = writeln!(h, "<img src=\"{c}\" alt=\"against a swept variable\">");
    }
    h.push_str("<table><tr><th>setting</th><th>wall s</th><th>switches</th><th>forced</th><th>voluntary</th><th>GIL wait ms</th><th>max wait ms</th><th>exit</th><th>stdout</th></tr>\n");
    for r in results {
        let o = r.chosen();
        let stem = r.file_stem();
        let cells: String = super::gil_columns(o).iter().map(|c| format!("<td>{c}</td>")).collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{:.3}</td>{cells}<td>{}</td><td><a href=\"{stem}.stdout.txt\">stdout</a></td></tr>",
            escape(&label(r)),
            o.wall_s,
            o.status
        );
    }
    h.push_str("</table>\n");
    for (r, pics) in results.iter().zip(pictures) {
        let Some(p) = pics else { continue };
        let _ = writeln!(h, "<h2>{}</h2>", escape(&label(r)));
        if let Some(s) = &r.chosen().stats {
            h.push_str("<table><tr><th>thread</th><th>instructions</th><th>acquired</th><th>forced</th><th>voluntary</th><th>wait ms</th><th>max wait ms</th><th>hold ms</th><th>switches</th></tr>\n");
            for t in &s.threads {
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td></tr>",
                    escape(&t.name),
                    t.instructions,
                    t.acquisitions,
                    t.forced_releases,
                    t.voluntary_releases,
                    t.wait_ns as f64 / 1e6,
                    t.wait_max_ns as f64 / 1e6,
                    t.hold_ns as f64 / 1e6,
                    t.switches
                );
            }
            h.push_str("</table>\n");
        }
        let _ = writeln!(h, "<img src=\"{}\" alt=\"timeline\">", p.whole);
        if let Some(z) = &p.zoom {
            let _ = writeln!(h, "<img src=\"{z}\" alt=\"zoomed timeline\">");
        }
        let _ = writeln!(h, "<p>Trace: <a href=\"{0}\">{0}</a></p>", p.trace);
    }
    h.push_str("</body></html>\n");
    h
}
