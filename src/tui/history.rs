//! Back and forward through every jump, like a browser: following a
//! passage, a figure or an actor pushes where the user was; `b` goes back
//! there and `B` forward again.

use crate::tui::layout::Pane;
use std::ops::Range;

/// A passage shown in the article pane that is not one of the selected
/// event's own sources (a figure's passage, another event's cited passage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub article: usize,
    pub range: Range<usize>,
}

/// Where the user was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub event: usize,
    /// Which of the event's passages the article pane showed.
    pub source: usize,
    pub passage: Option<Passage>,
    pub focus: Pane,
}

#[derive(Debug, Clone, Default)]
pub struct History {
    places: Vec<Location>,
    /// Where "back" goes from: `places.len()` when at the newest place.
    pos: usize,
}

impl History {
    /// Remembers `here` before a jump; forward history is dropped, as in a
    /// browser.
    pub fn push(&mut self, here: Location) {
        self.places.truncate(self.pos);
        if self.places.last() != Some(&here) {
            self.places.push(here);
        }
        self.pos = self.places.len();
    }

    pub fn can_go_back(&self) -> bool {
        self.pos > 0
    }

    pub fn can_go_forward(&self) -> bool {
        self.pos + 1 < self.places.len()
    }

    /// The place to go back to from `here`. At the newest place, `here`
    /// is remembered first so that "forward" can return to it.
    pub fn back(&mut self, here: Option<Location>) -> Option<Location> {
        if self.pos == self.places.len()
            && let Some(here) = here
        {
            self.push(here);
            self.pos = self.places.len() - 1;
        }
        let target = self.pos.checked_sub(1)?;
        self.pos = target;
        self.places.get(target).cloned()
    }

    pub fn forward(&mut self) -> Option<Location> {
        let target = self.pos + 1;
        let place = self.places.get(target).cloned()?;
        self.pos = target;
        Some(place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(event: usize) -> Location {
        Location {
            event,
            source: 0,
            passage: None,
            focus: Pane::Timeline,
        }
    }

    #[test]
    fn back_and_forward_like_a_browser() {
        let mut h = History::default();
        assert!(!h.can_go_back());
        h.push(at(1)); // jumped from 1 to 2
        assert_eq!(h.back(Some(at(2))), Some(at(1)));
        assert!(h.can_go_forward());
        assert_eq!(h.forward(), Some(at(2)));
        assert_eq!(h.forward(), None);
        assert_eq!(h.back(Some(at(2))), Some(at(1)));
        h.push(at(1)); // a new jump from 1 drops the forward history
        assert!(!h.can_go_forward());
        assert_eq!(h.back(Some(at(3))), Some(at(1)));
        assert_eq!(h.back(None), None);
    }
}
