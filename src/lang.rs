//! The interface language. The corpus is Arabic either way; this decides
//! the labels, the date format and which title comes first.

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Ar,
}

impl Lang {
    /// The language of the locale: Arabic when it starts with `ar`.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()));
        match locale {
            Some(l) if l.starts_with("ar") => Lang::Ar,
            _ => Lang::En,
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::En => Lang::Ar,
            Lang::Ar => Lang::En,
        }
    }

    /// Picks the English or the Arabic of a pair.
    pub fn pick<'s>(self, en: &'s str, ar: &'s str) -> &'s str {
        match self {
            Lang::En => en,
            Lang::Ar => ar,
        }
    }
}

/// What the interface counts. Each noun knows its plural forms, so a count
/// is worded in one place for every surface ("1 event", «حدثان», «11 حدثًا»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Event,
    Claim,
    Source,
    Article,
    Passage,
    Conflict,
    Hit,
    /// A casualty or loss figure as the command line's listing names it.
    CasualtyClaim,
    /// A group of comparable figures (the `claims` table).
    Group,
    /// Two printings of a figure that differ but can both be true.
    ConsistentDifference,
}

/// The plural category of a count (CLDR rules: English has one and other;
/// Arabic has zero, one, two, few 3–10, many 11–99, other, by `n % 100`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn of(lang: Lang, n: usize) -> Plural {
        match (lang, n) {
            (Lang::En, 1) => Plural::One,
            (Lang::En, _) => Plural::Other,
            (Lang::Ar, 0) => Plural::Zero,
            (Lang::Ar, 1) => Plural::One,
            (Lang::Ar, 2) => Plural::Two,
            (Lang::Ar, n) => match n % 100 {
                3..=10 => Plural::Few,
                11..=99 => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

impl Noun {
    /// English singular and plural.
    fn en(self) -> (&'static str, &'static str) {
        match self {
            Noun::Event => ("event", "events"),
            Noun::Claim => ("figure", "figures"),
            Noun::Source => ("source", "sources"),
            Noun::Article => ("article", "articles"),
            Noun::Passage => ("passage", "passages"),
            Noun::Conflict => ("conflict", "conflicts"),
            Noun::Hit => ("hit", "hits"),
            Noun::CasualtyClaim => ("casualty claim", "casualty claims"),
            Noun::Group => ("group", "groups"),
            Noun::ConsistentDifference => ("consistent difference", "consistent differences"),
        }
    }

    /// Arabic: "one" (with واحد), the dual, the plural of 3–10, the
    /// accusative singular of 11–99 and the singular after 100 (and 0).
    fn ar(self) -> [&'static str; 5] {
        match self {
            Noun::Event => ["حدث واحد", "حدثان", "أحداث", "حدثًا", "حدث"],
            Noun::Claim => ["رقم واحد", "رقمان", "أرقام", "رقمًا", "رقم"],
            Noun::Source => ["مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر"],
            Noun::Article => ["مقال واحد", "مقالان", "مقالات", "مقالًا", "مقال"],
            Noun::Passage => ["مقطع واحد", "مقطعان", "مقاطع", "مقطعًا", "مقطع"],
            Noun::Conflict => ["تعارض واحد", "تعارضان", "تعارضات", "تعارضًا", "تعارض"],
            Noun::Hit => ["نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة", "نتيجة"],
            Noun::CasualtyClaim => [
                "رقم خسائر واحد",
                "رقما خسائر",
                "أرقام خسائر",
                "رقمًا للخسائر",
                "رقم خسائر",
            ],
            Noun::Group => ["مجموعة واحدة", "مجموعتان", "مجموعات", "مجموعة", "مجموعة"],
            Noun::ConsistentDifference => [
                "فرق متوافق واحد",
                "فرقان متوافقان",
                "فروق متوافقة",
                "فرقًا متوافقًا",
                "فرق متوافق",
            ],
        }
    }
}

/// "1 event", "12 events"; «حدث واحد»، «حدثان»، «5 أحداث»، «12 حدثًا»، «100 حدث».
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    match lang {
        Lang::En => {
            let (one, many) = noun.en();
            format!("{n} {}", if n == 1 { one } else { many })
        }
        Lang::Ar => {
            let [one, two, few, many, other] = noun.ar();
            match Plural::of(lang, n) {
                Plural::One => one.to_string(),
                Plural::Two => two.to_string(),
                Plural::Few => format!("{n} {few}"),
                Plural::Many => format!("{n} {many}"),
                Plural::Zero | Plural::Other => format!("{n} {other}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        let ev = |lang, n| count(lang, n, Noun::Event);
        assert_eq!(ev(Lang::En, 1), "1 event");
        assert_eq!(ev(Lang::En, 0), "0 events");
        assert_eq!(ev(Lang::En, 21), "21 events");
        assert_eq!(ev(Lang::Ar, 0), "0 حدث");
        assert_eq!(ev(Lang::Ar, 1), "حدث واحد");
        assert_eq!(ev(Lang::Ar, 2), "حدثان");
        assert_eq!(ev(Lang::Ar, 5), "5 أحداث");
        assert_eq!(ev(Lang::Ar, 21), "21 حدثًا");
        assert_eq!(ev(Lang::Ar, 100), "100 حدث");
        assert_eq!(ev(Lang::Ar, 103), "103 أحداث");
        assert_eq!(ev(Lang::Ar, 111), "111 حدثًا");
        assert_eq!(count(Lang::Ar, 2, Noun::Hit), "نتيجتان");
        assert_eq!(count(Lang::En, 1, Noun::CasualtyClaim), "1 casualty claim");
        assert_eq!(count(Lang::Ar, 3, Noun::CasualtyClaim), "3 أرقام خسائر");
        assert_eq!(count(Lang::Ar, 2, Noun::Group), "مجموعتان");
    }

    #[test]
    fn locale_decides_the_default() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "ar_EG.UTF-8")])), Lang::Ar);
        assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "ar_SA"), ("LANG", "en_US")])),
            Lang::Ar
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "ar_SA")])),
            Lang::Ar
        );
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }
}
