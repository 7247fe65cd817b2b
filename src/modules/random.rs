//! `_random`, the native core of the `random` module (src/stdlib/random.py adds the
//! distributions and SystemRandom), with CPython's Mersenne Twister, seeding (init_by_array over the seed's 32-bit
//! words) and draw algorithms (`_randbelow` by rejection on getrandbits, shuffle, choice, sample), so
//! the same seed gives the same numbers as python3.

use super::make_module;
use crate::builtins::args::{arg_f64, check_args};
use crate::builtins::native_class::NativeClass;
use crate::objects::Arc;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::function::NO_KWARGS;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::protocol::to_big;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use parking_lot::Mutex;
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    mt: [u32; N],
    index: usize,
    /// gauss() makes values in pairs; the second waits here (reset by seeding).
    gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            self.mt[i] = 1812433253u32.wrapping_mul(self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.gauss_next = None;
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            self.mt[i] = (self.mt[i] ^ (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            self.mt[i] = (self.mt[i] ^ (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x80000000;
        self.index = N;
    }

    fn genrand(&mut self) -> u32 {
        if self.index >= N {
            for kk in 0..N {
                let y = (self.mt[kk] & 0x80000000) | (self.mt[(kk + 1) % N] & 0x7fffffff);
                let mut v = self.mt[(kk + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908b0df;
                }
                self.mt[kk] = v;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        y
    }

    pub fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    pub fn seed_int(&mut self, n: &BigInt) {
        let mag = n.abs();
        let mut key: Vec<u32> = if mag.is_zero() { vec![0] } else { mag.to_u32_digits().1 };
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            // CPython draws nothing for zero bits (and a shift by 32 would overflow)
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.genrand() >> (32 - k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        if k == 0 {
            return BigInt::zero();
        }
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&BigInt::from(n)).to_usize().unwrap()
    }
}

// A generator's state is an instance's native payload, reached through its methods only.
impl crate::objects::native::NativeData for std::sync::Arc<Mutex<Mt>> {}

fn global_state() -> &'static std::sync::Arc<Mutex<Mt>> {
    static S: OnceLock<std::sync::Arc<Mutex<Mt>>> = OnceLock::new();
    S.get_or_init(|| {
        let mut mt = Mt { mt: [0; N], index: N, gauss_next: None };
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(1);
        mt.seed_int(&BigInt::from(t ^ (std::process::id() as u128) << 64));
        std::sync::Arc::new(Mutex::new(mt))
    })
}

thread_local! {
    /// The generator of the `random.Random` instance whose method is running on this thread; the
    /// module's functions use the hidden global generator when it is None.
    static INSTANCE: std::cell::RefCell<Option<std::sync::Arc<Mutex<Mt>>>> = const { std::cell::RefCell::new(None) };
}

/// The generator the running function draws from.
pub fn state() -> std::sync::Arc<Mutex<Mt>> {
    INSTANCE.with(|i| i.borrow().clone()).unwrap_or_else(|| global_state().clone())
}

fn seed(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("seed", a, k, 0, 2)?;
    let generator = state();
    let mut st = generator.lock();
    match a.first() {
        None | Some(Value::None) => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(1);
            st.seed_int(&BigInt::from(t));
        }
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => st.seed_int(&to_big(v)),
        Some(Value::Float(f)) => {
            drop(st);
            let h = vm.hash(&Value::Float(*f))?;
            state().lock().seed_int(&BigInt::from(h));
        }
        Some(v @ (Value::Str(_) | Value::Bytes(_))) => {
            // As CPython (version 2 seeding): the bytes followed by their SHA-512, as one integer.
            use sha2::Digest;
            let mut bytes = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => b.to_vec(),
                _ => unreachable!("matched above"),
            };
            let digest = sha2::Sha512::digest(&bytes);
            bytes.extend_from_slice(&digest);
            st.seed_int(&BigInt::from_bytes_be(Sign::Plus, &bytes));
        }
        Some(other) => {
            drop(st);
            let h = vm.hash(other)?;
            state().lock().seed_int(&BigInt::from(h));
        }
    }
    Ok(Value::None)
}

fn random(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("random", a, k, 0, 0)?;
    Ok(Value::Float(state().lock().random()))
}

fn int_arg(v: &Value, what: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(to_big(v)),
        Value::Float(f) if f.fract() == 0.0 => Ok(BigInt::from(*f as i128)),
        _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer{}", crate::objects::types::types().of(v).name, what))),
    }
}

fn randrange_impl(start: BigInt, stop: Option<BigInt>, step: BigInt) -> PyResult<Value> {
    let (start, stop) = match stop {
        Some(s) => (start, s),
        None => {
            if start <= BigInt::zero() {
                return Err(PyErr::value_error("empty range for randrange()"));
            }
            return Ok(Value::bigint(state().lock().randbelow(&start)));
        }
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width <= BigInt::zero() {
            return Err(PyErr::value_error(format!("empty range for randrange() ({start}, {stop}, {width})")));
        }
        return Ok(Value::bigint(start + state().lock().randbelow(&width)));
    }
    if step.is_zero() {
        return Err(PyErr::value_error("zero step for randrange()"));
    }
    let n = if step.is_positive() { (&width + &step - 1) / &step } else { (&width + &step + 1) / &step };
    if n <= BigInt::zero() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(Value::bigint(start + step * state().lock().randbelow(&n)))
}

fn randrange(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("randrange", a, k, 1, 3)?;
    let start = int_arg(&a[0], "")?;
    let stop = a.get(1).map(|v| int_arg(v, "")).transpose()?;
    let step = a.get(2).map(|v| int_arg(v, "")).transpose()?.unwrap_or_else(|| BigInt::from(1));
    randrange_impl(start, stop, step)
}

fn randint(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("randint", a, k, 2, 2)?;
    let lo = int_arg(&a[0], "")?;
    let hi = int_arg(&a[1], "")?;
    randrange_impl(lo, Some(hi + 1), BigInt::from(1))
}

/// getrandbits' k: a C int as CPython's (OverflowError past 2**31 before anything is allocated).
fn bit_count(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let k = crate::builtins::sizes::c_int(vm, v)?;
    u64::try_from(k).map_err(|_| PyErr::value_error("number of bits must be non-negative"))
}

fn getrandbits(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getrandbits", a, k, 1, 1)?;
    let bits = bit_count(vm, &a[0])?;
    Ok(Value::bigint(state().lock().getrandbits(bits)))
}

fn choice(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("choice", a, k, 1, 1)?;
    let n = vm.len(&a[0])?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    let i = state().lock().randbelow_usize(n);
    vm.getitem(&a[0], &Value::Int(i as i64))
}

/// choices(population, weights=None, *, cum_weights=None, k=1), with CPython's draws.
fn choices(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use crate::builtins::args::kwarg;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("choices() takes from 2 to 3 positional arguments but {} were given", a.len() + 1)));
    }
    for (key, _) in k {
        if !matches!(key.as_str(), "population" | "weights" | "cum_weights" | "k") {
            return Err(PyErr::type_error(format!("Random.choices() got an unexpected keyword argument '{}'", key.as_str())));
        }
    }
    let pop = vm.collect(a.first().or(kwarg(k, "population")).ok_or_else(|| PyErr::type_error("choices() missing required argument 'population'"))?)?;
    let count = match kwarg(k, "k") {
        Some(v) => vm.index_value(v)?.max(0) as usize,
        None => 1,
    };
    let weights = a.get(1).or(kwarg(k, "weights")).filter(|v| !v.is_none()).cloned();
    let cum = kwarg(k, "cum_weights").filter(|v| !v.is_none()).cloned();
    let n = pop.len();
    let cum: Option<Vec<f64>> = match (weights, cum) {
        (Some(_), Some(_)) => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
        (Some(w), None) => {
            let mut acc = 0.0;
            let mut out = Vec::new();
            for x in vm.collect(&w)? {
                acc += crate::builtins::args::arg_f64(vm, &x)?;
                out.push(acc);
            }
            Some(out)
        }
        (None, Some(c)) => Some(vm.collect(&c)?.iter().map(|x| crate::builtins::args::arg_f64(vm, x)).collect::<PyResult<_>>()?),
        (None, None) => None,
    };
    crate::vm::ops::check_alloc(count.saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::with_capacity(count);
    match cum {
        None => {
            if n == 0 && count > 0 {
                return Err(PyErr::index_error("Cannot choose from an empty sequence"));
            }
            for _ in 0..count {
                let r = state().lock().random();
                out.push(pop[(r * n as f64).floor() as usize].clone());
            }
        }
        Some(cw) => {
            if cw.len() != n {
                return Err(PyErr::value_error("The number of weights does not match the population"));
            }
            let total = cw.last().copied().unwrap_or(0.0);
            if total <= 0.0 || !total.is_finite() {
                return Err(PyErr::value_error("Total of weights must be greater than zero"));
            }
            for _ in 0..count {
                let x = state().lock().random() * total;
                // bisect_right over the cumulative weights, as CPython.
                let i = cw.partition_point(|&c| c <= x).min(n - 1);
                out.push(pop[i].clone());
            }
        }
    }
    Ok(Value::list(out))
}

/// gauss(mu=0.0, sigma=1.0): CPython's method, which keeps every second value for the next call.
fn gauss(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    use crate::builtins::args::{arg_f64, kwarg};
    let mu = match a.first().or(kwarg(k, "mu")) {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    let sigma = match a.get(1).or(kwarg(k, "sigma")) {
        Some(v) => arg_f64(vm, v)?,
        None => 1.0,
    };
    let generator = state();
    let mut st = generator.lock();
    let z = match st.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = st.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - st.random()).ln()).sqrt();
            st.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn shuffle(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("shuffle", a, k, 1, 1)?;
    let n = vm.len(&a[0])?;
    for i in (1..n).rev() {
        let j = state().lock().randbelow_usize(i + 1);
        let (vi, vj) = (vm.getitem(&a[0], &Value::Int(i as i64))?, vm.getitem(&a[0], &Value::Int(j as i64))?);
        vm.setitem(&a[0], Value::Int(i as i64), vj)?;
        vm.setitem(&a[0], Value::Int(j as i64), vi)?;
    }
    Ok(Value::None)
}

fn uniform(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("uniform", a, k, 2, 2)?;
    let (lo, hi) = (arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?);
    Ok(Value::Float(lo + (hi - lo) * state().lock().random()))
}

fn sample(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sample", a, k, 2, 2)?;
    let population = vm.collect(&a[0])?;
    let n = population.len();
    let kk = vm.index_value(&a[1])?;
    if kk < 0 || kk as usize > n {
        return Err(PyErr::value_error("Sample larger than population or is negative"));
    }
    let kk = kk as usize;
    let mut setsize = 21usize;
    if kk > 5 {
        let x = ((kk * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(x.ceil() as u32);
    }
    let mut result = Vec::with_capacity(kk);
    if n <= setsize {
        let mut pool = population.clone();
        for i in 0..kk {
            let j = state().lock().randbelow_usize(n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..kk {
            let mut j = state().lock().randbelow_usize(n);
            while selected.contains(&j) {
                j = state().lock().randbelow_usize(n);
            }
            selected.insert(j);
            result.push(population[j].clone());
        }
    }
    Ok(Value::list(result))
}

/// getstate() -> (3, (625 words: the 624 of the twister and its position), gauss_next), the shape
/// CPython's version-3 state has, so a state can be saved and restored.
fn getstate(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("getstate", a, k, 0, 0)?;
    let generator = state();
    let st = generator.lock();
    let mut words: Vec<Value> = st.mt.iter().map(|w| Value::Int(*w as i64)).collect();
    words.push(Value::Int(st.index as i64));
    let gauss = st.gauss_next.map(Value::Float).unwrap_or(Value::None);
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(words), gauss]))
}

/// setstate(state): restores what getstate() gave, with CPython's errors for anything else.
fn setstate(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setstate", a, k, 1, 1)?;
    let Value::Tuple(parts) = &a[0] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    let version = parts.first().cloned().unwrap_or(Value::None);
    if parts.len() != 3 || !matches!(version, Value::Int(3) | Value::Int(2)) {
        let shown = crate::objects::repr::const_repr(&version);
        return Err(PyErr::value_error(format!("state with version {shown} passed to Random.setstate() of version 3")));
    }
    let Value::Tuple(words) = &parts[1] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if words.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (slot, w) in mt.iter_mut().zip(words.iter()) {
        *slot = match w {
            Value::Int(i) if (0..=u32::MAX as i64).contains(i) => *i as u32,
            Value::Int(_) | Value::BigInt(_) => return Err(PyErr::overflow("Python int too large to convert to C unsigned long")),
            other => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(other).name))),
        };
    }
    let index = match &words[N] {
        Value::Int(i) if (0..=N as i64).contains(i) => *i as usize,
        Value::Int(_) => return Err(PyErr::value_error("invalid state")),
        other => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(other).name))),
    };
    let gauss_next = match &parts[2] {
        Value::None => None,
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        other => return Err(PyErr::type_error(format!("must be real number, not {}", types().of(other).name))),
    };
    let generator = state();
    let mut st = generator.lock();
    st.mt = mt;
    st.index = index;
    st.gauss_next = gauss_next;
    Ok(Value::None)
}

/// randbytes(n): n random bytes (getrandbits(n * 8) in little-endian order, as CPython).
fn randbytes(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("randbytes", a, k, 1, 1)?;
    // n * 8 bits, converted as getrandbits converts its argument (so 2**28 bytes is the most).
    let bits = vm.binary_op(&a[0], &Value::Int(8), crate::ast::BinOp::Mul)?;
    let bits = bit_count(vm, &bits)?;
    let n = bits / 8;
    let bits = state().lock().getrandbits(bits);
    let (_, mut bytes) = bits.to_bytes_le();
    bytes.resize(n as usize, 0);
    Ok(Value::Bytes(Arc::new(bytes)))
}

/// A `random.Random` instance: its own generator.
fn instance_state(v: &Value) -> PyResult<std::sync::Arc<Mutex<Mt>>> {
    match v {
        Value::Instance(i) => i.native::<std::sync::Arc<Mutex<Mt>>>().cloned().ok_or_else(|| PyErr::type_error("descriptor requires a 'random.Random' object")),
        _ => Err(PyErr::type_error("descriptor requires a 'random.Random' object")),
    }
}

/// Runs a module function with `a[0]`'s generator as the one it draws from.
fn on_instance(vm: &mut Vm, a: &[Value], k: &KwArgs, f: NativeFn) -> PyResult<Value> {
    let generator = instance_state(a.first().unwrap_or(&Value::None))?;
    let outer = INSTANCE.with(|i| i.replace(Some(generator)));
    let r = f(vm, &a[1..], k);
    INSTANCE.with(|i| *i.borrow_mut() = outer);
    r
}

macro_rules! instance_methods {
    ($($method:ident => $f:ident),* $(,)?) => {
        $(fn $method(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
            on_instance(vm, a, k, $f)
        })*
        const METHODS: &[(&str, NativeFn)] = &[$((stringify!($f), $method)),*];
    };
}

instance_methods! {
    m_seed => seed, m_random => random, m_randint => randint, m_randrange => randrange,
    m_getrandbits => getrandbits, m_choice => choice, m_choices => choices, m_gauss => gauss,
    m_shuffle => shuffle, m_uniform => uniform, m_sample => sample, m_getstate => getstate,
    m_setstate => setstate, m_randbytes => randbytes,
}

/// Random(x=None): a generator of its own, seeded as `seed(x)` would.
fn random_new(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("Random", &a[1.min(a.len())..], k, 0, 1)?;
    let generator = std::sync::Arc::new(Mutex::new(Mt { mt: [0; N], index: N, gauss_next: None }));
    let inst = Value::Instance(Instance::new(class_arg(a), Payload::Native(Box::new(generator))));
    let mut args = vec![inst.clone()];
    args.extend(a.get(1).cloned());
    m_seed(vm, &args, NO_KWARGS)?;
    Ok(inst)
}

/// The class `__new__` was called for (a subclass of Random in Python), Random itself otherwise.
fn class_arg(a: &[Value]) -> Arc<Class> {
    match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => random_class().clone(),
    }
}

/// _global_instance(cls): an instance of cls (random.py's Random) drawing from the generator the
/// module's functions use, so `random.seed(1); random.normalvariate()` is reproducible.
fn global_instance(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("_global_instance", a, k, 1, 1)?;
    Ok(Value::Instance(Instance::new(class_arg(a), Payload::Native(Box::new(global_state().clone())))))
}

fn random_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| NativeClass::new("_random", "Random").methods(METHODS).constructor(random_new).build())
}

pub fn create() -> Value {
    state();
    let (m, d) = make_module(
        "_random",
        &[
            ("seed", seed),
            ("random", random),
            ("randint", randint),
            ("randrange", randrange),
            ("getrandbits", getrandbits),
            ("choice", choice),
            ("choices", choices),
            ("gauss", gauss),
            ("shuffle", shuffle),
            ("uniform", uniform),
            ("sample", sample),
            ("getstate", getstate),
            ("setstate", setstate),
            ("randbytes", randbytes),
            ("_global_instance", global_instance),
        ],
    );
    d.set_str(intern("Random"), Value::Class(random_class().clone()));
    m
}

// The generator state an instance of Random holds; no protocol of the VM applies to it.
impl crate::objects::native::NativeData for Arc<Mutex<Mt>> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_42_matches_cpython() {
        let mut mt = Mt { mt: [0; N], index: N, gauss_next: None };
        mt.seed_int(&BigInt::from(42));
        assert_eq!(format!("{}", mt.random()), "0.6394267984578837");
    }
}
