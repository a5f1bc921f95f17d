//! The bundled corpus, compiled into the binary so that the program works
//! from any folder with nothing beside it (the files are in
//! [`crate::corpus::source`]).

use crate::corpus::load::load;
use crate::corpus::model::Timeline;
use crate::corpus::problem::Problems;

pub use crate::corpus::source::{Bundled, FILES};

/// Loads the bundled corpus. It is checked by the test suite, so an error
/// here means a broken build, but it is still reported, never panicked on.
pub fn timeline() -> Result<Timeline, Problems> {
    load(&Bundled)
}
