//! A bound on the screen the UI draws. ratatui keeps two buffers of one
//! cell (tens of bytes) per terminal cell, so a terminal that reports a
//! 65535×65535 window would make it ask for ~206 GB. No real screen is
//! close to [`MAX_COLS`]×[`MAX_ROWS`] (an 8K monitor at a 6-pixel font is
//! 1280 columns × 360 rows); past it the UI draws into the top-left
//! `MAX_COLS`×`MAX_ROWS` cells and leaves the rest blank.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

pub const MAX_COLS: u16 = 1024;
pub const MAX_ROWS: u16 = 512;

/// `(cols, rows)` within the bound.
pub fn cap((cols, rows): (u16, u16)) -> (u16, u16) {
    (cols.min(MAX_COLS), rows.min(MAX_ROWS))
}

/// A backend that reports at most the bound as its size, so ratatui's
/// buffers (and every layout the UI computes from the size) stay bounded.
pub struct Capped<B>(pub B);

impl<B: Backend> Backend for Capped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    /// The origin, without asking the terminal. ratatui asks only to put the
    /// cursor back after [`ratatui::Terminal::clear`], which the UI does not
    /// need (it hides or places the cursor on every frame); asking would
    /// read the reply from the tty behind the input parser's back, and wait
    /// two seconds on a terminal that does not answer.
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(Position::ORIGIN)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        let s = self.0.size()?;
        let (width, height) = cap((s.width, s.height));
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut w = self.0.window_size()?;
        let (width, height) = cap((w.columns_rows.width, w.columns_rows.height));
        w.columns_rows = Size { width, height };
        Ok(w)
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}
