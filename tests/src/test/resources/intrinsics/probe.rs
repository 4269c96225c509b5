// A freestanding probe: code that makes the compiler call its runtime routines.
// Built with `rustc --target T --emit obj -C panic=abort -O`; needs no standard library.
// Each section is compiled only under its own `--cfg`: probe_int, probe_float, probe_f16, probe_f128,
// probe_mem, probe_atomic and probe_stack. A section that crashes a backend can so be left out alone.
#![feature(no_core, lang_items, rustc_attrs, intrinsics, adt_const_params, unsized_const_params)]
#![feature(f16, f128, decl_macro, auto_traits, cfg_target_has_atomic)]
#![allow(internal_features, incomplete_features, improper_ctypes_definitions, dead_code)]
#![allow(non_camel_case_types, unused_macros)]
#![no_core]
#![crate_type = "lib"]

#[lang = "pointee_sized"]
pub trait PointeeSized {}
#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}
#[lang = "sized"]
pub trait Sized: MetaSized {}
#[lang = "copy"]
pub trait Copy {}
#[lang = "freeze"]
pub unsafe auto trait Freeze {}
#[lang = "const_param_ty"]
pub trait ConstParamTy_ {}
#[lang = "structural_peq"]
pub trait StructuralPartialEq {}
#[lang = "legacy_receiver"]
pub trait LegacyReceiver {}
impl<T: PointeeSized> LegacyReceiver for &T {}

#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

#[lang = "panic_const_div_by_zero"]
pub fn panic_div_by_zero() -> ! {
    loop {}
}
#[lang = "panic_const_rem_by_zero"]
pub fn panic_rem_by_zero() -> ! {
    loop {}
}
#[lang = "panic_const_div_overflow"]
pub fn panic_div_overflow() -> ! {
    loop {}
}
#[lang = "panic_const_rem_overflow"]
pub fn panic_rem_overflow() -> ! {
    loop {}
}
#[lang = "panic_const_mul_overflow"]
pub fn panic_mul_overflow() -> ! {
    loop {}
}

macro copies($($t:ty)*) { $(impl Copy for $t {})* }
copies!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 bool);
#[cfg(probe_f16)]
copies!(f16);
#[cfg(probe_f128)]
copies!(f128);
impl<T: PointeeSized> Copy for *mut T {}
impl<T: PointeeSized> Copy for *const T {}
impl ConstParamTy_ for usize {}

#[lang = "add"]
pub trait Add<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
#[lang = "sub"]
pub trait Sub<Rhs = Self> { type Output; fn sub(self, rhs: Rhs) -> Self::Output; }
#[lang = "mul"]
pub trait Mul<Rhs = Self> { type Output; fn mul(self, rhs: Rhs) -> Self::Output; }
#[lang = "div"]
pub trait Div<Rhs = Self> { type Output; fn div(self, rhs: Rhs) -> Self::Output; }
#[lang = "rem"]
pub trait Rem<Rhs = Self> { type Output; fn rem(self, rhs: Rhs) -> Self::Output; }
#[lang = "shl"]
pub trait Shl<Rhs = Self> { type Output; fn shl(self, rhs: Rhs) -> Self::Output; }
#[lang = "shr"]
pub trait Shr<Rhs = Self> { type Output; fn shr(self, rhs: Rhs) -> Self::Output; }
#[lang = "eq"]
pub trait PartialEq<Rhs: PointeeSized = Self>: PointeeSized {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool;
}
#[lang = "partial_ord"]
pub trait PartialOrd<Rhs: PointeeSized = Self>: PartialEq<Rhs> + PointeeSized {
    fn lt(&self, other: &Rhs) -> bool;
    fn le(&self, other: &Rhs) -> bool;
    fn gt(&self, other: &Rhs) -> bool;
    fn ge(&self, other: &Rhs) -> bool;
}

macro arith($($t:ty)*) { $(
    impl Add for $t { type Output = $t; fn add(self, r: $t) -> $t { self + r } }
    impl Sub for $t { type Output = $t; fn sub(self, r: $t) -> $t { self - r } }
    impl Mul for $t { type Output = $t; fn mul(self, r: $t) -> $t { self * r } }
    impl Div for $t { type Output = $t; fn div(self, r: $t) -> $t { self / r } }
    impl Rem for $t { type Output = $t; fn rem(self, r: $t) -> $t { self % r } }
    impl PartialEq for $t {
        fn eq(&self, o: &$t) -> bool { *self == *o }
        fn ne(&self, o: &$t) -> bool { *self != *o }
    }
    impl PartialOrd for $t {
        fn lt(&self, o: &$t) -> bool { *self < *o }
        fn le(&self, o: &$t) -> bool { *self <= *o }
        fn gt(&self, o: &$t) -> bool { *self > *o }
        fn ge(&self, o: &$t) -> bool { *self >= *o }
    }
)* }
arith!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
#[cfg(probe_f16)]
arith!(f16);
#[cfg(probe_f128)]
arith!(f128);

macro shifts($($t:ty)*) { $(
    impl Shl<u32> for $t { type Output = $t; fn shl(self, r: u32) -> $t { self << r } }
    impl Shr<u32> for $t { type Output = $t; fn shr(self, r: u32) -> $t { self >> r } }
)* }
shifts!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

pub enum AtomicOrdering { Relaxed = 0, Release = 4, Acquire = 2, AcqRel = 6, SeqCst = 7 }
impl StructuralPartialEq for AtomicOrdering {}
impl ConstParamTy_ for AtomicOrdering {}

#[rustc_intrinsic]
pub const unsafe fn offset<Ptr: Copy, Delta: Copy>(dst: Ptr, offset: Delta) -> Ptr;
#[rustc_intrinsic]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
#[rustc_intrinsic]
pub const unsafe fn compare_bytes(left: *const u8, right: *const u8, bytes: usize) -> i32;
#[rustc_intrinsic]
pub const fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn cttz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn minnumf32(x: f32, y: f32) -> f32;
#[rustc_intrinsic]
pub const fn maxnumf64(x: f64, y: f64) -> f64;
#[rustc_intrinsic]
pub unsafe fn atomic_load<T: Copy, const ORD: AtomicOrdering>(src: *const T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_store<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, val: T);
#[rustc_intrinsic]
pub unsafe fn atomic_xchg<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_cxchg<T: Copy, const ORD_SUCC: AtomicOrdering, const ORD_FAIL: AtomicOrdering>(
    dst: *mut T, old: T, src: T) -> (T, bool);
#[rustc_intrinsic]
pub unsafe fn atomic_xadd<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_xsub<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_and<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_or<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_xor<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_nand<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_umax<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_umin<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_fence<const ORD: AtomicOrdering>();

unsafe extern "C" {
    fn probe_sink(p: *mut u8);
}

// Integer arithmetic of every width. Remainder alone as well: next to a division, LLVM derives it.
macro int_ops($($name:ident $rem:ident $div:ident $t:ty;)*) { $(
    #[cfg(probe_int)]
    #[unsafe(no_mangle)]
    pub extern "C" fn $name(a: $t, b: $t, s: u32, out: *mut $t) {
        unsafe {
            *out = a / b;
            *offset(out, 1usize) = a % b;
            *offset(out, 2usize) = a * b;
            *offset(out, 3usize) = a << s;
            *offset(out, 4usize) = a >> s;
            *offset(out, 5usize) = mul_with_overflow(a, b).0;
            *(offset(out, 6usize) as *mut u32) = ctlz(a) + cttz(b) + ctpop(a);
        }
    }
    #[cfg(probe_int)]
    #[unsafe(no_mangle)]
    pub extern "C" fn $rem(a: $t, b: $t) -> $t { a % b }
    #[cfg(probe_int)]
    #[unsafe(no_mangle)]
    pub extern "C" fn $div(a: $t, b: $t) -> $t { a / b }
)* }
int_ops!(
    probe_u8 probe_rem_u8 probe_div_u8 u8; probe_i8 probe_rem_i8 probe_div_i8 i8; probe_u16 probe_rem_u16 probe_div_u16 u16;
    probe_i16 probe_rem_i16 probe_div_i16 i16; probe_u32 probe_rem_u32 probe_div_u32 u32; probe_i32 probe_rem_i32 probe_div_i32 i32;
    probe_u64 probe_rem_u64 probe_div_u64 u64; probe_i64 probe_rem_i64 probe_div_i64 i64; probe_u128 probe_rem_u128 probe_div_u128 u128;
    probe_i128 probe_rem_i128 probe_div_i128 i128; probe_usize probe_rem_usize probe_div_usize usize; probe_isize probe_rem_isize probe_div_isize isize;
);

// Float arithmetic, comparison and remainder.
macro float_ops($($name:ident $t:ty;)*) { $(
    #[unsafe(no_mangle)]
    pub extern "C" fn $name(a: *const $t, out: *mut $t, flags: *mut bool) {
        unsafe {
            let (x, y) = (*a, *offset(a, 1usize));
            *out = x + y;
            *offset(out, 1usize) = x - y;
            *offset(out, 2usize) = x * y;
            *offset(out, 3usize) = x / y;
            *offset(out, 4usize) = x % y;
            *flags = x < y;
            *offset(flags, 1usize) = x <= y;
            *offset(flags, 2usize) = x > y;
            *offset(flags, 3usize) = x >= y;
            *offset(flags, 4usize) = x == y;
            *offset(flags, 5usize) = x != y;
        }
    }
)* }
#[cfg(probe_float)]
float_ops!(probe_f32 f32; probe_f64 f64;);
#[cfg(probe_f16)]
float_ops!(probe_f16 f16;);
#[cfg(probe_f128)]
float_ops!(probe_f128 f128;);

#[cfg(probe_float)]
#[unsafe(no_mangle)]
pub extern "C" fn probe_minmax(a: f32, b: f32, c: f64, d: f64, out: *mut f64) {
    unsafe { *out = minnumf32(a, b) as f64 + maxnumf64(c, d) }
}

// Conversions between every integer width and a float type, both ways, and between floats.
macro conversions($($name:ident $f:ty;)*) { $(
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn $name(i: *const i128, u: *const u128, f: *const $f, fo: *mut $f, io: *mut i128, uo: *mut u128) {
        unsafe {
            let (s, v, x) = (*i, *u, *f);
            *fo = s as i8 as $f; *offset(fo, 1usize) = s as i16 as $f; *offset(fo, 2usize) = s as i32 as $f;
            *offset(fo, 3usize) = s as i64 as $f; *offset(fo, 4usize) = s as $f;
            *offset(fo, 5usize) = v as u8 as $f; *offset(fo, 6usize) = v as u16 as $f; *offset(fo, 7usize) = v as u32 as $f;
            *offset(fo, 8usize) = v as u64 as $f; *offset(fo, 9usize) = v as $f;
            *offset(fo, 10usize) = s as isize as $f; *offset(fo, 11usize) = v as usize as $f;
            *io = x as i8 as i128; *offset(io, 1usize) = x as i16 as i128; *offset(io, 2usize) = x as i32 as i128;
            *offset(io, 3usize) = x as i64 as i128; *offset(io, 4usize) = x as i128; *offset(io, 5usize) = x as isize as i128;
            *uo = x as u8 as u128; *offset(uo, 1usize) = x as u16 as u128; *offset(uo, 2usize) = x as u32 as u128;
            *offset(uo, 3usize) = x as u64 as u128; *offset(uo, 4usize) = x as u128; *offset(uo, 5usize) = x as usize as u128;
        }
    }
)* }
#[cfg(probe_float)]
conversions!(probe_conv_f32 f32; probe_conv_f64 f64;);
#[cfg(probe_f16)]
conversions!(probe_conv_f16 f16;);
#[cfg(probe_f128)]
conversions!(probe_conv_f128 f128;);

#[cfg(probe_float)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_float_widths(a: *const f32, b: *const f64, fo: *mut f32, dout: *mut f64) {
    unsafe {
        *dout = *a as f64;
        *fo = *b as f32;
    }
}
#[cfg(probe_f16)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_f16_widths(h: *const f16, f: *const f32, d: *const f64, ho: *mut f16, out: *mut f64) {
    unsafe {
        *out = *h as f64;
        *offset(out, 1usize) = (*h as f32) as f64;
        *ho = *f as f16;
        *offset(ho, 1usize) = *d as f16;
    }
}
#[cfg(probe_f128)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_f128_widths(q: *const f128, f: *const f32, d: *const f64, qo: *mut f128, fo: *mut f32, dout: *mut f64) {
    unsafe {
        *qo = *f as f128;
        *offset(qo, 1usize) = *d as f128;
        *fo = *q as f32;
        *dout = *q as f64;
    }
}
#[cfg(all(probe_f16, probe_f128))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_f16_f128(h: *const f16, q: *const f128, ho: *mut f16, qo: *mut f128) {
    unsafe {
        *qo = *h as f128;
        *ho = *q as f16;
    }
}

// Memory: copies, moves, fills and comparisons, of unknown and of large fixed sizes.
#[cfg(probe_mem)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_mem(d: *mut u8, s: *const u8, n: usize, out: *mut i32) {
    unsafe {
        copy_nonoverlapping(s, d, n);
        copy(s, offset(d, 1usize), n);
        write_bytes(d, 0, n);
        write_bytes(d, 0x5a, n);
        *out = compare_bytes(d, s, n);
        *offset(out, 1usize) = (compare_bytes(d, s, n) == 0) as i32;
        *offset(out, 2usize) = (compare_bytes(d, s, 4096) == 0) as i32;
    }
}
#[cfg(probe_mem)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_mem_aligned4(d: *mut u32, s: *const u32, n: usize) {
    unsafe {
        copy_nonoverlapping(s, d, n);
        copy(s, offset(d, 1usize), n);
        write_bytes(d, 0, n);
        write_bytes(d, 0x5a, n);
    }
}
#[cfg(probe_mem)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_mem_aligned(d: *mut u64, s: *const u64, n: usize) {
    unsafe {
        copy_nonoverlapping(s, d, n);
        copy(s, offset(d, 1usize), n);
        write_bytes(d, 0, n);
        write_bytes(d, 0x5a, n);
        copy_nonoverlapping(s, d, 512);
        write_bytes(d, 0, 512);
    }
}

// Atomics of every width the target has.
macro atomics($($name:ident $w:literal $t:ty;)*) { $(
    #[cfg(all(probe_atomic, target_has_atomic_load_store = $w))]
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn $name(p: *mut $t, v: $t, out: *mut $t) {
        unsafe {
            *out = atomic_load::<$t, { AtomicOrdering::SeqCst }>(p);
            *offset(out, 1usize) = atomic_load::<$t, { AtomicOrdering::Relaxed }>(p);
            *offset(out, 2usize) = atomic_load::<$t, { AtomicOrdering::Acquire }>(p);
            atomic_store::<$t, { AtomicOrdering::SeqCst }>(p, v);
            atomic_store::<$t, { AtomicOrdering::Release }>(p, v);
            atomic_store::<$t, { AtomicOrdering::Relaxed }>(p, v);
            rmw::$name(p, v, offset(out, 3usize));
        }
    }
)* }
mod rmw {
    use super::*;
    // One call per memory ordering: outlined atomics are named by their ordering.
    macro every_order {
        ($p:ident, $v:ident, $out:ident, $at:expr, $op:ident) => {
            *offset($out, $at) = $op::<_, { AtomicOrdering::Relaxed }>($p, $v);
            *offset($out, $at + 1usize) = $op::<_, { AtomicOrdering::Acquire }>($p, $v);
            *offset($out, $at + 2usize) = $op::<_, { AtomicOrdering::Release }>($p, $v);
            *offset($out, $at + 3usize) = $op::<_, { AtomicOrdering::AcqRel }>($p, $v);
            *offset($out, $at + 4usize) = $op::<_, { AtomicOrdering::SeqCst }>($p, $v);
        },
        ($p:ident, $v:ident, $out:ident, $at:expr, $op:ident, $t:ty) => {
            *offset($out, $at) = $op::<_, $t, { AtomicOrdering::Relaxed }>($p, $v);
            *offset($out, $at + 1usize) = $op::<_, $t, { AtomicOrdering::Acquire }>($p, $v);
            *offset($out, $at + 2usize) = $op::<_, $t, { AtomicOrdering::Release }>($p, $v);
            *offset($out, $at + 3usize) = $op::<_, $t, { AtomicOrdering::AcqRel }>($p, $v);
            *offset($out, $at + 4usize) = $op::<_, $t, { AtomicOrdering::SeqCst }>($p, $v);
        },
    }
    macro rmw($($name:ident $w:literal $t:ty;)*) { $(
        #[cfg(target_has_atomic = $w)]
        #[inline(never)]
        pub unsafe fn $name(p: *mut $t, v: $t, out: *mut $t) {
            unsafe {
                every_order!(p, v, out, 0usize, atomic_xchg);
                every_order!(p, v, out, 5usize, atomic_xadd, $t);
                every_order!(p, v, out, 10usize, atomic_xsub, $t);
                every_order!(p, v, out, 15usize, atomic_and, $t);
                every_order!(p, v, out, 20usize, atomic_or, $t);
                every_order!(p, v, out, 25usize, atomic_xor, $t);
                every_order!(p, v, out, 30usize, atomic_nand, $t);
                every_order!(p, v, out, 35usize, atomic_umax);
                every_order!(p, v, out, 40usize, atomic_umin);
                *offset(out, 45usize) = atomic_cxchg::<$t, { AtomicOrdering::Relaxed }, { AtomicOrdering::Relaxed }>(p, v, *out).0;
                *offset(out, 46usize) = atomic_cxchg::<$t, { AtomicOrdering::Acquire }, { AtomicOrdering::Acquire }>(p, v, *out).0;
                *offset(out, 47usize) = atomic_cxchg::<$t, { AtomicOrdering::Release }, { AtomicOrdering::Relaxed }>(p, v, *out).0;
                *offset(out, 48usize) = atomic_cxchg::<$t, { AtomicOrdering::AcqRel }, { AtomicOrdering::Acquire }>(p, v, *out).0;
                *offset(out, 49usize) = atomic_cxchg::<$t, { AtomicOrdering::SeqCst }, { AtomicOrdering::SeqCst }>(p, v, *out).0;
                atomic_fence::<{ AtomicOrdering::SeqCst }>();
                atomic_fence::<{ AtomicOrdering::Acquire }>();
                atomic_fence::<{ AtomicOrdering::Release }>();
            }
        }
        #[cfg(not(target_has_atomic = $w))]
        pub unsafe fn $name(_p: *mut $t, _v: $t, _out: *mut $t) {}
    )* }
    rmw!(probe_atomic8 "8" u8; probe_atomic16 "16" u16; probe_atomic32 "32" u32; probe_atomic64 "64" u64;
         probe_atomic128 "128" u128; probe_atomicptr "ptr" usize;);
}
atomics!(probe_atomic8 "8" u8; probe_atomic16 "16" u16; probe_atomic32 "32" u32; probe_atomic64 "64" u64;
         probe_atomic128 "128" u128; probe_atomicptr "ptr" usize;);

// A frame larger than a page, so that targets with stack probes probe it.
#[cfg(all(probe_stack, not(target_pointer_width = "16")))]
const FRAME: usize = 65536;
#[cfg(all(probe_stack, target_pointer_width = "16"))]
const FRAME: usize = 16384;
#[cfg(probe_stack)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn probe_stack() {
    let mut frame = [0u8; FRAME];
    unsafe { probe_sink(&mut frame as *mut [u8; FRAME] as *mut u8) }
}
