//! Snapshots of the five bundled articles as a reader sees them in app mode:
//! each visual line framed by `|` and padded to the layout width, so that
//! alignment, wrapping, shaping and reordering are all visible in review.

use std::path::Path;

use karabakh_timeline::text::{BidiMode, LayoutOptions, VisualLine, display_width, layout};

fn frame(lines: &[VisualLine], width: usize) -> String {
    let mut out = String::new();
    for line in lines {
        let text = line.text();
        let pad = width.saturating_sub(display_width(&text));
        out.push('|');
        out.push_str(&text);
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str("|\n");
    }
    out
}

fn articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("assets dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().chars().take(3).collect())
                .unwrap_or_default();
            (stem, std::fs::read_to_string(&p).expect("article"))
        })
        .collect()
}

#[test]
fn five_articles_at_four_widths() {
    let articles = articles();
    assert_eq!(articles.len(), 5);
    for (id, text) in &articles {
        for width in [20, 40, 80, 120] {
            let lines = layout(
                text,
                &LayoutOptions {
                    width,
                    mode: BidiMode::App,
                },
            );
            for l in &lines {
                assert!(usize::from(l.indent) + l.width() <= width);
            }
            insta::assert_snapshot!(format!("article_{id}_w{width}"), frame(&lines, width));
        }
    }
}
