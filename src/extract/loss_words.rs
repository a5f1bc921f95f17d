//! The words of losses, as data: what a number counts (the noun after it)
//! and what happened to them (the loss word before or after it).
//!
//! A number becomes a figure only when both line up: «مقتل 874 جنديا»
//! (killed + soldiers), «دمرت 130 دبابة» (destroyed + tanks), «5 آلاف
//! قتيل» (a noun that is itself a loss). A number with a counted noun but
//! no loss («مليوني أرميني يعيشون في روسيا», «ثلاثة صواريخ») is not a
//! figure; nor is one whose noun is a unit of something else (days,
//! kilometres, percent, villages).

use crate::extract::lexicon::Phrases;
use std::sync::LazyLock;

/// Who or what is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Soldiers,
    Civilians,
    /// People, unspecified («شخص», «آخرين»).
    People,
    /// A noun that is a loss by itself, and which loss.
    Dead,
    Wounded,
    Missing,
    Captured,
    Displaced,
    Equipment(&'static str),
    Positions,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    Killed,
    Wounded,
    Missing,
    Captured,
    Displaced,
    Destroyed,
    /// «خسرت»: lost (positions, equipment).
    Lost,
}

/// How a loss word relates the claimant to the losses: as the victim
/// («مقتل», «خسرت»: their own), or as the agent («قتلت», «دمرت»: the
/// other side's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Suffered,
    Inflicted,
    /// The noun alone says nothing about who did it.
    Neutral,
}

/// Nouns after a number (or after a loss word, for a count of one or two).
/// The count is 0 for plurals, 1 for a singular, 2 for a dual: «مقتل
/// جندي» is one soldier, «خسرت موقعين» two positions.
pub static COUNTED: LazyLock<Phrases<(Counted, u8)>> = LazyLock::new(|| {
    use Counted::*;
    Phrases::new(&[
        ("جندي", (Soldiers, 1)),
        ("جنديا", (Soldiers, 0)),
        ("جنود", (Soldiers, 0)),
        ("جنديين", (Soldiers, 2)),
        ("جنديان", (Soldiers, 2)),
        ("عسكري", (Soldiers, 1)),
        ("عسكريا", (Soldiers, 0)),
        ("عسكريين", (Soldiers, 0)),
        ("عسكريون", (Soldiers, 0)),
        ("مقاتل", (Soldiers, 1)),
        ("مقاتلا", (Soldiers, 0)),
        ("مقاتلين", (Soldiers, 0)),
        ("مقاتلون", (Soldiers, 0)),
        ("ضابط", (Soldiers, 1)),
        ("ضابطا", (Soldiers, 0)),
        ("ضباط", (Soldiers, 0)),
        ("عنصرا", (Soldiers, 0)),
        ("عناصر", (Soldiers, 0)),
        ("انفصاليي", (Soldiers, 0)),
        ("انفصاليا", (Soldiers, 0)),
        ("الانفصاليين", (Soldiers, 0)),
        ("انفصاليين", (Soldiers, 0)),
        ("مسلحا", (Soldiers, 0)),
        ("مسلحين", (Soldiers, 0)),
        ("مدني", (Civilians, 1)),
        ("مدنيا", (Civilians, 0)),
        ("مدنيين", (Civilians, 0)),
        ("مدنيون", (Civilians, 0)),
        ("مواطن", (Civilians, 1)),
        ("مواطنا", (Civilians, 0)),
        ("مواطنين", (Civilians, 0)),
        ("طفل", (Civilians, 1)),
        ("طفلا", (Civilians, 0)),
        ("أطفال", (Civilians, 0)),
        ("شخص", (People, 1)),
        ("شخصا", (People, 0)),
        ("شخصين", (People, 2)),
        ("أشخاص", (People, 0)),
        ("آخرين", (People, 0)),
        ("آخرون", (People, 0)),
        ("فردا", (People, 0)),
        ("قتيل", (Dead, 0)),
        ("قتيلا", (Dead, 0)),
        ("قتلى", (Dead, 0)),
        ("القتلى", (Dead, 0)),
        ("ضحية", (Dead, 0)),
        ("ضحايا", (Dead, 0)),
        ("جريح", (Wounded, 0)),
        ("جريحا", (Wounded, 0)),
        ("جرحى", (Wounded, 0)),
        ("الجرحى", (Wounded, 0)),
        ("مصاب", (Wounded, 0)),
        ("مصابا", (Wounded, 0)),
        ("مصابين", (Wounded, 0)),
        ("مفقود", (Missing, 0)),
        ("مفقودا", (Missing, 0)),
        ("مفقودين", (Missing, 0)),
        ("أسير", (Captured, 0)),
        ("أسيرا", (Captured, 0)),
        ("أسرى", (Captured, 0)),
        ("نازح", (Displaced, 0)),
        ("نازحا", (Displaced, 0)),
        ("نازحين", (Displaced, 0)),
        ("لاجئ", (Displaced, 0)),
        ("لاجئا", (Displaced, 0)),
        ("لاجئين", (Displaced, 0)),
        ("مشرد", (Displaced, 0)),
        ("مشردين", (Displaced, 0)),
        ("دبابة", (Equipment("tank"), 1)),
        ("دبابات", (Equipment("tank"), 0)),
        ("دبابتين", (Equipment("tank"), 2)),
        ("مروحية", (Equipment("helicopter"), 1)),
        ("مروحيات", (Equipment("helicopter"), 0)),
        ("مروحيتين", (Equipment("helicopter"), 2)),
        ("طائرة مسيرة", (Equipment("drone"), 1)),
        ("طائرتين مسيرتين", (Equipment("drone"), 2)),
        ("طائرتان مسيرتان", (Equipment("drone"), 2)),
        ("طائرات مسيرة", (Equipment("drone"), 0)),
        ("مسيرة", (Equipment("drone"), 1)),
        ("مسيرات", (Equipment("drone"), 0)),
        ("طائرة", (Equipment("aircraft"), 1)),
        ("طائرات", (Equipment("aircraft"), 0)),
        ("طائرتين", (Equipment("aircraft"), 2)),
        ("مقاتلة", (Equipment("aircraft"), 1)),
        ("وحدة مدفعية", (Equipment("artillery"), 0)),
        ("وحدات مدفعية", (Equipment("artillery"), 0)),
        ("قطعة مدفعية", (Equipment("artillery"), 0)),
        ("مدفع", (Equipment("artillery"), 0)),
        ("مدافع", (Equipment("artillery"), 0)),
        ("مدرعة", (Equipment("armoured-vehicle"), 1)),
        ("مدرعات", (Equipment("armoured-vehicle"), 0)),
        ("عربة مدرعة", (Equipment("armoured-vehicle"), 1)),
        ("عربات مدرعة", (Equipment("armoured-vehicle"), 0)),
        ("آلية", (Equipment("vehicle"), 1)),
        ("آليات", (Equipment("vehicle"), 0)),
        ("عربة", (Equipment("vehicle"), 1)),
        ("عربات", (Equipment("vehicle"), 0)),
        ("راجمة صواريخ", (Equipment("rocket-launcher"), 1)),
        ("راجمات صواريخ", (Equipment("rocket-launcher"), 0)),
        ("منظومة دفاع جوي", (Equipment("air-defence"), 1)),
        ("منظومات دفاع جوي", (Equipment("air-defence"), 0)),
        ("موقع", (Positions, 1)),
        ("مواقع", (Positions, 0)),
        ("موقعين", (Positions, 2)),
        ("موقعان", (Positions, 2)),
    ])
});

/// Loss words, with their voice. They stand before the number («مقتل
/// 874», «دمرت 130») or after the counted noun («سبعة جنود قتلوا»).
pub static LOSSES: LazyLock<Phrases<(Loss, Voice)>> = LazyLock::new(|| {
    use Loss::*;
    use Voice::*;
    Phrases::new(&[
        ("مقتل", (Killed, Suffered)),
        ("قتل", (Killed, Suffered)),
        ("قتلوا", (Killed, Suffered)),
        ("قتلى", (Killed, Suffered)),
        ("القتلى", (Killed, Suffered)),
        ("سقوط", (Killed, Suffered)),
        ("حصيلة", (Killed, Suffered)),
        ("الحصيلة", (Killed, Suffered)),
        ("مصرع", (Killed, Suffered)),
        // «لقي 9 أشخاص حتفهم»: the verb before the number.
        ("لقي", (Killed, Suffered)),
        ("لقوا", (Killed, Suffered)),
        ("لقي حتفه", (Killed, Suffered)),
        ("لقوا حتفهم", (Killed, Suffered)),
        ("لقي مصرعه", (Killed, Suffered)),
        ("لقوا مصرعهم", (Killed, Suffered)),
        ("أودى بحياة", (Killed, Neutral)),
        ("أودت بحياة", (Killed, Neutral)),
        ("ذهبوا ضحية", (Killed, Suffered)),
        ("ضحية", (Killed, Suffered)),
        ("للضحايا", (Killed, Suffered)),
        ("استشهاد", (Killed, Suffered)),
        ("استشهد", (Killed, Suffered)),
        ("قتلت", (Killed, Inflicted)),
        ("القضاء على", (Killed, Inflicted)),
        ("تحييد", (Killed, Inflicted)),
        ("إصابة", (Wounded, Suffered)),
        ("أصيب", (Wounded, Suffered)),
        ("أصيبوا", (Wounded, Suffered)),
        ("جرح", (Wounded, Suffered)),
        ("جرحوا", (Wounded, Suffered)),
        ("إصابات", (Wounded, Suffered)),
        ("فقدان", (Missing, Suffered)),
        ("فقد", (Missing, Suffered)),
        ("فقدوا", (Missing, Suffered)),
        ("أسر", (Captured, Suffered)),
        ("اعتقال", (Captured, Suffered)),
        ("أسرت", (Captured, Inflicted)),
        ("تشريد", (Displaced, Suffered)),
        ("نزوح", (Displaced, Suffered)),
        ("نزح", (Displaced, Suffered)),
        ("تهجير", (Displaced, Suffered)),
        ("فرار", (Displaced, Suffered)),
        ("دمرت", (Destroyed, Inflicted)),
        ("دمر", (Destroyed, Inflicted)),
        ("تدمير", (Destroyed, Inflicted)),
        ("أسقطت", (Destroyed, Inflicted)),
        ("أسقط", (Destroyed, Inflicted)),
        ("إسقاط", (Destroyed, Inflicted)),
        ("أعطبت", (Destroyed, Inflicted)),
        ("إعطاب", (Destroyed, Inflicted)),
        ("خسرت", (Lost, Suffered)),
        ("خسر", (Lost, Suffered)),
        ("خسارة", (Lost, Suffered)),
        ("فقدت", (Lost, Suffered)),
    ])
});

/// Words after a number that make it a count of something that is not a
/// loss: time, distance, money, shares, places taken, population.
pub static NOT_LOSSES: LazyLock<Phrases<&'static str>> = LazyLock::new(|| {
    Phrases::new(&[
        ("%", "a percentage"),
        ("٪", "a percentage"),
        ("بالمئة", "a percentage"),
        ("بالمائة", "a percentage"),
        ("في المئة", "a percentage"),
        ("في المائة", "a percentage"),
        ("عاما", "a duration or an age"),
        ("عام", "a duration or an age"),
        ("سنة", "a duration or an age"),
        ("سنوات", "a duration or an age"),
        ("أعوام", "a duration or an age"),
        ("يوما", "a duration"),
        ("أيام", "a duration"),
        ("ساعة", "a duration"),
        ("ساعات", "a duration"),
        ("أسابيع", "a duration"),
        ("أشهر", "a duration"),
        ("كيلومتر", "a distance"),
        ("كيلومترا", "a distance"),
        ("كيلومترات", "a distance"),
        ("كلم", "a distance"),
        ("كم", "a distance"),
        ("متر", "a distance"),
        ("مترا", "a distance"),
        ("ميل", "a distance"),
        ("دولار", "money"),
        ("دولارا", "money"),
        ("الدولارات", "money"),
        ("يورو", "money"),
        ("روبل", "money"),
        ("نسمة", "a population"),
        ("قرية", "places taken"),
        ("قرى", "places taken"),
        ("بلدة", "places taken"),
        ("بلدات", "places taken"),
        ("مدينة", "places taken"),
        ("مدن", "places taken"),
        ("مرات", "a count of times"),
        ("مرة", "a count of times"),
        ("صاروخا", "weapons fired"),
        ("صواريخ", "weapons fired"),
        ("قذيفة", "weapons fired"),
        ("قذائف", "weapons fired"),
    ])
});

/// Words that say the figure is the total over both sides («من الطرفين»)
/// or the same figure for each («لدى كل طرف»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Both {
    Together,
    Each,
}

pub static BOTH_SIDES: LazyLock<Phrases<Both>> = LazyLock::new(|| {
    Phrases::new(&[
        ("الطرفين", Both::Together),
        ("للطرفين", Both::Together),
        ("الجانبين", Both::Together),
        ("كلا الجانبين", Both::Together),
        ("كل طرف", Both::Each),
        ("كل جانب", Both::Each),
        ("كل من الطرفين", Both::Each),
    ])
});

/// Pronoun endings and phrases that make the losses the claimant's own
/// («في صفوفها», «من مواطنيها», «قتلاه»).
pub static OWN: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(&[
        ("في صفوفها", ()),
        ("في صفوفه", ()),
        ("في صفوفهم", ()),
        ("من مواطنيها", ()),
        ("من مواطنيه", ()),
        ("من جنودها", ()),
        ("من جنوده", ()),
        ("من قواتها", ()),
    ])
});

/// Words that refer back to a toll already given («وأضاف أن العدد يقارب
/// خمسة آلاف»).
pub static TOLL_BACK: LazyLock<Phrases<()>> =
    LazyLock::new(|| Phrases::new(&[("العدد", ()), ("الرقم", ()), ("الحصيلة", ())]));
