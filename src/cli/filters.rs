//! The FILTERS shared by every command that selects events, and the one
//! place where a filter that does not parse becomes the CLI's message.

use crate::cli::CliError;
use crate::corpus::Timeline;
use crate::select::{Filter, FilterError, FilterField, FilterProblem, FilterSpec, Scope};
use clap::Args;

/// The FILTERS of every command that selects events (flattened into its
/// arguments).
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only events that start on or before DATE
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only events of this era (repeatable)
    #[arg(long, value_name = "ID")]
    pub era: Vec<String>,
    /// Only events of this kind (repeatable): fighting, diplomacy, ceasefire, statement, casualty-report, background, humanitarian
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
    /// Only events reported by this outlet (name in either script, or article id; repeatable)
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
    /// Only events whose titles, summary or quotes contain TEXT (Arabic-folded)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only these events, by id (repeatable)
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
            events: self.event.clone(),
        }
    }

    /// The scope the FILTERS select: everything when none is given. An
    /// unknown name or a bad date is a usage error.
    pub fn scope(&self, t: &Timeline) -> Result<Scope, CliError> {
        match Filter::parse(&self.spec(), t) {
            Ok(f) if f.is_empty() => Ok(Scope::All),
            Ok(f) => Ok(Scope::Filter(Box::new(f))),
            Err(e) => Err(filter_error(e)),
        }
    }
}

/// A filter the library refused, in the command line's words: the flag,
/// then what is wrong.
fn filter_error(e: FilterError) -> CliError {
    let flag = match e.field {
        FilterField::From => "from",
        FilterField::To => "to",
        FilterField::Era => "era",
        FilterField::Kind => "kind",
        FilterField::Actor => "actor",
        FilterField::Place => "place",
        FilterField::Entity => "entity",
        FilterField::Outlet => "outlet",
        FilterField::Event => "event",
    };
    let message = match &e.problem {
        FilterProblem::Date(d) => format!("--{flag}: {d}"),
        FilterProblem::ToBeforeFrom { from, to } => format!("--to {to} is before --from {from}"),
        FilterProblem::Unknown { value, known } => {
            let what = match e.field {
                FilterField::Era => format!("no era \"{value}\""),
                FilterField::Kind => format!("no kind \"{value}\""),
                FilterField::Outlet => format!("no outlet or article matches \"{value}\""),
                FilterField::Event => format!("no event \"{value}\""),
                FilterField::Entity => format!("no actor or place is spelled \"{value}\""),
                _ => format!("no {flag} is spelled \"{value}\""),
            };
            let plural = if e.field == FilterField::Era {
                "eras"
            } else {
                "kinds"
            };
            if known.is_empty() {
                format!("--{flag}: {what}")
            } else {
                format!("--{flag}: {what} ({plural}: {})", known.join(", "))
            }
        }
    };
    CliError::usage(message)
}
