//! `_random`: the Mersenne Twister (MT19937) behind the `random` module, as CPython's
//! `Modules/_randommodule.c` computes it, so a seeded generator gives CPython's exact sequence.
//! `_random.Random` is a native type holding the 624-word state; `random.py` (embedded Python,
//! `py/random.py`) subclasses it with the distributions, as CPython's `Lib/random.py` does.
//!
//! Seeding: an int seeds with its absolute value split into 32-bit words (`init_by_array`);
//! `random.py` turns str/bytes seeds into ints with SHA-512 first (`_sha512`, also here); any
//! other object seeds with its hash; `None` seeds from the OS's entropy.

use super::support::{self, new_native_for, parse, This};
use crate::heap::{Kind, ObjRef};
use crate::objects::int::IntData;
use crate::objects::native::NativeObject;
use crate::vm::{exc, new_bigint, new_bytes, new_float, new_int, new_str, new_tuple, none};
use crate::vm::{type_name, Args, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: CPython's `RandomObject`.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1usize;
        let mut j = 0usize;
        let mut k = std::cmp::max(N, key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)).wrapping_mul(1_664_525)))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag01 = [0u32, MATRIX_A];
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (CPython's `random_random`).
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Seed with a non-negative integer.
    fn seed_big(&mut self, n: &BigInt) {
        let (_, mut words) = n.to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        self.init_by_array(&words);
    }

    fn seed_entropy(&mut self) {
        let mut buf = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok();
        if !ok {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let key = [
                t as u32,
                (t >> 32) as u32,
                std::process::id(),
                (t >> 64) as u32,
            ];
            self.init_by_array(&key);
            return;
        }
        let key: Vec<u32> = buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.init_by_array(&key);
    }
}

/// `_random.Random` objects.
pub struct RandomObj {
    pub mt: RefCell<Mt>,
}

impl NativeObject for RandomObj {}

fn random_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("_random", "Random", None, true);
        support::constructor(&t, random_new);
        support::methods(
            &t,
            "_random.Random",
            &[
                ("random", random_random),
                ("seed", random_seed),
                ("getstate", random_getstate),
                ("setstate", random_setstate),
                ("getrandbits", random_getrandbits),
            ],
        );
        t
    })
}

fn this(args: &Args, name: &str) -> PyResult<This<RandomObj>> {
    This::from_args(args, "_random.Random", name)
}

/// `_random.Random.__new__(cls, [seed])`: a generator seeded with `seed` (or entropy).
fn random_new(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let cls = args.args[0].clone();
    let ty = random_type();
    if cls.is(ty) && args.has_kwargs() {
        return exc::type_error("Random() takes no keyword arguments");
    }
    let rest = args.rest();
    if rest.pos().len() > 1 {
        return exc::type_error(format!(
            "Random() expected at most 1 argument, got {}",
            rest.pos().len()
        ));
    }
    let obj = RandomObj {
        mt: RefCell::new(Mt::new()),
    };
    seed_with(vm, &obj, rest.pos().first())?;
    Ok(new_native_for(&cls, ty, obj))
}

fn seed_with(vm: &mut Vm, r: &RandomObj, arg: Option<&ObjRef>) -> PyResult<()> {
    let arg = arg.filter(|a| !a.is(&crate::vm::rt().none));
    let Some(a) = arg else {
        r.mt.borrow_mut().seed_entropy();
        return Ok(());
    };
    let b = crate::vm::methods::base_of(a);
    // An int seeds with its absolute value; anything else with its hash as an unsigned word.
    let n = match b.downcast::<IntData>() {
        Some(i) => {
            let n = i.to_big();
            if n.sign() == Sign::Minus {
                -n
            } else {
                n
            }
        }
        None => BigInt::from(crate::vm::dictops::hash(vm, a)? as u64),
    };
    r.mt.borrow_mut().seed_big(&n);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "seed")?;
    let (pos, _) = parse(&args.rest(), "seed", 0, 1, &[])?;
    seed_with(vm, &r, pos.first())?;
    Ok(none())
}

fn random_random(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "random")?;
    parse(&args.rest(), "random", 0, 0, &[])?;
    let v = r.mt.borrow_mut().random();
    Ok(new_float(v))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "getrandbits")?;
    let (pos, _) = parse(&args.rest(), "getrandbits", 1, 1, &[])?;
    let k = crate::vm::convert::index_i64(vm, &pos[0])?;
    if k < 0 {
        return exc::value_error("number of bits must be non-negative");
    }
    if k == 0 {
        return Ok(new_int(0));
    }
    let mut mt = r.mt.borrow_mut();
    if k <= 32 {
        return Ok(new_int((mt.genrand_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut w = mt.genrand_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        out.push(w);
        left -= 32;
    }
    Ok(new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn random_getstate(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "getstate")?;
    let mt = r.mt.borrow();
    let mut items: Vec<ObjRef> = mt.state.iter().map(|w| new_int(*w as i64)).collect();
    items.push(new_int(mt.index as i64));
    Ok(new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let r = this(&args, "setstate")?;
    let (pos, _) = parse(&args.rest(), "setstate", 1, 1, &[])?;
    let state = &pos[0];
    if state.kind() != Kind::Tuple {
        return exc::type_error("state vector must be a tuple");
    }
    let items = crate::vm::ops::seq_items(state);
    if items.len() != N + 1 {
        return exc::value_error("state vector is the wrong size");
    }
    let mut words = [0u32; N];
    for (i, it) in items[..N].iter().enumerate() {
        let v = super::support::to_bigint(vm, it)?;
        let Some(w) = num_traits::ToPrimitive::to_u32(&v) else {
            return exc::overflow_error("Python int too large to convert to C unsigned long");
        };
        words[i] = w;
    }
    let index = crate::vm::convert::index_i64(vm, &items[N])?;
    if index < 0 || index > N as i64 {
        return exc::value_error("invalid state");
    }
    let mut mt = r.mt.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(none())
}

/// Fill the `_random` module.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::set(ns, "Random", random_type().clone());
    Ok(())
}

// ---------------------------------------------------------------- _sha512

/// `_sha512.sha512` objects: the digest of the data given so far.
struct Sha512Obj {
    hasher: RefCell<sha2::Sha512>,
}

impl NativeObject for Sha512Obj {}

fn sha512_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = support::new_type("_sha512", "sha512", None, false);
        support::methods(
            &t,
            "_sha512.sha512",
            &[
                ("update", sha512_update),
                ("digest", sha512_digest),
                ("hexdigest", sha512_hexdigest),
            ],
        );
        t
    })
}

fn bytes_arg(o: &ObjRef) -> PyResult<Vec<u8>> {
    if o.kind() == Kind::Str {
        return exc::type_error("Strings must be encoded before hashing");
    }
    match crate::vm::ops::bytes_of(o) {
        Some(b) => Ok(b),
        None => exc::type_error(format!(
            "object supporting the buffer API required, not '{}'",
            type_name(o)
        )),
    }
}

fn sha512_new(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    use sha2::Digest;
    let (pos, kw) = parse(&args, "sha512", 0, 1, &["string", "usedforsecurity"])?;
    let mut h = sha2::Sha512::new();
    if let Some(d) = pos.first().or(kw[0].as_ref()) {
        h.update(bytes_arg(d)?);
    }
    Ok(support::new_native(
        sha512_type(),
        Sha512Obj {
            hasher: RefCell::new(h),
        },
    ))
}

fn sha512_update(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    use sha2::Digest;
    let s: This<Sha512Obj> = This::from_args(&args, "_sha512.sha512", "update")?;
    let (pos, _) = parse(&args.rest(), "update", 1, 1, &[])?;
    s.hasher.borrow_mut().update(bytes_arg(&pos[0])?);
    Ok(none())
}

fn digest_of(args: &Args, name: &str) -> PyResult<Vec<u8>> {
    use sha2::Digest;
    let s: This<Sha512Obj> = This::from_args(args, "_sha512.sha512", name)?;
    let h = s.hasher.borrow().clone();
    Ok(h.finalize().to_vec())
}

fn sha512_digest(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    Ok(new_bytes(&digest_of(&args, "digest")?))
}

fn sha512_hexdigest(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let d = digest_of(&args, "hexdigest")?;
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(new_str(&hex))
}

/// Fill the `_sha512` module.
pub fn init_sha512(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(ns, &[("sha512", sha512_new)]);
    Ok(())
}
