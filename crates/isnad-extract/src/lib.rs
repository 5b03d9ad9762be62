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

use isnad_lexicon::Lexicons;
use isnad_schema::{Analysis, Article};
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

/// The compiled lexicons and gazetteer; build once, share across threads.
pub struct Extractor {
    lex: Lexicons,
}

impl Extractor {
    pub fn bundled() -> Self {
        Extractor {
            lex: Lexicons::bundled(),
        }
    }

    pub fn with_options(opts: &Options) -> anyhow::Result<Self> {
        let lex = Lexicons::load(&opts.lexicon_dirs)?;
        Ok(Extractor { lex })
    }

    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// Analyses one article. Never panics on any input text.
    pub fn analyse(&self, article: &Article) -> Analysis {
        let mut out = Analysis::empty(article.doc());
        let cx = Context::new(&article.text);
        let mut ents = entities::find(&cx, &self.lex);
        let stmts = attribution::find(&cx, &self.lex, &mut ents);
        let remap = entities::number(&mut ents);
        entities::emit(&cx, &ents, &mut out);
        attribution::emit(&cx, &stmts, &ents, &remap, &mut out);
        out
    }
}
