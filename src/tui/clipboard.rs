//! The system clipboard through the terminal: OSC 52 (`ESC ] 52 ; c ;
//! base64 BEL`), which xterm, kitty, WezTerm, iTerm2, foot, Windows
//! Terminal and tmux (with `set-clipboard on`) pass to the clipboard, so
//! `y` works over ssh with nothing installed. The payload is base64, so no
//! byte of the copied text can act as a control; the escape itself is the
//! app's own.

use base64::Engine;

/// Longest text sent: some terminals drop longer OSC 52 payloads whole.
pub const MAX_BYTES: usize = 100_000;

/// The escape sequence that puts `text` on the clipboard (cut at a char
/// boundary below [`MAX_BYTES`]).
pub fn osc52(text: &str) -> String {
    let mut end = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let payload = base64::engine::general_purpose::STANDARD.encode(&text.as_bytes()[..end]);
    format!("\x1b]52;c;{payload}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_is_base64_of_the_text() {
        let seq = osc52("قال بوتين\n— outlet");
        let payload = seq
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix('\x07'))
            .expect("an OSC 52 sequence");
        let back = base64::engine::general_purpose::STANDARD
            .decode(payload)
            .expect("base64");
        assert_eq!(back, "قال بوتين\n— outlet".as_bytes());
        assert!(!payload.contains('\x1b'));
        assert!(osc52(&"ق".repeat(MAX_BYTES)).len() < MAX_BYTES * 2);
    }
}
