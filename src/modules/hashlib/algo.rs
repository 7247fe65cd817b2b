//! The hash algorithms behind `_hashlib`: which names exist (and their aliases), each one's
//! digest and block sizes, and a running state that can be updated, copied and finished. The
//! digests come from the RustCrypto crates (md-5, sha1, sha2, sha3, shake, blake2); BLAKE2 with a
//! key, salt or person is set up from the crate's parameter block as CPython's _blake2 does.

use blake2::digest::block_api::{BufferKindUser, UpdateCore, VariableOutputCore};
use blake2::digest::block_buffer::{Lazy, LazyBuffer};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use sha2::Digest;
use shake::{ExtendableOutput, XofReader};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

/// Every algorithm, in `algorithms_guaranteed`.
pub const ALL: &[Algo] = &[
    Algo::Md5,
    Algo::Sha1,
    Algo::Sha224,
    Algo::Sha256,
    Algo::Sha384,
    Algo::Sha512,
    Algo::Sha3_224,
    Algo::Sha3_256,
    Algo::Sha3_384,
    Algo::Sha3_512,
    Algo::Shake128,
    Algo::Shake256,
    Algo::Blake2b,
    Algo::Blake2s,
];

impl Algo {
    /// The algorithm a `hashlib.new` name means (any case; `sha3-256` as `sha3_256`).
    pub fn from_name(name: &str) -> Option<Algo> {
        let n = name.to_ascii_lowercase().replace('-', "_");
        ALL.iter().copied().find(|a| a.name() == n)
    }

    pub fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
            Algo::Sha3_224 => "sha3_224",
            Algo::Sha3_256 => "sha3_256",
            Algo::Sha3_384 => "sha3_384",
            Algo::Sha3_512 => "sha3_512",
            Algo::Shake128 => "shake_128",
            Algo::Shake256 => "shake_256",
            Algo::Blake2b => "blake2b",
            Algo::Blake2s => "blake2s",
        }
    }

    /// The full digest size (0 for the SHAKE XOFs, as CPython reports).
    pub fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 | Algo::Sha3_224 => 28,
            Algo::Sha256 | Algo::Sha3_256 | Algo::Blake2s => 32,
            Algo::Sha384 | Algo::Sha3_384 => 48,
            Algo::Sha512 | Algo::Sha3_512 | Algo::Blake2b => 64,
            Algo::Shake128 | Algo::Shake256 => 0,
        }
    }

    pub fn block_size(self) -> usize {
        match self {
            Algo::Md5 | Algo::Sha1 | Algo::Sha224 | Algo::Sha256 | Algo::Blake2s => 64,
            Algo::Sha384 | Algo::Sha512 | Algo::Blake2b => 128,
            Algo::Sha3_224 => 144,
            Algo::Sha3_256 | Algo::Shake256 => 136,
            Algo::Sha3_384 => 104,
            Algo::Sha3_512 => 72,
            Algo::Shake128 => 168,
        }
    }

    pub fn is_xof(self) -> bool {
        matches!(self, Algo::Shake128 | Algo::Shake256)
    }
}

/// BLAKE2 parameters (CPython's key, salt, person and digest_size).
pub struct Blake2Params<'a> {
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
}

/// A BLAKE2 state: the crate's core, its block buffer, and the output size.
#[derive(Clone)]
pub struct Blake2<C: Clone + UpdateCore + VariableOutputCore + BufferKindUser<BufferKind = Lazy>> {
    core: C,
    buffer: LazyBuffer<C::BlockSize>,
    out: usize,
}

impl<C: Clone + UpdateCore + VariableOutputCore + BufferKindUser<BufferKind = Lazy>> Blake2<C> {
    fn with_key(core: C, key: &[u8], out: usize) -> Self {
        let buffer = if key.is_empty() {
            LazyBuffer::default()
        } else {
            let mut block = blake2::digest::array::Array::<u8, C::BlockSize>::default();
            block[..key.len()].copy_from_slice(key);
            LazyBuffer::new(&block)
        };
        Blake2 { core, buffer, out }
    }

    fn update(&mut self, data: &[u8]) {
        let Blake2 { core, buffer, .. } = self;
        buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
    }

    fn finish(mut self) -> Vec<u8> {
        let mut full = Default::default();
        self.core.finalize_variable_core(&mut self.buffer, &mut full);
        full[..self.out].to_vec()
    }
}

/// A running hash.
#[derive(Clone)]
pub enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
    Blake2b(Blake2<Blake2bVarCore>),
    Blake2s(Blake2<Blake2sVarCore>),
}

impl State {
    fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }

    pub fn new(algo: Algo) -> State {
        match algo {
            Algo::Md5 => State::Md5(Default::default()),
            Algo::Sha1 => State::Sha1(Default::default()),
            Algo::Sha224 => State::Sha224(Default::default()),
            Algo::Sha256 => State::Sha256(Default::default()),
            Algo::Sha384 => State::Sha384(Default::default()),
            Algo::Sha512 => State::Sha512(Default::default()),
            Algo::Sha3_224 => State::Sha3_224(Default::default()),
            Algo::Sha3_256 => State::Sha3_256(Default::default()),
            Algo::Sha3_384 => State::Sha3_384(Default::default()),
            Algo::Sha3_512 => State::Sha3_512(Default::default()),
            Algo::Shake128 => State::Shake128(Default::default()),
            Algo::Shake256 => State::Shake256(Default::default()),
            Algo::Blake2b | Algo::Blake2s => {
                let p = Blake2Params { digest_size: algo.digest_size(), key: &[], salt: &[], person: &[] };
                State::blake2(algo, &p)
            }
        }
    }

    /// A BLAKE2 state; the caller checked the parameter lengths against the algorithm's limits.
    pub fn blake2(algo: Algo, p: &Blake2Params) -> State {
        if algo == Algo::Blake2b {
            let core = Blake2bVarCore::new_with_params(p.salt, p.person, p.key.len(), p.digest_size);
            State::Blake2b(Blake2::with_key(core, p.key, p.digest_size))
        } else {
            let core = Blake2sVarCore::new_with_params(p.salt, p.person, p.key.len(), p.digest_size);
            State::Blake2s(Blake2::with_key(core, p.key, p.digest_size))
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
            State::Sha3_224(h) => h.update(data),
            State::Sha3_256(h) => h.update(data),
            State::Sha3_384(h) => h.update(data),
            State::Sha3_512(h) => h.update(data),
            State::Shake128(h) => shake::Update::update(h, data),
            State::Shake256(h) => shake::Update::update(h, data),
            State::Blake2b(h) => h.update(data),
            State::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of everything so far (`length` bytes for the XOFs); the state is kept. None
    /// when an XOF's output cannot be allocated.
    pub fn digest(&self, length: usize) -> Option<Vec<u8>> {
        fn xof(r: &mut impl XofReader, n: usize) -> Vec<u8> {
            let mut out = vec![0u8; n];
            r.read(&mut out);
            out
        }
        if self.is_xof() {
            let mut probe: Vec<u8> = Vec::new();
            probe.try_reserve_exact(length).ok()?;
        }
        Some(match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => xof(&mut h.finalize_xof(), length),
            State::Shake256(h) => xof(&mut h.finalize_xof(), length),
            State::Blake2b(h) => h.finish(),
            State::Blake2s(h) => h.finish(),
        })
    }
}

/// PBKDF2-HMAC of a fixed-size algorithm (None for the XOFs, which have no HMAC).
pub fn pbkdf2(algo: Algo, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> Option<()> {
    use hmac::SimpleHmac;
    use pbkdf2::pbkdf2 as run;
    let r = match algo {
        Algo::Md5 => run::<SimpleHmac<md5::Md5>>(password, salt, rounds, out),
        Algo::Sha1 => run::<SimpleHmac<sha1::Sha1>>(password, salt, rounds, out),
        Algo::Sha224 => run::<SimpleHmac<sha2::Sha224>>(password, salt, rounds, out),
        Algo::Sha256 => run::<SimpleHmac<sha2::Sha256>>(password, salt, rounds, out),
        Algo::Sha384 => run::<SimpleHmac<sha2::Sha384>>(password, salt, rounds, out),
        Algo::Sha512 => run::<SimpleHmac<sha2::Sha512>>(password, salt, rounds, out),
        Algo::Sha3_224 => run::<SimpleHmac<sha3::Sha3_224>>(password, salt, rounds, out),
        Algo::Sha3_256 => run::<SimpleHmac<sha3::Sha3_256>>(password, salt, rounds, out),
        Algo::Sha3_384 => run::<SimpleHmac<sha3::Sha3_384>>(password, salt, rounds, out),
        Algo::Sha3_512 => run::<SimpleHmac<sha3::Sha3_512>>(password, salt, rounds, out),
        Algo::Blake2b => run::<SimpleHmac<blake2::Blake2b512>>(password, salt, rounds, out),
        Algo::Blake2s => run::<SimpleHmac<blake2::Blake2s256>>(password, salt, rounds, out),
        Algo::Shake128 | Algo::Shake256 => return None,
    };
    r.ok()
}
