//! The characters a match can start with, worked out once per pattern so that a search skips
//! start positions that cannot begin a match without running the matcher there. The set is
//! a necessary condition only: an ASCII bitmap, plus whether any non-ASCII character may start a
//! match (answered "maybe", the matcher decides). Zero-width items (anchors, lookarounds) are
//! looked through; a pattern that can match the empty string has no set.

use super::ast::Node;
use super::chars::{CharMode, lower, upper};

/// What may start a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstChars {
    ascii: [u64; 2],
    /// A non-ASCII character may start a match.
    other: bool,
}

impl FirstChars {
    const NONE: FirstChars = FirstChars { ascii: [0; 2], other: false };

    fn add(&mut self, c: u32) {
        if c < 128 {
            self.ascii[(c / 64) as usize] |= 1 << (c % 64);
        } else {
            self.other = true;
        }
    }

    fn union(self, o: FirstChars) -> FirstChars {
        FirstChars { ascii: [self.ascii[0] | o.ascii[0], self.ascii[1] | o.ascii[1]], other: self.other || o.other }
    }

    /// Whether a match may start with character `c`.
    #[inline(always)]
    pub fn admits(&self, c: u32) -> bool {
        if c < 128 { self.ascii[(c / 64) as usize] & (1 << (c % 64)) != 0 } else { self.other }
    }
}

/// The first characters of a whole pattern (None: any position may match, the empty string included).
pub fn of_pattern(node: &Node) -> Option<FirstChars> {
    of_seq(std::slice::from_ref(node))
}

fn zero_width(n: &Node) -> bool {
    matches!(n, Node::Anchor(_) | Node::Look { .. } | Node::Empty)
}

/// The first characters of the nodes in sequence (None when the sequence can match empty, or unknown).
fn of_seq(nodes: &[Node]) -> Option<FirstChars> {
    for (i, n) in nodes.iter().enumerate() {
        if zero_width(n) {
            continue;
        }
        let f = of_node(n)?;
        if n.width().0 > 0 {
            return Some(f);
        }
        return Some(f.union(of_seq(&nodes[i + 1..])?));
    }
    None
}

/// The characters a non-empty match of `n` starts with (None: unknown).
fn of_node(n: &Node) -> Option<FirstChars> {
    match n {
        Node::Lit { c, ignore, mode } => {
            let mut f = FirstChars::NONE;
            f.add(*c);
            if *ignore {
                f.add(lower(*c, *mode));
                f.add(upper(*c, *mode));
                // Some non-ASCII characters fold to ASCII letters (U+017F to 's', U+212A to 'k').
                if *mode == CharMode::Unicode {
                    f.other = true;
                }
            }
            Some(f)
        }
        Node::Set(s) => Some(FirstChars { ascii: s.ascii, other: true }),
        Node::Cat(v) => of_seq(v),
        Node::Alt(v) => {
            let mut f = FirstChars::NONE;
            for a in v {
                f = f.union(of_seq(std::slice::from_ref(a))?);
            }
            Some(f)
        }
        Node::Group(_, b) | Node::Atomic(b) => of_seq(std::slice::from_ref(&**b)),
        Node::Repeat { body, .. } => of_seq(std::slice::from_ref(&**body)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::re::parse::parse;

    fn first(p: &str) -> Option<FirstChars> {
        let src: Vec<u32> = p.chars().map(|c| c as u32).collect();
        of_pattern(&parse(&src, false, 0).ok().unwrap().node)
    }

    #[test]
    fn first_sets() {
        let f = first(r"\bERROR\b").unwrap();
        assert!(f.admits('E' as u32) && !f.admits('e' as u32) && !f.other);
        let f = first(r"(?i)caf|x").unwrap();
        assert!(f.admits('C' as u32) && f.admits('c' as u32) && f.admits('x' as u32) && f.admits('X' as u32));
        let f = first(r"a*b").unwrap();
        assert!(f.admits('a' as u32) && f.admits('b' as u32) && !f.admits('c' as u32));
        assert_eq!(first(r"a*"), None);
        assert_eq!(first(r"a|"), None);
        assert_eq!(first(r".x"), None);
        let f = first(r"(?<=x)\d+").unwrap();
        assert!(f.admits('7' as u32) && !f.admits('x' as u32));
    }
}
