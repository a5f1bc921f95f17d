//! A test-only way to make the running UI panic, fail an allocation or
//! hang, so the pty tests can prove each path restores the terminal: set
//! `KARABAKH_TEST_FAULT=panic`, `=alloc` or `=hang` and press any key once
//! the UI is up. Compiled only into debug builds (what `cargo test` runs); a release
//! build has no such variable.

use std::alloc::Layout;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Panic,
    /// The path a failed allocation takes: std prints "memory allocation of
    /// N bytes failed" and aborts (SIGABRT).
    Alloc,
    /// The loop never comes back (a stand-in for a very slow frame): only
    /// a second ending signal, handled in the signal handler, ends it.
    Hang,
}

impl Fault {
    pub fn from_env() -> Option<Fault> {
        match std::env::var("KARABAKH_TEST_FAULT").as_deref() {
            Ok("panic") => Some(Fault::Panic),
            Ok("alloc") => Some(Fault::Alloc),
            Ok("hang") => Some(Fault::Hang),
            _ => None,
        }
    }

    pub fn strike(self) -> ! {
        match self {
            Fault::Panic => panic!("test fault (KARABAKH_TEST_FAULT=panic)"),
            Fault::Alloc => std::alloc::handle_alloc_error(Layout::new::<[u8; 1 << 30]>()),
            Fault::Hang => loop {
                std::thread::sleep(std::time::Duration::from_secs(1));
            },
        }
    }
}
