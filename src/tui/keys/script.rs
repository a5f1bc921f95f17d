//! Key scripts: the keys a user presses, written as text, for
//! `screenshot --keys` and the tests (both go through [`parse_keys`] and
//! then the real key table, so a script presses exactly what a user would).
//!
//! Plain characters are typed as they are (Arabic included); named keys are
//! written in angle brackets: `<Tab>`, `<S-Tab>`, `<Enter>`, `<Esc>`, `<Up>`,
//! `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`,
//! `<BS>`, `<Del>`, `<Space>`, `<lt>` (a `<`), `<C-x>` (Ctrl), `<A-x>` and
//! `<A-Left>`/`<A-Right>` (Alt).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key script names a key that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown key <{name}> in --keys (named keys: Tab S-Tab Enter Esc Up Down Left Right PgUp PgDn Home End BS Del Space lt C-x A-x A-Left A-Right)"
)]
pub struct KeyScriptError {
    pub name: String,
}

pub fn parse_keys(script: &str) -> Result<Vec<KeyEvent>, KeyScriptError> {
    let mut out = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            out.push(named_key(name).ok_or_else(|| KeyScriptError {
                name: name.to_string(),
            })?);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

fn named_key(name: &str) -> Option<KeyEvent> {
    let plain = |c| Some(KeyEvent::new(c, KeyModifiers::NONE));
    match name {
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => plain(KeyCode::BackTab),
        "Enter" | "CR" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "BS" => plain(KeyCode::Backspace),
        "Del" => plain(KeyCode::Delete),
        "Space" => plain(KeyCode::Char(' ')),
        "lt" => plain(KeyCode::Char('<')),
        "A-Left" => Some(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT)),
        "A-Right" => Some(KeyEvent::new(KeyCode::Right, KeyModifiers::ALT)),
        _ => {
            let (mods, c) = if let Some(c) = name.strip_prefix("C-") {
                (KeyModifiers::CONTROL, c)
            } else {
                (KeyModifiers::ALT, name.strip_prefix("A-")?)
            };
            let mut chars = c.chars();
            let ch = chars.next()?;
            chars
                .next()
                .is_none()
                .then(|| KeyEvent::new(KeyCode::Char(ch), mods))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_name_keys_and_type_text() {
        let keys = parse_keys("f2020<Tab>قره<lt><C-c><A-x>").expect("parses");
        assert_eq!(keys.len(), 12);
        assert_eq!(keys[5].code, KeyCode::Tab);
        assert_eq!(keys[6].code, KeyCode::Char('ق'));
        assert_eq!(keys[9].code, KeyCode::Char('<'));
        assert_eq!(keys[10].modifiers, KeyModifiers::CONTROL);
        assert_eq!(keys[11].modifiers, KeyModifiers::ALT);
        assert_eq!(
            parse_keys("<Nope>").map_err(|e| e.name),
            Err("Nope".to_string())
        );
        // A lone `<` with no closing `>` is typed.
        assert_eq!(parse_keys("a<b").expect("parses").len(), 3);
    }
}
