//! itertools' combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Their pools are tuples taken when the iterator is made, so a
//! step runs no user code: each is a `NativeIter` over a vector of indices, CPython's odometers.

use crate::objects::iter::NativeIter;
use crate::objects::{PyResult, Value};

/// The tuple of `pool`'s items at `indices`.
fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// `product(*pools)`: the last pool turns fastest.
pub struct Product {
    pub pools: Vec<Vec<Value>>,
    /// The current tuple's index in each pool; None before the first step.
    pub indices: Option<Vec<usize>>,
    pub done: bool,
}

impl NativeIter for Product {
    fn step(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let Some(indices) = &mut self.indices else {
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
            let first = vec![0; self.pools.len()];
            let out = Value::tuple(self.pools.iter().map(|p| p[0].clone()).collect());
            self.indices = Some(first);
            return Ok(Some(out));
        };
        let mut i = indices.len();
        loop {
            if i == 0 {
                self.done = true;
                return Ok(None);
            }
            i -= 1;
            indices[i] += 1;
            if indices[i] < self.pools[i].len() {
                break;
            }
            indices[i] = 0;
        }
        Ok(Some(Value::tuple(self.pools.iter().zip(indices.iter()).map(|(p, &k)| p[k].clone()).collect())))
    }

    fn length_hint(&self) -> usize {
        0
    }
}

/// `permutations(pool, r)`, in lexicographic order of positions.
pub struct Permutations {
    pub pool: Vec<Value>,
    pub r: usize,
    pub indices: Vec<usize>,
    pub cycles: Vec<usize>,
    pub started: bool,
    pub done: bool,
}

impl Permutations {
    pub fn new(pool: Vec<Value>, r: usize) -> Permutations {
        let n = pool.len();
        let done = r > n;
        let cycles = if done { Vec::new() } else { (n - r + 1..=n).rev().collect() };
        Permutations { pool, r, indices: (0..n).collect(), cycles, started: false, done }
    }
}

impl NativeIter for Permutations {
    fn step(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        if !self.started {
            self.started = true;
            return Ok(Some(pick(&self.pool, &self.indices[..r])));
        }
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // Move position i to the end, the rest shift left.
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Ok(Some(pick(&self.pool, &self.indices[..r])));
            }
        }
        self.done = true;
        Ok(None)
    }

    fn length_hint(&self) -> usize {
        0
    }
}

/// `combinations(pool, r)` and, with `replace`, `combinations_with_replacement(pool, r)`.
pub struct Combinations {
    pub pool: Vec<Value>,
    pub indices: Vec<usize>,
    pub replace: bool,
    pub started: bool,
    pub done: bool,
}

impl Combinations {
    pub fn new(pool: Vec<Value>, r: usize, replace: bool) -> Combinations {
        let n = pool.len();
        let done = if replace { n == 0 && r > 0 } else { r > n };
        // An empty iterator needs no indices (and `r` may be far larger than the pool).
        let indices = if done {
            Vec::new()
        } else if replace {
            vec![0; r]
        } else {
            (0..r).collect()
        };
        Combinations { pool, indices, replace, started: false, done }
    }
}

impl NativeIter for Combinations {
    fn step(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            return Ok(Some(pick(&self.pool, &self.indices)));
        }
        let (n, r) = (self.pool.len(), self.indices.len());
        // The rightmost index that can still move up.
        let movable = (0..r).rev().find(|&i| if self.replace { self.indices[i] != n - 1 } else { self.indices[i] != i + n - r });
        let Some(i) = movable else {
            self.done = true;
            return Ok(None);
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = if self.replace { self.indices[i] } else { self.indices[j - 1] + 1 };
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }

    fn length_hint(&self) -> usize {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(n: i64) -> Vec<Value> {
        (0..n).map(Value::Int).collect()
    }

    fn count(it: &mut dyn NativeIter) -> usize {
        std::iter::from_fn(|| it.step().ok().flatten()).count()
    }

    #[test]
    fn sizes_are_the_textbook_counts() {
        assert_eq!(count(&mut Permutations::new(ints(5), 3)), 60);
        assert_eq!(count(&mut Permutations::new(ints(4), 4)), 24);
        assert_eq!(count(&mut Permutations::new(ints(0), 0)), 1);
        assert_eq!(count(&mut Permutations::new(ints(2), 3)), 0);
        assert_eq!(count(&mut Combinations::new(ints(6), 3, false)), 20);
        assert_eq!(count(&mut Combinations::new(ints(3), 0, false)), 1);
        assert_eq!(count(&mut Combinations::new(ints(4), 2, true)), 10);
        assert_eq!(count(&mut Combinations::new(ints(0), 0, true)), 1);
        assert_eq!(count(&mut Combinations::new(ints(0), 1, true)), 0);
        let mut p = Product { pools: vec![ints(3), ints(2), ints(4)], indices: None, done: false };
        assert_eq!(count(&mut p), 24);
        let mut empty = Product { pools: vec![], indices: None, done: false };
        assert_eq!(count(&mut empty), 1);
    }
}
