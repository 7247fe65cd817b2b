//! The pictures of a `--compare --report`, as SVG (plotters): one timeline per run (a row per
//! thread; in each column, how much of its time the thread ran, waited for the GIL or was
//! blocked), a summary chart of every setting's wall time and total wait for the GIL, and with
//! `--sweep` line charts of both against each swept variable.

use super::timeline::{State, Timeline, Track, bands};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

const COLUMNS: usize = 900;
const WIDTH: u32 = 1100;
const LABEL_WIDTH: u32 = 150;

fn color(s: State) -> RGBColor {
    match s {
        State::Running => RGBColor(44, 160, 44),
        State::Waiting => RGBColor(214, 39, 40),
        State::Blocked => RGBColor(170, 170, 170),
    }
}

fn failed<E: std::fmt::Debug>(path: &Path) -> impl Fn(E) -> String + '_ {
    move |e| format!("cannot draw {}: {e:?}", path.display())
}

/// Draws the states of every thread from `from` to `to` (µs) into an SVG file.
pub fn timeline(tl: &Timeline, from: f64, to: f64, title: &str, path: &Path) -> Result<(), String> {
    // Only the threads that lived in the window get a row.
    let tracks: Vec<&Track> = tl.tracks.iter().filter(|t| t.slices.iter().any(|s| s.end > from && s.start < to)).collect();
    let rows = tracks.len().max(1);
    let height = 110 + 34 * rows as u32;
    let root = SVGBackend::new(path, (WIDTH, height)).into_drawing_area();
    draw_timeline(&root, &tracks, from, to, title).map_err(failed(path))?;
    root.present().map_err(failed(path))
}

fn draw_timeline(
    root: &DrawingArea<SVGBackend, Shift>,
    tracks: &[&Track],
    from: f64,
    to: f64,
    title: &str,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let rows = tracks.len().max(1) as f64;
    let (_, height) = root.dim_in_pixel();
    let (root_body, legend) = root.split_vertically(height - 28);
    let mut chart = ChartBuilder::on(&root_body)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(34)
        .y_label_area_size(LABEL_WIDTH)
        .build_cartesian_2d(from / 1e3..to / 1e3, 0.0..rows)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc("milliseconds since the interpreter started")
        .label_style(("sans-serif", 12))
        .axis_desc_style(("sans-serif", 13))
        .light_line_style(WHITE.mix(0.0))
        .draw()?;
    let label_style = TextStyle::from(("sans-serif", 13).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, track) in tracks.iter().enumerate() {
        let base = rows - 1.0 - i as f64 + 0.15;
        let (x, y) = chart.backend_coord(&(from / 1e3, base + 0.35));
        let mut name = track.name.clone();
        if name.chars().count() > 20 {
            name = name.chars().take(19).collect::<String>() + "…";
        }
        root_body.draw(&Text::new(name, (x - 8, y), label_style.clone()))?;
        let mut shapes = Vec::new();
        for band in bands(track, from, to, COLUMNS) {
            let mut y0 = base;
            for (k, state) in State::ALL.iter().enumerate() {
                let h = band.tenths[k] as f64 / 10.0 * 0.7;
                if h > 0.0 {
                    shapes.push(Rectangle::new([(band.start / 1e3, y0), (band.end / 1e3, y0 + h)], color(*state).filled()));
                    y0 += h;
                }
            }
        }
        chart.draw_series(shapes)?;
    }
    let mut x = LABEL_WIDTH as i32 + 12;
    for state in State::ALL {
        legend.draw(&Rectangle::new([(x, 6), (x + 14, 20)], color(state).filled()))?;
        legend.draw(&Text::new(state.label(), (x + 20, 13), TextStyle::from(("sans-serif", 13).into_font()).pos(Pos::new(HPos::Left, VPos::Center))))?;
        x += 24 + 8 * state.label().len() as i32;
    }
    Ok(())
}

/// One bar per setting in two panels: wall time (s) and the GIL wait summed over threads (ms).
pub struct Bar {
    pub label: String,
    pub wall_s: f64,
    pub wait_ms: Option<f64>,
}

pub fn summary(bars: &[Bar], title: &str, path: &Path) -> Result<(), String> {
    let root = SVGBackend::new(path, (WIDTH, 420)).into_drawing_area();
    (|| -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
        root.fill(&WHITE)?;
        let root = root.titled(title, ("sans-serif", 18))?;
        let (left, right) = root.split_horizontally(WIDTH / 2);
        let walls: Vec<Option<f64>> = bars.iter().map(|b| Some(b.wall_s)).collect();
        let waits: Vec<Option<f64>> = bars.iter().map(|b| b.wait_ms).collect();
        bar_panel(&left, bars, &walls, "wall time (s)", RGBColor(31, 119, 180))?;
        bar_panel(&right, bars, &waits, "time waiting for the GIL, all threads (ms)", color(State::Waiting))
    })()
    .map_err(failed(path))?;
    root.present().map_err(failed(path))
}

fn bar_panel(
    area: &DrawingArea<SVGBackend, Shift>,
    bars: &[Bar],
    values: &[Option<f64>],
    what: &str,
    fill: RGBColor,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let top = values.iter().flatten().fold(0.0f64, |a, b| a.max(*b)).max(1e-9) * 1.15;
    let n = bars.len();
    let mut chart = ChartBuilder::on(area)
        .caption(what, ("sans-serif", 14))
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(60)
        // Integer ranges are inclusive here: 0..n-1 is n slots.
        .build_cartesian_2d((0..n.saturating_sub(1)).into_segmented(), 0.0..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n)
        .label_style(("sans-serif", 12))
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => bars.get(*i).map(|b| b.label.clone()).unwrap_or_default(),
            _ => String::new(),
        })
        .draw()?;
    let value_style = TextStyle::from(("sans-serif", 12).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
    for (i, v) in values.iter().enumerate() {
        let Some(v) = *v else {
            chart.draw_series([Text::new("n/a".to_string(), (SegmentValue::CenterOf(i), top * 0.02), value_style.clone())])?;
            continue;
        };
        let mut bar = Rectangle::new([(SegmentValue::Exact(i), 0.0), (SegmentValue::Exact(i + 1), v)], fill.filled());
        bar.set_margin(0, 0, 10, 10);
        chart.draw_series([bar])?;
        let text = if v >= 100.0 {
            format!("{v:.0}")
        } else if v >= 1.0 {
            format!("{v:.2}")
        } else {
            format!("{v:.3}")
        };
        chart.draw_series([Text::new(text, (SegmentValue::CenterOf(i), v), value_style.clone())])?;
    }
    Ok(())
}

/// One line of a sweep chart: a setting (and the other variables' values) through the values of
/// the swept variable: (index of the value, wall s, GIL wait ms if measured).
pub struct Line {
    pub label: String,
    pub points: Vec<(usize, f64, Option<f64>)>,
}

/// Two panels, wall time and GIL wait, against the values of one swept variable (spaced evenly,
/// in the order given), one line per setting.
pub fn sweep(lines: &[Line], var: &str, values: &[String], title: &str, path: &Path) -> Result<(), String> {
    let root = SVGBackend::new(path, (WIDTH, 460)).into_drawing_area();
    (|| -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
        root.fill(&WHITE)?;
        let root = root.titled(title, ("sans-serif", 18))?;
        let (left, right) = root.split_horizontally(WIDTH / 2);
        let walls: Vec<Vec<(usize, f64)>> = lines.iter().map(|l| l.points.iter().map(|p| (p.0, p.1)).collect()).collect();
        let waits: Vec<Vec<(usize, f64)>> = lines.iter().map(|l| l.points.iter().filter_map(|p| p.2.map(|w| (p.0, w))).collect()).collect();
        line_panel(&left, lines, &walls, var, values, "wall time (s)")?;
        line_panel(&right, lines, &waits, var, values, "time waiting for the GIL, all threads (ms)")
    })()
    .map_err(failed(path))?;
    root.present().map_err(failed(path))
}

fn line_panel(
    area: &DrawingArea<SVGBackend, Shift>,
    lines: &[Line],
    series: &[Vec<(usize, f64)>],
    var: &str,
    values: &[String],
    what: &str,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let top = series.iter().flatten().fold(0.0f64, |a, p| a.max(p.1)).max(1e-9) * 1.15;
    let last = values.len().saturating_sub(1).max(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .caption(what, ("sans-serif", 14))
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(-0.3..last + 0.3, 0.0..top)?;
    chart
        .configure_mesh()
        .x_labels(values.len().max(2))
        .x_desc(var)
        .label_style(("sans-serif", 12))
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 1e-6 && i >= 0.0 { values.get(i as usize).cloned().unwrap_or_default() } else { String::new() }
        })
        .draw()?;
    for (k, (line, points)) in lines.iter().zip(series).enumerate() {
        if points.is_empty() {
            continue;
        }
        let c = Palette99::pick(k).to_rgba();
        let mut pts: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x as f64, y)).collect();
        pts.sort_by(|a, b| a.0.total_cmp(&b.0));
        chart
            .draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))?
            .label(line.label.clone())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], c.stroke_width(2)));
        chart.draw_series(pts.into_iter().map(|p| Circle::new(p, 3, c.filled())))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK.mix(0.3))
        .label_font(("sans-serif", 12))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}
