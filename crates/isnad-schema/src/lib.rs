//! `isnad/1`: the JSON shape of one article's analysis (see the project's SCHEMA.md). Every item
//! that comes from the text carries a `span` (code points, `[start, end)`) and the `text` it covers.

use serde::{Deserialize, Serialize};

pub mod validate;

pub const SCHEMA: &str = "isnad/1";

pub type Span = [usize; 2];

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Doc {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// One input article, as read from JSONL (`{"id","text","published","outlet","url","title"}`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

impl Article {
    pub fn doc(&self) -> Doc {
        Doc {
            id: self.id.clone(),
            outlet: self.outlet.clone(),
            published: self.published.clone(),
            url: self.url.clone(),
            title: self.title.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Analysis {
    pub schema: String,
    pub doc: Doc,
    pub entities: Vec<Entity>,
    pub times: Vec<Time>,
    pub quantities: Vec<Quantity>,
    pub statements: Vec<Statement>,
    pub propositions: Vec<Proposition>,
    pub claims: Vec<Claim>,
    pub contradictions: Vec<Contradiction>,
}

/// Finds an item by id. isnad numbers items in order (`e7` is the seventh entity), so the item
/// is looked up at that index first, in constant time; any other id scheme falls back to a
/// scan. A scan for every lookup made ingest quadratic in the article's size.
fn by_id<'a, T>(items: &'a [T], id: &str, key: impl Fn(&T) -> &String) -> Option<&'a T> {
    let n: Option<usize> = id
        .find(|c: char| c.is_ascii_digit())
        .and_then(|i| id[i..].parse().ok());
    if let Some(x) = n.and_then(|n| n.checked_sub(1)).and_then(|i| items.get(i)) {
        if key(x) == id {
            return Some(x);
        }
    }
    items.iter().find(|x| key(x) == id)
}

impl Analysis {
    pub fn empty(doc: Doc) -> Self {
        Analysis {
            schema: SCHEMA.to_string(),
            doc,
            entities: vec![],
            times: vec![],
            quantities: vec![],
            statements: vec![],
            propositions: vec![],
            claims: vec![],
            contradictions: vec![],
        }
    }
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        by_id(&self.entities, id, |e| &e.id)
    }
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        by_id(&self.statements, id, |s| &s.id)
    }
    pub fn proposition(&self, id: &str) -> Option<&Proposition> {
        by_id(&self.propositions, id, |p| &p.id)
    }
    pub fn time(&self, id: &str) -> Option<&Time> {
        by_id(&self.times, id, |t| &t.id)
    }
    pub fn quantity(&self, id: &str) -> Option<&Quantity> {
        by_id(&self.quantities, id, |q| &q.id)
    }
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        by_id(&self.claims, id, |c| &c.id)
    }
    /// Moves every item of `other` after this analysis's own (ids and spans as they are).
    pub fn append(&mut self, other: Analysis) {
        self.entities.extend(other.entities);
        self.times.extend(other.times);
        self.quantities.extend(other.quantities);
        self.statements.extend(other.statements);
        self.propositions.extend(other.propositions);
        self.claims.extend(other.claims);
        self.contradictions.extend(other.contradictions);
    }

    /// Every `(span, text)` pair in the analysis, for tools that shift or re-read spans.
    pub fn spans_mut(&mut self) -> Vec<(&mut Span, &mut String)> {
        let mut v: Vec<(&mut Span, &mut String)> = Vec::new();
        v.extend(self.entities.iter_mut().map(|e| (&mut e.span, &mut e.text)));
        v.extend(self.times.iter_mut().map(|t| (&mut t.span, &mut t.text)));
        v.extend(
            self.quantities
                .iter_mut()
                .map(|q| (&mut q.span, &mut q.text)),
        );
        for s in &mut self.statements {
            v.push((&mut s.cue.span, &mut s.cue.text));
            let refs = std::iter::once(&mut s.source)
                .chain(std::iter::once(&mut s.content))
                .chain(s.via.iter_mut())
                .chain(s.medium.iter_mut());
            v.extend(refs.map(|r| (&mut r.span, &mut r.text)));
        }
        v.extend(
            self.propositions
                .iter_mut()
                .map(|p| (&mut p.trigger.span, &mut p.trigger.text)),
        );
        v
    }

    /// Re-reads every item's text from `original` by its code-point span. The analysis of an HTML
    /// page runs on the page with its markup blanked out; afterwards each `text` is the file's own
    /// characters, markup included, so `text == file[start..end]` holds for the file.
    pub fn retext(&mut self, original: &str) {
        let starts: Vec<usize> = original
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(original.len()))
            .collect();
        for (span, text) in self.spans_mut() {
            let b = |cp: usize| starts[cp.min(starts.len() - 1)];
            *text = original[b(span[0])..b(span[1])].to_string();
        }
    }

    /// The party of the source behind a claim (`None` for the author or an unaffiliated source).
    pub fn claim_party(&self, claim: &Claim) -> Option<&str> {
        if claim.by == "author" {
            return None;
        }
        self.statement_party(self.statement(&claim.by)?)
    }

    /// The party of a statement's source (`None` for an unaffiliated source).
    pub fn statement_party(&self, s: &Statement) -> Option<&str> {
        let e = self.entity(s.source.entity.as_deref()?)?;
        e.actor.as_ref()?.party.as_deref()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    pub id: String,
    pub text: String,
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: String,
    pub canonical: Option<String>,
    pub actor: Option<Actor>,
    pub place: Option<Place>,
    /// A nominal mention (مصادر محلية، المسؤول العسكري): optional for scoring.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nominal: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Actor {
    pub id: String,
    pub party: Option<String>,
    pub role: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Place {
    pub geonames_id: Option<u64>,
    pub name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Time {
    pub id: String,
    pub text: String,
    pub span: Span,
    pub value: Option<String>,
    pub granularity: String,
    pub relation: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quantity {
    pub id: String,
    pub text: String,
    pub span: Span,
    /// Whole numbers are written as JSON integers (`30`, not `30.0`).
    #[serde(serialize_with = "number")]
    pub value: f64,
    pub unit: String,
    pub of: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SpanRef {
    pub text: String,
    pub span: Span,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Cue {
    pub text: String,
    pub span: Span,
    pub stance: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Statement {
    pub id: String,
    pub source: SpanRef,
    pub cue: Cue,
    pub content: SpanRef,
    pub via: Vec<SpanRef>,
    pub medium: Option<SpanRef>,
    pub direct: bool,
    pub embedded_in: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Role {
    pub role: String,
    /// The mention that names the actor; `None` when only its party is written, as a nationality
    /// adjective (غارات جوية روسية: agent party RUS, no entity).
    #[serde(default)]
    pub entity: Option<String>,
    pub party: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Proposition {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub actors: Vec<Role>,
    pub place: Option<String>,
    pub time: Option<String>,
    pub quantities: Vec<String>,
    pub trigger: SpanRef,
    /// ACLED event type and sub-event type, PLOVER type (EVENTS.md), for exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acled: Option<AcledCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
    /// With `isnad extract --explain` only: the ids of the rules that made this item
    /// (ARCHITECTURE.md, "How to add a rule"). Absent from the default output.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AcledCode {
    pub event_type: String,
    pub sub_event_type: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Claim {
    pub id: String,
    pub proposition: String,
    pub by: String,
    pub polarity: String,
    pub modality: String,
    /// With `isnad extract --explain` only: the ids of the rules that made this item
    /// (ARCHITECTURE.md, "How to add a rule"). Absent from the default output.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Contradiction {
    pub id: String,
    pub claims: [String; 2],
    pub kind: String,
    pub party: Option<String>,
    pub basis: String,
    pub explanation: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// With `isnad extract --explain` only: the ids of the rules that made this item
    /// (ARCHITECTURE.md, "How to add a rule"). Absent from the default output.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
}

fn number<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_field_names() {
        let mut a = Analysis::empty(Doc {
            id: "d1".into(),
            ..Default::default()
        });
        a.entities.push(Entity {
            id: "e1".into(),
            text: "داعش".into(),
            span: [3, 7],
            kind: "ORG".into(),
            canonical: Some("Islamic State".into()),
            actor: Some(Actor {
                id: "ISIS".into(),
                party: Some("ISIS".into()),
                role: "armed_group".into(),
            }),
            place: None,
            nominal: false,
        });
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["schema"], "isnad/1");
        assert_eq!(v["entities"][0]["type"], "ORG");
        assert!(v["entities"][0].get("nominal").is_none());
        let back: Analysis = serde_json::from_value(v).unwrap();
        assert_eq!(back, a);
    }
}
