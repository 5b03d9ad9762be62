//! Cross-article decisions as pure functions over claim records, so that the store (SQLite) and
//! any other engine (`isnad conflict` fed by Spark) decide with one policy:
//!
//! - [`cross_claims`] turns one (article, analysis) into the [`CrossClaim`] records that matching
//!   sees (the store keeps the same fields in its `claims`/`claim_keys` tables);
//! - [`candidate`] says whether two records meet in a bucket (family|place|party) with overlapping
//!   date windows — what the store's `claim_keys` lookup selects;
//! - [`decide`] applies the policy of `isnad_claims::policy` (the shared `conflict` rule and what an analyst accepts
//!   across articles, the contradiction's kind and explanation, or a confirmation;
//! - [`Once`] is the store's "one contradiction per pair of passages and per pair of outlets on
//!   one kind of event at one place", applied in the store's order (earlier claim first).

use std::collections::{HashMap, HashSet};

use isnad_schema::{Analysis, Article};
use isnad_text::{fold, Normalized};
use serde::{Deserialize, Serialize};

use crate::derive::parties_field;
use crate::rule::{confirms, conflict, contradiction_kind, ClaimView};

/// One claim as cross-article matching sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossClaim {
    /// The article's id (empty when the store reads its own rows: it knows them by rid).
    pub article_id: String,
    pub claim_id: String,
    pub view: ClaimView,
    /// The party of the claim's source.
    pub party: Option<String>,
    pub source_key: String,
    pub source_name: String,
    pub outlet: Option<String>,
    pub place_name: Option<String>,
    /// Folded names of the place, `|`-separated (for place filters).
    pub place_match: String,
    /// First day of the claim's date window (`YYYY-MM-DD`), when dated.
    pub d0: Option<String>,
    pub d1: Option<String>,
    /// "SOURCE (OUTLET) says/denies that …": one side of an explanation.
    pub summary: String,
    /// The quoted passage (or the trigger's sentence for the author's own claims).
    pub content: String,
    /// Outlet and hash of the quoted words (else document hash and span): one passage.
    pub passage: String,
    /// Hash of the article's text when the claim is keyed (matched across articles), else empty.
    pub doc: String,
    /// Matching buckets `family|place|party`; empty when the claim is not matched.
    pub keys: Vec<String>,
    /// The window the keys are matched with (an undated claim: 0000-01-01 … 9999-12-31).
    pub k0: String,
    pub k1: String,
    pub explicit_denial: bool,
    pub local_place: bool,
}

/// The passage key of a claim: outlet and hash of its folded quoted words; without words, the
/// document (or the article) and the span.
pub(crate) fn passage(
    outlet: Option<&str>,
    content: &str,
    doc_or_article: &str,
    span: &str,
) -> String {
    if content.trim().is_empty() {
        format!("{doc_or_article}:{span}")
    } else {
        format!(
            "{}:{}",
            outlet.unwrap_or_default(),
            crate::derive::text_hash(&fold(content))
        )
    }
}

/// The claim records of one analysed article, in the order the store inserts them.
pub fn cross_claims(article: &Article, a: &Analysis) -> Vec<CrossClaim> {
    let n = Normalized::new(&article.text);
    let views: HashMap<String, ClaimView> = isnad_claims::claim_views(a).into_iter().collect();
    let doc = crate::derive::text_hash(&article.text);
    a.claims
        .iter()
        .filter_map(|c| crate::derive::claim_parts(article, a, &n, &views, c))
        .map(|p| {
            let doc = if p.keys.is_empty() {
                String::new()
            } else {
                doc.clone()
            };
            let span = serde_json::to_string(&p.side.content_span).unwrap_or_default();
            CrossClaim {
                article_id: article.id.clone(),
                claim_id: p.claim_id,
                passage: passage(article.outlet.as_deref(), &p.side.content_text, &doc, &span),
                doc,
                party: p.info.party,
                source_key: p.info.key,
                source_name: p.info.name,
                outlet: article.outlet.clone(),
                place_name: p.place,
                place_match: p.pmatch,
                d0: p.d0,
                d1: p.d1,
                summary: p.summary,
                content: p.side.content_text,
                keys: p.keys,
                k0: p.k0,
                k1: p.k1,
                explicit_denial: p.side.explicit_denial,
                local_place: p.side.local_place,
                view: p.view,
            }
        })
        .collect()
}

/// Whether two claims meet as the store's `claim_keys` lookup makes them meet: both keyed, a
/// shared bucket, overlapping key windows, different articles and different documents. (The
/// store pairs each claim with earlier ones only; which one is earlier is the caller's order.)
pub fn candidate(a: &CrossClaim, b: &CrossClaim) -> bool {
    !a.doc.is_empty()
        && !b.doc.is_empty()
        && a.doc != b.doc
        && a.article_id != b.article_id
        && a.k0 <= b.k1
        && a.k1 >= b.k0
        && a.keys.iter().any(|k| b.keys.contains(k))
}

/// A contradiction decided across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossContradiction {
    /// `intra_party` | `inter_party` | `unaffiliated`.
    pub kind: String,
    /// `negation` | `incompatible` | `value`.
    pub basis: String,
    pub party: Option<String>,
    pub explanation: String,
    pub date: Option<String>,
    pub place_name: Option<String>,
    pub proposition_type: String,
    pub place_match: String,
    /// `|P|Q|`: every party involved.
    pub parties: String,
    /// The pair of passages (one contradiction per pair).
    pub pair_key: String,
}

/// What two claims of different articles are to each other.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Contradiction(Box<CrossContradiction>),
    /// They assert the same event compatibly, from different sources: each confirms the other.
    Confirmation,
    Neither,
}

/// The cross-article policy for an earlier claim `other` and a later claim `me`.
pub fn decide(other: &CrossClaim, me: &CrossClaim) -> Decision {
    let basis = conflict(&other.view, &me.view).filter(|b| acceptable(b, other, me));
    if let Some(basis) = basis {
        let (kind, party) = contradiction_kind(other.party.as_deref(), me.party.as_deref());
        let why = match basis.as_str() {
            "incompatible" => " (both cannot hold at the same time)",
            "value" => " (the numbers differ)",
            _ => "",
        };
        let explanation = format!("{}; {}{why}.", describe(other), describe(me));
        let parties = parties_field(
            [other.party.clone(), me.party.clone()]
                .into_iter()
                .flatten()
                .chain(me.view.agent_parties.iter().cloned()),
        );
        let (p1, p2) = if other.passage <= me.passage {
            (&other.passage, &me.passage)
        } else {
            (&me.passage, &other.passage)
        };
        return Decision::Contradiction(Box::new(CrossContradiction {
            kind: kind.to_string(),
            basis,
            party,
            explanation,
            date: me.d0.clone().max(other.d0.clone()),
            place_name: me.place_name.clone(),
            proposition_type: me.view.kind.clone(),
            place_match: format!("{}|{}", me.place_match, other.place_match),
            parties,
            pair_key: format!("{p1}|{p2}"),
        }));
    }
    if confirms(&other.view, &me.view)
        && other.source_key != me.source_key
        && (other.party.is_none() || other.party != me.party)
    {
        return Decision::Confirmation;
    }
    Decision::Neither
}

/// The store's de-duplication of cross-article contradictions, in the order they are found: one
/// per pair of passages (a site repeats a headline on many pages), and one per pair of outlets
/// on one kind of event at one place (one outlet's reports of one event are one voice).
/// (proposition type, place name, outlet, outlet): one voice on one event.
type OutletPair = (String, Option<String>, Option<String>, Option<String>);

#[derive(Debug, Default)]
pub struct Once {
    pairs: HashSet<String>,
    outlets: HashSet<OutletPair>,
}

impl Once {
    /// Whether this contradiction (between `other` and `me`) is new; records it when it is.
    pub fn admit(&mut self, x: &CrossContradiction, other: &CrossClaim, me: &CrossClaim) -> bool {
        let (o1, o2) = if other.outlet <= me.outlet {
            (other.outlet.clone(), me.outlet.clone())
        } else {
            (me.outlet.clone(), other.outlet.clone())
        };
        let group = (x.proposition_type.clone(), x.place_name.clone(), o1, o2);
        if self.pairs.contains(&x.pair_key) || self.outlets.contains(&group) {
            return false;
        }
        self.pairs.insert(x.pair_key.clone());
        self.outlets.insert(group);
        true
    }
}

fn describe(c: &CrossClaim) -> String {
    if !c.summary.is_empty() {
        return c.summary.clone();
    }
    let who = match &c.party {
        Some(p) => format!("{} [{p}]", c.source_name),
        None => c.source_name.clone(),
    };
    format!(
        "{who} ({}) on {}",
        c.outlet.as_deref().unwrap_or("?"),
        c.view.kind
    )
}

/// Whether a conflict found by the rule is one an analyst would accept across articles: the
/// claims crate's one policy (`isnad_claims::policy::across_articles`).
fn acceptable(basis: &str, a: &CrossClaim, b: &CrossClaim) -> bool {
    isnad_claims::policy::across_articles(basis, &side(a), &side(b))
}

fn side(c: &CrossClaim) -> isnad_claims::policy::Side<'_> {
    isnad_claims::policy::Side {
        view: &c.view,
        local_place: c.local_place,
        explicit_denial: c.explicit_denial,
        content: &c.content,
    }
}
