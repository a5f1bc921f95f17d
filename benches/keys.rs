//! One keystroke in the TUI, as a user makes it: the key goes through the
//! key-script parser and the real key table into `update`
//! ([`drive::press`]), then the whole screen is drawn into a `TestBackend`
//! at 200x60 ([`screenshot::draw`]) — the work between a key and the next
//! frame. On the bundled corpus, the ×100 one and the reference corpus
//! (`benches/common/sizes.rs`), so that a cost that grows with the corpus
//! shows. Target (issue 11): under 5 ms, the same at every size; a search
//! under 20 ms, the first one of a session included.
//!
//! Run: `cargo bench --bench keys` (figures in docs/performance.md);
//! `KT_BENCH_SIZES=bundled cargo bench --bench keys -- move` for one.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use common::sizes::Corpus;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use karabakh_timeline::corpus::{DirSource, Timeline, load};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::drive::{Io, press};
use karabakh_timeline::tui::screenshot::draw;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SIZE: (u16, u16) = (200, 60);

/// A key (or a few, as a user types them) and the frame after it.
fn key(app: &mut App, keys: &str) {
    press(app, keys, Io::DryRun).expect("valid key script");
    black_box(draw(app, SIZE));
}

/// The app with the cursor in the middle of the timeline, where moving
/// costs what it costs anywhere (not the top, which is the cheapest).
fn app_in_the_middle(t: &Arc<Timeline>) -> App {
    let mut app = App::new(t.clone(), Lang::En, BidiMode::App, SIZE);
    let middle = t.events.len() / 2;
    app.list.select(middle);
    key(&mut app, "");
    app
}

/// Round `i`'s keys: (pressed untimed first, then the timed keystroke).
type Script = dyn Fn(u64) -> (&'static str, &'static str);

/// Times only the keystroke of each round: `setup` keys are pressed
/// first, untimed (opening a dialog, typing its field).
fn rounds(app: &mut App, iters: u64, script: &Script) -> Duration {
    let mut total = Duration::ZERO;
    for i in 0..iters {
        let (setup, timed) = script(i);
        press(app, setup, Io::DryRun).expect("valid key script");
        let start = Instant::now();
        key(app, timed);
        total += start.elapsed();
    }
    total
}

fn bench(c: &mut Criterion) {
    for size in Corpus::selected() {
        let t = Arc::new(load(&DirSource(size.dir())).expect("the corpus loads"));
        // Nothing folded yet: copies of it are as a fresh load.
        let pristine = (*t).clone();
        let name = size.name();
        let mut g = c.benchmark_group("key");
        g.sample_size(20);
        g.warm_up_time(Duration::from_millis(300));
        g.measurement_time(Duration::from_secs(2));
        // j and k in turn: the cursor stays where it is.
        let cases: [(&str, &Script); 7] = [
            ("move", &|i| ("", if i % 2 == 0 { "j" } else { "k" })),
            ("page", &|i| {
                ("", if i % 2 == 0 { "<PgDn>" } else { "<PgUp>" })
            }),
            // Enter opens the passage; Enter in the article goes to the
            // passage's event and back to the list.
            ("follow", &|_| ("", "<Enter>")),
            // A kind filter applied (Enter in the form), then cleared (F).
            ("filter", &|i| {
                if i % 2 == 0 {
                    ("f<Tab><Tab><Tab>fighting", "<Enter>")
                } else {
                    ("", "F")
                }
            }),
            // Typing into the search prompt: one letter, then rubbed out.
            ("search_type", &|i| {
                if i % 2 == 0 {
                    ("/Valda", "i")
                } else {
                    ("", "<BS><Esc>")
                }
            }),
            // A search once the folded index is built (by the TUI's
            // warm-up thread, or an earlier search).
            ("search_latin", &|_| ("/<C-u>Valdai", "<Enter>")),
            ("search_arabic", &|_| ("/<C-u>ناغورنو كاراباخ", "<Enter>")),
        ];
        t.prepare_search();
        for (case, script) in cases {
            let mut app = app_in_the_middle(&t);
            g.bench_function(BenchmarkId::new(case, name), |b| {
                b.iter_custom(|iters| rounds(&mut app, iters, script))
            });
        }
        // Moving in the casualty pane showing every shown event's figures
        // (`a`): the comparison is made once when `a` is pressed, not per
        // key; each key redraws a window of its lines.
        let mut app = app_in_the_middle(&t);
        key(&mut app, "<Tab><Tab>a");
        g.bench_function(BenchmarkId::new("claims_all_move", name), |b| {
            b.iter_custom(|iters| {
                rounds(&mut app, iters, &|i| {
                    ("", if i % 2 == 0 { "j" } else { "k" })
                })
            })
        });
        // A search right after launch, before the TUI's warm-up thread
        // has folded anything: a fresh app on a fresh copy of the timeline
        // each time. (Once warm, a first search costs what `search_again`
        // does.)
        for (case, query) in [
            ("cold_search_latin", "Valdai"),
            ("cold_search_arabic", "ناغورنو كاراباخ"),
        ] {
            g.bench_function(BenchmarkId::new(case, name), |b| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let fresh = Arc::new(pristine.clone());
                        let mut app = app_in_the_middle(&fresh);
                        press(&mut app, &format!("/{query}"), Io::DryRun).expect("keys");
                        let start = Instant::now();
                        key(&mut app, "<Enter>");
                        total += start.elapsed();
                    }
                    total
                })
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
