//! Reading one file of a corpus folder.

use std::io;
use std::path::Path;

/// Reads `name` inside `dir`. Names must be plain file names.
pub fn read_in_folder(dir: &Path, name: &str) -> io::Result<Vec<u8>> {
    if name.is_empty() || Path::new(name).components().count() != 1 || name.contains('\\') {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "article files must be plain names inside the corpus folder",
        ));
    }
    std::fs::read(dir.join(name))
}
