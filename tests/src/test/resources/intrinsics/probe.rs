// A freestanding probe: code that makes the compiler call its runtime routines, one section per kind
// of operation core can emit a library call for. Built with
// `rustc --target T --emit obj -C panic=abort -O --cfg probe_LEAF ...`; needs no standard library.
//
// Every probe function is compiled only under its own leaf `--cfg`, so that a leaf a backend cannot
// compile is left out alone. The leaves, by section (Probe.java keeps the same table):
//   int    probe_int_arith probe_int_div probe_int_overflow probe_int_shift probe_int_bits probe_int_wide
//   f16    probe_f16_arith probe_f16_cmp probe_f16_minmax probe_f16_toint probe_f16_fromint
//   f32    probe_f32_arith ... (the same five for f32, f64 and f128)
//   fconv  probe_fconv_f16_f32 probe_fconv_f16_f64 probe_fconv_f16_f128 probe_fconv_f32_f64
//          probe_fconv_f32_f128 probe_fconv_f64_f128
//   mem    probe_mem
//   atomic probe_atomic8 probe_atomic16 probe_atomic32 probe_atomic64 probe_atomic128 probe_atomicptr
//          probe_atomic_fence
//   stack  probe_stack
// Probe functions are `#[inline(never)] pub`, so each is compiled on its own; their symbols are
// mangled and defined, so the object's undefined symbols are the runtime routines (and `probe_sink`,
// and on Arm64EC the probe's own functions, which Probe.java leaves out).
#![feature(no_core, lang_items, rustc_attrs, intrinsics, adt_const_params, unsized_const_params)]
#![feature(f16, f128, auto_traits, cfg_target_has_atomic)]
#![allow(internal_features, incomplete_features, improper_ctypes_definitions, dead_code)]
#![allow(non_camel_case_types, unused_macros, unused_imports)]
#![no_core]
#![crate_type = "lib"]

// ---- The language items the operators and intrinsics below need.

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

macro_rules! copies { ($($t:ty)*) => { $(impl Copy for $t {})* } }
copies!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f16 f32 f64 f128 bool);
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
#[lang = "neg"]
pub trait Neg { type Output; fn neg(self) -> Self::Output; }
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

// `#[inline]`: an operator impl is compiled only where a probe uses it, so an f16 or f128 impl
// compiles nothing on a target whose f16 or f128 sections are off.
macro_rules! arith {
    ($($t:ty)*) => { $(
    impl Add for $t { type Output = $t; #[inline] fn add(self, r: $t) -> $t { self + r } }
    impl Sub for $t { type Output = $t; #[inline] fn sub(self, r: $t) -> $t { self - r } }
    impl Mul for $t { type Output = $t; #[inline] fn mul(self, r: $t) -> $t { self * r } }
    impl Div for $t { type Output = $t; #[inline] fn div(self, r: $t) -> $t { self / r } }
    impl Rem for $t { type Output = $t; #[inline] fn rem(self, r: $t) -> $t { self % r } }
    impl PartialEq for $t {
        #[inline] fn eq(&self, o: &$t) -> bool { *self == *o }
        #[inline] fn ne(&self, o: &$t) -> bool { *self != *o }
    }
    impl PartialOrd for $t {
        #[inline] fn lt(&self, o: &$t) -> bool { *self < *o }
        #[inline] fn le(&self, o: &$t) -> bool { *self <= *o }
        #[inline] fn gt(&self, o: &$t) -> bool { *self > *o }
        #[inline] fn ge(&self, o: &$t) -> bool { *self >= *o }
    }
    )* };
}
arith!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f16 f32 f64 f128);
macro_rules! negs {
    ($($t:ty)*) => { $(
    impl Neg for $t { type Output = $t; #[inline] fn neg(self) -> $t { -self } }
    )* };
}
negs!(i8 i16 i32 i64 i128 isize f16 f32 f64 f128);
macro_rules! shifts {
    ($($t:ty)*) => { $(
    impl Shl<u32> for $t { type Output = $t; #[inline] fn shl(self, r: u32) -> $t { self << r } }
    impl Shr<u32> for $t { type Output = $t; #[inline] fn shr(self, r: u32) -> $t { self >> r } }
    )* };
}
shifts!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

pub enum AtomicOrdering { Relaxed = 0, Release = 4, Acquire = 2, AcqRel = 6, SeqCst = 7 }
impl StructuralPartialEq for AtomicOrdering {}
impl ConstParamTy_ for AtomicOrdering {}

// ---- The intrinsics core builds its integer, float, memory and atomic operations on.

#[rustc_intrinsic]
pub const unsafe fn offset<Ptr: Copy, Delta: Copy>(dst: Ptr, offset: Delta) -> Ptr;

// Integers.
#[rustc_intrinsic]
pub const fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn saturating_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn saturating_sub<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_add<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_sub<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_mul<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_div<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_rem<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn exact_div<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shl<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shr<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_funnel_shl<T: Copy>(a: T, b: T, shift: u32) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_funnel_shr<T: Copy>(a: T, b: T, shift: u32) -> T;
#[rustc_intrinsic]
pub const fn carrying_mul_add<T: Copy, U: Copy>(multiplier: T, multiplicand: T, addend: T, carry: T) -> (U, T);
#[rustc_intrinsic]
pub const fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn cttz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const unsafe fn ctlz_nonzero<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const unsafe fn cttz_nonzero<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn bswap<T: Copy>(x: T) -> T;
#[rustc_intrinsic]
pub const fn bitreverse<T: Copy>(x: T) -> T;

// Floats.
#[rustc_intrinsic]
pub unsafe fn float_to_int_unchecked<Float: Copy, Int: Copy>(value: Float) -> Int;
macro_rules! float_intrinsics {
    ($($minnum:ident $maxnum:ident $minimum:ident $maximum:ident $fabs:ident $copysign:ident $t:ty;)*) => { $(
    #[rustc_intrinsic]
    pub const fn $minnum(x: $t, y: $t) -> $t;
    #[rustc_intrinsic]
    pub const fn $maxnum(x: $t, y: $t) -> $t;
    // The backend lowers these only for some types; elsewhere this body (as core's) is the code.
    #[rustc_intrinsic]
    pub const fn $minimum(x: $t, y: $t) -> $t {
        if x != x || y != y { x + y } else if x < y { x } else if y < x { y } else { $copysign(x, y) }
    }
    #[rustc_intrinsic]
    pub const fn $maximum(x: $t, y: $t) -> $t {
        if x != x || y != y { x + y } else if x > y { x } else if y > x { y } else { $copysign(y, x) }
    }
    #[rustc_intrinsic]
    pub const fn $fabs(x: $t) -> $t;
    #[rustc_intrinsic]
    pub const fn $copysign(x: $t, y: $t) -> $t;
    )* };
}
float_intrinsics!(
    minnumf16 maxnumf16 minimumf16 maximumf16 fabsf16 copysignf16 f16;
    minnumf32 maxnumf32 minimumf32 maximumf32 fabsf32 copysignf32 f32;
    minnumf64 maxnumf64 minimumf64 maximumf64 fabsf64 copysignf64 f64;
    minnumf128 maxnumf128 minimumf128 maximumf128 fabsf128 copysignf128 f128;
);

// Memory.
#[rustc_intrinsic]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
#[rustc_intrinsic]
pub const unsafe fn compare_bytes(left: *const u8, right: *const u8, bytes: usize) -> i32;
#[rustc_intrinsic]
pub unsafe fn volatile_copy_nonoverlapping_memory<T>(dst: *mut T, src: *const T, count: usize);
#[rustc_intrinsic]
pub unsafe fn volatile_copy_memory<T>(dst: *mut T, src: *const T, count: usize);
#[rustc_intrinsic]
pub unsafe fn volatile_set_memory<T>(dst: *mut T, val: u8, count: usize);

// Atomics.
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
pub unsafe fn atomic_cxchgweak<T: Copy, const ORD_SUCC: AtomicOrdering, const ORD_FAIL: AtomicOrdering>(
    dst: *mut T, old: T, src: T) -> (T, bool);
#[rustc_intrinsic]
pub unsafe fn atomic_xadd<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_xsub<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_and<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_nand<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_or<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_xor<T: Copy, U: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: U) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_max<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_min<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_umax<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_umin<T: Copy, const ORD: AtomicOrdering>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic]
pub unsafe fn atomic_fence<const ORD: AtomicOrdering>();
#[rustc_intrinsic]
pub unsafe fn atomic_singlethreadfence<const ORD: AtomicOrdering>();

unsafe extern "C" {
    fn probe_sink(p: *mut u8);
}

// ==== Section int: every operation on every integer width.

macro_rules! int_section {
    ($($m:ident $t:ty;)*) => { $(
    pub mod $m {
        use super::*;
        type T = $t;

        // + - * (wrapping, as in release builds), saturating and unchecked forms.
        #[cfg(probe_int_arith)]
        #[inline(never)]
        pub unsafe extern "C" fn arith(a: T, b: T, out: *mut T) {
            unsafe {
                *out = a + b;
                *offset(out, 1usize) = a - b;
                *offset(out, 2usize) = a * b;
                *offset(out, 3usize) = saturating_add(a, b);
                *offset(out, 4usize) = saturating_sub(a, b);
                *offset(out, 5usize) = unchecked_add(a, b);
                *offset(out, 6usize) = unchecked_sub(a, b);
                *offset(out, 7usize) = unchecked_mul(a, b);
            }
        }

        // Division and remainder together (LLVM may derive one from the other), and each alone.
        #[cfg(probe_int_div)]
        #[inline(never)]
        pub unsafe extern "C" fn div_rem(a: T, b: T, out: *mut T) {
            unsafe {
                *out = a / b;
                *offset(out, 1usize) = a % b;
            }
        }
        #[cfg(probe_int_div)]
        #[inline(never)]
        pub extern "C" fn div(a: T, b: T) -> T { a / b }
        #[cfg(probe_int_div)]
        #[inline(never)]
        pub extern "C" fn rem(a: T, b: T) -> T { a % b }
        #[cfg(probe_int_div)]
        #[inline(never)]
        pub unsafe extern "C" fn unchecked(a: T, b: T, out: *mut T) {
            unsafe {
                *out = unchecked_div(a, b);
                *offset(out, 1usize) = unchecked_rem(a, b);
                *offset(out, 2usize) = exact_div(a, b);
            }
        }

        // checked_add/sub/mul and overflowing_*: the result and the overflow flag both used.
        #[cfg(probe_int_overflow)]
        #[inline(never)]
        pub unsafe extern "C" fn overflow(a: T, b: T, out: *mut T, flags: *mut bool) {
            unsafe {
                let (s, so) = add_with_overflow(a, b);
                let (d, dov) = sub_with_overflow(a, b);
                let (p, po) = mul_with_overflow(a, b);
                *out = s;
                *offset(out, 1usize) = d;
                *offset(out, 2usize) = p;
                *flags = so;
                *offset(flags, 1usize) = dov;
                *offset(flags, 2usize) = po;
            }
        }
        #[cfg(probe_int_overflow)]
        #[inline(never)]
        pub extern "C" fn mul_overflows(a: T, b: T) -> bool { mul_with_overflow(a, b).1 }

        // Shifts and rotations by a variable amount.
        #[cfg(probe_int_shift)]
        #[inline(never)]
        pub unsafe extern "C" fn shift(a: T, b: T, s: u32, out: *mut T) {
            unsafe {
                *out = a << s;
                *offset(out, 1usize) = a >> s;
                *offset(out, 2usize) = unchecked_shl(a, s);
                *offset(out, 3usize) = unchecked_shr(a, s);
                *offset(out, 4usize) = unchecked_funnel_shl(a, a, s);
                *offset(out, 5usize) = unchecked_funnel_shr(a, a, s);
                *offset(out, 6usize) = unchecked_funnel_shl(a, b, s);
                *offset(out, 7usize) = unchecked_funnel_shr(a, b, s);
            }
        }

        // leading_zeros, trailing_zeros, count_ones, swap_bytes, reverse_bits.
        #[cfg(probe_int_bits)]
        #[inline(never)]
        pub unsafe extern "C" fn bits(a: T, out: *mut T, counts: *mut u32) {
            unsafe {
                *counts = ctlz(a);
                *offset(counts, 1usize) = cttz(a);
                *offset(counts, 2usize) = ctpop(a);
                *offset(counts, 3usize) = ctlz_nonzero(a);
                *offset(counts, 4usize) = cttz_nonzero(a);
                *out = bswap(a);
                *offset(out, 1usize) = bitreverse(a);
            }
        }
    }
    )* };
}
int_section!(int_u8 u8; int_i8 i8; int_u16 u16; int_i16 i16; int_u32 u32; int_i32 i32; int_u64 u64; int_i64 i64;
    int_u128 u128; int_i128 i128; int_usize usize; int_isize isize;);

// carrying_mul / widening_mul: the double-width product of unsigned integers.
macro_rules! wide_section {
    ($($m:ident $t:ty;)*) => { $(
    #[cfg(probe_int_wide)]
    pub mod $m {
        use super::*;
        #[inline(never)]
        pub unsafe extern "C" fn wide(a: $t, b: $t, c: $t, d: $t, out: *mut $t) {
            unsafe {
                let (lo, hi): ($t, $t) = carrying_mul_add(a, b, c, d);
                *out = lo;
                *offset(out, 1usize) = hi;
            }
        }
    }
    )* };
}
wide_section!(wide_u8 u8; wide_u16 u16; wide_u32 u32; wide_u64 u64; wide_u128 u128; wide_usize usize;);

// ==== Sections f16, f32, f64, f128: arithmetic, comparison, min/max, and conversions from and to
// every integer width. Each type is its own section: targets reject f16 or f128 separately.

macro_rules! float_section {
    ($($m:ident $t:ty, $arith:ident $cmp:ident $minmax:ident $toint:ident $fromint:ident,
        $minnum:ident $maxnum:ident $minimum:ident $maximum:ident $fabs:ident $copysign:ident;)*) => { $(
    pub mod $m {
        use super::*;
        type F = $t;

        // + - * / % and negation.
        #[cfg($arith)]
        #[inline(never)]
        pub unsafe extern "C" fn arith(a: *const F, out: *mut F) {
            unsafe {
                let (x, y) = (*a, *offset(a, 1usize));
                *out = x + y;
                *offset(out, 1usize) = x - y;
                *offset(out, 2usize) = x * y;
                *offset(out, 3usize) = x / y;
                *offset(out, 4usize) = x % y;
                *offset(out, 5usize) = -x;
            }
        }

        // < <= > >= == !=, each on its own (an unordered check may be folded into a pair).
        #[cfg($cmp)]
        #[inline(never)]
        pub unsafe extern "C" fn cmp(a: *const F, flags: *mut bool) {
            unsafe {
                let (x, y) = (*a, *offset(a, 1usize));
                *flags = x < y;
                *offset(flags, 1usize) = x <= y;
                *offset(flags, 2usize) = x > y;
                *offset(flags, 3usize) = x >= y;
                *offset(flags, 4usize) = x == y;
                *offset(flags, 5usize) = x != y;
            }
        }
        #[cfg($cmp)]
        #[inline(never)]
        pub unsafe extern "C" fn is_nan(a: *const F) -> bool { unsafe { *a != *a } }

        // min, max, minimum, maximum, abs, copysign.
        #[cfg($minmax)]
        #[inline(never)]
        pub unsafe extern "C" fn minmax(a: *const F, out: *mut F) {
            unsafe {
                let (x, y) = (*a, *offset(a, 1usize));
                *out = $minnum(x, y);
                *offset(out, 1usize) = $maxnum(x, y);
                *offset(out, 2usize) = $minimum(x, y);
                *offset(out, 3usize) = $maximum(x, y);
                *offset(out, 4usize) = $fabs(x);
                *offset(out, 5usize) = $copysign(x, y);
            }
        }

        // `as` to every integer width (saturating), and to_int_unchecked.
        #[cfg($toint)]
        #[inline(never)]
        pub unsafe extern "C" fn toint(a: *const F, i: *mut i128, u: *mut u128) {
            unsafe {
                let x = *a;
                *i = x as i8 as i128; *offset(i, 1usize) = x as i16 as i128; *offset(i, 2usize) = x as i32 as i128;
                *offset(i, 3usize) = x as i64 as i128; *offset(i, 4usize) = x as i128;
                *offset(i, 5usize) = x as isize as i128;
                *u = x as u8 as u128; *offset(u, 1usize) = x as u16 as u128; *offset(u, 2usize) = x as u32 as u128;
                *offset(u, 3usize) = x as u64 as u128; *offset(u, 4usize) = x as u128;
                *offset(u, 5usize) = x as usize as u128;
            }
        }
        #[cfg($toint)]
        #[inline(never)]
        pub unsafe extern "C" fn toint_unchecked(a: *const F, i: *mut i128, u: *mut u128) {
            unsafe {
                let x = *a;
                *i = float_to_int_unchecked::<F, i8>(x) as i128;
                *offset(i, 1usize) = float_to_int_unchecked::<F, i16>(x) as i128;
                *offset(i, 2usize) = float_to_int_unchecked::<F, i32>(x) as i128;
                *offset(i, 3usize) = float_to_int_unchecked::<F, i64>(x) as i128;
                *offset(i, 4usize) = float_to_int_unchecked::<F, i128>(x);
                *offset(i, 5usize) = float_to_int_unchecked::<F, isize>(x) as i128;
                *u = float_to_int_unchecked::<F, u8>(x) as u128;
                *offset(u, 1usize) = float_to_int_unchecked::<F, u16>(x) as u128;
                *offset(u, 2usize) = float_to_int_unchecked::<F, u32>(x) as u128;
                *offset(u, 3usize) = float_to_int_unchecked::<F, u64>(x) as u128;
                *offset(u, 4usize) = float_to_int_unchecked::<F, u128>(x);
                *offset(u, 5usize) = float_to_int_unchecked::<F, usize>(x) as u128;
            }
        }

        // `as` from every integer width.
        #[cfg($fromint)]
        #[inline(never)]
        pub unsafe extern "C" fn fromint(i: *const i128, u: *const u128, out: *mut F) {
            unsafe {
                let (s, v) = (*i, *u);
                *out = s as i8 as F; *offset(out, 1usize) = s as i16 as F; *offset(out, 2usize) = s as i32 as F;
                *offset(out, 3usize) = s as i64 as F; *offset(out, 4usize) = s as F;
                *offset(out, 5usize) = s as isize as F;
                *offset(out, 6usize) = v as u8 as F; *offset(out, 7usize) = v as u16 as F;
                *offset(out, 8usize) = v as u32 as F; *offset(out, 9usize) = v as u64 as F;
                *offset(out, 10usize) = v as F; *offset(out, 11usize) = v as usize as F;
            }
        }
    }
    )* };
}
float_section!(
    float_f16 f16, probe_f16_arith probe_f16_cmp probe_f16_minmax probe_f16_toint probe_f16_fromint,
        minnumf16 maxnumf16 minimumf16 maximumf16 fabsf16 copysignf16;
    float_f32 f32, probe_f32_arith probe_f32_cmp probe_f32_minmax probe_f32_toint probe_f32_fromint,
        minnumf32 maxnumf32 minimumf32 maximumf32 fabsf32 copysignf32;
    float_f64 f64, probe_f64_arith probe_f64_cmp probe_f64_minmax probe_f64_toint probe_f64_fromint,
        minnumf64 maxnumf64 minimumf64 maximumf64 fabsf64 copysignf64;
    float_f128 f128, probe_f128_arith probe_f128_cmp probe_f128_minmax probe_f128_toint probe_f128_fromint,
        minnumf128 maxnumf128 minimumf128 maximumf128 fabsf128 copysignf128;
);

// ==== Section fconv: `as` between two float types, both ways, one leaf per pair.

macro_rules! fconv_section {
    ($($m:ident $a:ty, $b:ty, $leaf:ident;)*) => { $(
    #[cfg($leaf)]
    pub mod $m {
        use super::*;
        #[inline(never)]
        pub unsafe extern "C" fn convert(a: *const $a, b: *const $b, ao: *mut $a, bo: *mut $b) {
            unsafe {
                *bo = *a as $b;
                *ao = *b as $a;
            }
        }
    }
    )* };
}
fconv_section!(
    fconv_f16_f32 f16, f32, probe_fconv_f16_f32;
    fconv_f16_f64 f16, f64, probe_fconv_f16_f64;
    fconv_f16_f128 f16, f128, probe_fconv_f16_f128;
    fconv_f32_f64 f32, f64, probe_fconv_f32_f64;
    fconv_f32_f128 f32, f128, probe_fconv_f32_f128;
    fconv_f64_f128 f64, f128, probe_fconv_f64_f128;
);

// ==== Section mem: copies, moves, fills and comparisons (memcmp, and bcmp where only equality is
// used), of unknown and of large fixed sizes, at alignments 1, 4 and 8, plain and volatile.

#[cfg(probe_mem)]
pub mod mem {
    use super::*;
    #[inline(never)]
    pub unsafe extern "C" fn bytes(d: *mut u8, s: *const u8, n: usize, out: *mut i32) {
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
    #[inline(never)]
    pub unsafe extern "C" fn aligned4(d: *mut u32, s: *const u32, n: usize) {
        unsafe {
            copy_nonoverlapping(s, d, n);
            copy(s, offset(d, 1usize), n);
            write_bytes(d, 0, n);
            write_bytes(d, 0x5a, n);
        }
    }
    #[inline(never)]
    pub unsafe extern "C" fn aligned8(d: *mut u64, s: *const u64, n: usize) {
        unsafe {
            copy_nonoverlapping(s, d, n);
            copy(s, offset(d, 1usize), n);
            write_bytes(d, 0, n);
            write_bytes(d, 0x5a, n);
            copy_nonoverlapping(s, d, 512);
            write_bytes(d, 0, 512);
        }
    }
    #[inline(never)]
    pub unsafe extern "C" fn volatile(d: *mut u8, s: *const u8, n: usize) {
        unsafe {
            volatile_copy_nonoverlapping_memory(d, s, n);
            volatile_copy_memory(offset(d, 1usize), s, n);
            volatile_set_memory(d, 0, n);
        }
    }
}

// ==== Section atomic: every operation core offers, at every width the target has atomics of, in
// every ordering the operation accepts (outlined atomics are named by their ordering), and fences.

// One call per memory ordering.
macro_rules! every_order {
    ($p:ident, $v:ident, $out:ident, $at:expr, $op:ident) => {
        *offset($out, $at) = $op::<_, { AtomicOrdering::Relaxed }>($p, $v);
        *offset($out, $at + 1usize) = $op::<_, { AtomicOrdering::Acquire }>($p, $v);
        *offset($out, $at + 2usize) = $op::<_, { AtomicOrdering::Release }>($p, $v);
        *offset($out, $at + 3usize) = $op::<_, { AtomicOrdering::AcqRel }>($p, $v);
        *offset($out, $at + 4usize) = $op::<_, { AtomicOrdering::SeqCst }>($p, $v);
    };
    ($p:ident, $v:ident, $out:ident, $at:expr, $op:ident, $u:ty) => {
        *offset($out, $at) = $op::<_, $u, { AtomicOrdering::Relaxed }>($p, $v);
        *offset($out, $at + 1usize) = $op::<_, $u, { AtomicOrdering::Acquire }>($p, $v);
        *offset($out, $at + 2usize) = $op::<_, $u, { AtomicOrdering::Release }>($p, $v);
        *offset($out, $at + 3usize) = $op::<_, $u, { AtomicOrdering::AcqRel }>($p, $v);
        *offset($out, $at + 4usize) = $op::<_, $u, { AtomicOrdering::SeqCst }>($p, $v);
    };
}
// compare_exchange and compare_exchange_weak: every success ordering with every failure ordering.
macro_rules! every_cas_order {
    ($cas:ident, $p:ident, $old:ident, $new:ident, $out:ident) => {
        every_cas_order!($cas, $p, $old, $new, $out; 0 Relaxed Relaxed, 1 Relaxed Acquire, 2 Relaxed SeqCst,
            3 Acquire Relaxed, 4 Acquire Acquire, 5 Acquire SeqCst, 6 Release Relaxed, 7 Release Acquire,
            8 Release SeqCst, 9 AcqRel Relaxed, 10 AcqRel Acquire, 11 AcqRel SeqCst, 12 SeqCst Relaxed,
            13 SeqCst Acquire, 14 SeqCst SeqCst)
    };
    ($cas:ident, $p:ident, $old:ident, $new:ident, $out:ident; $($i:literal $s:ident $f:ident),*) => {
        $(*offset($out, $i as usize) = $cas::<_, { AtomicOrdering::$s }, { AtomicOrdering::$f }>($p, $old, $new).0;)*
    };
}

macro_rules! atomic_section {
    ($($m:ident $w:literal $t:ty, $s:ty, $leaf:ident;)*) => { $(
    pub mod $m {
        use super::*;
        // AtomicN::load and store (also where the target has no compare-and-swap).
        #[cfg(all($leaf, target_has_atomic_load_store = $w))]
        #[inline(never)]
        pub unsafe extern "C" fn load_store(p: *mut $t, v: $t, out: *mut $t) {
            unsafe {
                *out = atomic_load::<$t, { AtomicOrdering::Relaxed }>(p);
                *offset(out, 1usize) = atomic_load::<$t, { AtomicOrdering::Acquire }>(p);
                *offset(out, 2usize) = atomic_load::<$t, { AtomicOrdering::SeqCst }>(p);
                atomic_store::<$t, { AtomicOrdering::Relaxed }>(p, v);
                atomic_store::<$t, { AtomicOrdering::Release }>(p, v);
                atomic_store::<$t, { AtomicOrdering::SeqCst }>(p, v);
            }
        }
        // swap, fetch_add/sub/and/nand/or/xor, fetch_max/min (signed and unsigned).
        #[cfg(all($leaf, target_has_atomic = $w))]
        #[inline(never)]
        pub unsafe extern "C" fn rmw(p: *mut $t, v: $t, out: *mut $t) {
            unsafe {
                every_order!(p, v, out, 0usize, atomic_xchg);
                every_order!(p, v, out, 5usize, atomic_xadd, $t);
                every_order!(p, v, out, 10usize, atomic_xsub, $t);
                every_order!(p, v, out, 15usize, atomic_and, $t);
                every_order!(p, v, out, 20usize, atomic_nand, $t);
                every_order!(p, v, out, 25usize, atomic_or, $t);
                every_order!(p, v, out, 30usize, atomic_xor, $t);
                every_order!(p, v, out, 35usize, atomic_umax);
                every_order!(p, v, out, 40usize, atomic_umin);
            }
        }
        #[cfg(all($leaf, target_has_atomic = $w))]
        #[inline(never)]
        pub unsafe extern "C" fn signed(p: *mut $s, v: $s, out: *mut $s) {
            unsafe {
                every_order!(p, v, out, 0usize, atomic_max);
                every_order!(p, v, out, 5usize, atomic_min);
            }
        }
        #[cfg(all($leaf, target_has_atomic = $w))]
        #[inline(never)]
        pub unsafe extern "C" fn cas(p: *mut $t, old: $t, new: $t, out: *mut $t) {
            unsafe {
                every_cas_order!(atomic_cxchg, p, old, new, out);
                let weak = offset(out, 15usize);
                every_cas_order!(atomic_cxchgweak, p, old, new, weak);
            }
        }
    }
    )* };
}
atomic_section!(
    atomic_u8 "8" u8, i8, probe_atomic8;
    atomic_u16 "16" u16, i16, probe_atomic16;
    atomic_u32 "32" u32, i32, probe_atomic32;
    atomic_u64 "64" u64, i64, probe_atomic64;
    atomic_u128 "128" u128, i128, probe_atomic128;
    atomic_usize "ptr" usize, isize, probe_atomicptr;
);

// AtomicPtr: load, store, swap, compare_exchange and the fetch_byte_add/fetch_or family on pointers.
#[cfg(probe_atomicptr)]
pub mod atomic_ptr {
    use super::*;
    type P = *mut u8;
    #[cfg(target_has_atomic_load_store = "ptr")]
    #[inline(never)]
    pub unsafe extern "C" fn load_store(p: *mut P, v: P, out: *mut P) {
        unsafe {
            *out = atomic_load::<P, { AtomicOrdering::Relaxed }>(p);
            *offset(out, 1usize) = atomic_load::<P, { AtomicOrdering::Acquire }>(p);
            *offset(out, 2usize) = atomic_load::<P, { AtomicOrdering::SeqCst }>(p);
            atomic_store::<P, { AtomicOrdering::Relaxed }>(p, v);
            atomic_store::<P, { AtomicOrdering::Release }>(p, v);
            atomic_store::<P, { AtomicOrdering::SeqCst }>(p, v);
        }
    }
    #[cfg(target_has_atomic = "ptr")]
    #[inline(never)]
    pub unsafe extern "C" fn rmw(p: *mut P, v: P, n: usize, out: *mut P) {
        unsafe {
            every_order!(p, v, out, 0usize, atomic_xchg);
            every_order!(p, n, out, 5usize, atomic_xadd, usize);
            every_order!(p, n, out, 10usize, atomic_xsub, usize);
            every_order!(p, n, out, 15usize, atomic_and, usize);
            every_order!(p, n, out, 20usize, atomic_or, usize);
            every_order!(p, n, out, 25usize, atomic_xor, usize);
        }
    }
    #[cfg(target_has_atomic = "ptr")]
    #[inline(never)]
    pub unsafe extern "C" fn cas(p: *mut P, old: P, new: P, out: *mut P) {
        unsafe {
            every_cas_order!(atomic_cxchg, p, old, new, out);
            let weak = offset(out, 15usize);
            every_cas_order!(atomic_cxchgweak, p, old, new, weak);
        }
    }
}

// fence and compiler_fence in every ordering they accept.
#[cfg(probe_atomic_fence)]
pub mod atomic_fences {
    use super::*;
    #[inline(never)]
    pub unsafe extern "C" fn fences() {
        unsafe {
            atomic_fence::<{ AtomicOrdering::Acquire }>();
            atomic_fence::<{ AtomicOrdering::Release }>();
            atomic_fence::<{ AtomicOrdering::AcqRel }>();
            atomic_fence::<{ AtomicOrdering::SeqCst }>();
            atomic_singlethreadfence::<{ AtomicOrdering::Acquire }>();
            atomic_singlethreadfence::<{ AtomicOrdering::Release }>();
            atomic_singlethreadfence::<{ AtomicOrdering::AcqRel }>();
            atomic_singlethreadfence::<{ AtomicOrdering::SeqCst }>();
        }
    }
}

// ==== Section stack: a frame larger than a page, so that targets with stack probes probe it.

#[cfg(all(probe_stack, not(target_pointer_width = "16")))]
const FRAME: usize = 65536;
#[cfg(all(probe_stack, target_pointer_width = "16"))]
const FRAME: usize = 16384;
#[cfg(probe_stack)]
pub mod stack {
    use super::*;
    #[inline(never)]
    pub unsafe extern "C" fn frame() {
        let mut frame = [0u8; FRAME];
        unsafe { probe_sink(&mut frame as *mut [u8; FRAME] as *mut u8) }
    }
}
