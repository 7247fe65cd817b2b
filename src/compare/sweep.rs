//! `--sweep NAME=v1,v2,...`: the variables of a grid experiment. Each run of the script gets one
//! value of every swept variable as an environment variable of that name (the script reads
//! `os.environ["NAME"]`, under gilpy and python3 alike), and every combination of values is run
//! under every `--compare` setting.

/// One swept variable and its values, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub struct Sweep {
    pub name: String,
    pub values: Vec<String>,
}

/// One combination of values: (name, value) for every swept variable, in the order of the sweeps.
pub type Point = Vec<(String, String)>;

/// Parses one `NAME=v1,v2,...`.
pub fn parse(spec: &str) -> Result<Sweep, String> {
    let Some((name, values)) = spec.split_once('=') else {
        return Err(format!("--sweep '{spec}': expected NAME=v1,v2,..."));
    };
    let name = name.trim();
    let is_name = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_name {
        return Err(format!("--sweep '{spec}': '{name}' is not a variable name (letters, digits and _)"));
    }
    let values: Vec<String> = values.split(',').map(|v| v.trim().to_string()).collect();
    if values.iter().any(String::is_empty) {
        return Err(format!("--sweep '{spec}': an empty value"));
    }
    for (i, v) in values.iter().enumerate() {
        if values[..i].contains(v) {
            return Err(format!("--sweep '{spec}': value '{v}' given twice"));
        }
    }
    Ok(Sweep { name: name.to_string(), values })
}

/// Parses every `--sweep`, refusing a variable swept twice.
pub fn parse_all(specs: &[String]) -> Result<Vec<Sweep>, String> {
    let mut out: Vec<Sweep> = Vec::new();
    for spec in specs {
        let s = parse(spec)?;
        if out.iter().any(|o| o.name == s.name) {
            return Err(format!("--sweep: variable '{}' swept twice", s.name));
        }
        out.push(s);
    }
    Ok(out)
}

/// Every combination of values, the last variable changing fastest; one empty point without sweeps.
pub fn points(sweeps: &[Sweep]) -> Vec<Point> {
    let mut out: Vec<Point> = vec![Vec::new()];
    for s in sweeps {
        out = out
            .iter()
            .flat_map(|p| {
                s.values.iter().map(move |v| {
                    let mut q = p.clone();
                    q.push((s.name.clone(), v.clone()));
                    q
                })
            })
            .collect();
    }
    out
}

/// `THREADS=2 MODE=cpu`: how a point is named in tables and pictures ("" without sweeps).
pub fn describe(point: &Point) -> String {
    point.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join(" ")
}

/// The point made safe for a file name (`THREADS-2_MODE-cpu`).
pub fn file_stem(point: &Point) -> String {
    let clean = |s: &str| s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '-' }).collect::<String>();
    point.iter().map(|(n, v)| format!("{}-{}", clean(n), clean(v))).collect::<Vec<_>>().join("_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_is_a_name_and_its_values() {
        assert_eq!(parse("THREADS=1,2, 4").unwrap(), Sweep { name: "THREADS".into(), values: vec!["1".into(), "2".into(), "4".into()] });
        assert!(parse("THREADS").unwrap_err().contains("expected NAME=v1,v2"));
        assert!(parse("2X=1").unwrap_err().contains("not a variable name"));
        assert!(parse("N=1,,2").unwrap_err().contains("empty value"));
        assert!(parse("N=1,1").unwrap_err().contains("given twice"));
        assert!(parse_all(&["N=1".into(), "N=2".into()]).unwrap_err().contains("swept twice"));
    }

    #[test]
    fn points_are_every_combination() {
        let sweeps = parse_all(&["A=1,2".into(), "B=x,y,z".into()]).unwrap();
        let pts = points(&sweeps);
        assert_eq!(pts.len(), 6);
        assert_eq!(describe(&pts[0]), "A=1 B=x");
        assert_eq!(describe(&pts[5]), "A=2 B=z");
        assert_eq!(file_stem(&pts[1]), "A-1_B-y");
        assert_eq!(points(&[]), vec![Vec::new()]);
    }
}
