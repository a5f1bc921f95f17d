//! Figures on sentences written for these tests (not from any article).

use super::*;
use crate::extract::dates::find_dates;
use Category::*;
use Qualifier::*;

/// (value, qualifier, category, equipment, the words) of each figure.
fn figures(text: &str) -> Vec<(u64, Qualifier, Category, Option<&'static str>, String)> {
    let d = Doc::new(text);
    let dates = find_dates(&d);
    find_figures(&d, &dates)
        .0
        .into_iter()
        .map(|f| {
            (
                f.value,
                f.qualifier,
                f.category,
                f.equipment,
                text[d.orig_tokens(f.tokens)].to_string(),
            )
        })
        .collect()
}

fn short(text: &str) -> Vec<(u64, Qualifier, Category)> {
    figures(text).into_iter().map(|f| (f.0, f.1, f.2)).collect()
}

fn rejected(text: &str) -> Vec<&'static str> {
    let d = Doc::new(text);
    let dates = find_dates(&d);
    let (f, r) = find_figures(&d, &dates);
    assert!(f.is_empty(), "{text}: drafted {f:?}");
    r.into_iter().map(|r| r.reason).collect()
}

#[test]
fn killed_soldiers_civilians_and_totals() {
    assert_eq!(
        short("أعلن الجيش مقتل 12 جنديا في الهجوم"),
        [(12, Exact, MilitaryKilled)]
    );
    assert_eq!(
        short("وقالت الشرطة إن 40 مدنيا قتلوا في القصف"),
        [(40, Exact, CiviliansKilled)]
    );
    assert_eq!(
        short("سقط أكثر من 300 قتيل منذ بدء المعارك"),
        [(300, MoreThan, TotalKilled)]
    );
    assert_eq!(
        short("ولقي 9 أشخاص حتفهم في الانفجار"),
        [(9, Exact, TotalKilled)]
    );
    assert_eq!(
        short("وذكرت المصادر أن 9 أشخاص لقوا حتفهم في الانفجار"),
        [(9, Exact, TotalKilled)]
    );
    assert_eq!(
        short("ارتفعت حصيلة القتلى إلى ١٥٠ شخصا"),
        [(150, Exact, TotalKilled)]
    );
    assert_eq!(
        short("بلغ عدد القتلى العسكريين 410 أشخاص"),
        [(410, Exact, MilitaryKilled)]
    );
}

#[test]
fn wounded_missing_captured_displaced() {
    assert_eq!(
        short("وأصيب 25 جريحا بجروح متفاوتة"),
        [(25, Exact, Wounded)]
    );
    assert_eq!(short("أسفر الهجوم عن نحو 60 مصابا"), [(60, About, Wounded)]);
    assert_eq!(
        short("وأعلنت الوزارة فقدان ستة جنود خلال المعارك"),
        [(6, Exact, Missing)]
    );
    assert_eq!(
        short("وتحدث البيان عن 18 أسيرا لدى الطرف الآخر"),
        [(18, Exact, Captured)]
    );
    assert_eq!(
        short("فر قرابة 90 ألف نازح من الإقليم"),
        [(90_000, About, Displaced)]
    );
}

#[test]
fn equipment_needs_a_destroy_word() {
    assert_eq!(
        figures("وقال الجيش إنه دمر 14 دبابة و3 مروحيات وطائرة مسيرة"),
        [
            (
                14,
                Exact,
                EquipmentDestroyed,
                Some("tank"),
                "دمر 14 دبابة".to_string()
            ),
            (
                3,
                Exact,
                EquipmentDestroyed,
                Some("helicopter"),
                "3 مروحيات".to_string()
            ),
        ]
    );
    assert_eq!(
        figures("أسقطت الدفاعات الجوية ثلاث طائرات مسيرة")[0].3,
        Some("drone")
    );
    assert_eq!(figures("تم إعطاب 20 وحدة مدفعية")[0].3, Some("artillery"));
    assert!(
        short("نشر الجيش 50 دبابة على الحدود").is_empty(),
        "deployed, not destroyed"
    );
}

#[test]
fn hedges_and_ranges() {
    assert_eq!(
        short("قتل ما لا يقل عن 11 مدنيا"),
        [(11, AtLeast, CiviliansKilled)]
    );
    assert_eq!(
        short("قتل 11 مدنيا على الأقل في القصف"),
        [(11, AtLeast, CiviliansKilled)]
    );
    assert_eq!(
        short("أسفرت المعارك عن مقتل أقل من ألف شخص"),
        [(1000, FewerThan, TotalKilled)]
    );
    assert_eq!(
        short("نزح ما بين 70 إلى 75 ألف شخص"),
        [(70_000, AtLeast, Displaced)]
    );
    assert_eq!(short("قتل زهاء ثلاثين جنديا"), [(30, About, MilitaryKilled)]);
    assert_eq!(
        short("وأكد أن ما يصل إلى 200 مقاتل قتلوا"),
        [(200, About, MilitaryKilled)]
    );
}

#[test]
fn vague_plurals_keep_the_words_and_the_lower_bound() {
    let f = figures("وتحدثت التقارير عن مقتل العشرات وإصابة المئات");
    assert_eq!(
        f.iter()
            .map(|f| (f.0, f.1, f.2, f.4.as_str()))
            .collect::<Vec<_>>(),
        [
            (10, AtLeast, TotalKilled, "مقتل العشرات"),
            (100, AtLeast, Wounded, "وإصابة المئات")
        ]
    );
    assert_eq!(
        short("خلفت الحرب آلاف القتلى"),
        [(1000, AtLeast, TotalKilled)]
    );
    assert_eq!(
        short("وتشريد مئات الآلاف من السكان"),
        [(100_000, AtLeast, Displaced)]
    );
}

#[test]
fn breakdowns_inherit_the_loss() {
    assert_eq!(
        short("أعلنت السلطات مقتل 120 عسكريا في صفوفها، و15 مدنيا بالإضافة إلى أكثر من 200 جريح"),
        [
            (120, Exact, MilitaryKilled),
            (15, Exact, CiviliansKilled),
            (200, MoreThan, Wounded)
        ]
    );
    assert_eq!(
        short("أعلن الجيش مقتل جندي وفقدان خمسة آخرين وأسر اثنين"),
        [
            (1, Exact, MilitaryKilled),
            (5, Exact, Missing),
            (2, Exact, Captured)
        ]
    );
}

#[test]
fn counts_of_one_and_two_from_the_noun_form() {
    assert_eq!(
        short("أعلن الجيش مقتل جندي في قصف مدفعي"),
        [(1, Exact, MilitaryKilled)]
    );
    assert_eq!(
        short("القصف أودى بحياة مدني في القرية"),
        [(1, Exact, CiviliansKilled)]
    );
    assert_eq!(
        short("اعترفت الوزارة بأنها خسرت موقعين على الجبهة"),
        [(2, Exact, PositionsLost)]
    );
    assert_eq!(
        short("أعلنت الدفاعات إسقاط طائرة حربية"),
        [(1, Exact, EquipmentDestroyed)]
    );
    assert!(short("زار الجندي عائلته").is_empty());
}

#[test]
fn numbers_that_are_not_losses() {
    assert_eq!(
        rejected("انتهت الحرب عام 1994 باتفاق"),
        Vec::<&str>::new(),
        "a date, not even a number"
    );
    assert_eq!(
        rejected("يشكل المسلمون نحو 15% من السكان"),
        ["a percentage"]
    );
    assert_eq!(
        rejected("يشكل المسلمون 15 بالمئة من السكان"),
        ["a percentage"]
    );
    assert_eq!(
        rejected("يعيش أكثر من مليوني أرميني في روسيا"),
        ["no loss word and nothing counted"]
    );
    assert_eq!(
        rejected("يعيش في المدينة 300 ألف شخص"),
        ["a count of people or things with no loss"]
    );
    assert_eq!(rejected("وسيطرت القوات على 12 قرية"), ["places taken"]);
    assert_eq!(
        rejected("تبعد البلدة 40 كيلومترا عن الحدود"),
        ["a distance"]
    );
    assert_eq!(
        rejected("قتل الرجل البالغ 45 عاما"),
        ["a duration or an age"]
    );
    assert_eq!(rejected("أطلقت ثلاثة صواريخ على المدينة"), ["weapons fired"]);
    assert_eq!(
        rejected("عمل المجموعة على مدار 28 عاما"),
        ["a duration or an age"]
    );
    assert_eq!(
        rejected("يبلغ عدد سكان الإقليم 150 ألف نسمة"),
        ["a population"]
    );
    assert_eq!(rejected("وفي 2020 تجدد القتال"), ["a year"]);
}
