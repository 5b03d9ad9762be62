//! One table per layer, keyed by article id: the rows that `isnad extract --format parquet|rows`
//! and `isnad export --format parquet` write (docs/PARQUET.md documents every column). Built from
//! an (article, analysis) with the store's own derivations, so that a table written by the
//! extractor and one exported from the store agree row for row.

use std::collections::HashMap;

use anyhow::Result;
use isnad_schema::{Analysis, Article};
use serde::{Deserialize, Serialize};

use crate::cross::{cross_claims, CrossClaim};
use crate::derive::{place_name, statement_source};
use crate::Store;

/// The tables, in the order they are written.
pub const TABLES: &[&str] = &[
    "articles",
    "entities",
    "statements",
    "propositions",
    "claims",
    "contradictions",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRec {
    pub article_id: String,
    /// The store's content hash (id and every field): two rows with one hash are one article.
    pub hash: String,
    /// Hash of the text alone: copies of one page under several ids share it.
    pub doc: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub n_entities: i64,
    pub n_statements: i64,
    pub n_propositions: i64,
    pub n_claims: i64,
    pub n_contradictions: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRec {
    pub article_id: String,
    pub entity_id: String,
    pub text: String,
    pub start: i64,
    pub end: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub canonical: Option<String>,
    pub nominal: bool,
    pub actor_id: Option<String>,
    pub actor_role: Option<String>,
    pub party: Option<String>,
    pub geonames_id: Option<i64>,
    pub place_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRec {
    pub article_id: String,
    pub statement_id: String,
    pub source_text: String,
    pub source_start: i64,
    pub source_end: i64,
    pub source_entity: Option<String>,
    pub source_key: String,
    pub source_name: String,
    pub source_canonical: Option<String>,
    pub source_party: Option<String>,
    pub cue_text: String,
    pub cue_start: i64,
    pub cue_end: i64,
    pub stance: String,
    pub content_text: String,
    pub content_start: i64,
    pub content_end: i64,
    pub via: Vec<String>,
    pub medium: Option<String>,
    pub direct: bool,
    pub embedded_in: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PropositionRec {
    pub article_id: String,
    pub proposition_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub family: String,
    pub trigger_text: String,
    pub trigger_start: i64,
    pub trigger_end: i64,
    pub place_entity: Option<String>,
    pub place_name: Option<String>,
    pub geonames_id: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub time_id: Option<String>,
    pub time_value: Option<String>,
    pub parties: Vec<String>,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
    pub plover: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRec {
    pub article_id: String,
    pub claim_id: String,
    pub proposition_id: String,
    /// The statement id, or `author`.
    pub by: String,
    pub polarity: String,
    pub modality: String,
    /// The fields below are those of cross-article matching; null for a claim it cannot see
    /// (no proposition or view).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub source_key: Option<String>,
    pub source_name: Option<String>,
    pub party: Option<String>,
    pub outlet: Option<String>,
    pub place_name: Option<String>,
    pub d0: Option<String>,
    pub d1: Option<String>,
    /// Matching buckets `family|place|party` (empty: not matched across articles).
    pub keys: Vec<String>,
    pub k0: Option<String>,
    pub k1: Option<String>,
    /// Hash of the article's text when keyed, else empty.
    pub doc: Option<String>,
    /// The claim as `isnad conflict` reads it (JSON of a `CrossClaim`).
    pub record: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContradictionRec {
    /// `article` (inside one article) or `corpus` (across articles).
    pub scope: String,
    pub article_id: String,
    pub claim_a: String,
    pub article_b: String,
    pub claim_b: String,
    /// The extractor's id (`x1`) for an in-article contradiction.
    pub contradiction_id: Option<String>,
    pub kind: String,
    pub basis: String,
    pub party: Option<String>,
    pub explanation: String,
    pub headline: Option<bool>,
    pub date: Option<String>,
    pub place_name: Option<String>,
    pub proposition_type: Option<String>,
}

/// The rows of every table for a set of articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tables {
    pub articles: Vec<ArticleRec>,
    pub entities: Vec<EntityRec>,
    pub statements: Vec<StatementRec>,
    pub propositions: Vec<PropositionRec>,
    pub claims: Vec<ClaimRec>,
    pub contradictions: Vec<ContradictionRec>,
}

fn span(s: [usize; 2]) -> (i64, i64) {
    (s[0] as i64, s[1] as i64)
}

impl Tables {
    /// Adds one analysed article (its in-article contradictions included).
    pub fn add(&mut self, article: &Article, a: &Analysis) {
        let id = article.id.clone();
        self.articles.push(ArticleRec {
            article_id: id.clone(),
            hash: Store::content_hash(article),
            doc: crate::derive::text_hash(&article.text),
            outlet: article.outlet.clone(),
            published: article.published.clone(),
            url: article.url.clone(),
            title: article.title.clone(),
            text: article.text.clone(),
            n_entities: a.entities.len() as i64,
            n_statements: a.statements.len() as i64,
            n_propositions: a.propositions.len() as i64,
            n_claims: a.claims.len() as i64,
            n_contradictions: a.contradictions.len() as i64,
        });
        for e in &a.entities {
            let (start, end) = span(e.span);
            let pl = e.place.clone().unwrap_or_default();
            self.entities.push(EntityRec {
                article_id: id.clone(),
                entity_id: e.id.clone(),
                text: e.text.clone(),
                start,
                end,
                kind: e.kind.clone(),
                canonical: e.canonical.clone(),
                nominal: e.nominal,
                actor_id: e.actor.as_ref().map(|x| x.id.clone()),
                actor_role: e.actor.as_ref().map(|x| x.role.clone()),
                party: e.actor.as_ref().and_then(|x| x.party.clone()),
                geonames_id: pl.geonames_id.map(|g| g as i64),
                place_name: pl.name,
                lat: pl.lat,
                lon: pl.lon,
                country: pl.country,
                admin1: pl.admin1,
            });
        }
        for s in &a.statements {
            let info = statement_source(a, s);
            let (source_start, source_end) = span(s.source.span);
            let (cue_start, cue_end) = span(s.cue.span);
            let (content_start, content_end) = span(s.content.span);
            self.statements.push(StatementRec {
                article_id: id.clone(),
                statement_id: s.id.clone(),
                source_text: s.source.text.clone(),
                source_start,
                source_end,
                source_entity: s.source.entity.clone(),
                source_key: info.key,
                source_name: info.name,
                source_canonical: info.canonical,
                source_party: info.party,
                cue_text: s.cue.text.clone(),
                cue_start,
                cue_end,
                stance: s.cue.stance.clone(),
                content_text: s.content.text.clone(),
                content_start,
                content_end,
                via: s.via.iter().map(|v| v.text.clone()).collect(),
                medium: s.medium.as_ref().map(|m| m.text.clone()),
                direct: s.direct,
                embedded_in: s.embedded_in.clone(),
                outlet: article.outlet.clone(),
                published: article.published.clone(),
            });
        }
        for p in &a.propositions {
            let place = p.place.as_deref().and_then(|e| a.entity(e));
            let pl = place.and_then(|e| e.place.clone()).unwrap_or_default();
            let (trigger_start, trigger_end) = span(p.trigger.span);
            let mut parties: Vec<String> = p
                .actors
                .iter()
                .filter_map(|r| {
                    r.party.clone().or_else(|| {
                        a.entity(r.entity.as_deref()?)?
                            .actor
                            .as_ref()?
                            .party
                            .clone()
                    })
                })
                .collect();
            parties.sort();
            parties.dedup();
            let acled = p
                .acled
                .clone()
                .or_else(|| isnad_claims::acled_opt(&p.kind))
                .filter(|x| !x.event_type.is_empty());
            self.propositions.push(PropositionRec {
                article_id: id.clone(),
                proposition_id: p.id.clone(),
                kind: p.kind.clone(),
                family: isnad_claims::family(&p.kind).to_string(),
                trigger_text: p.trigger.text.clone(),
                trigger_start,
                trigger_end,
                place_entity: p.place.clone(),
                place_name: place.map(place_name),
                geonames_id: pl.geonames_id.map(|g| g as i64),
                lat: pl.lat,
                lon: pl.lon,
                time_id: p.time.clone(),
                time_value: p
                    .time
                    .as_deref()
                    .and_then(|t| a.time(t))
                    .and_then(|t| t.value.clone()),
                parties,
                acled_event_type: acled.as_ref().map(|x| x.event_type.clone()),
                acled_sub_event_type: acled.as_ref().map(|x| x.sub_event_type.clone()),
                plover: p
                    .plover
                    .clone()
                    .or_else(|| isnad_claims::plover(&p.kind).map(String::from)),
            });
        }
        let cross: HashMap<String, CrossClaim> = cross_claims(article, a)
            .into_iter()
            .map(|c| (c.claim_id.clone(), c))
            .collect();
        for c in &a.claims {
            let x = cross.get(&c.id);
            self.claims.push(ClaimRec {
                article_id: id.clone(),
                claim_id: c.id.clone(),
                proposition_id: c.proposition.clone(),
                by: c.by.clone(),
                polarity: c.polarity.clone(),
                modality: c.modality.clone(),
                kind: x.map(|x| x.view.kind.clone()),
                source_key: x.map(|x| x.source_key.clone()),
                source_name: x.map(|x| x.source_name.clone()),
                party: x.and_then(|x| x.party.clone()),
                outlet: article.outlet.clone(),
                place_name: x.and_then(|x| x.place_name.clone()),
                d0: x.and_then(|x| x.d0.clone()),
                d1: x.and_then(|x| x.d1.clone()),
                keys: x.map(|x| x.keys.clone()).unwrap_or_default(),
                k0: x.map(|x| x.k0.clone()),
                k1: x.map(|x| x.k1.clone()),
                doc: x.map(|x| x.doc.clone()),
                record: x.and_then(|x| serde_json::to_string(x).ok()),
            });
        }
        for x in &a.contradictions {
            let p = a
                .claim(&x.claims[0])
                .and_then(|c| a.proposition(&c.proposition));
            self.contradictions.push(ContradictionRec {
                scope: "article".into(),
                article_id: id.clone(),
                claim_a: x.claims[0].clone(),
                article_b: id.clone(),
                claim_b: x.claims[1].clone(),
                contradiction_id: Some(x.id.clone()),
                kind: x.kind.clone(),
                basis: x.basis.clone(),
                party: x.party.clone(),
                explanation: x.explanation.clone(),
                headline: Some(x.headline),
                date: None,
                place_name: p
                    .and_then(|p| p.place.as_deref())
                    .and_then(|e| a.entity(e))
                    .map(place_name),
                proposition_type: p.map(|p| p.kind.clone()),
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.contradictions.is_empty()
    }

    /// Each row as one line `TABLE<TAB>JSON` (what `isnad extract --format rows` writes, for
    /// engines that pipe text through the binary).
    pub fn write_rows(&self, w: &mut dyn std::io::Write) -> Result<()> {
        fn put<T: Serialize>(w: &mut dyn std::io::Write, t: &str, rows: &[T]) -> Result<()> {
            for r in rows {
                write!(w, "{t}\t")?;
                serde_json::to_writer(&mut *w, r)?;
                writeln!(w)?;
            }
            Ok(())
        }
        put(w, "articles", &self.articles)?;
        put(w, "entities", &self.entities)?;
        put(w, "statements", &self.statements)?;
        put(w, "propositions", &self.propositions)?;
        put(w, "claims", &self.claims)?;
        put(w, "contradictions", &self.contradictions)?;
        Ok(())
    }

    pub fn clear(&mut self) {
        *self = Tables::default();
    }
}

impl Store {
    /// The stored cross-article contradictions in the order they were found, with the article
    /// and claim ids of both sides (the `contradictions` table's `corpus` rows).
    pub fn corpus_contradictions(&self) -> Result<Vec<ContradictionRec>> {
        let mut st = self.conn().prepare(
            "SELECT x.kind, x.basis, x.party, x.explanation, x.date, x.place_name, x.proposition_type,
                    aa.id, ca.cid, ab.id, cb.cid
             FROM contradictions x
             JOIN claims ca ON ca.rid = x.a JOIN articles aa ON aa.rid = ca.article
             JOIN claims cb ON cb.rid = x.b JOIN articles ab ON ab.rid = cb.article
             WHERE x.scope = 'corpus' ORDER BY x.rid",
        )?;
        let rows = st.query_map([], |r| {
            Ok(ContradictionRec {
                scope: "corpus".into(),
                kind: r.get(0)?,
                basis: r.get(1)?,
                party: r.get(2)?,
                explanation: r.get(3)?,
                headline: None,
                date: r.get(4)?,
                place_name: r.get(5)?,
                proposition_type: r.get(6)?,
                contradiction_id: None,
                article_id: r.get(7)?,
                claim_a: r.get(8)?,
                article_b: r.get(9)?,
                claim_b: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
