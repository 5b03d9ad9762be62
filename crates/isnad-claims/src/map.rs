//! The proposition types of EVENTS.md and their ACLED / PLOVER counterparts.

use crate::context::contains_any;
use isnad_lexicon::{bundled_words, WordClass as C};
use isnad_schema::AcledCode;

/// Every proposition type, in EVENTS.md order.
pub const TYPES: &[&str] = &[
    "control",
    "capture",
    "withdrawal",
    "advance",
    "attack",
    "clash",
    "airstrike",
    "shelling",
    "bombing",
    "shootdown",
    "casualties",
    "siege",
    "support",
    "deployment",
    "agreement",
    "arrest",
    "protest",
    "displacement",
    "other",
];

/// The family a type belongs to: claims about types of one family can contradict each other
/// (control vs withdrawal) and are grouped together when matching across articles. Same families
/// as the evaluation scorer: territory, violence, otherwise the type itself.
pub fn family(kind: &str) -> &str {
    match kind {
        "control" | "capture" | "withdrawal" => "territory",
        "attack" | "clash" | "airstrike" | "shelling" | "bombing" => "violence",
        other => other,
    }
}

fn code(event_type: &str, sub_event_type: &str) -> AcledCode {
    AcledCode {
        event_type: event_type.to_string(),
        sub_event_type: sub_event_type.to_string(),
    }
}

/// The ACLED event type and sub-event type a proposition type maps to by default. Types that are
/// states or fields rather than events (`control`, `casualties`) get empty strings; use
/// [`acled_opt`] to get `None` for them.
pub fn acled(kind: &str) -> AcledCode {
    acled_opt(kind).unwrap_or_else(|| code("", ""))
}

/// Like [`acled`], `None` where ACLED has no event (`control` is a state, `casualties` is the
/// fatalities field of another event).
pub fn acled_opt(kind: &str) -> Option<AcledCode> {
    let c = match kind {
        "control" | "casualties" => return None,
        "capture" => code("Battles", "Non-state actor overtakes territory"),
        "withdrawal" => code(
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        "advance" => code("Strategic developments", "Change to group/activity"),
        "attack" | "clash" => code("Battles", "Armed clash"),
        "airstrike" => code("Explosions/Remote violence", "Air/drone strike"),
        "shelling" => code(
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        "bombing" => code(
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        "shootdown" => code("Strategic developments", "Disrupted weapons use"),
        "deployment" => code("Strategic developments", "Change to group/activity"),
        "agreement" => code("Strategic developments", "Agreement"),
        "arrest" => code("Strategic developments", "Arrests"),
        "protest" => code("Protests", "Peaceful protest"),
        _ => code("Strategic developments", "Other"),
    };
    Some(c)
}

/// State parties: a capture by one of them is "Government regains territory" in ACLED.
fn is_state(party: &str) -> bool {
    party.len() == 3 && party.chars().all(|c| c.is_ascii_uppercase())
}

/// The ACLED code refined by what the proposition says: who captured (state or not), whether an
/// attack hit civilians, a suicide bombing, a base set up, an abduction.
pub fn acled_for(
    kind: &str,
    agent_parties: &[String],
    target_is_civilian: bool,
    trigger_folded: &str,
) -> Option<AcledCode> {
    let mut c = acled_opt(kind)?;
    match kind {
        "capture" if agent_parties.iter().any(|p| is_state(p)) => {
            c.sub_event_type = "Government regains territory".into();
        }
        "attack" if target_is_civilian => {
            c = code("Violence against civilians", "Attack");
        }
        "bombing" if contains_any(bundled_words().list(C::SuicideStem), trigger_folded) => {
            c.sub_event_type = "Suicide bomb".into();
        }
        "deployment" if contains_any(bundled_words().list(C::BaseStem), trigger_folded) => {
            c.sub_event_type = "Headquarters or base established".into();
        }
        "arrest" if contains_any(bundled_words().list(C::AbductionStem), trigger_folded) => {
            c = code(
                "Violence against civilians",
                "Abduction/forced disappearance",
            );
        }
        _ => {}
    }
    Some(c)
}

/// The PLOVER event type, `None` where PLOVER has none.
pub fn plover(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "capture" | "attack" | "clash" | "airstrike" | "shelling" | "bombing" | "shootdown" => {
            "ASSAULT"
        }
        "withdrawal" => "RETREAT",
        "advance" | "deployment" => "MOBILIZE",
        "siege" | "arrest" => "COERCE",
        "support" => "SUPPORT",
        "agreement" => "AGREE",
        "protest" => "PROTEST",
        _ => return None,
    })
}

/// The kind of a contradiction from the parties of its two sources: `intra_party` (with that
/// party) when both have the same one, `inter_party` when both have one and they differ,
/// `unaffiliated` when either has none.
pub fn contradiction_kind(
    party_a: Option<&str>,
    party_b: Option<&str>,
) -> (&'static str, Option<String>) {
    match (party_a, party_b) {
        (Some(a), Some(b)) if a == b => ("intra_party", Some(a.to_string())),
        (Some(_), Some(_)) => ("inter_party", None),
        _ => ("unaffiliated", None),
    }
}
