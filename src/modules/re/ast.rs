//! The parsed form of a pattern: nodes with every flag already resolved (a scoped `(?i:...)` gives its
//! literals `ignore: true`), so the matcher never looks at flags.

use super::chars::{Category, CharMode, in_category, lower, upper};

/// How a repetition chooses between one more iteration and the rest of the pattern.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// The zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchor {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StrEnd,
    /// `\b`.
    Boundary(CharMode),
    /// `\B`.
    NotBoundary(CharMode),
}

/// One member of a character set.
#[derive(Clone, Debug)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Cat(Category),
}

/// `[...]`, or a category escape used alone.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negated: bool,
    pub ignore: bool,
    pub mode: CharMode,
    /// The answer for each ASCII character, worked out once (see `CharSet::new`).
    pub ascii: [u64; 2],
}

impl CharSet {
    pub fn new(items: Vec<SetItem>, negated: bool, ignore: bool, mode: CharMode) -> CharSet {
        let mut set = CharSet { items, negated, ignore, mode, ascii: [0; 2] };
        let mut ascii = [0u64; 2];
        for c in 0..128u32 {
            if set.contains_slow(c) {
                ascii[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set.ascii = ascii;
        set
    }

    fn contains_slow(&self, c: u32) -> bool {
        let test = |c: u32| {
            self.items.iter().any(|it| match *it {
                SetItem::Char(x) => x == c,
                SetItem::Range(a, b) => a <= c && c <= b,
                SetItem::Cat(cat) => in_category(cat, c, self.mode),
            })
        };
        let hit = test(c) || (self.ignore && (test(lower(c, self.mode)) || test(upper(c, self.mode))));
        hit != self.negated
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 128 { self.ascii[(c / 64) as usize] & (1 << (c % 64)) != 0 } else { self.contains_slow(c) }
    }
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Lit {
        c: u32,
        ignore: bool,
        mode: CharMode,
    },
    /// `.`; `all` with DOTALL.
    Any {
        all: bool,
    },
    Set(Box<CharSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: Option<u32>,
        greed: Greed,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        width: usize,
        body: Box<Node>,
    },
    Backref {
        group: usize,
        ignore: bool,
        mode: CharMode,
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    Anchor(Anchor),
}

impl Node {
    /// Matches exactly one character (the repeat fast path loops over these).
    pub fn is_single(&self) -> bool {
        matches!(self, Node::Lit { .. } | Node::Any { .. } | Node::Set(_))
    }

    /// The (min, max) number of characters this node can match; max None when unbounded.
    pub fn width(&self) -> (usize, Option<usize>) {
        match self {
            Node::Empty | Node::Anchor(_) | Node::Look { .. } => (0, Some(0)),
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => (1, Some(1)),
            Node::Cat(ns) => ns.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width();
                (lo.saturating_add(a), hi.zip(b).map(|(x, y)| x.saturating_add(y)))
            }),
            Node::Alt(ns) => {
                let mut lo = usize::MAX;
                let mut hi = Some(0);
                for n in ns {
                    let (a, b) = n.width();
                    lo = lo.min(a);
                    hi = hi.zip(b).map(|(x, y)| x.max(y));
                }
                (if ns.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group(_, b) | Node::Atomic(b) => b.width(),
            Node::Repeat { min, max, body, .. } => {
                let (a, b) = body.width();
                (
                    a.saturating_mul(*min as usize),
                    match (b, max) {
                        (Some(0), _) => Some(0),
                        (Some(x), Some(m)) => Some(x.saturating_mul(*m as usize)),
                        _ => None,
                    },
                )
            }
            Node::Backref { .. } => (0, None),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), b.zip(d).map(|(x, y)| x.max(y)))
            }
        }
    }
}
