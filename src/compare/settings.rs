//! `--compare SETTINGS`: the list of ways to run the script, e.g. `handoff,legacy,cpython,off`,
//! `handoff@1000,handoff@5000,handoff@20000`, `all,python3`.

use crate::gil::{self, Policy};

/// One way to run the script.
#[derive(Clone, Debug, PartialEq)]
pub enum Runner {
    /// This gilpy under a policy, with an interval (as `--switch-interval` takes it) or the default.
    Gilpy { policy: Policy, interval: Option<String> },
    /// CPython (`python3` on the PATH): wall time only.
    Python3,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    /// As the user wrote it (`all` expanded): the name in tables and pictures.
    pub label: String,
    pub runner: Runner,
}

impl Setting {
    /// The label made safe for a file name (`handoff@5ms` -> `handoff-5ms`).
    pub fn file_stem(&self) -> String {
        self.label.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect()
    }
}

const ALL: [Policy; 4] = [Policy::Handoff, Policy::Legacy, Policy::CPython, Policy::Off];

/// Parses the comma-separated list; `default_interval` (from `--switch-interval`) applies to
/// settings that give none.
pub fn parse(spec: &str, default_interval: Option<&str>) -> Result<Vec<Setting>, String> {
    let mut out = Vec::new();
    for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if item == "python3" {
            out.push(Setting { label: item.to_string(), runner: Runner::Python3 });
            continue;
        }
        let (name, interval) = match item.split_once('@') {
            Some((n, i)) => (n, Some(i)),
            None => (item, None),
        };
        if let Some(i) = interval {
            gil::parse_interval(i)?;
        }
        let policies: Vec<Policy> = match name {
            "all" => ALL.to_vec(),
            _ => vec![
                Policy::parse(name)
                    .ok_or_else(|| format!("unknown setting '{item}' (use handoff, legacy, cpython, off, all or python3, each optionally @INTERVAL)"))?,
            ],
        };
        for policy in policies {
            let label = match interval {
                Some(i) => format!("{}@{i}", policy.name()),
                None => policy.name().to_string(),
            };
            let interval = interval.or(default_interval).map(str::to_string);
            out.push(Setting { label, runner: Runner::Gilpy { policy, interval } });
        }
    }
    if out.is_empty() {
        return Err("--compare needs at least one setting".into());
    }
    for (i, s) in out.iter().enumerate() {
        if out[..i].iter().any(|t| t.label == s.label) {
            return Err(format!("setting '{}' given twice", s.label));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(spec: &str) -> Vec<String> {
        parse(spec, None).unwrap().into_iter().map(|s| s.label).collect()
    }

    #[test]
    fn policies_intervals_and_python3() {
        assert_eq!(labels("all,python3"), ["handoff", "legacy", "cpython", "off", "python3"]);
        assert_eq!(labels("handoff@1000, handoff@5ms"), ["handoff@1000", "handoff@5ms"]);
        let s = parse("legacy", Some("200")).unwrap();
        assert_eq!(s[0].runner, Runner::Gilpy { policy: Policy::Legacy, interval: Some("200".into()) });
        assert_eq!(parse("cpython@5ms", None).unwrap()[0].file_stem(), "cpython-5ms");
    }

    #[test]
    fn bad_settings_are_refused() {
        assert!(parse("fifo", None).unwrap_err().contains("unknown setting 'fifo'"));
        assert!(parse("handoff@0", None).is_err());
        assert!(parse("off,off", None).unwrap_err().contains("given twice"));
        assert!(parse(" , ", None).is_err());
    }
}
