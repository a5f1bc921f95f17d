//! The engine against a table of tricky real strings: the exact screen a
//! user sees, left to right.
//!
//! Each row gives the exact visual lines (`VisualLine::text()`: indent then
//! glyphs, Arabic in presentation forms as the terminal receives it) and the
//! same lines with the presentation forms mapped back to plain letters, so a
//! reader can check the order without a shaping-aware editor.
//!
//! How the rows were checked: every single-paragraph row's `unshaped` column
//! was produced by GNU FriBidi 1.0.8 (`fribidi --rtl|--ltr --nobreak --nopad
//! --reordernsm`, RTL when the line has an Arabic letter) on the input with
//! the controls removed, its presentation forms mapped back to letters, and
//! padded by our indent; rows marked "hand" wrap, and their lines were
//! checked against FriBidi line by line (each logical line segment) and, for
//! `wrap_w16`, against the expected output in the notes
//! (`/work/shared/notes/arabic-in-terminals.md` §3). The `visual` column is the
//! engine's output; the test asserts both.

use std::collections::HashMap;

use karabakh_timeline::text::{BidiMode, LayoutOptions, VisualLine, layout};

struct Row {
    name: &'static str,
    input: &'static str,
    width: usize,
    visual: &'static [&'static str],
    unshaped: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "digits_date",
        input: "قتل 874 جنديًا في 2020/10/01",
        width: 40,
        visual: &["             2020/10/01 ﻲﻓ ﺎﻳًﺪﻨﺟ 874 ﻞﺘﻗ"],
        unshaped: &["             2020/10/01 يف ايًدنج 874 لتق"],
    }, // checked: fribidi
    Row {
        name: "percent",
        input: "ارتفع المؤشر 15% إلى 6500 نقطة",
        width: 40,
        visual: &["          ﺔﻄﻘﻧ 6500 ﻰﻟﺇ %15 ﺮﺷﺆﻤﻟﺍ ﻊﻔﺗﺭﺍ"],
        unshaped: &["          ةطقن 6500 ىلإ %15 رشؤملا عفترا"],
    }, // checked: fribidi
    Row {
        name: "acronym_in_brackets",
        input: "أعلنت الوكالة الأمريكية (EPA) خطة جديدة",
        width: 50,
        visual: &["            ﺓﺪﻳﺪﺟ ﺔﻄﺧ (EPA) ﺔﻴﻜﻳﺮﻣﻷﺍ ﺔﻟﺎﻛﻮﻟﺍ ﺖﻨﻠﻋﺃ"],
        unshaped: &["            ةديدج ةطخ (EPA) ةيكيرمألا ةلاكولا تنلعأ"],
    }, // checked: fribidi
    Row {
        name: "acronym_at_start",
        input: "EPA تعلن خطة جديدة",
        width: 30,
        visual: &["            ﺓﺪﻳﺪﺟ ﺔﻄﺧ ﻦﻠﻌﺗ EPA"],
        unshaped: &["            ةديدج ةطخ نلعت EPA"],
    }, // checked: fribidi
    Row {
        name: "arabic_indic_digits",
        input: "بلغ عدد السكان ١٢٣٤٥٦ نسمة عام ٢٠٢٠",
        width: 40,
        visual: &["     ٢٠٢٠ ﻡﺎﻋ ﺔﻤﺴﻧ ١٢٣٤٥٦ ﻥﺎﻜﺴﻟﺍ ﺩﺪﻋ ﻎﻠﺑ"],
        unshaped: &["     ٢٠٢٠ ماع ةمسن ١٢٣٤٥٦ ناكسلا ددع غلب"],
    }, // checked: fribidi
    Row {
        name: "arabic_indic_percent",
        input: "نسبة المشاركة ٤٥٫٥٪ فقط",
        width: 30,
        visual: &["       ﻂﻘﻓ ٪٤٥٫٥ ﺔﻛﺭﺎﺸﻤﻟﺍ ﺔﺒﺴﻧ"],
        unshaped: &["       طقف ٪٤٥٫٥ ةكراشملا ةبسن"],
    }, // checked: fribidi
    Row {
        name: "guillemets",
        input: "قال: «لن نتراجع»",
        width: 20,
        visual: &["    «ﻊﺟﺍﺮﺘﻧ ﻦﻟ» :ﻝﺎﻗ"],
        unshaped: &["    «عجارتن نل» :لاق"],
    }, // checked: fribidi
    Row {
        name: "ascii_quotes",
        input: "وصف القرار بأنه \"تاريخي\"",
        width: 30,
        visual: &["      \"ﻲﺨﻳﺭﺎﺗ\" ﻪﻧﺄﺑ ﺭﺍﺮﻘﻟﺍ ﻒﺻﻭ"],
        unshaped: &["      \"يخيرات\" هنأب رارقلا فصو"],
    }, // checked: fribidi
    Row {
        name: "en_dash_range",
        input: "الفترة 2019–2021 شهدت نموًا",
        width: 30,
        visual: &["    ﺍﻮًﻤﻧ ﺕﺪﻬﺷ 2021–2019 ﺓﺮﺘﻔﻟﺍ"],
        unshaped: &["    اوًمن تدهش 2021–2019 ةرتفلا"],
    }, // checked: fribidi
    Row {
        name: "hyphen_score",
        input: "انتهت المباراة 3-1 للفريق",
        width: 30,
        visual: &["     ﻖﻳﺮﻔﻠﻟ 1-3 ﺓﺍﺭﺎﺒﻤﻟﺍ ﺖﻬﺘﻧﺍ"],
        unshaped: &["     قيرفلل 1-3 ةارابملا تهتنا"],
    }, // checked: fribidi
    Row {
        name: "lam_alef_allah",
        input: "لا إله إلا الله",
        width: 20,
        visual: &["       ﻪﻠﻟﺍ ﻻﺇ ﻪﻟﺇ ﻻ"],
        unshaped: &["       هللا الإ هلإ ال"],
    }, // checked: fribidi
    Row {
        name: "harakat",
        input: "السَّلَامُ عَلَيْكُمْ",
        width: 20,
        visual: &["         ﻢْﻜُﻴْﻠَﻋَ ﻡُﻼَﺴَّﻟﺍ"],
        unshaped: &["         مْكُيْلَعَ مُالَسَّلا"],
    }, // checked: fribidi
    Row {
        name: "lam_haraka_alef",
        input: "لَا",
        width: 5,
        visual: &["    ﻻَ"],
        unshaped: &["    الَ"],
    }, // checked: fribidi
    Row {
        name: "tatweel",
        input: "جميـــــل",
        width: 10,
        visual: &[" ﻞـــــﻴﻤﺟ"],
        unshaped: &[" لـــــيمج"],
    }, // checked: fribidi
    Row {
        name: "two_bracket_pairs",
        input: "زار الرئيس واشنطن [تحديث] (الثلاثاء)",
        width: 40,
        visual: &["     (ﺀﺎﺛﻼﺜﻟﺍ) [ﺚﻳﺪﺤﺗ] ﻦﻄﻨﺷﺍﻭ ﺲﻴﺋﺮﻟﺍ ﺭﺍﺯ"],
        unshaped: &["     (ءاثالثلا) [ثيدحت] نطنشاو سيئرلا راز"],
    }, // checked: fribidi
    Row {
        name: "currency",
        input: "سعر البرميل $85.5 اليوم",
        width: 30,
        visual: &["       ﻡﻮﻴﻟﺍ 85.5$ ﻞﻴﻣﺮﺒﻟﺍ ﺮﻌﺳ"],
        unshaped: &["       مويلا 85.5$ ليمربلا رعس"],
    }, // checked: fribidi
    Row {
        name: "latin_digits_start",
        input: "COVID-19 يعود من جديد",
        width: 30,
        visual: &["         ﺪﻳﺪﺟ ﻦﻣ ﺩﻮﻌﻳ COVID-19"],
        unshaped: &["         ديدج نم دوعي COVID-19"],
    }, // checked: fribidi
    Row {
        name: "arabic_question_mark",
        input: "هل انتهت الأزمة؟",
        width: 20,
        visual: &["     ؟ﺔﻣﺯﻷﺍ ﺖﻬﺘﻧﺍ ﻞﻫ"],
        unshaped: &["     ؟ةمزألا تهتنا له"],
    }, // checked: fribidi
    Row {
        name: "email",
        input: "راسلونا info@example.com الآن",
        width: 40,
        visual: &["            ﻥﻵﺍ info@example.com ﺎﻧﻮﻠﺳﺍﺭ"],
        unshaped: &["            نآلا info@example.com انولسار"],
    }, // checked: fribidi
    Row {
        name: "trojan_in_arabic",
        input: "ملف الصورة: report\u{202E}gpj.exe",
        width: 40,
        visual: &["               reportgpj.exe :ﺓﺭﻮﺼﻟﺍ ﻒﻠﻣ"],
        unshaped: &["               reportgpj.exe :ةروصلا فلم"],
    }, // checked: fribidi
    Row {
        name: "trojan_latin",
        input: "report\u{202E}gpj.exe",
        width: 20,
        visual: &["reportgpj.exe"],
        unshaped: &["reportgpj.exe"],
    }, // checked: fribidi
    Row {
        name: "rli_pdi",
        input: "قالت \u{2067}EPA (US)\u{2069} إن",
        width: 30,
        visual: &["              ﻥﺇ EPA (US) ﺖﻟﺎﻗ"],
        unshaped: &["              نإ EPA (US) تلاق"],
    }, // checked: fribidi
    Row {
        name: "lro_pdf",
        input: "نص \u{202D}مقلوب\u{202C} هنا",
        width: 20,
        visual: &["        ﺎﻨﻫ ﺏﻮﻠﻘﻣ ﺺﻧ"],
        unshaped: &["        انه بولقم صن"],
    }, // checked: fribidi
    Row {
        name: "rle_pdf",
        input: "start \u{202B}ابدأ now\u{202C} end",
        width: 30,
        visual: &["            now end ﺃﺪﺑﺍ start"],
        unshaped: &["            now end أدبا start"],
    }, // checked: fribidi
    Row {
        name: "lre_pdf",
        input: "نص \u{202A}abc قال\u{202C} هنا",
        width: 30,
        visual: &["                ﺎﻨﻫ ﻝﺎﻗ abc ﺺﻧ"],
        unshaped: &["                انه لاق abc صن"],
    }, // checked: fribidi
    Row {
        name: "lri_pdi",
        input: "قال \u{2066}ABC نص\u{2069} هنا",
        width: 30,
        visual: &["                ﺎﻨﻫ ﺺﻧ ABC ﻝﺎﻗ"],
        unshaped: &["                انه صن ABC لاق"],
    }, // checked: fribidi
    Row {
        name: "fsi_unterminated",
        input: "عنوان \u{2068}بلا إغلاق",
        width: 20,
        visual: &["       ﻕﻼﻏﺇ ﻼﺑ ﻥﺍﻮﻨﻋ"],
        unshaped: &["       قالغإ الب ناونع"],
    }, // checked: fribidi
    Row {
        name: "stray_pdi_pdf",
        input: "أ\u{2069}ب\u{202C} ج",
        width: 10,
        visual: &["      ﺝ ﺏﺃ"],
        unshaped: &["      ج بأ"],
    }, // checked: fribidi
    Row {
        name: "marks_lrm_rlm_alm",
        input: "EPA\u{200F} تعلن\u{200E} \u{61C}اليوم",
        width: 30,
        visual: &["                ﻡﻮﻴﻟﺍ ﻦﻠﻌﺗ EPA"],
        unshaped: &["                مويلا نلعت EPA"],
    }, // checked: fribidi
    Row {
        name: "esc_sequence",
        input: "خبر \u{1B}[31mعاجل\u{1B}[0m الآن",
        width: 30,
        visual: &["           ﻥﻵﺍ 0m]ﻞﺟﺎﻋ31m] ﺮﺒﺧ"],
        unshaped: &["           نآلا 0m]لجاع31m] ربخ"],
    }, // checked: fribidi
    Row {
        name: "c1_controls",
        input: "خبر\u{9B}2J عاجل\u{85}الآن\u{7F}",
        width: 30,
        visual: &["                ﻥﻵﺍ ﻞﺟﺎﻋ 2Jﺮﺒﺧ"],
        unshaped: &["                نآلا لجاع 2Jربخ"],
    }, // checked: fribidi
    Row {
        name: "tab",
        input: "عاجل:\u{9}الهدنة",
        width: 20,
        visual: &["        ﺔﻧﺪﻬﻟﺍ :ﻞﺟﺎﻋ"],
        unshaped: &["        ةندهلا :لجاع"],
    }, // checked: fribidi
    Row {
        name: "empty_line",
        input: "",
        width: 10,
        visual: &[""],
        unshaped: &[""],
    }, // checked: fribidi
    Row {
        name: "overlong_word_w20",
        input: "الاستراتيجيةالمتعددةالأطرافوالمعقدة جدا",
        width: 20,
        visual: &["ﺍﺓﺩﺪﻌﺘﻤﻟﺍﺔﻴﺠﻴﺗﺍﺮﺘﺳﻻﺍ", "   ﺍﺪﺟ ﺓﺪﻘﻌﻤﻟﺍﻮﻓﺍﺮﻃﻷ"],
        unshaped: &["اةددعتملاةيجيتارتسالا", "   ادج ةدقعملاوفارطأل"],
    }, // checked: by hand, line by line
    Row {
        name: "wrap_w16",
        input: "قال المتحدث باسم وكالة EPA إن 874 جنديًا وصلوا في 2020/10/01",
        width: 16,
        visual: &[
            "ﻢﺳﺎﺑ ﺙﺪﺤﺘﻤﻟﺍ ﻝﺎﻗ",
            "874 ﻥﺇ EPA ﺔﻟﺎﻛﻭ",
            "  ﻲﻓ ﺍﻮﻠﺻﻭ ﺎﻳًﺪﻨﺟ",
            "      2020/10/01",
        ],
        unshaped: &[
            "مساب ثدحتملا لاق",
            "874 نإ EPA ةلاكو",
            "  يف اولصو ايًدنج",
            "      2020/10/01",
        ],
    }, // checked: by hand, line by line
    Row {
        name: "paragraphs_crlf",
        input: "سطر أول\u{D}\u{A}\u{D}\u{A}third line",
        width: 20,
        visual: &["             ﻝﻭﺃ ﺮﻄﺳ", "", "third line"],
        unshaped: &["             لوأ رطس", "", "third line"],
    }, // checked: fribidi
];

/// Presentation form → letter(s) in VISUAL order (a lam-alef ligature is
/// shown with alef on the left of lam, as in an RTL run).
fn unshape_map() -> HashMap<char, &'static str> {
    use ar_reshaper::letters::letters_db::LETTERS_ARABIC;
    let mut map = HashMap::new();
    for (letter, forms) in LETTERS_ARABIC.iter() {
        let s: &'static str = Box::leak(letter.to_string().into_boxed_str());
        for f in [forms.isolated, forms.initial, forms.medial, forms.end] {
            if f != '\0' && f != *letter {
                map.insert(f, s);
            }
        }
    }
    for (lig, pair) in [
        ('\u{FEF5}', "آل"),
        ('\u{FEF6}', "آل"),
        ('\u{FEF7}', "أل"),
        ('\u{FEF8}', "أل"),
        ('\u{FEF9}', "إل"),
        ('\u{FEFA}', "إل"),
        ('\u{FEFB}', "ال"),
        ('\u{FEFC}', "ال"),
    ] {
        map.insert(lig, pair);
    }
    map
}

fn unshape(s: &str, map: &HashMap<char, &'static str>) -> String {
    s.chars()
        .map(|c| map.get(&c).map_or_else(|| c.to_string(), |l| l.to_string()))
        .collect()
}

fn texts(lines: &[VisualLine]) -> Vec<String> {
    lines.iter().map(VisualLine::text).collect()
}

#[test]
fn table_has_enough_rows() {
    assert!(ROWS.len() >= 24, "{} rows", ROWS.len());
}

#[test]
fn app_mode_matches_the_table() {
    let map = unshape_map();
    let mut failures = Vec::new();
    for row in ROWS {
        let lines = layout(
            row.input,
            &LayoutOptions {
                width: row.width,
                mode: BidiMode::App,
            },
        );
        let got = texts(&lines);
        let got_unshaped: Vec<String> = got.iter().map(|l| unshape(l, &map)).collect();
        if got != row.visual || got_unshaped != row.unshaped {
            failures.push(format!(
                "{}:\n  got      {:?}\n  want     {:?}\n  unshaped {:?}\n  want     {:?}",
                row.name, got, row.visual, got_unshaped, row.unshaped
            ));
        }
        for line in &lines {
            assert!(
                line.indent as usize + line.width() <= row.width,
                "{}",
                row.name
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn visual_column_is_the_unshaped_column_shaped() {
    // Guards the table itself: both columns must describe the same screen.
    let map = unshape_map();
    for row in ROWS {
        let v: Vec<String> = row.visual.iter().map(|l| unshape(l, &map)).collect();
        assert_eq!(v, row.unshaped, "{}", row.name);
    }
}

fn one(input: &str, width: usize, mode: BidiMode) -> Vec<String> {
    texts(&layout(input, &LayoutOptions { width, mode }))
}

#[test]
fn terminal_mode_is_logical_unshaped_right_aligned() {
    assert_eq!(
        one("EPA تعلن خطة جديدة", 24, BidiMode::Terminal),
        vec!["      EPA تعلن خطة جديدة"]
    );
    // lam + alef unshaped takes two cells here (no ligature is drawn).
    assert_eq!(one("لا", 4, BidiMode::Terminal), vec!["  لا"]);
    assert_eq!(
        one("ملف الصورة: report\u{202E}gpj.exe", 30, BidiMode::Terminal),
        vec!["     ملف الصورة: reportgpj.exe"]
    );
    assert_eq!(
        one("plain text", 20, BidiMode::Terminal),
        vec!["plain text"]
    );
    // Same wrapping as app mode, lines in logical order.
    assert_eq!(
        one("قال المتحدث باسم وكالة EPA", 16, BidiMode::Terminal),
        vec!["قال المتحدث باسم", "       وكالة EPA"]
    );
}

#[test]
fn off_mode_is_raw_logical_left_aligned_but_sanitized() {
    assert_eq!(
        one("EPA تعلن خطة جديدة", 24, BidiMode::Off),
        vec!["EPA تعلن خطة جديدة"]
    );
    assert_eq!(
        one("report\u{202E}gpj.exe \u{1b}[2J\u{9b}x", 30, BidiMode::Off),
        vec!["reportgpj.exe [2Jx"]
    );
}

#[test]
fn auto_is_app() {
    for row in ROWS.iter().take(5) {
        assert_eq!(one(row.input, row.width, BidiMode::Auto), row.visual);
    }
}

#[test]
fn highlight_after_reordering_splits_into_runs() {
    let input = "قالت \u{2067}EPA (US)\u{2069} إن";
    let lines = layout(
        input,
        &LayoutOptions {
            width: 30,
            mode: BidiMode::App,
        },
    );
    let line = &lines[0];
    let text: Vec<char> = line.text().chars().collect();
    let cells = |r: &std::ops::Range<usize>| -> String { text[r.clone()].iter().collect() };
    let epa = input.find("EPA").unwrap_or(usize::MAX);
    let hit = line.cells_for(epa..epa + 3);
    assert_eq!(hit.iter().map(cells).collect::<Vec<_>>(), vec!["EPA"]);
    // "قالت " then "EPA": the Arabic word sits at the right edge, the Latin
    // acronym in the middle, so the highlight has two runs.
    let quote = line.cells_for(0..epa + 3);
    assert_eq!(
        quote.iter().map(cells).collect::<Vec<_>>(),
        vec!["EPA", " \u{FE96}\u{FEDF}\u{FE8E}\u{FED7}"]
    );
    // A click on the "E" maps back to the "E" of the input.
    assert_eq!(line.logical_at(hit[0].start), Some(epa..epa + 1));
    assert_eq!(line.logical_at(0), None);
}

#[test]
fn lam_alef_ligature_is_one_cell_for_two_letters() {
    let lines = layout(
        "لا",
        &LayoutOptions {
            width: 3,
            mode: BidiMode::App,
        },
    );
    assert_eq!(lines[0].text(), "  \u{FEFB}");
    assert_eq!(lines[0].glyphs[0].logical, 0..4);
    assert_eq!(lines[0].cells_for(2..4), vec![2..3]);
}

#[test]
fn logical_offsets_are_relative_to_the_input_text() {
    let input = "first\r\nثاني";
    let lines = layout(
        input,
        &LayoutOptions {
            width: 10,
            mode: BidiMode::App,
        },
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].paragraph, 1);
    let second = input.find('ث').unwrap_or(usize::MAX);
    // Visual order is reversed: the rightmost glyph is the first letter.
    assert_eq!(
        lines[1].glyphs.last().map(|g| g.logical.clone()),
        Some(second..second + 2)
    );
}

#[test]
fn width_zero_does_not_panic_and_clamps_to_one() {
    for mode in [BidiMode::App, BidiMode::Terminal, BidiMode::Off] {
        let lines = layout("ab لا\n中", &LayoutOptions { width: 0, mode });
        for l in &lines {
            assert!(l.indent as usize + l.width() <= 1, "{mode}: {l:?}");
        }
        // The wide char cannot fit in one cell: a replacement is drawn.
        assert_eq!(
            lines.last().map(VisualLine::text),
            Some("\u{FFFD}".to_string())
        );
    }
}

#[test]
fn empty_input_lines_give_empty_lines() {
    let lines = layout("\n\r\n", &LayoutOptions::default());
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.glyphs.is_empty() && l.indent == 0));
}

mod labels {
    use karabakh_timeline::text::{BidiMode, display_width, layout_label};

    #[test]
    fn short_label_is_reordered_and_right_aligned() {
        let l = layout_label("EPA تعلن", 10, BidiMode::App);
        assert_eq!(l.text(), "  \u{FEE6}\u{FEE0}\u{FECC}\u{FE97} EPA");
        assert!(l.rtl);
    }

    #[test]
    fn long_label_keeps_the_start_and_ends_logically_with_an_ellipsis() {
        let text = "بوتين يكشف حصيلة الصراع";
        let l = layout_label(text, 12, BidiMode::App);
        // Logical start kept: "بوتين يكشف" (10 cells) then "…" at the
        // logical end, which is the LEFT end of an RTL line.
        assert_eq!(
            l.text(),
            " …\u{FED2}\u{FEB8}\u{FEDC}\u{FEF3} \u{FEE6}\u{FEF4}\u{FE97}\u{FEEE}\u{FE91}"
        );
        assert_eq!(display_width(&l.text()), 12);
        let first = l.glyphs.first().cloned();
        assert_eq!(first.as_ref().map(|g| g.text.as_str()), Some("…"));
        // The ellipsis stands for the cut-off tail.
        let tail = text.find(" حصيلة").unwrap_or(usize::MAX);
        assert_eq!(first.map(|g| g.logical), Some(tail..text.len()));
        assert_eq!(l.glyphs.last().map(|g| g.logical.clone()), Some(0..2));
    }

    #[test]
    fn ltr_label_truncates_at_the_right() {
        let l = layout_label("Armenia and Azerbaijan", 12, BidiMode::App);
        assert_eq!(l.text(), "Armenia and…");
        let l = layout_label("Armenia and Azerbaijan", 1, BidiMode::Off);
        assert_eq!(l.text(), "…");
        let l = layout_label("Armenia", 0, BidiMode::App);
        assert_eq!(l.text(), "…");
    }

    #[test]
    fn newlines_and_controls_in_labels() {
        let l = layout_label("a\nb\r\nc\u{1b}[0m\u{202E}xy", 20, BidiMode::App);
        assert_eq!(l.text(), "a b c[0mxy");
        let l = layout_label("", 10, BidiMode::App);
        assert_eq!(l.text(), "");
    }

    #[test]
    fn display_width_counts_graphemes() {
        // unicode-width's str::width says 1 for "لا"; the screen uses 2.
        assert_eq!(display_width("لا"), 2);
        assert_eq!(display_width("السَّلَامُ"), 6);
        assert_eq!(display_width("中文"), 4);
    }
}

mod filter {
    use karabakh_timeline::text::{BidiMode, bidi_filter};

    #[test]
    fn lines_out_rtl_padded() {
        let out = bidi_filter("سطر أول\n\nthird line\n", Some(12), BidiMode::App);
        assert_eq!(
            out,
            "     \u{FEDD}\u{FEED}\u{FE83} \u{FEAE}\u{FEC4}\u{FEB3}\n\nthird line\n"
        );
    }

    #[test]
    fn default_width_is_80_and_empty_input_is_empty() {
        let out = bidi_filter("نص", None, BidiMode::App);
        assert_eq!(out.trim_end_matches('\n').chars().count(), 80);
        assert_eq!(bidi_filter("", None, BidiMode::App), "");
        assert_eq!(bidi_filter("\n", Some(5), BidiMode::App), "\n");
    }

    #[test]
    fn off_mode_and_sanitizing() {
        let out = bidi_filter("نص\u{202E}abc\r\n", Some(10), BidiMode::Off);
        assert_eq!(out, "نصabc\n");
    }
}
