//! How RTL text reaches the screen: who does the BiDi, the app or the
//! terminal.
//!
//! Terminals disagree (the table is in `docs/bidi.md`): VTE, mintty and
//! WezTerm implement the terminal-wg recommendation and can be switched to
//! *explicit* mode, where they draw cells strictly in the order sent;
//! Konsole, mlterm, Terminal.app and PuTTY always reorder each line
//! themselves; Alacritty, xterm, kitty and Windows Terminal never reorder.
//!
//! ## The `CSI 8 l` / `CSI 8 h` contract (app mode)
//!
//! `CSI 8 l` resets BDSM (ECMA-48 mode 8, "bi-directional support mode") and
//! puts a terminal that implements it into explicit mode, so it does not
//! reorder a second time the lines the app already reordered. `CSI 8 h` puts
//! it back into implicit mode, the default that plain tools like `cat`
//! expect. So in [`BidiMode::App`] the TUI must:
//! * write [`ENTER_EXPLICIT`] when it enters the alternate screen, and again
//!   after resuming from suspend (SIGTSTP/`fg`);
//! * write [`LEAVE_EXPLICIT`] on every way out: normal exit, suspend, and in
//!   the panic hook, next to leaving raw mode.
//!
//! Terminals without BDSM ignore both sequences. Note this is the ANSI mode
//! 8, not DEC private mode `?8` (DECARM, auto-repeat).
//!
//! ## Auto detection
//!
//! [`BidiMode::Auto`] is resolved once at start-up:
//! 1. not a TTY → [`BidiMode::Off`] (pipes get the logical text);
//! 2. the TUI (not this module: it needs terminal I/O) sends
//!    `CSI 8 $ p` (DECRQM for ANSI mode 8) followed by `CSI c` (DA1) and reads
//!    until the DA1 reply, ~200 ms at most. A reply `CSI 8 ; 1 $ y` or
//!    `CSI 8 ; 2 $ y` means the terminal knows BDSM → [`BidiMode::App`] (VTE,
//!    WezTerm, mintty). Only DA1 (or nothing) means "unknown": go on with 3;
//! 3. [`resolve_auto`] reads the environment: terminals that always reorder
//!    and cannot be told not to (`TERM_PROGRAM=Apple_Terminal`,
//!    `KONSOLE_VERSION`, `MLTERM`) → [`BidiMode::Terminal`]; everything else
//!    → [`BidiMode::App`]. Inside tmux (`TMUX` set) the variables describe
//!    whatever terminal started the tmux server, not necessarily the one
//!    attached now, so tmux → [`BidiMode::App`].

use std::fmt;
use std::str::FromStr;

/// `CSI 8 l`: BDSM reset, explicit mode. Sent by app mode at start and after
/// resuming from suspend, so the terminal does not reorder our visual lines.
pub const ENTER_EXPLICIT: &str = "\x1b[8l";

/// `CSI 8 h`: BDSM set, implicit mode (the terminal's default). Sent by app
/// mode at exit, on suspend and from the panic hook.
pub const LEAVE_EXPLICIT: &str = "\x1b[8h";

/// Who does the BiDi (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum BidiMode {
    /// Detect: terminal query, then the environment (see [`resolve_auto`]).
    #[default]
    Auto,
    /// The app shapes, reorders and mirrors, and puts the terminal into
    /// explicit mode. Correct on VTE, mintty, WezTerm, Alacritty, xterm,
    /// Windows Terminal, iTerm2 (Bidi preference off), kitty (`force_ltr`).
    App,
    /// Logical order, unshaped, RTL paragraphs right-aligned: for terminals
    /// that always reorder (Konsole, mlterm, Terminal.app, PuTTY).
    Terminal,
    /// Raw logical order, unshaped, left-aligned: for debugging and pipes.
    Off,
}

impl BidiMode {
    /// The lowercase name used on the command line and in `KARABAKH_BIDI`.
    pub fn as_str(self) -> &'static str {
        match self {
            BidiMode::Auto => "auto",
            BidiMode::App => "app",
            BidiMode::Terminal => "terminal",
            BidiMode::Off => "off",
        }
    }
}

impl fmt::Display for BidiMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an unknown mode name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown bidi mode `{0}` (expected auto, app, terminal or off)")]
pub struct UnknownBidiMode(pub String);

impl FromStr for BidiMode {
    type Err = UnknownBidiMode;

    /// Accepts the lowercase names, ignoring ASCII case and surrounding blanks.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(BidiMode::Auto),
            "app" => Ok(BidiMode::App),
            "terminal" => Ok(BidiMode::Terminal),
            "off" => Ok(BidiMode::Off),
            _ => Err(UnknownBidiMode(s.to_owned())),
        }
    }
}

/// The environment half of auto detection (steps 1 and 3 of the module
/// docs); `env` looks up a variable (empty values count as unset), `is_tty`
/// says whether stdout is a terminal. Never returns [`BidiMode::Auto`].
///
/// ```
/// use karabakh_timeline::text::{resolve_auto, BidiMode};
/// let konsole = |k: &str| (k == "KONSOLE_VERSION").then(|| "230804".to_string());
/// assert_eq!(resolve_auto(&konsole, true), BidiMode::Terminal);
/// assert_eq!(resolve_auto(&konsole, false), BidiMode::Off);
/// ```
pub fn resolve_auto(env: &dyn Fn(&str) -> Option<String>, is_tty: bool) -> BidiMode {
    if !is_tty {
        return BidiMode::Off;
    }
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    if set("TMUX") {
        return BidiMode::App;
    }
    if env("TERM_PROGRAM").as_deref() == Some("Apple_Terminal")
        || set("KONSOLE_VERSION")
        || set("MLTERM")
    {
        return BidiMode::Terminal;
    }
    BidiMode::App
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn names_round_trip() {
        for m in [
            BidiMode::Auto,
            BidiMode::App,
            BidiMode::Terminal,
            BidiMode::Off,
        ] {
            assert_eq!(m.to_string().parse::<BidiMode>(), Ok(m));
        }
        assert_eq!(" APP ".parse::<BidiMode>(), Ok(BidiMode::App));
        assert!("rtl".parse::<BidiMode>().is_err());
    }

    #[test]
    fn value_enum_names_are_lowercase() {
        use clap::ValueEnum;
        let names: Vec<String> = BidiMode::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
            .collect();
        assert_eq!(names, vec!["auto", "app", "terminal", "off"]);
    }

    #[test]
    fn environment_detection() {
        assert_eq!(resolve_auto(&env_of(&[]), false), BidiMode::Off);
        assert_eq!(resolve_auto(&env_of(&[]), true), BidiMode::App);
        let apple = env_of(&[("TERM_PROGRAM", "Apple_Terminal")]);
        assert_eq!(resolve_auto(&apple, true), BidiMode::Terminal);
        let iterm = env_of(&[("TERM_PROGRAM", "iTerm.app")]);
        assert_eq!(resolve_auto(&iterm, true), BidiMode::App);
        let mlterm = env_of(&[("MLTERM", "3.9.3")]);
        assert_eq!(resolve_auto(&mlterm, true), BidiMode::Terminal);
        let kitty = env_of(&[("KITTY_WINDOW_ID", "1")]);
        assert_eq!(resolve_auto(&kitty, true), BidiMode::App);
        let empty = env_of(&[("KONSOLE_VERSION", "")]);
        assert_eq!(resolve_auto(&empty, true), BidiMode::App);
        let tmux = env_of(&[
            ("TMUX", "/tmp/tmux-0/default,1,0"),
            ("KONSOLE_VERSION", "1"),
        ]);
        assert_eq!(resolve_auto(&tmux, true), BidiMode::App);
    }

    #[test]
    fn sequences() {
        assert_eq!(ENTER_EXPLICIT.as_bytes(), b"\x1b[8l");
        assert_eq!(LEAVE_EXPLICIT.as_bytes(), b"\x1b[8h");
    }
}
