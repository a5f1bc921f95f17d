//! One corpus folder's entry: its file, read back and checked, or written.
//!
//! Layout: a header of fixed size — `MAGIC`, [`FORMAT`] (little-endian
//! u32), the corpus key, the annotation file's hash, the payload's length
//! (u64) and its blake3 hash — then the payload, the [`Timeline`] in
//! postcard (serde, compact, no field names) without the article texts.
//! Written to a temporary file in the cache folder and renamed over the
//! entry, so that a reader sees the old entry or the new one, never half.

use super::{FORMAT, check, key};
use crate::corpus::model::Timeline;
use crate::corpus::progress::{Progress, Stage};
use crate::corpus::safe_read::read_in_folder;
use crate::corpus::source::{ANNOTATIONS, CorpusSource};
use blake3::Hash;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"KTLCACHE";
/// Where the payload's length and hash are, once the payload is written.
const LEN_AT: usize = 8 + 4 + 32 + 32;
const HEADER: usize = LEN_AT + 8 + 32;
/// The largest entry read: a timeline without its texts is a fraction of
/// the corpus, which is at most 1.25 GiB of files.
const MAX_ENTRY_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// The most entries kept: the corpus folders used last (an entry of the
/// reference corpus is 70 MB; a folder not kept is loaded in full once).
const MAX_ENTRIES: usize = 8;

pub struct Entry {
    dir: PathBuf,
    name: String,
    program: Hash,
}

/// The fixed part of an entry, as read.
struct Header {
    key: Hash,
    annotations: Hash,
    len: u64,
    payload: Hash,
}

impl Entry {
    /// `dir`'s entry in the cache folder `cache`: named by a hash of the
    /// folder's canonical path, so each folder has one. `None` when the
    /// folder or the program cannot be identified.
    pub fn new(cache: &Path, dir: &Path) -> Option<Entry> {
        let real = dir.canonicalize().ok()?;
        let hash = blake3::hash(real.as_os_str().as_encoded_bytes());
        Some(Entry {
            dir: cache.to_path_buf(),
            name: format!("{}.bin", &hash.to_hex()[..32]),
            program: key::program()?,
        })
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(&self.name)
    }

    /// The timeline of the entry if it is the corpus's as `source` reads it
    /// now, every check passed; `None` for anything else.
    pub fn read(&self, source: &dyn CorpusSource, progress: &dyn Progress) -> Option<Timeline> {
        progress.stage(Stage::Annotations);
        // A missing entry is the common case of a first launch.
        let bytes = read_in_folder(&self.dir, &self.name, MAX_ENTRY_BYTES).ok()?;
        let header = Header::parse(&bytes)?;
        // The annotation file is hashed while the payload is checked and
        // decoded: two independent pieces of work.
        let (annotations, timeline) = std::thread::scope(|s| {
            let annotations = s.spawn(|| source.hash(ANNOTATIONS));
            let timeline = decode(&header, &bytes[HEADER..]);
            (annotations.join().ok().and_then(Result::ok), timeline)
        });
        drop(bytes);
        if annotations? != header.annotations {
            return None;
        }
        let mut timeline = timeline?;
        let texts = read_articles(source, &timeline, progress)?;
        let names = timeline.articles.iter().map(|a| a.file.as_str());
        let found = key::corpus(
            &self.program,
            &header.annotations,
            names.zip(texts.iter().map(|(h, _)| *h)),
        );
        if found != header.key {
            return None;
        }
        for (a, (_, text)) in timeline.articles.iter_mut().zip(texts) {
            a.text = String::from_utf8(text).ok()?;
        }
        if !check::timeline(&timeline) {
            return None;
        }
        // Used now: the last to go when the folder is pruned.
        if let Ok(f) = std::fs::File::options().write(true).open(self.path()) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        Some(timeline)
    }

    /// Stores `t`, loaded from files whose annotation file hashed to
    /// `annotations` (and whose article texts are `t`'s).
    pub fn write(&self, t: &Timeline, annotations: &Hash) -> io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let hashes = crate::corpus::par::map(&t.articles, |a| blake3::hash(a.text.as_bytes()));
        let names = t.articles.iter().map(|a| a.file.as_str());
        let key = key::corpus(&self.program, annotations, names.zip(hashes));
        // Private (0600): the entry holds the corpus's annotations.
        let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
        let file = tmp.as_file_mut();
        let mut head = Vec::with_capacity(HEADER);
        head.extend_from_slice(MAGIC);
        head.extend_from_slice(&FORMAT.to_le_bytes());
        head.extend_from_slice(key.as_bytes());
        head.extend_from_slice(annotations.as_bytes());
        head.resize(HEADER, 0);
        file.write_all(&head)?;
        // postcard writes a few bytes at a time: buffered before they are
        // hashed and written, not hashed a byte at a time.
        let mut payload = BufWriter::with_capacity(1 << 18, Hashing::new(&mut *file));
        postcard::to_io(t, &mut payload).map_err(io::Error::other)?;
        let (len, hash) = payload.into_inner().map_err(|e| e.into_error())?.finish();
        file.seek(SeekFrom::Start(LEN_AT as u64))?;
        file.write_all(&len.to_le_bytes())?;
        file.write_all(hash.as_bytes())?;
        tmp.persist(self.path()).map_err(|e| e.error)?;
        self.prune();
        Ok(())
    }

    /// Removes the entries beyond the [`MAX_ENTRIES`] used last (by
    /// modification time, which a use updates), this one kept, and the
    /// temporary files of writers that were killed (untouched for an hour:
    /// a write in progress elsewhere is seconds old).
    fn prune(&self) {
        let Ok(list) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let stale = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let mut others: Vec<(std::time::SystemTime, PathBuf)> = list
            .filter_map(Result::ok)
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e)))
            .filter_map(|(time, e)| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                if name.starts_with(".tmp") && time < stale {
                    let _ = std::fs::remove_file(e.path());
                }
                (name.ends_with(".bin") && name != self.name.as_str()).then(|| (time, e.path()))
            })
            .collect();
        others.sort_by_key(|(time, _)| std::cmp::Reverse(*time));
        for (_, path) in others.iter().skip(MAX_ENTRIES - 1) {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Header {
    fn parse(bytes: &[u8]) -> Option<Header> {
        let head = bytes.get(..HEADER)?;
        let hash = |at: usize| -> Option<Hash> {
            let b: [u8; 32] = head.get(at..at + 32)?.try_into().ok()?;
            Some(Hash::from_bytes(b))
        };
        if &head[..8] != MAGIC || head[8..12] != FORMAT.to_le_bytes() {
            return None;
        }
        Some(Header {
            key: hash(12)?,
            annotations: hash(44)?,
            len: u64::from_le_bytes(head.get(LEN_AT..LEN_AT + 8)?.try_into().ok()?),
            payload: hash(LEN_AT + 8)?,
        })
    }
}

/// The payload as a timeline (article texts empty), if it is whole, its
/// checksum right and nothing follows it.
fn decode(header: &Header, payload: &[u8]) -> Option<Timeline> {
    if payload.len() as u64 != header.len || blake3::hash(payload) != header.payload {
        return None;
    }
    match postcard::take_from_bytes::<Timeline>(payload) {
        Ok((t, [])) => Some(t),
        _ => None,
    }
}

/// Each article file the timeline names, read under the corpus rules:
/// its hash and its bytes; `None` if one cannot be read (the full load
/// then says why).
fn read_articles(
    source: &dyn CorpusSource,
    t: &Timeline,
    progress: &dyn Progress,
) -> Option<Vec<(Hash, Vec<u8>)>> {
    let total = t.articles.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let read = crate::corpus::par::map(&t.articles, |a| {
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if n.is_multiple_of(256) || n == total {
            progress.stage(Stage::Articles { done: n, total });
        }
        let bytes = source.read(&a.file).ok()?;
        Some((blake3::hash(&bytes), bytes))
    });
    read.into_iter().collect()
}

/// A writer that counts and hashes what goes through it.
struct Hashing<W> {
    inner: W,
    hasher: blake3::Hasher,
    len: u64,
}

impl<W: Write> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hasher: blake3::Hasher::new(),
            len: 0,
        }
    }

    fn finish(self) -> (u64, Hash) {
        (self.len, self.hasher.finalize())
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
