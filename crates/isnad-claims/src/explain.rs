//! One English sentence per contradiction, naming both sources and what each holds.

use crate::view::Basis;
use isnad_schema::{Analysis, Claim, Proposition};

fn entity_name(a: &Analysis, id: &str) -> Option<String> {
    let e = a.entity(id)?;
    Some(
        e.canonical
            .clone()
            .or_else(|| e.place.as_ref().and_then(|p| p.name.clone()))
            .unwrap_or_else(|| e.text.clone()),
    )
}

/// Who stands behind a claim: the source's registry name, else its words, else the article.
pub fn source_name(a: &Analysis, c: &Claim) -> String {
    if c.by == "author" {
        return "The article".into();
    }
    let Some(s) = a.statement(&c.by) else {
        return c.by.clone();
    };
    let name = s
        .source
        .entity
        .as_deref()
        .and_then(|e| a.entity(e))
        .and_then(|e| e.canonical.clone())
        .unwrap_or_else(|| format!("\"{}\"", s.source.text));
    match s.via.first() {
        Some(v) => {
            let via = v
                .entity
                .as_deref()
                .and_then(|e| entity_name(a, e))
                .unwrap_or_else(|| v.text.clone());
            format!("{name} (via {via})")
        }
        None => name,
    }
}

fn agents(a: &Analysis, p: &Proposition) -> String {
    let mut names: Vec<String> = p
        .actors
        .iter()
        .filter(|r| r.role == "agent")
        .filter_map(|r| entity_name(a, r.entity.as_deref()?))
        .collect();
    names.dedup();
    if names.is_empty() {
        "someone".into()
    } else {
        names.join(" and ")
    }
}

/// "government forces withdrew from Abu Kamal" and the like.
pub fn describe(a: &Analysis, p: &Proposition) -> String {
    let who = agents(a, p);
    let place = p.place.as_deref().and_then(|e| entity_name(a, e));
    let at = |prep: &str| {
        place.as_ref().map_or(String::new(), |n| {
            if prep.is_empty() {
                format!(" {n}")
            } else {
                format!(" {prep} {n}")
            }
        })
    };
    let target = p
        .actors
        .iter()
        .find(|r| r.role == "target")
        .and_then(|r| entity_name(a, r.entity.as_deref()?));
    let partner = p
        .actors
        .iter()
        .find(|r| r.role == "partner")
        .and_then(|r| entity_name(a, r.entity.as_deref()?));
    let counts: Vec<String> = p
        .quantities
        .iter()
        .filter_map(|q| a.quantity(q))
        .map(|q| match q.of.as_deref() {
            Some(of) => format!("{} {}", q.value, of),
            None => format!("{} {}", q.value, q.unit),
        })
        .collect();
    let counts = if counts.is_empty() {
        String::new()
    } else {
        format!(" ({})", counts.join(", "))
    };
    let on = target.map_or_else(|| at("in"), |t| format!(" on {t}{}", at("in")));
    let s = match p.kind.as_str() {
        "control" => format!("{who} hold{}", at("")),
        "capture" => format!("{who} took{}", at("")),
        "withdrawal" => format!("{who} withdrew{}", at("from")),
        "advance" => format!("{who} advanced{}", at("into")),
        "attack" => format!("{who} attacked{}", on),
        "clash" => format!("{who} fought{}", at("in")),
        "airstrike" => format!("{who} carried out air strikes{on}"),
        "shelling" => format!("{who} shelled{}", at("")),
        "bombing" => format!("a bombing hit{}", at("")),
        "shootdown" => format!("{who} downed an aircraft{}", at("over")),
        "casualties" => format!("people were killed or wounded{}", at("in")),
        "siege" => format!("{who} besieged{}", at("")),
        "support" => format!(
            "{who} support{}{}",
            partner.map_or(String::new(), |x| format!(" {x}")),
            at("in")
        ),
        "deployment" => format!("{who} deployed forces{}", at("to")),
        "agreement" => format!("an agreement was reached{}", at("on")),
        "arrest" => format!("{who} detained people{}", at("in")),
        "protest" => format!("people protested{}", at("in")),
        "displacement" => format!("people were displaced{}", at("from")),
        _ => format!("an event took place{}", at("in")),
    };
    format!("{}{}", s.trim(), counts)
}

fn stance(a: &Analysis, c: &Claim) -> &'static str {
    let cue = a
        .statement(&c.by)
        .map(|s| s.cue.stance.as_str())
        .unwrap_or("");
    match (c.polarity.as_str(), c.modality.as_str(), cue) {
        ("deny", _, "deny") => "denies that",
        ("deny", _, "promise") => "speaks of retaking the place, implying it is not so that",
        ("deny", _, _) => "says it is not so that",
        (_, "failed", _) => "says an attempt failed:",
        (_, "planned", _) => "promises that",
        (_, "intended", _) => "says it is intended that",
        (_, "possible", _) => "says it may be that",
        (_, _, "acknowledge") => "acknowledges that",
        (_, _, "confirm") => "confirms that",
        (_, _, "claim") => "claims that",
        (_, _, "estimate") => "estimates that",
        _ => "says that",
    }
}

/// The sentence for a contradiction between claims `x` and `y`.
pub fn explain(a: &Analysis, x: &str, y: &str, basis: Basis) -> String {
    let (Some(cx), Some(cy)) = (a.claim(x), a.claim(y)) else {
        return String::new();
    };
    let (Some(px), Some(py)) = (
        a.proposition(&cx.proposition),
        a.proposition(&cy.proposition),
    ) else {
        return String::new();
    };
    let (nx, ny) = (source_name(a, cx), source_name(a, cy));
    let why = match basis {
        Basis::Negation => "",
        Basis::Incompatible => " (both cannot hold at the same time)",
        Basis::Value => " (the numbers differ)",
    };
    format!(
        "{nx} {} {}; {ny} {} {}{why}.",
        stance(a, cx),
        describe(a, px),
        stance(a, cy),
        describe(a, py)
    )
}
