//! `export`: the selection written to a file, atomically.

use crate::cli::{EXIT_DATA, ExportArgs, Output, scope};
use crate::corpus::Timeline;
use crate::export::{self, count};
use crate::select::Selection;

pub fn run(t: &Timeline, args: &ExportArgs, out: &mut Output) -> i32 {
    let scope = match scope(&args.filters, t, out) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let sel = Selection::new(t, &scope);
    match export::export_to_file(t, &sel, args.format.into(), &args.output, args.force) {
        Ok(s) => {
            out.note(&format!(
                "wrote {}, {} to {}",
                count(s.events, "event", "events"),
                count(s.claims, "claim", "claims"),
                s.path.display()
            ));
            0
        }
        Err(export::ExportError::NothingSelected) => {
            out.error("no events match the filters; nothing was written");
            EXIT_DATA
        }
        Err(e) if e.is_already_exists() => {
            out.error(&format!("{e}; use --force to replace it"));
            EXIT_DATA
        }
        Err(e) => {
            out.error(&e.to_string());
            EXIT_DATA
        }
    }
}
