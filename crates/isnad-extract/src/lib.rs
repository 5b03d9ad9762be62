//! One article in, one `isnad/1` analysis out.
//!
//! The pipeline runs over one [`Normalized`] text: entities (actor lexicon, gazetteer), times and
//! quantities, statements (attribution: who said what through whom), then propositions, claims
//! and contradictions. Every stage works on folded byte offsets; only the final conversion turns
//! them into code-point spans of the original text, so `text == article[start..end]` holds by
//! construction.

mod attribution;
mod chrome;
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
    /// Write the ids of the rules that made each proposition, claim and contradiction into its
    /// `rules` field (`isnad extract --explain`); off, the output has no such field.
    pub explain: bool,
}

/// The bundled gazetteer is shared by every extractor; one with user files is owned.
enum Gaz {
    Shared(&'static Gazetteer),
    Owned(Box<Gazetteer>),
}

/// The compiled lexicons and gazetteer; build once, share across threads.
pub struct Extractor {
    lex: Lexicons,
    /// One automaton over the lexicons every article is searched with.
    scanner: isnad_claims::Scanner,
    gaz: Gaz,
    times: TimeFinder,
    quantities: QuantityFinder,
    explain: bool,
}

impl Extractor {
    pub fn bundled() -> Self {
        let lex = Lexicons::bundled();
        Extractor {
            scanner: isnad_claims::Scanner::new(&lex),
            lex,
            gaz: Gaz::Shared(Gazetteer::shared()),
            times: TimeFinder::bundled(),
            quantities: QuantityFinder::bundled(),
            explain: false,
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
        for dir in &opts.lexicon_dirs {
            times.add_dir(dir)?;
            quantities.add_dir(dir)?;
        }
        Ok(Extractor {
            scanner: isnad_claims::Scanner::new(&lex),
            lex,
            gaz,
            times,
            quantities,
            explain: opts.explain,
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

    /// Analyses one article, turning an internal failure (a bug: a panic in some rule) into an
    /// error that names the article, so that one bad article never stops a batch, an ingest or a
    /// server. Every entry point that takes user text calls this, not [`Extractor::analyse`].
    pub fn try_analyse(&self, article: &Article) -> Result<Analysis, AnalyseError> {
        guarded(&article.id, || self.analyse(article))
    }

    /// Analyses one article. Meant never to panic on any input text (fuzzed); callers that take
    /// user input use [`Extractor::try_analyse`] all the same.
    pub fn analyse(&self, article: &Article) -> Analysis {
        if article.text.len() > 2 * WINDOW {
            return self.analyse_windows(article);
        }
        self.analyse_one(article)
    }

    fn analyse_one(&self, article: &Article) -> Analysis {
        let mut out = Analysis::empty(article.doc());
        // Page chrome is read as blanks: spans and texts still come from the original article.
        let chrome = chrome::ranges(&article.text, &self.lex);
        let mut cx = Context::with_chrome(&article.text, &chrome);
        cx.hits = self.scanner.scan(&self.lex, cx.view());
        let mut ents = entities::find(&cx, &self.lex);
        entities::add_places(&cx, self.gazetteer(), &mut ents);
        entities::add_learned(&cx, &mut ents);
        entities::drop_adjective_homographs(&cx, &self.lex, &mut ents);
        entities::titles_to_names(&cx, &self.lex, &mut ents);

        let published = article.published.as_deref().and_then(|d| {
            chrono::NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok()
        });
        let times = self.times.find(&cx.n, published);
        out.times = isnad_values::to_schema_times(&cx.n, &times);
        let quantities = self.quantities.find(&cx.n);
        out.quantities = isnad_values::to_schema_quantities(&cx.n, &quantities);
        let time_spans: Vec<(usize, usize)> = times
            .iter()
            .map(|t| (cx.n.folded_pos(t.span.0), cx.n.folded_pos(t.span.1)))
            .collect();
        let stmts = attribution::find(&cx, &self.lex, &mut ents, &time_spans);
        let unnamed = entities::unnamed(&cx, &self.lex, &ents);
        let remap = entities::number(&mut ents, &unnamed);
        entities::emit(&cx, &ents, &mut out);
        attribution::emit(&cx, &stmts, &ents, &remap, &mut out);
        isnad_claims::analyse_claims_scanned(
            &cx.n,
            &self.lex,
            &self.scanner,
            &cx.hits,
            &mut out,
            self.explain,
        );
        out
    }
}

/// An article whose analysis failed inside isnad (a bug, reported with the article's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyseError {
    pub id: String,
    pub message: String,
}

impl std::fmt::Display for AnalyseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "article {:?}: analysis failed inside isnad ({}); please report it with this article",
            self.id, self.message
        )
    }
}

impl std::error::Error for AnalyseError {}

/// Runs `f`, turning a panic inside it into an [`AnalyseError`] for article `id`.
pub fn guarded<T>(id: &str, f: impl FnOnce() -> T) -> Result<T, AnalyseError> {
    IN_ANALYSIS.with(|c| c.set(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_ANALYSIS.with(|c| c.set(false));
    r.map_err(|payload| AnalyseError {
        id: id.to_string(),
        message: panic_message(payload.as_ref()),
    })
}

thread_local! {
    /// Set while [`Extractor::try_analyse`] runs on this thread: a panic here is caught and reported.
    static IN_ANALYSIS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Keeps caught analysis panics off stderr (they are reported as [`AnalyseError`]s that name the
/// article); any other panic is printed as usual. Binaries call this once at start-up.
pub fn quiet_analysis_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_ANALYSIS.with(|f| f.get()) || std::env::var_os("RUST_BACKTRACE").is_some() {
            default(info);
        }
    }));
}

/// Articles longer than this are analysed in paragraph-aligned windows: per-article stages match
/// mentions against earlier ones, which is cheap for news articles but not for a 50 MB dump.
const WINDOW: usize = 64 * 1024;

impl Extractor {
    /// Analyses a long text window by window and merges the results with global spans and ids.
    fn analyse_windows(&self, article: &Article) -> Analysis {
        let text = &article.text;
        let mut out = Analysis::empty(article.doc());
        let mut start = 0usize; // byte offset of the window
        let mut cp_start = 0usize; // code-point offset of the window
        while start < text.len() {
            let mut end = (start + WINDOW).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            if end < text.len() {
                // Cut after a line break (else a sentence end, else a space) in the last half.
                let mut half = start + (end - start) / 2;
                while !text.is_char_boundary(half) {
                    half += 1;
                }
                let slice = &text[half..end];
                let cut = slice
                    .rfind('\n')
                    .or_else(|| slice.rfind(". "))
                    .or_else(|| slice.rfind(' '))
                    .map(|i| half + i + 1);
                if let Some(c) = cut.filter(|&c| text.is_char_boundary(c)) {
                    end = c;
                }
            }
            let part = Article {
                text: text[start..end].to_string(),
                ..article.clone()
            };
            let a = self.analyse_one(&part);
            merge_window(&mut out, a, cp_start);
            cp_start += text[start..end].chars().count();
            start = end;
        }
        out
    }
}

/// Appends one window's analysis, shifting its spans by `shift` code points and renumbering ids.
fn merge_window(out: &mut Analysis, mut a: Analysis, shift: usize) {
    use std::collections::HashMap;
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut renumber = |prefix: &str, old: &mut String, next: usize| {
        let new = format!("{prefix}{next}");
        ids.insert(format!("{prefix}:{old}"), new.clone());
        *old = new;
    };
    // Every span of the window moves by its start (one walk over all layers).
    for (span, _) in a.spans_mut() {
        span[0] += shift;
        span[1] += shift;
    }
    for (k, e) in a.entities.iter_mut().enumerate() {
        renumber("e", &mut e.id, out.entities.len() + k + 1);
    }
    for (k, t) in a.times.iter_mut().enumerate() {
        renumber("t", &mut t.id, out.times.len() + k + 1);
    }
    for (k, q) in a.quantities.iter_mut().enumerate() {
        renumber("q", &mut q.id, out.quantities.len() + k + 1);
    }
    for (k, s) in a.statements.iter_mut().enumerate() {
        renumber("s", &mut s.id, out.statements.len() + k + 1);
    }
    for (k, p) in a.propositions.iter_mut().enumerate() {
        renumber("p", &mut p.id, out.propositions.len() + k + 1);
    }
    for (k, c) in a.claims.iter_mut().enumerate() {
        renumber("c", &mut c.id, out.claims.len() + k + 1);
    }
    for (k, x) in a.contradictions.iter_mut().enumerate() {
        renumber("x", &mut x.id, out.contradictions.len() + k + 1);
    }
    let map = |prefix: &str, id: &mut String| {
        if let Some(n) = ids.get(&format!("{prefix}:{id}")) {
            *id = n.clone();
        }
    };
    for s in &mut a.statements {
        for r in std::iter::once(&mut s.source)
            .chain(std::iter::once(&mut s.content))
            .chain(s.via.iter_mut())
            .chain(s.medium.iter_mut())
        {
            if let Some(e) = r.entity.as_mut() {
                map("e", e);
            }
        }
        if let Some(e) = s.embedded_in.as_mut() {
            map("s", e);
        }
    }
    for p in &mut a.propositions {
        for r in &mut p.actors {
            if let Some(e) = r.entity.as_mut() {
                map("e", e);
            }
        }
        if let Some(x) = p.place.as_mut() {
            map("e", x);
        }
        if let Some(x) = p.time.as_mut() {
            map("t", x);
        }
        for q in &mut p.quantities {
            map("q", q);
        }
    }
    for c in &mut a.claims {
        map("p", &mut c.proposition);
        if c.by != "author" {
            map("s", &mut c.by);
        }
    }
    for x in &mut a.contradictions {
        for c in &mut x.claims {
            map("c", c);
        }
    }
    out.append(a);
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_naming_the_article() {
        quiet_analysis_panics();
        let e = guarded("R-1/2", || -> usize { panic!("slice inside a letter") }).unwrap_err();
        assert_eq!(e.id, "R-1/2");
        assert!(e.to_string().contains("slice inside a letter"), "{e}");
        assert_eq!(guarded("ok", || 7).unwrap(), 7);
    }

    #[test]
    fn glued_closing_quotes_do_not_panic() {
        let ex = Extractor::bundled();
        for t in [
            "أعلن المركز عبر حسابه في تويتر»",
            "أعلن المركز عبر حسابه في تويتر”",
        ] {
            let a = Article {
                id: "q".into(),
                text: t.into(),
                ..Default::default()
            };
            assert!(ex.try_analyse(&a).is_ok());
        }
    }
}
