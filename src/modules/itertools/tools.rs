//! itertools' iterators that run user code as they step (`next` of the iterators they read,
//! the functions they were given): `ToolIter`s, stepped with the VM as their `StepContext`.

use crate::objects::iter::{StepContext, ToolIter};
use crate::objects::{PyResult, Value};

/// `chain(*iterables)` and `chain.from_iterable(iterables)`: `source` hands out the iterables,
/// made iterators one at a time as they are reached.
pub struct Chain {
    pub source: Option<Value>,
    pub active: Option<Value>,
}

impl ToolIter for Chain {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        loop {
            if let Some(active) = &self.active {
                if let Some(v) = cx.next_of(active)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(source) = &self.source else { return Ok(None) };
            match cx.next_of(source)? {
                Some(iterable) => self.active = Some(cx.iter_of(&iterable)?),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
    }
}

/// `islice(iterable, start, stop, step)`: reads only what it hands out and the items skipped
/// before each, so the source is left just past the last item given (CPython's order).
pub struct Islice {
    pub source: Value,
    /// Items read from the source so far.
    pub taken: usize,
    /// The position of the next item to hand out.
    pub wanted: usize,
    pub stop: Option<usize>,
    pub step: usize,
}

impl ToolIter for Islice {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        // Skips to the next position first, even past `stop` (islice(it, 5, 2) reads 5 items).
        while self.taken < self.wanted {
            if cx.next_of(&self.source)?.is_none() {
                return Ok(None);
            }
            self.taken += 1;
        }
        if self.stop.is_some_and(|stop| self.taken >= stop) {
            return Ok(None);
        }
        let Some(v) = cx.next_of(&self.source)? else { return Ok(None) };
        self.taken += 1;
        self.wanted = self.wanted.saturating_add(self.step);
        if let Some(stop) = self.stop {
            self.wanted = self.wanted.min(stop);
        }
        Ok(Some(v))
    }
}

/// `repeat(object[, times])`.
pub struct Repeat {
    pub object: Value,
    /// How many are left; None for ever.
    pub times: Option<usize>,
}

impl ToolIter for Repeat {
    fn step(&mut self, _cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        match &mut self.times {
            None => Ok(Some(self.object.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.object.clone()))
            }
        }
    }

    fn length_hint(&self) -> Option<usize> {
        self.times
    }

    fn keeps_state_at_end(&self) -> bool {
        true
    }

    fn repr(&self, cx: &mut dyn StepContext) -> Option<PyResult<String>> {
        Some(cx.repr_of(&self.object).map(|shown| match self.times {
            None => format!("repeat({shown})"),
            Some(n) => format!("repeat({shown}, {n})"),
        }))
    }
}

/// `starmap(function, iterable)`: `function(*args)` for each args.
pub struct Starmap {
    pub function: Value,
    pub source: Value,
}

impl ToolIter for Starmap {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        let Some(args) = cx.next_of(&self.source)? else { return Ok(None) };
        let args = match &args {
            Value::Tuple(items) => items.to_vec(),
            other => cx.collect(other)?,
        };
        cx.call(&self.function, &args).map(Some)
    }
}

/// `zip_longest(*iterables, fillvalue=None)`: an exhausted iterator gives `fill` until all are.
pub struct ZipLongest {
    /// None where the iterator has ended.
    pub sources: Vec<Option<Value>>,
    pub active: usize,
    pub fill: Value,
}

impl ToolIter for ZipLongest {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.sources.len());
        for slot in self.sources.iter_mut() {
            let item = match slot {
                Some(it) => match cx.next_of(it)? {
                    Some(v) => v,
                    None => {
                        *slot = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                },
                None => self.fill.clone(),
            };
            out.push(item);
        }
        Ok(Some(Value::tuple(out)))
    }
}

/// `accumulate(iterable, func=None, *, initial=None)`: running totals (`+` or `func`).
pub struct Accumulate {
    pub source: Value,
    pub func: Option<Value>,
    pub total: Option<Value>,
    /// `initial`, still to be handed out first.
    pub initial: Option<Value>,
}

impl ToolIter for Accumulate {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total = Some(initial.clone());
            return Ok(Some(initial));
        }
        let Some(v) = cx.next_of(&self.source)? else { return Ok(None) };
        let total = match (self.total.take(), &self.func) {
            (None, _) => v,
            (Some(t), None) => cx.add(&t, &v)?,
            (Some(t), Some(f)) => cx.call(f, &[t, v])?,
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

/// `pairwise(iterable)`: overlapping pairs.
pub struct Pairwise {
    pub source: Value,
    pub last: Option<Value>,
}

impl ToolIter for Pairwise {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        let first = match self.last.take() {
            Some(v) => v,
            None => match cx.next_of(&self.source)? {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        let Some(second) = cx.next_of(&self.source)? else { return Ok(None) };
        self.last = Some(second.clone());
        Ok(Some(Value::tuple(vec![first, second])))
    }
}

/// `compress(data, selectors)`.
pub struct Compress {
    pub data: Value,
    pub selectors: Value,
}

impl ToolIter for Compress {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = cx.next_of(&self.data)? else { return Ok(None) };
            let Some(s) = cx.next_of(&self.selectors)? else { return Ok(None) };
            if cx.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

/// Which predicate-driven filter a `Predicated` iterator is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PredicateRule {
    /// `takewhile`: items while the predicate holds, then the end.
    TakeWhile,
    /// `dropwhile`: skip while it holds, then everything.
    DropWhile,
    /// `filterfalse`: the items it is false for (`None`: their own truth).
    FilterFalse,
}

/// `takewhile`, `dropwhile` and `filterfalse`.
pub struct Predicated {
    pub rule: PredicateRule,
    /// None for `filterfalse(None, ...)`.
    pub predicate: Option<Value>,
    pub source: Value,
    /// takewhile: the predicate failed once; dropwhile: it did, so the rest passes.
    pub flipped: bool,
}

impl ToolIter for Predicated {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        if self.rule == PredicateRule::TakeWhile && self.flipped {
            return Ok(None);
        }
        loop {
            let Some(v) = cx.next_of(&self.source)? else { return Ok(None) };
            if self.rule == PredicateRule::DropWhile && self.flipped {
                return Ok(Some(v));
            }
            let holds = match &self.predicate {
                Some(p) => {
                    let r = cx.call(p, std::slice::from_ref(&v))?;
                    cx.truthy(&r)?
                }
                None => cx.truthy(&v)?,
            };
            match self.rule {
                PredicateRule::TakeWhile if holds => return Ok(Some(v)),
                PredicateRule::TakeWhile => {
                    self.flipped = true;
                    return Ok(None);
                }
                PredicateRule::DropWhile if holds => {}
                PredicateRule::DropWhile => {
                    self.flipped = true;
                    return Ok(Some(v));
                }
                PredicateRule::FilterFalse if !holds => return Ok(Some(v)),
                PredicateRule::FilterFalse => {}
            }
        }
    }
}

/// `cycle(iterable)`: the items, saved as they come, then the saved ones again and again.
pub struct Cycle {
    /// The source while it still has items.
    pub source: Option<Value>,
    pub saved: Vec<Value>,
    pub pos: usize,
}

impl ToolIter for Cycle {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        if let Some(source) = &self.source {
            if let Some(v) = cx.next_of(source)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.source = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.pos].clone();
        self.pos = (self.pos + 1) % self.saved.len();
        Ok(Some(v))
    }
}
