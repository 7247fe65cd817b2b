//! Shapes (hidden classes): the key layouts instance attributes are stored by. An ordinary
//! instance keeps its attributes as a vector of values, the shape naming the key of each
//! position in insertion order (objects/class.rs `Attrs`), instead of a dict of its own: the
//! instances that gain the same names in the same order share one shape, so a key is stored
//! once, not once per instance, and a lookup compares names by address at a guessed position.
//!
//! Shapes form trees, one growing from each class's empty root (objects/class.rs `shapes`), as
//! CPython 3.11 shares keys per class: adding a name to an instance moves it to the child of its
//! shape for that name, made on first use and kept while the class lives (a tree is freed with
//! its class, a shape with the last instance using it; each tree is bounded by `MAX_KEYS` and
//! `MAX_CHILDREN`, past which an instance keeps its attributes in a real dict instead). So the
//! first names of one class's instances never crowd out another's: with one root for all,
//! every class after the 24th distinct first name had dicts. Values are read through the shape
//! an instance holds, so `__class__` assignment keeps its values as they are.

use super::str::PyStr;
use crate::gil_cell::ObjCell;
use crate::objects::Arc;

/// The most names a shape holds: an instance with more keeps a dict.
pub const MAX_KEYS: usize = 30;

/// The most distinct names a shape grows by: an instance adding yet another name (objects used
/// as string-keyed records, `setattr` in a loop) keeps a dict instead.
const MAX_CHILDREN: usize = 24;

pub struct Shape {
    /// The names, in the order instances of this shape gained them.
    keys: Box<[Arc<PyStr>]>,
    /// One bit per name (see `name_bit`): a clear bit says the name is surely absent.
    bloom: u64,
    /// The shapes one name longer than this one, each ending with its name.
    children: ObjCell<Vec<Arc<Shape>>>,
}

impl crate::gil_cell::rc::Shared for Shape {}

/// The bit of `Shape::bloom` a name with this hash sets.
#[inline]
fn name_bit(hash: i64) -> u64 {
    1u64 << ((hash as u64 >> 7) & 63)
}

impl Shape {
    /// The empty shape a class's new instances start with (`Class::shapes`).
    pub fn new_root() -> Arc<Shape> {
        Arc::new(Shape { keys: Box::new([]), bloom: 0, children: ObjCell::new(Vec::new()) })
    }

    /// The names, in insertion order.
    #[inline]
    pub fn keys(&self) -> &[Arc<PyStr>] {
        &self.keys
    }

    /// The position of `name`, trying `guess` first (a position where the code found the name
    /// before, see code/hints.rs).
    #[inline]
    pub fn index_hinted(&self, name: &Arc<PyStr>, guess: usize) -> Option<usize> {
        if let Some(k) = self.keys.get(guess)
            && Arc::ptr_eq(k, name)
        {
            return Some(guess);
        }
        self.index_of(name)
    }

    /// The position of `name` (names are usually interned: compared by address first).
    #[inline]
    pub fn index_of(&self, name: &PyStr) -> Option<usize> {
        let hash = name.hash();
        if self.bloom & name_bit(hash) == 0 {
            return None;
        }
        if let Some(i) = self.keys.iter().position(|k| std::ptr::eq(&**k, name)) {
            return Some(i);
        }
        self.keys.iter().position(|k| k.hash() == hash && **k == *name)
    }

    /// The shape with `name` added after these names, None when that would pass the limits
    /// (the instance then keeps a dict). The caller checked `name` is not among them.
    pub fn with(&self, name: &Arc<PyStr>) -> Option<Arc<Shape>> {
        let mut children = self.children.lock();
        let last = |c: &Arc<Shape>| c.keys.last().is_some_and(|k| Arc::ptr_eq(k, name) || **k == **name);
        if let Some(c) = children.iter().find(|c| last(c)) {
            return Some(c.clone());
        }
        if self.keys.len() >= MAX_KEYS || children.len() >= MAX_CHILDREN {
            return None;
        }
        let keys: Box<[Arc<PyStr>]> = self.keys.iter().cloned().chain(std::iter::once(name.clone())).collect();
        let child = Arc::new(Shape { keys, bloom: self.bloom | name_bit(name.hash()), children: ObjCell::new(Vec::new()) });
        children.push(child.clone());
        Some(child)
    }
}

#[cfg(test)]
mod tests {
    use super::Shape;
    use crate::objects::str::{PyStr, intern};

    #[test]
    fn instances_adding_the_same_names_share_a_shape() {
        let (x, y) = (intern("shape_test_x"), intern("shape_test_y"));
        let root = Shape::new_root();
        let a = root.with(&x).unwrap().with(&y).unwrap();
        let b = root.with(&x).unwrap().with(&y).unwrap();
        assert!(crate::objects::Arc::ptr_eq(&a, &b));
        assert_eq!(a.index_of(&y), Some(1));
        // An equal name that is not the interned one is found by value.
        assert_eq!(a.index_of(&PyStr::new("shape_test_x")), Some(0));
        assert_eq!(a.index_of(&intern("shape_test_z")), None);
    }

    #[test]
    fn a_shape_stops_growing_at_its_limit() {
        let mut s = Shape::new_root();
        for i in 0..super::MAX_KEYS {
            s = s.with(&intern(&format!("shape_limit_{i}"))).unwrap();
        }
        assert!(s.with(&intern("shape_limit_more")).is_none());
    }

    #[test]
    fn each_root_has_its_own_children() {
        // More first names than one root takes, spread over two roots: both still grow.
        let (one, two) = (Shape::new_root(), Shape::new_root());
        for i in 0..super::MAX_CHILDREN {
            assert!(one.with(&intern(&format!("shape_root_{i}"))).is_some());
        }
        assert!(one.with(&intern("shape_root_more")).is_none());
        assert!(two.with(&intern("shape_root_more")).is_some());
    }
}
