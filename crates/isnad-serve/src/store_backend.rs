//! The real backend: an `isnad_store::Store` plus the extractor for claim checks and ingest.

use crate::{Backend, BadRequest, Filters, Paging};
use isnad_extract::Extractor;
use isnad_schema::Article;
use isnad_store::{
    ArticleQuery, ContradictionQuery, EventQuery, SourceQuery, StatementQuery, Store,
};
use serde_json::{json, Value};
use std::sync::Arc;

type Factory = Box<dyn Fn() -> anyhow::Result<Extractor> + Send>;

pub struct StoreBackend {
    store: Store,
    /// Built on first use: the lexicons take a while to compile and most sessions only read.
    extractor: Option<Arc<Extractor>>,
    factory: Factory,
}

impl StoreBackend {
    /// Claim checks and ingest use the bundled extractor, built on first use.
    pub fn new(store: Store) -> Self {
        Self::with_factory(store, || Ok(Extractor::bundled()))
    }

    pub fn with_extractor(store: Store, extractor: Arc<Extractor>) -> Self {
        let mut b = Self::new(store);
        b.extractor = Some(extractor);
        b
    }

    /// The extractor is built by `factory` on first use (e.g. with the user's `--lexicon` folders).
    pub fn with_factory(
        store: Store,
        factory: impl Fn() -> anyhow::Result<Extractor> + Send + 'static,
    ) -> Self {
        StoreBackend {
            store,
            extractor: None,
            factory: Box::new(factory),
        }
    }

    fn extractor(&mut self) -> anyhow::Result<Arc<Extractor>> {
        if self.extractor.is_none() {
            self.extractor = Some(Arc::new((self.factory)()?));
        }
        Ok(self.extractor.clone().expect("just set"))
    }
}

fn to_json<T: serde::Serialize>(v: T) -> anyhow::Result<Value> {
    Ok(serde_json::to_value(v)?)
}

impl Backend for StoreBackend {
    fn articles(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.articles(&ArticleQuery {
            q: f.q.clone(),
            outlet: f.outlet.clone(),
            since: f.since.clone(),
            until: f.until.clone(),
            offset: p.offset,
            limit: p.limit,
        })?)
    }

    fn article(&self, id: &str) -> anyhow::Result<Option<Value>> {
        self.store.article(id)?.map(to_json).transpose()
    }

    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.statements(&StatementQuery {
            source: f.source.clone(),
            party: f.party.clone(),
            outlet: f.outlet.clone(),
            article: f.article.clone(),
            offset: p.offset,
            limit: p.limit,
        })?)
    }

    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.events(&EventQuery {
            kind: f.kind.clone(),
            party: f.party.clone(),
            place: f.place.clone(),
            outlet: f.outlet.clone(),
            since: f.since.clone(),
            until: f.until.clone(),
            offset: p.offset,
            limit: p.limit,
        })?)
    }

    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.contradictions(&ContradictionQuery {
            place: f.place.clone(),
            party: f.party.clone(),
            since: f.since.clone(),
            until: f.until.clone(),
            outlet: f.outlet.clone(),
            scope: f.scope.clone(),
            offset: p.offset,
            limit: p.limit,
        })?)
    }

    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.sources(&SourceQuery {
            q: f.q.clone(),
            party: f.party.clone(),
            outlet: f.outlet.clone(),
            offset: p.offset,
            limit: p.limit,
        })?)
    }

    fn source(&self, key: &str) -> anyhow::Result<Option<Value>> {
        self.store.source(key)?.map(to_json).transpose()
    }

    fn search(&self, q: &str, p: Paging) -> anyhow::Result<Value> {
        to_json(self.store.search(q, p.offset, p.limit)?)
    }

    fn check(&mut self, claim: &str) -> anyhow::Result<Value> {
        let ex = self.extractor()?;
        let article = Article {
            id: "claim".into(),
            text: claim.to_string(),
            ..Default::default()
        };
        // A claim that breaks the extractor is the client's text meeting our bug: say so plainly.
        let analysis = ex.try_analyse(&article).map_err(|e| {
            anyhow::Error::new(BadRequest(format!(
                "the claim could not be analysed: {}",
                e.message
            )))
        })?;
        to_json(self.store.check_analysis(claim, analysis)?)
    }

    fn ingest(&mut self, articles: Vec<Article>) -> anyhow::Result<Value> {
        let ex = self.extractor()?;
        let mut failed = Vec::new();
        let mut batch = Vec::with_capacity(articles.len());
        for mut a in articles {
            if a.published.is_none() {
                a.published = isnad_store::infer_published(a.url.as_deref(), &a.text);
            }
            // One article that breaks the extractor is named and skipped; the others are stored.
            match ex.try_analyse(&a) {
                Ok(an) => batch.push((a, an)),
                Err(e) => failed.push(json!({"id": e.id, "error": e.to_string()})),
            }
        }
        let report = self
            .store
            .ingest(&batch)
            .map_err(|e| anyhow::Error::new(BadRequest(format!("ingest failed: {e:#}"))))?;
        let mut v = to_json(report)?;
        v["failed"] = Value::Array(failed);
        Ok(v)
    }

    fn stats(&self) -> anyhow::Result<Value> {
        let counts = self.store.stats()?;
        let get = |k: &str| counts.iter().find(|(n, _)| n == k).map_or(0, |(_, v)| *v);
        let sources = self
            .store
            .sources(&SourceQuery {
                limit: 1,
                ..Default::default()
            })?
            .total;
        Ok(json!({
            "articles": get("articles"),
            "statements": get("statements"),
            "events": get("events"),
            "claims": get("claims"),
            "contradictions": get("contradictions"),
            "contradictions_cross_article": get("contradictions (cross-article)"),
            "confirmations": get("confirmations"),
            "sources": sources,
        }))
    }
}
