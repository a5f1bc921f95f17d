//! A corpus source for checking what is about to be written: the new
//! `annotations.json` and the article files not copied yet, from memory,
//! everything else from the corpus folder (when there is one).

use crate::corpus::source::{ANNOTATIONS, CorpusSource, DirSource};
use std::collections::HashMap;
use std::io;
use std::path::Path;

pub(crate) struct Overlay<'a> {
    pub dir: Option<&'a Path>,
    pub annotations: &'a [u8],
    pub files: &'a HashMap<String, Vec<u8>>,
}

impl CorpusSource for Overlay<'_> {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        if name == ANNOTATIONS {
            return Ok(self.annotations.to_vec());
        }
        if let Some(bytes) = self.files.get(name) {
            return Ok(bytes.clone());
        }
        match self.dir {
            Some(d) => DirSource(d.to_path_buf()).read(name),
            None => Err(io::Error::new(
                io::ErrorKind::NotFound,
                "not among the articles being added",
            )),
        }
    }

    fn display(&self, name: &str) -> String {
        match self.dir {
            Some(d) => d.join(name).display().to_string(),
            None => name.to_string(),
        }
    }
}
