//! Decisions on drafts (`A`, `X`): asked of the loop as an effect, the
//! corpus shown again as the loop reports it written.

use super::*;

/// `A`/`X`: a decision on the selected draft, for the loop to write.
pub(super) fn decide(app: &mut App, accept: bool) -> Vec<Effect> {
    let Some(id) = app.selected_draft().map(str::to_owned) else {
        app.status = Some(Notice::NotADraft);
        return Vec::new();
    };
    let Some(dir) = app.corpus_dir.clone() else {
        app.status = Some(Notice::NoCorpusFolder);
        return Vec::new();
    };
    let decision = if accept {
        Decision::Accept(id)
    } else {
        Decision::Reject(id)
    };
    vec![Effect::Decide { dir, decision }]
}

/// The loop wrote a decision (or its undo): show the corpus as it is now.
pub(super) fn decided(app: &mut App, report: DecisionReport) {
    match report {
        DecisionReport::Done {
            timeline,
            undo,
            notice,
        } => {
            app.replace_timeline(timeline);
            app.undo.extend(undo);
            app.status = Some(notice);
        }
        DecisionReport::Failed(why) => app.status = Some(Notice::DecisionFailed(why)),
    }
}
