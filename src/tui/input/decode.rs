//! The meaning of one complete sequence, once the state machine in
//! [`super`] has found where it ends. Anything not understood is `None`:
//! the sequence is dropped, never turned into keys.

use super::{char_key, key};
use crossterm::event::{Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

/// `ESC [ params final`; `seq` holds the parameter and intermediate bytes.
pub(super) fn csi(seq: &[u8], fin: u8) -> Option<Event> {
    // Replies (`?`, `>`, `=` private markers: DECRPM, device attributes,
    // XTVERSION) and anything with intermediate bytes are not input.
    if let Some(rest) = seq.strip_prefix(b"<") {
        return if matches!(fin, b'M' | b'm') {
            sgr_mouse(rest, fin == b'm')
        } else {
            None
        };
    }
    if seq
        .iter()
        .any(|&b| !(b.is_ascii_digit() || b == b';' || b == b':'))
    {
        return None;
    }
    let params = Params::parse(seq)?;
    match fin {
        b'~' => tilde_key(&params),
        b'A' | b'B' | b'C' | b'D' | b'H' | b'F' | b'E' | b'P' | b'Q' | b'R' | b'S' => {
            // `CSI 1 ; mods X`, or bare `CSI X`. Any other first number is
            // not a key: `CSI row ; col R` is a cursor position report.
            if !matches!(params.get(0), None | Some(1)) {
                return None;
            }
            Some(key(letter_key(fin)?, params.mods(1)?))
        }
        b'Z' if params.is_empty() => Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'I' if params.is_empty() => Some(Event::FocusGained),
        b'O' if params.is_empty() => Some(Event::FocusLost),
        b'u' => csi_u(&params),
        // rxvt (1015) mouse: `CSI Cb ; Cx ; Cy M`, Cb offset by 32.
        b'M' => mouse(
            params.get(0)?.checked_sub(32)?,
            params.get(1)?,
            params.get(2)?,
            false,
        ),
        _ => None,
    }
}

/// `ESC O [digits] final`: application-mode cursor keys, F1–F4 and the
/// keypad.
pub(super) fn ss3(seq: &[u8], fin: u8) -> Option<Event> {
    // Some terminals put the modifier here: `ESC O 5 A`.
    let mods = match seq {
        [] => KeyModifiers::NONE,
        [d @ b'1'..=b'9'] => modifiers(u32::from(d - b'0'))?,
        _ => return None,
    };
    let code = match fin {
        b'M' => KeyCode::Enter,
        b'X' => KeyCode::Char('='),
        b'j'..=b'y' => KeyCode::Char(char::from(b"*+,-./0123456789"[usize::from(fin - b'j')])),
        _ => letter_key(fin)?,
    };
    Some(match code {
        KeyCode::Char(c) => char_key(c, mods),
        code => key(code, mods),
    })
}

/// `ESC [ M Cb Cx Cy`, each byte offset by 32.
pub(super) fn x10_mouse(cb: u8, x: u8, y: u8) -> Option<Event> {
    mouse(
        u32::from(cb.checked_sub(32)?),
        u32::from(x.saturating_sub(32)),
        u32::from(y.saturating_sub(32)),
        false,
    )
}

fn sgr_mouse(seq: &[u8], release: bool) -> Option<Event> {
    if seq.iter().any(|&b| !(b.is_ascii_digit() || b == b';')) {
        return None;
    }
    let p = Params::parse(seq)?;
    if p.len() != 3 {
        return None;
    }
    mouse(p.get(0)?, p.get(1)?, p.get(2)?, release)
}

/// Cb's bits, low to high: two of button number, shift, alt, control,
/// motion, two more of button number (wheel). Columns and rows are 1-based.
fn mouse(cb: u32, x: u32, y: u32, release: bool) -> Option<Event> {
    let button = (cb & 0b11) | ((cb & 0b1100_0000) >> 4);
    let motion = cb & 0b10_0000 != 0;
    let kind = match (button, motion) {
        (0, false) => MouseEventKind::Down(MouseButton::Left),
        (1, false) => MouseEventKind::Down(MouseButton::Middle),
        (2, false) => MouseEventKind::Down(MouseButton::Right),
        (0, true) => MouseEventKind::Drag(MouseButton::Left),
        (1, true) => MouseEventKind::Drag(MouseButton::Middle),
        (2, true) => MouseEventKind::Drag(MouseButton::Right),
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let kind = match kind {
        MouseEventKind::Down(b) if release => MouseEventKind::Up(b),
        k => k,
    };
    let mut modifiers = KeyModifiers::NONE;
    for (bit, m) in [
        (0b100, KeyModifiers::SHIFT),
        (0b1000, KeyModifiers::ALT),
        (0b1_0000, KeyModifiers::CONTROL),
    ] {
        if cb & bit != 0 {
            modifiers |= m;
        }
    }
    let coord = |v: u32| u16::try_from(v.saturating_sub(1)).unwrap_or(u16::MAX);
    Some(Event::Mouse(MouseEvent {
        kind,
        column: coord(x),
        row: coord(y),
        modifiers,
    }))
}

/// `CSI n [; mods] ~`: the editing block and F5 and up (xterm's numbers).
fn tilde_key(p: &Params) -> Option<Event> {
    let code = match p.get(0)? {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        n @ 11..=15 => KeyCode::F(u8::try_from(n - 10).ok()?),
        n @ 17..=21 => KeyCode::F(u8::try_from(n - 11).ok()?),
        n @ 23..=26 => KeyCode::F(u8::try_from(n - 12).ok()?),
        n @ 28..=29 => KeyCode::F(u8::try_from(n - 15).ok()?),
        n @ 31..=34 => KeyCode::F(u8::try_from(n - 17).ok()?),
        _ => return None,
    };
    Some(key(code, p.mods(1)?))
}

/// `CSI codepoint [; mods] u` (fixterms / kitty's basic form).
fn csi_u(p: &Params) -> Option<Event> {
    let mods = p.mods(1)?;
    let code = match char::from_u32(p.get(0)?)? {
        '\x1b' => KeyCode::Esc,
        '\r' => KeyCode::Enter,
        '\t' if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        '\t' => KeyCode::Tab,
        '\x7f' => KeyCode::Backspace,
        c if c.is_control() => return None,
        c => KeyCode::Char(c),
    };
    Some(key(code, mods))
}

fn letter_key(fin: u8) -> Option<KeyCode> {
    Some(match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'E' => KeyCode::KeypadBegin,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// xterm's modifier parameter: 1 + a bit mask.
fn modifiers(param: u32) -> Option<KeyModifiers> {
    let mask = param.checked_sub(1)?;
    let mut m = KeyModifiers::NONE;
    for (bit, flag) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
        (16, KeyModifiers::HYPER),
        (32, KeyModifiers::META),
    ] {
        if mask & bit != 0 {
            m |= flag;
        }
    }
    Some(m)
}

/// Semicolon-separated numbers; an empty field is absent. A field's
/// `:sub` part (kitty's event type) is ignored.
struct Params(Vec<Option<u32>>);

impl Params {
    fn parse(seq: &[u8]) -> Option<Params> {
        if seq.is_empty() {
            return Some(Params(Vec::new()));
        }
        let text = std::str::from_utf8(seq).ok()?;
        let mut out = Vec::new();
        for field in text.split(';') {
            let main = field.split(':').next().unwrap_or("");
            out.push(if main.is_empty() {
                None
            } else {
                Some(main.parse().ok()?)
            });
        }
        Some(Params(out))
    }

    fn get(&self, i: usize) -> Option<u32> {
        self.0.get(i).copied().flatten()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The modifiers at field `i`: none when absent, `None` when not a
    /// valid mask.
    fn mods(&self, i: usize) -> Option<KeyModifiers> {
        match self.get(i) {
            None => Some(KeyModifiers::NONE),
            Some(v) => modifiers(v),
        }
    }
}
