//! One article in, one `isnad/1` analysis out.
//!
//! The pipeline runs over one [`Normalized`] text: entities (actor lexicon, gazetteer), times and
//! quantities, statements (attribution: who said what through whom), then propositions, claims
//! and contradictions. Every stage works on folded byte offsets; only the final conversion turns
//! them into code-point spans of the original text, so `text == article[start..end]` holds by
//! construction.

mod attribution;
mod context;
mod entities;

use isnad_geo::Gazetteer;
use isnad_lexicon::Lexicons;
use isnad_schema::{Analysis, Article};
use isnad_values::{QuantityFinder, TimeFinder};
use std::path::PathBuf;

pub use context::Context;

/// What a user may add to the bundled data.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Folders of lexicon files added to the bundled ones (`--lexicon DIR`).
    pub lexicon_dirs: Vec<PathBuf>,
    /// GeoNames dumps or curated gazetteer files added to the bundled gazetteer (`--gazetteer FILE`).
    pub gazetteer_files: Vec<PathBuf>,
}

/// The bundled gazetteer is shared by every extractor; one with user files is owned.
enum Gaz {
    Shared(&'static Gazetteer),
    Owned(Box<Gazetteer>),
}

/// The compiled lexicons and gazetteer; build once, share across threads.
pub struct Extractor {
    lex: Lexicons,
    gaz: Gaz,
    times: TimeFinder,
    quantities: QuantityFinder,
}

impl Extractor {
    pub fn bundled() -> Self {
        Extractor {
            lex: Lexicons::bundled(),
            gaz: Gaz::Shared(Gazetteer::shared()),
            times: TimeFinder::bundled(),
            quantities: QuantityFinder::bundled(),
        }
    }

    pub fn with_options(opts: &Options) -> anyhow::Result<Self> {
        let lex = Lexicons::load(&opts.lexicon_dirs)?;
        let gaz = if opts.gazetteer_files.is_empty() {
            Gaz::Shared(Gazetteer::shared())
        } else {
            let mut g = Gazetteer::bundled();
            for f in &opts.gazetteer_files {
                // A GeoNames dump is tab-separated with 19 columns; anything else is our TSV.
                let is_dump = f.extension().is_some_and(|e| e == "txt");
                if is_dump {
                    g.load_geonames_dump(f)?;
                } else {
                    g.add_tsv(f)?;
                }
            }
            Gaz::Owned(Box::new(g))
        };
        let (mut times, mut quantities) = (TimeFinder::bundled(), QuantityFinder::bundled());
        if let Some(dir) = opts.lexicon_dirs.last() {
            times = TimeFinder::with_extra(dir)?;
            quantities = QuantityFinder::with_extra(dir)?;
        }
        Ok(Extractor {
            lex,
            gaz,
            times,
            quantities,
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        match &self.gaz {
            Gaz::Shared(g) => g,
            Gaz::Owned(g) => g,
        }
    }

    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// Analyses one article. Never panics on any input text.
    pub fn analyse(&self, article: &Article) -> Analysis {
        let mut out = Analysis::empty(article.doc());
        let cx = Context::new(&article.text);
        let mut ents = entities::find(&cx, &self.lex);
        entities::add_places(&cx, self.gazetteer(), &mut ents);
        let published = article.published.as_deref().and_then(|d| {
            chrono::NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok()
        });
        let times = self.times.find(&cx.n, published);
        out.times = isnad_values::to_schema_times(&cx.n, &times);
        let quantities = self.quantities.find(&cx.n);
        out.quantities = isnad_values::to_schema_quantities(&cx.n, &quantities);
        let stmts = attribution::find(&cx, &self.lex, &mut ents);
        let remap = entities::number(&mut ents);
        entities::emit(&cx, &ents, &mut out);
        attribution::emit(&cx, &stmts, &ents, &remap, &mut out);
        out
    }
}
