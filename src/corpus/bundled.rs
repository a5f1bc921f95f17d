//! The bundled corpus, compiled into the binary so that the program works
//! from any folder with nothing beside it.

use crate::corpus::load::{ANNOTATIONS, CorpusSource, load};
use crate::corpus::model::Timeline;
use crate::corpus::problem::Problems;
use std::io;

/// Every file of `assets/`, by name.
pub const FILES: [(&str, &[u8]); 6] = [
    (ANNOTATIONS, include_bytes!("../../assets/annotations.json")),
    (
        "000_249e8729ad4eaa54.txt",
        include_bytes!("../../assets/000_249e8729ad4eaa54.txt"),
    ),
    (
        "001_09324016873ad670.txt",
        include_bytes!("../../assets/001_09324016873ad670.txt"),
    ),
    (
        "002_9d3c80a75afef3d0.txt",
        include_bytes!("../../assets/002_9d3c80a75afef3d0.txt"),
    ),
    (
        "003_9f2bed458ab2ea0d.txt",
        include_bytes!("../../assets/003_9f2bed458ab2ea0d.txt"),
    ),
    (
        "004_d9e06ef87a3c0df4.txt",
        include_bytes!("../../assets/004_d9e06ef87a3c0df4.txt"),
    ),
];

/// The compiled-in copy of `assets/`.
pub struct Bundled;

impl CorpusSource for Bundled {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, bytes)| bytes.to_vec())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the bundled corpus"))
    }

    fn display(&self, name: &str) -> String {
        format!("assets/{name}")
    }
}

/// Loads the bundled corpus. It is checked by the test suite, so an error
/// here means a broken build, but it is still reported, never panicked on.
pub fn timeline() -> Result<Timeline, Problems> {
    load(&Bundled)
}
