//! The articles of the reference corpus ([`super::reference`]): their text,
//! furniture and annotation entry, and the casualty sentences written into
//! them.

use super::words::{Chain, occurrence};
use chrono::{Datelike, NaiveDate};
use fastrand::Rng;
use serde_json::{Value, json};

/// Outlets of the Arabic press, as (Arabic, English) names.
const OUTLETS: [(&str, &str); 24] = [
    ("الجزيرة نت", "Al Jazeera Net"),
    ("العربي الجديد", "Al-Araby Al-Jadeed"),
    ("بي بي سي عربي", "BBC News Arabic"),
    ("سكاي نيوز عربية", "Sky News Arabia"),
    ("روسيا اليوم", "RT Arabic"),
    ("الأناضول", "Anadolu Agency"),
    ("الشرق الأوسط", "Asharq Al-Awsat"),
    ("العربية نت", "Al Arabiya"),
    ("فرانس 24", "France 24 Arabic"),
    ("اندبندنت عربية", "Independent Arabia"),
    ("مصراوي", "Masrawy"),
    ("اليوم السابع", "Youm7"),
    ("الأهرام", "Al-Ahram"),
    ("النهار", "Annahar"),
    ("القدس العربي", "Al-Quds Al-Arabi"),
    ("مدارات عالمية", "Madarat Alamiya"),
    ("الحرة", "Alhurra"),
    ("دويتشه فيله عربية", "DW Arabic"),
    ("يورونيوز عربية", "Euronews Arabic"),
    ("سبوتنيك عربي", "Sputnik Arabic"),
    ("الميادين", "Al Mayadeen"),
    ("البيان", "Al Bayan"),
    ("هسبريس", "Hespress"),
    ("سي إن إن بالعربية", "CNN Arabic"),
];

const WEEKDAYS: [&str; 7] = [
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
];

/// A casualty sentence to write into an article: a bundled claim's quote
/// with a new figure, and the claim it makes.
pub struct ClaimSentence {
    template: Value,
    pub quote: String,
    value: u64,
    value_text: String,
    /// Filled in when the article is written: which occurrence it is.
    occurrence: Option<usize>,
}

impl ClaimSentence {
    /// From a bundled claim: its digits replaced by a new number (the
    /// figure scaled alike, so «30 ألف» stays thousands); vague words and
    /// figures in words kept.
    pub fn new(rng: &mut Rng, template: &Value) -> ClaimSentence {
        let quote = template["sources"][0]["quote"].as_str().unwrap_or_default();
        let words = template["value_text"].as_str().unwrap_or_default();
        let value = template["value"].as_u64().unwrap_or(1);
        let digits: String = words.chars().filter(char::is_ascii_digit).collect();
        let (value, value_text, quote) = match digits.parse::<u64>() {
            Ok(old) if old > 0 && template["vague"] != true => {
                // «30 ألف», «5 آلاف»: a count of thousands stays small.
                let new = match rng.u8(..3) {
                    _ if value / old > 1 => rng.u64(2..100),
                    0 => rng.u64(2..20),
                    1 => rng.u64(20..500),
                    _ => rng.u64(500..9000),
                };
                let text = words.replacen(&digits, &new.to_string(), 1);
                (
                    value / old * new,
                    text.clone(),
                    quote.replacen(words, &text, 1),
                )
            }
            _ => (value, words.to_string(), quote.to_string()),
        };
        ClaimSentence {
            template: template.clone(),
            quote,
            value,
            value_text,
            occurrence: None,
        }
    }

    /// The claim's annotation entry.
    pub fn to_json(
        &self,
        rng: &mut Rng,
        entities: &[&Value],
        n: usize,
        article: &Article,
        event: String,
    ) -> Value {
        let t = &self.template;
        let mut claimant = t["claimant"].clone();
        // Often another entity of the same side says it.
        if rng.u8(..100) < 30 {
            let side = entities
                .iter()
                .find(|e| e["id"] == claimant)
                .map(|e| e["side"].clone());
            let same: Vec<&&Value> = entities
                .iter()
                .filter(|e| e["kind"] != "place" && Some(&e["side"]) == side.as_ref())
                .collect();
            if !same.is_empty() {
                claimant = same[rng.usize(..same.len())]["id"].clone();
            }
        }
        let mut source = json!({"article": article.id, "quote": self.quote});
        if let Some(k) = self.occurrence {
            source["occurrence"] = json!(k);
        }
        let mut c = json!({
            "id": format!("cl-{n:06}"),
            "claimant": claimant,
            "subject": t["subject"],
            "category": t["category"],
            "value": self.value,
            "value_text": self.value_text,
            "qualifier": t["qualifier"],
            "as_of": article.published.format("%Y-%m-%d").to_string(),
            "standing": t["standing"],
            "event": event,
            "sources": [source],
        });
        if t["vague"] == true {
            c["vague"] = json!(true);
        }
        if let Some(e) = t.get("equipment") {
            c["equipment"] = e.clone();
        }
        c
    }
}

/// A generated article: its text and what its annotation entry says.
pub struct Article {
    pub id: String,
    pub file: String,
    pub published: NaiveDate,
    outlet: Option<usize>,
    headline: String,
    furniture: Vec<(usize, usize, &'static str)>,
    pub text: String,
    /// Byte ranges of the body paragraphs (where passages are cited).
    body: Vec<std::ops::Range<usize>>,
    pub claims: Vec<ClaimSentence>,
}

impl Article {
    /// A passage of a body paragraph, 5 to 14 words inside one sentence,
    /// and where it starts.
    pub fn passage(&self, rng: &mut Rng) -> (String, usize) {
        let r = &self.body[rng.usize(..self.body.len())];
        let para = &self.text[r.clone()];
        let words: Vec<(usize, &str)> = para
            .split(' ')
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .collect();
        let len = rng.usize(5..=14).min(words.len());
        let first = rng.usize(..=words.len() - len);
        let start = words[first].0;
        let (last_at, last) = words[first + len - 1];
        let end = last_at + last.len();
        let quote = para[start..end].trim_end_matches(['.', '،', '؛', ':']);
        (quote.to_string(), r.start + start)
    }

    pub fn to_json(&self) -> Value {
        let outlet = match self.outlet {
            Some(o) => json!({"ar": OUTLETS[o].0, "en": OUTLETS[o].1}),
            None => {
                json!({"unknown_reason": "No masthead in the text; the outlet is not identified."})
            }
        };
        let furniture: Vec<Value> = self
            .furniture
            .iter()
            .map(|(a, b, kind)| json!({"lines": [a, b], "kind": kind}))
            .collect();
        json!({
            "id": self.id,
            "file": self.file,
            "outlet": outlet,
            "headline": self.headline,
            "published": {
                "start": self.published.format("%Y-%m-%d").to_string(),
                "basis": {"kind": "printed", "note": "the dateline on line 5"}
            },
            "language": "ar",
            "url": null,
            "furniture": furniture,
        })
    }
}

/// Writes article `n`: masthead, headline, dateline, paragraphs (the
/// casualty sentences among them), sometimes related links.
pub fn write_article(
    rng: &mut Rng,
    ar: &Chain,
    n: usize,
    published: NaiveDate,
    mut claims: Vec<ClaimSentence>,
) -> Article {
    let outlet = (rng.u8(..100) >= 3).then(|| rng.usize(..OUTLETS.len()));
    let headline = ar.sentence(rng, 7, 13, false);
    let mut lines: Vec<String> = Vec::new();
    let mut furniture = Vec::new();
    if let Some(o) = outlet {
        lines.push(OUTLETS[o].0.to_string());
        furniture.push((1, 1, "masthead"));
    } else {
        lines.push(String::new());
    }
    lines.push(String::new());
    lines.push(headline.clone());
    lines.push(String::new());
    lines.push(format!(
        "{} {} {} {}",
        WEEKDAYS[published.weekday().num_days_from_monday() as usize],
        published.day(),
        karabakh_timeline::corpus::date::MONTHS_AR[published.month0() as usize],
        published.year()
    ));
    let paragraphs = rng.usize(5..=12);
    // Which paragraph each casualty sentence goes in.
    let mut slots: Vec<Vec<usize>> = vec![Vec::new(); paragraphs];
    for k in 0..claims.len() {
        slots[rng.usize(..paragraphs)].push(k);
    }
    let mut body_lines = Vec::new();
    for slot in &slots {
        lines.push(String::new());
        let mut p = String::new();
        let sentences = rng.usize(2..=4);
        for s in 0..sentences {
            if s > 0 {
                p.push(' ');
            }
            p.push_str(&ar.sentence(rng, 12, 30, true));
            for &k in slot.iter().filter(|_| s == 0) {
                p.push(' ');
                p.push_str(&claims[k].quote);
                p.push_str("، ");
                p.push_str(&ar.sentence(rng, 4, 10, true));
            }
        }
        body_lines.push(lines.len());
        lines.push(p);
    }
    if rng.u8(..100) < 40 {
        lines.push(String::new());
        let first = lines.len() + 1;
        lines.push("اقرأ أيضا".to_string());
        for _ in 0..rng.usize(2..=4) {
            lines.push(ar.sentence(rng, 6, 11, false));
        }
        furniture.push((first, lines.len(), "related-links"));
    }
    lines.push(String::new());
    let text = lines.join("\n");
    let mut starts = Vec::with_capacity(lines.len());
    let mut at = 0;
    for l in &lines {
        starts.push(at);
        at += l.len() + 1;
    }
    let body: Vec<std::ops::Range<usize>> = body_lines
        .iter()
        .map(|&i| starts[i]..starts[i] + lines[i].len())
        .collect();
    for c in &mut claims {
        let at = body_start_of(&text, &c.quote, &body);
        let (count, which) = occurrence(&text, &c.quote, at);
        c.occurrence = (count > 1).then_some(which);
    }
    Article {
        id: format!("art-{n:05}"),
        file: format!("a{n:05}.txt"),
        published,
        outlet,
        headline,
        furniture,
        text,
        body,
        claims,
    }
}

/// Where a casualty sentence was written: its first occurrence inside a
/// body paragraph (the same words in furniture are not citable).
fn body_start_of(text: &str, quote: &str, body: &[std::ops::Range<usize>]) -> usize {
    body.iter()
        .find_map(|r| text[r.clone()].find(quote).map(|i| r.start + i))
        .unwrap_or(0)
}
