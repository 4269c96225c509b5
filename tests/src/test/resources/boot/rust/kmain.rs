// kernel_main for the Multiboot 2 boot test, in Rust without the core library (`#![no_core]`), so
// that the local rustc builds it for the exported target JSON with no precompiled library. It
// checks the magic and the boot-information pointer the boot stub passes (System V ABI: EDI, ESI),
// prints a line on COM1 and leaves QEMU through isa-debug-exit (port 0xf4) with 0x21 on success.
// Built with `--cfg multiboot1` it expects the Multiboot 1 magic, otherwise the Multiboot 2 one.
#![feature(no_core, lang_items, rustc_attrs, decl_macro)]
#![allow(internal_features)]
#![no_core]
#![no_std]
#![crate_type = "lib"]

#[lang = "pointee_sized"]
pub trait PointeeSized {}
#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}
#[lang = "sized"]
pub trait Sized: MetaSized {}
#[lang = "copy"]
pub trait Copy {}
impl Copy for u8 {}
impl Copy for u16 {}
impl Copy for u32 {}
impl Copy for usize {}
impl Copy for i32 {}
impl<T: ?Sized> Copy for *const T {}

#[lang = "sync"]
pub unsafe trait Sync {}
unsafe impl Sync for [u8; 15] {}

#[lang = "drop_in_place"]
fn drop_in_place<T>(_: *mut T) {}

#[lang = "add"]
pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
impl Add for usize {
    type Output = usize;
    fn add(self, rhs: usize) -> usize {
        self + rhs
    }
}

#[rustc_builtin_macro]
pub macro asm("assembly template", $(operands,)* $(options($(option),*))?) {}

static MESSAGE_OK: [u8; 15] = [b'r', b'u', b's', b't', b' ', b'k', b'e', b'r', b'n', b'e', b'l', b' ', b'o', b'k', b'\n'];
static MESSAGE_FAILED: [u8; 15] = [b'r', b'u', b's', b't', b' ', b'k', b'e', b'r', b'n', b'e', b'l', b' ', b'n', b'o', b'\n'];

/// 1 when `magic` is what the loader leaves in EAX (Multiboot Specification 0.6.96 and Multiboot2
/// Specification 2.0, 3.2). Literal patterns: matching a constant would need `PartialEq`.
#[cfg(multiboot1)]
fn magic_ok(magic: u32) -> u32 {
    match magic {
        0x2bad_b002 => 1,
        _ => 0,
    }
}

#[cfg(not(multiboot1))]
fn magic_ok(magic: u32) -> u32 {
    match magic {
        0x36d7_6289 => 1,
        _ => 0,
    }
}

unsafe fn outb(port: u16, value: u8) {
    asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack));
}

#[no_mangle]
pub unsafe extern "C" fn kernel_main(magic: u32, info: u32) -> ! {
    let ok: u32 = match magic_ok(magic) {
        1 => match info {
            0 => 0,
            _ => 1,
        },
        _ => 0,
    };
    let message = match ok {
        1 => &MESSAGE_OK,
        _ => &MESSAGE_FAILED,
    };
    let base = message as *const [u8; 15] as *const u8 as usize;
    let mut i: usize = 0;
    loop {
        match i {
            15 => break,
            _ => {}
        }
        outb(0x3f8, *((base + i) as *const u8));
        i = i + 1;
    }
    let code: u32 = match ok { 1 => 0x21, _ => 0x22 };
    asm!("out dx, eax", in("dx") 0xf4u16, in("eax") code, options(nomem, nostack));
    loop {
        asm!("hlt", options(nomem, nostack));
    }
}
