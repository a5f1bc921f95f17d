//! The FILTERS shared by every command that selects events, and the one
//! place where a filter that does not parse becomes the CLI's message, in
//! the interface language, with "did you mean …" hints. Values are quoted
//! as typed: `Output` escapes any control in them visibly.

use crate::cli::{CliError, Lang};
use crate::corpus::Timeline;
use crate::corpus::date::DateErrorKind;
use crate::select::names::closest;
use crate::select::{Filter, FilterError, FilterField, FilterProblem, FilterSpec, Scope};
use clap::Args;

/// The FILTERS of every command that selects events (flattened into its
/// arguments).
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; Western or Arabic-Indic digits, - or /)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only events that start on or before DATE
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only events of this era, by id in any case (repeatable)
    #[arg(long, value_name = "ID")]
    pub era: Vec<String>,
    /// Only events of this kind (repeatable): fighting, diplomacy, ceasefire, statement, casualty-report, background, humanitarian, or its Arabic name
    #[arg(long, value_name = "KIND")]
    pub kind: Vec<String>,
    /// Only events with this actor, by any spelling in either script (repeatable)
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,
    /// Only events at this place, by any spelling in either script (repeatable)
    #[arg(long, value_name = "NAME")]
    pub place: Vec<String>,
    /// Only events where NAME is an actor or a place, by any spelling (repeatable)
    #[arg(long, value_name = "NAME")]
    pub entity: Vec<String>,
    /// Only events reported by this outlet: part of its name in either script, "unknown outlet" (or «مصدر غير معروف») for unattributed articles, or an article id (repeatable)
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
    /// Only events whose titles, summary, quotes or claims' quotes contain TEXT (Arabic-folded; text copied from the screen works too)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// With --search: whole words only (Arabic proclitics و ف ب ك ل ال allowed before the word)
    #[arg(long, requires = "search")]
    pub word: bool,
    /// Only these events, by id in any case (repeatable)
    #[arg(long, value_name = "ID")]
    pub event: Vec<String>,
}

impl FilterArgs {
    pub fn spec(&self) -> FilterSpec {
        FilterSpec {
            from: self.from.clone(),
            to: self.to.clone(),
            eras: self.era.clone(),
            kinds: self.kind.clone(),
            actors: self.actor.clone(),
            places: self.place.clone(),
            entities: self.entity.clone(),
            outlets: self.outlet.clone(),
            search: self.search.clone(),
            word: self.word,
            events: self.event.clone(),
        }
    }

    /// The scope the FILTERS select: everything when none is given. An
    /// unknown name or a bad date is a usage error, worded in `lang`.
    pub fn scope(&self, t: &Timeline, lang: Lang) -> Result<Scope, CliError> {
        match Filter::parse(&self.spec(), t) {
            Ok(f) if f.is_empty() => Ok(Scope::All),
            Ok(f) => Ok(Scope::Filter(Box::new(f))),
            Err(e) => Err(filter_error(&e, lang)),
        }
    }
}

fn flag(field: FilterField) -> &'static str {
    match field {
        FilterField::From => "--from",
        FilterField::To => "--to",
        FilterField::Era => "--era",
        FilterField::Kind => "--kind",
        FilterField::Actor => "--actor",
        FilterField::Place => "--place",
        FilterField::Entity => "--entity",
        FilterField::Outlet => "--outlet",
        FilterField::Event => "--event",
    }
}

/// A filter the library refused, in the command line's words: the flag,
/// then what is wrong; the closest spellings as a hint.
pub fn filter_error(e: &FilterError, lang: Lang) -> CliError {
    let flag = flag(e.field);
    let ar = lang == Lang::Ar;
    let message = match &e.problem {
        FilterProblem::Date(d) => {
            let input = &d.input;
            match (d.kind, ar) {
                (_, false) => format!("{flag}: {d}"),
                (DateErrorKind::Form, true) => {
                    format!("{flag}: «{input}» ليس تاريخًا بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD")
                }
                (DateErrorKind::NoMonth(m), true) => {
                    format!("{flag}: «{input}»: لا يوجد شهر رقمه {m}")
                }
                (DateErrorKind::NoDay(n), true) => {
                    format!("{flag}: «{input}» غير موجود (لا يوم {n} في ذلك الشهر)")
                }
            }
        }
        FilterProblem::ToBeforeFrom { from, to } => match lang {
            Lang::En => format!("--to {to} is before --from {from}"),
            Lang::Ar => format!("--to {to} قبل --from {from}"),
        },
        FilterProblem::Unknown { value, known } => {
            let what = match (e.field, lang) {
                (FilterField::Era, Lang::En) => format!("no era \"{value}\""),
                (FilterField::Kind, Lang::En) => format!("no kind \"{value}\""),
                (FilterField::Outlet, Lang::En) => {
                    format!("no outlet or article matches \"{value}\"")
                }
                (FilterField::Event, Lang::En) => format!("no event \"{value}\""),
                (FilterField::Entity, Lang::En) => {
                    format!("no actor or place is spelled \"{value}\"")
                }
                (FilterField::Place, Lang::En) => format!("no place is spelled \"{value}\""),
                (_, Lang::En) => format!("no actor is spelled \"{value}\""),
                (FilterField::Era, Lang::Ar) => format!("لا حقبة باسم «{value}»"),
                (FilterField::Kind, Lang::Ar) => format!("لا نوع باسم «{value}»"),
                (FilterField::Outlet, Lang::Ar) => format!("لا وسيلة ولا مقال يطابق «{value}»"),
                (FilterField::Event, Lang::Ar) => format!("لا حدث بالمعرّف «{value}»"),
                (FilterField::Entity, Lang::Ar) => {
                    format!("لا فاعل ولا مكان بهذه التهجئة «{value}»")
                }
                (FilterField::Place, Lang::Ar) => format!("لا مكان بهذه التهجئة «{value}»"),
                (_, Lang::Ar) => format!("لا فاعل بهذه التهجئة «{value}»"),
            };
            let plural = match (e.field, lang) {
                (FilterField::Era, Lang::En) => "eras",
                (FilterField::Era, Lang::Ar) => "الحقب",
                (_, Lang::En) => "kinds",
                (_, Lang::Ar) => "الأنواع",
            };
            let sep = lang.pick(", ", "، ");
            if lists_all(e.field) {
                format!("{flag}: {what} ({plural}: {})", known.join(sep))
            } else {
                format!("{flag}: {what}")
            }
        }
    };
    let error = CliError::usage(message);
    let FilterProblem::Unknown { value, known } = &e.problem else {
        return error;
    };
    // For eras and kinds `known` is all of them: hint at the closest.
    let suggestions = if lists_all(e.field) {
        closest(value, known.iter().map(String::as_str))
    } else {
        known.clone()
    };
    suggest(error, &suggestions, lang)
}

/// The error with a "did you mean …" hint, when there is anything to
/// suggest.
pub fn suggest(error: CliError, suggestions: &[String], lang: Lang) -> CliError {
    if suggestions.is_empty() {
        error
    } else {
        error.with_hint(did_you_mean(suggestions, lang))
    }
}

/// Whether an unknown value's `known` list is every value of the field
/// (eras, kinds) rather than the closest spellings (names, ids).
fn lists_all(field: FilterField) -> bool {
    matches!(field, FilterField::Era | FilterField::Kind)
}

/// «did you mean «a», «b» or «c»?», in the interface language.
fn did_you_mean(suggestions: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = suggestions.iter().map(|s| format!("«{s}»")).collect();
    let list = match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(lang.pick(", ", "، ")),
            lang.pick(" or ", " أو ")
        ),
        None => String::new(),
    };
    match lang {
        Lang::En => format!("did you mean {list}?"),
        Lang::Ar => format!("هل تقصد {list}؟"),
    }
}
