//! Bracketed paste: collected up to its terminator or [`MAX_PASTE`]
//! bytes, past which the rest is skipped to the terminator.

use super::{MAX_PASTE, PASTE_END, Parser, State};
use crossterm::event::Event;

impl Parser {
    pub(super) fn paste_byte(&mut self, b: u8, out: &mut Vec<Event>) {
        self.paste.push(b);
        if self.paste.ends_with(PASTE_END) {
            self.paste.truncate(self.paste.len() - PASTE_END.len());
            self.finish_paste(out);
            self.reset();
        } else if self.paste.len() >= MAX_PASTE + PASTE_END.len() {
            // Keep the last bytes: the terminator may have begun in them.
            let keep = self.paste.split_off(MAX_PASTE);
            self.finish_paste(out);
            self.paste = Vec::new();
            self.tail = [0; 6];
            self.tail[6 - keep.len()..].copy_from_slice(&keep);
            self.state = State::PasteSkip;
        }
    }

    /// Delivers the paste collected so far, cut at a character boundary.
    pub(super) fn finish_paste(&mut self, out: &mut Vec<Event>) {
        let bytes = std::mem::take(&mut self.paste);
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let mut bytes = e.into_bytes();
                // A character split by the size limit is dropped; bytes that
                // are not UTF-8 at all become U+FFFD.
                if let Err(e) = std::str::from_utf8(&bytes)
                    && e.error_len().is_none()
                {
                    bytes.truncate(e.valid_up_to());
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        out.push(Event::Paste(text));
    }
}
