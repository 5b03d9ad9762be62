//! The gazetteer of isnad: finds place names in folded Arabic text and resolves them to places
//! with GeoNames ids and coordinates.
//!
//! The bundled data (`data/gazetteer/` in the repository, embedded at compile time) is a GeoNames
//! extract (countries, and towns with Arabic names in the Middle East and big cities elsewhere;
//! GeoNames, CC BY 4.0) plus hand-curated places the cities file lacks (bases, airports, regions,
//! rivers, crossings, borders, governorates, villages and neighbourhoods). A user may add a full
//! GeoNames dump ([`Gazetteer::load_geonames_dump`]) or rows of their own
//! ([`Gazetteer::add_tsv`]).
//!
//! ```
//! use isnad_geo::Gazetteer;
//! let gaz = Gazetteer::shared();
//! let text = isnad_text::fold("قصفت الطائرات مدينة البوكمال في ريف دير الزور الشرقي");
//! let found = gaz.locate(&text);
//! assert_eq!(gaz.place(found[0].place).geonames_id, Some(174448));
//! ```
//!
//! Matching is word-aligned: the text is split into words, each word may carry proclitics
//! (و ف ب ل ك, the article ال or لل) before the name, and names of up to a few words are looked up
//! in a hash index of folded names. A hash index (rather than an automaton) keeps loading the
//! bundled data to a few milliseconds and lets a user dump be added without rebuilding anything.

mod data;
mod index;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

pub use index::{MatchPrefix, PlaceMatch};

/// What kind of entity a place is, in the `isnad/1` entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum PlaceKind {
    /// Country, governorate, city, town, village, neighbourhood.
    #[serde(rename = "GPE")]
    Gpe,
    /// Region, desert, mountain, river, sea, border.
    #[serde(rename = "LOC")]
    Loc,
    /// Base, airport, crossing, station, camp, building.
    #[serde(rename = "FAC")]
    Fac,
}

impl PlaceKind {
    /// Parses `GPE`, `LOC` or `FAC` (case-insensitive).
    pub fn parse(s: &str) -> Option<PlaceKind> {
        match s.trim().to_ascii_uppercase().as_str() {
            "GPE" => Some(PlaceKind::Gpe),
            "LOC" => Some(PlaceKind::Loc),
            "FAC" => Some(PlaceKind::Fac),
            _ => None,
        }
    }

    /// The `isnad/1` type string.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Gpe => "GPE",
            PlaceKind::Loc => "LOC",
            PlaceKind::Fac => "FAC",
        }
    }
}

/// One place. Serializes to the `place` object of `isnad/1`:
/// `{"geonames_id","name","lat","lon","country","admin1"}` (the other fields are for the caller).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Place {
    pub geonames_id: Option<u64>,
    /// GeoNames' own name where the place comes from GeoNames (`Ālbū Kamāl`), else the canonical name.
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<String>,
    /// First-level administrative division, English name (`Deir ez-Zor`).
    pub admin1: Option<String>,
    /// Canonical English name for `entities[].canonical` (`Abu Kamal`).
    #[serde(skip)]
    pub canonical: String,
    #[serde(skip)]
    pub kind: PlaceKind,
    #[serde(skip)]
    pub population: u64,
    /// A country (GeoNames feature code PCLI).
    #[serde(skip)]
    pub is_country: bool,
    /// Curated by hand (bundled curated.tsv or a user's file).
    #[serde(skip)]
    pub curated: bool,
    /// The Arabic names it is known by, as written in the data.
    #[serde(skip)]
    pub arabic: Vec<String>,
}

/// Index of a place in a [`Gazetteer`].
pub type PlaceRef = u32;

/// A mention resolved to one place by [`Gazetteer::locate`].
#[derive(Debug, Clone)]
pub struct Located {
    /// The mention (folded byte offsets, candidates, phrase prefix).
    pub m: PlaceMatch,
    /// The chosen place.
    pub place: PlaceRef,
}

/// Errors from loading user files.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// What an article says about where it is: countries and admin1 areas its unambiguous place
/// mentions point to, and a country the caller knows (the outlet's or the story's).
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Country code -> weight (mentions).
    pub countries: HashMap<String, f64>,
    /// (country, admin1) areas mentioned.
    pub admin1: HashSet<(String, String)>,
    /// A country to prefer when nothing else decides (e.g. `SY` for a Syria desk).
    pub default_country: Option<String>,
}

impl Context {
    /// Builds a context from the matches of one article: unambiguous mentions count fully, a
    /// mention whose candidates all share a country counts half.
    pub fn from_matches(gaz: &Gazetteer, matches: &[PlaceMatch]) -> Context {
        let mut ctx = Context::default();
        for m in matches {
            let places: Vec<&Place> = m.candidates.iter().map(|&r| gaz.place(r)).collect();
            let Some(first) = places.first() else {
                continue;
            };
            let same_country = places.iter().all(|p| p.country == first.country);
            if !same_country {
                continue;
            }
            if let Some(cc) = &first.country {
                let w = if places.len() == 1 { 1.0 } else { 0.5 };
                *ctx.countries.entry(cc.clone()).or_default() += w;
                if places.len() == 1 {
                    if let Some(a) = &first.admin1 {
                        ctx.admin1.insert((cc.clone(), a.clone()));
                    }
                }
            }
        }
        ctx
    }

    /// Sets the country to prefer when the text does not decide.
    pub fn with_default_country(mut self, cc: &str) -> Context {
        self.default_country = Some(cc.to_string());
        self
    }
}

/// The gazetteer: places and an index of their folded Arabic names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_gid: HashMap<u64, PlaceRef>,
    index: index::NameIndex,
    /// GeoNames admin1 codes (`SY.07`) -> English names, from a user's admin1CodesASCII.txt.
    admin1_codes: HashMap<String, String>,
}

impl Gazetteer {
    /// An empty gazetteer (for tests and for users who bring all their own data).
    pub fn empty() -> Gazetteer {
        Gazetteer::default()
    }

    /// The bundled gazetteer (GeoNames extract + curated places + stoplist), parsed from data
    /// embedded in the binary. Takes a few milliseconds in release builds.
    pub fn bundled() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.index.load_stoplist(data::STOPLIST);
        data::load_geonames_tsv(&mut g, data::GEONAMES_TSV);
        data::load_curated_tsv(&mut g, data::CURATED_TSV, true);
        g
    }

    /// A process-wide bundled gazetteer, built on first use.
    pub fn shared() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::bundled)
    }

    /// Adds the places of a GeoNames dump in GeoNames' own tab-separated format
    /// (`allCountries.txt`, a country file such as `SY.txt`, or `cities500.txt`). Only places with
    /// an Arabic-script alternate name are kept (the others cannot be matched in Arabic text);
    /// places already present (same GeoNames id) get the new names added. Admin1 names come from
    /// an `admin1CodesASCII.txt` beside the dump when there is one, else from a built-in table
    /// for Syria, Iraq, Lebanon and Jordan. Returns how many rows were added or merged.
    pub fn load_geonames_dump(&mut self, path: impl AsRef<Path>) -> Result<usize, GeoError> {
        let path = path.as_ref();
        if let Some(dir) = path.parent() {
            let codes = dir.join("admin1CodesASCII.txt");
            if codes.is_file() {
                self.load_admin1_codes(&codes)?;
            }
        }
        let f = std::fs::File::open(path).map_err(|e| io_err(path, e))?;
        data::load_geonames_dump(self, std::io::BufReader::with_capacity(1 << 20, f))
            .map_err(|e| io_err(path, e))
    }

    /// Reads GeoNames' `admin1CodesASCII.txt` (admin1 code -> name) for later dump loading.
    pub fn load_admin1_codes(&mut self, path: impl AsRef<Path>) -> Result<usize, GeoError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| io_err(path, e))?;
        Ok(data::load_admin1_codes(self, &text))
    }

    /// Adds rows in the curated format (see `data/gazetteer/README.md`): arabic names
    /// `|`-separated, canonical, type, geonames_id, lat, lon, country, admin1, source.
    /// Returns the number of rows read.
    pub fn add_tsv(&mut self, path: impl AsRef<Path>) -> Result<usize, GeoError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| io_err(path, e))?;
        Ok(data::load_curated_tsv(self, &text, true))
    }

    /// Adds stoplist lines (same format as `data/gazetteer/stoplist.txt`).
    pub fn add_stoplist(&mut self, text: &str) {
        self.index.load_stoplist(text);
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when the gazetteer has no place.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Number of distinct folded names in the index.
    pub fn name_count(&self) -> usize {
        self.index.len()
    }

    /// The place behind a reference.
    pub fn place(&self, r: PlaceRef) -> &Place {
        &self.places[r as usize]
    }

    /// The place with a GeoNames id, if present.
    pub fn by_geonames_id(&self, id: u64) -> Option<&Place> {
        self.by_gid.get(&id).map(|&r| self.place(r))
    }

    /// Places a folded name (as written, with or without the article) may refer to.
    pub fn lookup(&self, name: &str) -> Vec<PlaceRef> {
        self.index.lookup(&isnad_text::fold(name))
    }

    /// Finds place mentions in folded text (from `isnad_text::fold` or `Normalized::folded`):
    /// longest non-overlapping, word-aligned matches with their candidate places. Phrases
    /// `ريف X`, `محافظة X`, `منطقة X`, `شرق/غرب/شمال/جنوب X` (and `شرقي`…) are covered by the
    /// span, with X's places as candidates (a curated phrase such as `ريف حلب الشمالي` wins).
    pub fn find(&self, folded_text: &str) -> Vec<PlaceMatch> {
        self.index.find(folded_text, &self.places)
    }

    /// Picks the place a mention refers to: the article's countries, admin1 areas mentioned
    /// nearby, countries over towns, curated entries, then population.
    pub fn resolve(&self, candidates: &[PlaceRef], ctx: &Context) -> Option<&Place> {
        self.resolve_ref(candidates, ctx).map(|r| self.place(r))
    }

    /// As [`Gazetteer::resolve`], returning the reference.
    pub fn resolve_ref(&self, candidates: &[PlaceRef], ctx: &Context) -> Option<PlaceRef> {
        let max_c = ctx.countries.values().cloned().fold(0.0_f64, f64::max);
        // Curated places carry no population but are in the data because the news names them:
        // count them as a mid-sized town.
        let pop = |r: PlaceRef| {
            let p = self.place(r);
            p.population.max(if p.curated { 50_000 } else { 1_000 }) as f64
        };
        let max_pop = candidates.iter().map(|&r| pop(r)).fold(0.0_f64, f64::max);
        let score = |r: PlaceRef| -> f64 {
            let p = self.place(r);
            let cc = p.country.as_deref().unwrap_or("");
            let mut s = 0.0;
            if max_c > 0.0 {
                s += 2.0 * ctx.countries.get(cc).copied().unwrap_or(0.0) / max_c;
            }
            // A namesake ten times smaller than the best-known place of that name loses ground
            // (Moscow over a Texan Mesquite spelled the same in Arabic).
            let ratio = max_pop / pop(r);
            if ratio >= 10.0 {
                s -= ratio.log10();
            }
            if ctx.default_country.as_deref() == Some(cc) {
                s += 1.0;
            }
            if let Some(a) = &p.admin1 {
                if !p.is_country && ctx.admin1.contains(&(cc.to_string(), a.clone())) {
                    s += 1.5;
                }
            }
            if p.is_country {
                s += 2.0;
            }
            if p.curated {
                s += 0.8;
            }
            s + 0.3 * ((p.population as f64) + 1.0).log10()
        };
        candidates
            .iter()
            .copied()
            .map(|r| (r, score(r)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(r, _)| r)
    }

    /// Finds and resolves every mention of one article. Weak mentions (only small GeoNames towns
    /// of a country the article does not otherwise mention, and no place word before them) are
    /// dropped: many small towns share their names with common words.
    pub fn locate(&self, folded_text: &str) -> Vec<Located> {
        self.locate_with(folded_text, None)
    }

    /// As [`Gazetteer::locate`] with a default country (ISO alpha-2) for the article.
    pub fn locate_with(&self, folded_text: &str, default_country: Option<&str>) -> Vec<Located> {
        let matches = self.find(folded_text);
        let mut ctx = Context::from_matches(self, &matches);
        ctx.default_country = default_country.map(str::to_string);
        let mut out = Vec::with_capacity(matches.len());
        for m in matches {
            let Some(r) = self.resolve_ref(&m.candidates, &ctx) else {
                continue;
            };
            let p = self.place(r);
            let weak = !p.curated && !p.is_country && p.population < 20_000 && !m.after_place_word;
            if weak {
                let cc = p.country.as_deref().unwrap_or("");
                // Its own mention counts in the context: ask for more than that.
                let own = if m.candidates.len() == 1 { 1.0 } else { 0.5 };
                let support = ctx.countries.get(cc).copied().unwrap_or(0.0) - own;
                if support < 1.0 && ctx.default_country.as_deref() != Some(cc) {
                    continue;
                }
            }
            out.push(Located { m, place: r });
        }
        out
    }

    /// Adds a place and indexes its Arabic names; a place with a GeoNames id already present
    /// is merged into the existing one (names added, missing fields filled, curated fields win).
    pub fn add_place(&mut self, p: Place) -> PlaceRef {
        if let Some(id) = p.geonames_id {
            if let Some(&r) = self.by_gid.get(&id) {
                let names = p.arabic.clone();
                {
                    let q = &mut self.places[r as usize];
                    if p.curated {
                        q.canonical = p.canonical;
                        q.kind = p.kind;
                        q.curated = true;
                        if p.admin1.is_some() {
                            q.admin1 = p.admin1;
                        }
                    } else if q.admin1.is_none() {
                        q.admin1 = p.admin1;
                    }
                    if q.lat.is_none() {
                        q.lat = p.lat;
                        q.lon = p.lon;
                    }
                    q.population = q.population.max(p.population);
                    for n in &names {
                        if !q.arabic.contains(n) {
                            q.arabic.push(n.clone());
                        }
                    }
                }
                for n in &names {
                    self.index.add_name(n, r);
                }
                if self.places[r as usize].curated {
                    self.prune_namesakes(r, &names);
                }
                return r;
            }
        }
        let r = self.places.len() as PlaceRef;
        if let Some(id) = p.geonames_id {
            self.by_gid.insert(id, r);
        }
        for n in &p.arabic {
            self.index.add_name(n, r);
        }
        let curated = p.curated;
        let names = p.arabic.clone();
        self.places.push(p);
        if curated {
            self.prune_namesakes(r, &names);
        }
        r
    }

    /// Curated names win over GeoNames towns of the same name in the same country.
    fn prune_namesakes(&mut self, r: PlaceRef, names: &[String]) {
        let places = &self.places;
        let country = places[r as usize].country.clone();
        if country.is_none() {
            return;
        }
        for n in names {
            self.index.prune_namesakes(n, r, |q| {
                let qp = &places[q as usize];
                !qp.curated && !qp.is_country && qp.country == country
            });
        }
    }
}

fn io_err(path: &Path, source: std::io::Error) -> GeoError {
    GeoError::Io {
        path: path.display().to_string(),
        source,
    }
}
