//! Temporal expressions: found over the folded text with the time lexicon and a few rules, then
//! resolved against the publication date.

use std::path::Path;

use anyhow::{Context, Result};
use chrono::{Datelike, Days, Months, NaiveDate};
use isnad_text::Normalized;

use crate::hijri;
use crate::lexicon::{Hit, Kind, TUnit, TimeLexicon};
use crate::number::{parse_number, parse_ordinal_day};
use crate::tokens::{scan, Tok, TK};

/// A temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    /// `[start, end)` in code points of the original text.
    pub span: (usize, usize),
    /// ISO value: `2017-11-13`, `2017-10`, `2016`, or an interval `2017-11-06/2017-11-12`;
    /// `None` for vague expressions and for relative ones when the publication date is unknown.
    pub value: Option<String>,
    /// `day|part_of_day|week|month|year|vague`.
    pub granularity: &'static str,
    /// `at|since|until|before|after|vague`.
    pub relation: &'static str,
    /// First and last day of the window the value covers (for comparing dates).
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// Finds and resolves temporal expressions. Build it once and share it: `find` takes `&self`.
#[derive(Debug, Clone)]
pub struct TimeFinder {
    lex: TimeLexicon,
}

impl Default for TimeFinder {
    fn default() -> Self {
        Self::bundled()
    }
}

/// The lexicon file names a user directory may hold (added to the bundled entries).
pub const TIME_FILES: &[&str] = &["time_words.tsv"];

impl TimeFinder {
    /// The bundled lexicon (`lexicons/time_words.tsv`, compiled in).
    pub fn bundled() -> Self {
        TimeFinder {
            lex: TimeLexicon::bundled(),
        }
    }

    /// The bundled lexicon plus `dir/time_words.tsv` when that file exists.
    pub fn with_extra(dir: &Path) -> Result<Self> {
        let mut tf = Self::bundled();
        tf.add_dir(dir)?;
        Ok(tf)
    }

    /// Adds `dir/time_words.tsv` (when present) to the entries already loaded; call it once per
    /// user directory.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        for name in TIME_FILES {
            let p = dir.join(name);
            if p.is_file() {
                let text = std::fs::read_to_string(&p)
                    .with_context(|| format!("reading {}", p.display()))?;
                self.lex.add_tsv(&text, &p.display().to_string())?;
            }
        }
        Ok(())
    }

    /// All temporal expressions of a text, in text order, without overlaps. Relative expressions
    /// are resolved against `published` (left unresolved when it is `None`).
    pub fn find(&self, n: &Normalized, published: Option<NaiveDate>) -> Vec<TimeMention> {
        let f = n.folded();
        let t = scan(f);
        let hits = (0..t.len()).map(|i| self.lex.hits(f, &t, i)).collect();
        let mut cx = Cx {
            f,
            t: &t,
            hits,
            publ: published,
        };
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut i = 0;
        while i < t.len() {
            match cx.parse_at(i) {
                Some((start, end_tok, res)) if end_tok > i => {
                    let end = t[end_tok - 1].e;
                    out.push(res.mention(n.orig_span(start, end)));
                    toks.push((i, end_tok));
                    i = end_tok;
                }
                _ => i += 1,
            }
        }
        if published.is_none() {
            cx.anchor_yearless(&mut out, &toks, n);
        }
        out
    }
}

impl Cx<'_> {
    /// Without a publication date, a Gregorian date that names its month but not its year
    /// (`في 19 تشرين الثاني`) is placed in the year that puts it closest to the nearest date
    /// before it that writes one (else the nearest after it): a narrative keeps its time frame
    /// until it names another (`5 كانون الثاني 2018 … 28 كانون الأول` is December 2017). Relative
    /// expressions (أمس، الشهر الماضي، تشرين الثاني الماضي) stay unresolved.
    fn anchor_yearless(
        &mut self,
        out: &mut [TimeMention],
        toks: &[(usize, usize)],
        n: &Normalized,
    ) {
        let absolute: Vec<(usize, NaiveDate)> = out
            .iter()
            .enumerate()
            // A bare year (أراضي عام 1948، منذ 2011) is history more often than the narrative's
            // frame: only a written month or day anchors.
            .filter(|(_, m)| matches!(m.granularity, "day" | "month"))
            .filter_map(|(k, m)| Some((k, m.start?)))
            .collect();
        if absolute.is_empty() {
            return;
        }
        for k in 0..out.len() {
            if out[k].value.is_some() {
                continue;
            }
            let (i0, i1) = toks[k];
            let kinds: Vec<Kind> = (i0..i1)
                .flat_map(|j| self.hits[j].iter().map(|h| h.e.kind))
                .collect();
            let relative = |k: &Kind| matches!(k, Kind::Mod | Kind::This | Kind::Now | Kind::Unit);
            if !kinds.contains(&Kind::Month) || kinds.iter().any(relative) {
                continue;
            }
            let Some(anchor) = absolute
                .iter()
                .rev()
                .find(|(j, _)| *j < k)
                .or_else(|| absolute.iter().find(|(j, _)| *j > k))
                .map(|x| x.1)
            else {
                continue;
            };
            // Parsed again as if published on the anchor's day (then put back: only here).
            self.publ = Some(anchor);
            let parsed = self.parse_at(i0).filter(|r| r.1 == i1);
            self.publ = None;
            let Some((start, end_tok, mut res)) = parsed else {
                continue;
            };
            let Some(v) = (anchor.year() - 1..=anchor.year() + 1)
                .filter_map(|y| res.v.in_year(y))
                .min_by_key(|v| {
                    v.first_day()
                        .map_or(i64::MAX, |d| (d - anchor).num_days().abs())
                })
            else {
                continue;
            };
            res.v = v;
            let end = self.t[end_tok - 1].e;
            out[k] = res.mention(n.orig_span(start, end));
        }
    }
}

impl V {
    /// The same days moved by whole years so that the window starts in `year` (dates and
    /// months only; 29 February outside a leap year gives `None`).
    fn in_year(self, year: i32) -> Option<V> {
        let mv = |d: NaiveDate, by: i32| d.with_year(d.year() + by);
        match self {
            V::Day(d) => Some(V::Day(mv(d, year - d.year())?)),
            V::Days(a, b) => {
                let by = year - a.year();
                Some(V::Days(mv(a, by)?, mv(b, by)?))
            }
            V::Month(_, m) => Some(V::Month(year, m)),
            V::Months((y1, m1), (y2, m2)) => Some(V::Months((year, m1), (year + y2 - y1, m2))),
            _ => None,
        }
    }

    fn first_day(self) -> Option<NaiveDate> {
        match self {
            V::Day(d) | V::Days(d, _) => Some(d),
            V::Month(y, m) | V::Months((y, m), _) => NaiveDate::from_ymd_opt(y, m, 1),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum V {
    Day(NaiveDate),
    /// The Monday of a week.
    Week(NaiveDate),
    Month(i32, u32),
    Year(i32),
    Days(NaiveDate, NaiveDate),
    Months((i32, u32), (i32, u32)),
    Years(i32, i32),
    /// Resolvable only with a publication date, which is missing.
    Unknown,
    Vague,
}

#[derive(Clone, Copy, Debug)]
struct Res {
    v: V,
    gran: &'static str,
    rel: &'static str,
    /// The relation is set by the expression itself ("قبل يومين" is `at`), not by its preposition.
    fixed: bool,
    /// Converted from a Hijri date (exact to ±1 day only).
    hijri: bool,
}

impl Res {
    fn new(v: V, gran: &'static str) -> Self {
        Res {
            v,
            gran,
            rel: "at",
            fixed: false,
            hijri: false,
        }
    }
    fn day(d: Option<NaiveDate>) -> Self {
        Res::new(d.map_or(V::Unknown, V::Day), "day")
    }
    fn vague(rel: &'static str) -> Self {
        Res {
            v: V::Vague,
            gran: "vague",
            rel,
            fixed: true,
            hijri: false,
        }
    }

    fn mention(self, span: (usize, usize)) -> TimeMention {
        let ymd = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let (value, start, end) = match self.v {
            V::Day(d) => (Some(ymd(d)), Some(d), Some(d)),
            V::Week(m) => {
                let s = m + Days::new(6);
                (Some(format!("{}/{}", ymd(m), ymd(s))), Some(m), Some(s))
            }
            V::Month(y, m) => {
                let (a, b) = month_window(y, m).unzip();
                (Some(format!("{y:04}-{m:02}")), a, b)
            }
            V::Year(y) => (
                Some(format!("{y:04}")),
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y, 12, 31),
            ),
            V::Days(a, b) => (Some(format!("{}/{}", ymd(a), ymd(b))), Some(a), Some(b)),
            V::Months((y1, m1), (y2, m2)) => (
                Some(format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}")),
                month_window(y1, m1).map(|w| w.0),
                month_window(y2, m2).map(|w| w.1),
            ),
            V::Years(a, b) => (
                Some(format!("{a:04}/{b:04}")),
                NaiveDate::from_ymd_opt(a, 1, 1),
                NaiveDate::from_ymd_opt(b, 12, 31),
            ),
            V::Unknown | V::Vague => (None, None, None),
        };
        TimeMention {
            span,
            value,
            granularity: self.gran,
            relation: self.rel,
            start,
            end,
        }
    }
}

fn month_window(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = NaiveDate::from_ymd_opt(y, m, 1)?;
    let b = a.checked_add_months(Months::new(1))? - Days::new(1);
    Some((a, b))
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + n;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(d.weekday().num_days_from_monday() as u64)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Bare {
    No,
    Yes,
    IfRange,
}

/// How to place a date that lacks a year, or a weekday, around publication.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dir {
    /// The nearest occurrence, leaning to the past (or to the future in future-tense context).
    Auto { future: bool },
    /// Strictly before publication ("الماضي").
    Past,
    /// Strictly after publication ("المقبل").
    Next,
    /// The period of publication ("الجاري").
    Current,
}

fn mod_dir(tag: &str) -> Dir {
    match tag {
        "past" => Dir::Past,
        "next" => Dir::Next,
        _ => Dir::Current,
    }
}

/// Signed distance in days from `p` to the window `[a, b]` (0 inside).
fn dist(p: NaiveDate, a: NaiveDate, b: NaiveDate) -> i64 {
    if p < a {
        (a - p).num_days()
    } else if p > b {
        -(p - b).num_days()
    } else {
        0
    }
}

/// Picks among candidate windows (keyed by year) the one that `dir` asks for.
fn choose<T: Copy>(p: NaiveDate, cands: &[(T, NaiveDate, NaiveDate)], dir: Dir) -> Option<T> {
    match dir {
        Dir::Auto { future } => cands
            .iter()
            .min_by_key(|(_, a, b)| {
                let d = dist(p, *a, *b);
                // News mostly reports the past: a future reading must be six times closer to win
                // (in a future-tense sentence a past reading must be three times closer).
                let w = match (d > 0, future) {
                    (true, false) => 6,
                    (false, true) => 3,
                    _ => 1,
                };
                d.abs() * w
            })
            .map(|c| c.0),
        Dir::Past => cands
            .iter()
            .filter(|(_, _, b)| *b < p)
            .max_by_key(|c| c.2)
            .map(|c| c.0),
        Dir::Next => cands
            .iter()
            .filter(|(_, a, _)| *a > p)
            .min_by_key(|c| c.1)
            .map(|c| c.0),
        Dir::Current => cands
            .iter()
            .find(|(_, a, b)| *a <= p && p <= *b)
            .map(|c| c.0),
    }
}

fn weekday_date(p: NaiveDate, wd: i64, dir: Dir) -> NaiveDate {
    let pw = p.weekday().number_from_monday() as i64;
    let back = (pw - wd).rem_euclid(7);
    let fwd = (wd - pw).rem_euclid(7);
    let off = match dir {
        Dir::Auto { future: false } | Dir::Current => -back,
        Dir::Auto { future: true } => fwd,
        Dir::Past => -(if back == 0 { 7 } else { back }),
        Dir::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
    };
    add_days(p, off).unwrap_or(p)
}

/// A Gregorian or Hijri month name (possibly paired: "أبريل / نيسان").
#[derive(Clone, Copy, Debug)]
struct MonthName {
    m: u32,
    hijri: bool,
    /// An ambiguous name with nothing to confirm it yet.
    strict: bool,
    end: usize,
}

struct Cx<'a> {
    f: &'a str,
    t: &'a [Tok],
    hits: Vec<Vec<Hit<'a>>>,
    publ: Option<NaiveDate>,
}

/// Nouns before a date that make it a name: "حي 17 تموز", "مدينة 6 أكتوبر", "جسر 14 تموز".
const PLACE_BEFORE_DATE: &[&str] = &[
    "حي",
    "شارع",
    "ساحه",
    "جسر",
    "ميدان",
    "مدينه",
    "منطقه",
    "كوبري",
    "مستشفي",
    "جامعه",
    "مطار",
    "مدرسه",
    "ثوره",
    "حركه",
    "تيار",
    "قوي",
    "كتله",
    "ائتلاف",
    "لواء",
    "كتيبه",
    "تجمع",
    "جبهه",
];

/// Nouns an ordinal may qualify instead of being a day: "النصف الثاني", "الأسبوع الأول".
const AFTER_ORDINAL_NOUN: &[&str] = &[
    "النصف",
    "الربع",
    "الاسبوع",
    "الثلث",
    "العشر",
    "الفصل",
    "اليوم",
    "الشهر",
    "العام",
    "الجزء",
];

/// Words after "اليوم" that make it "the day" rather than "today".
const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "السابق",
    "نفسه",
    "ذاته",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
    "العالمي",
    "الوطني",
    "الدولي",
    "الموعود",
    "الواحد",
    "المحدد",
    "المقرر",
];
const NOT_TODAY_BEFORE: &[&str] = &["ذلك", "تلك", "نفس", "ذات", "هذا", "منتصف", "طوال", "طيله"];

/// Nouns and names that look like a future verb (س + prefix + stem).
const NOT_FUTURE: &[&str] = &[
    "سيطر",
    "سيار",
    "سياس",
    "سياد",
    "سيد",
    "سينا",
    "سيرغ",
    "سيرج",
    "ستار",
    "ستوك",
    "سنغاف",
    "سنجار",
    "سنوات",
    "سنوي",
    "سنين",
    "سيول",
    "سيف",
    "سيناري",
    "سيبيري",
    "ستالين",
    "سنيور",
    "سيرت",
    "سيره",
    "سيمو",
    "ستراس",
    "سنتيم",
    "سيكولوج",
    "سيدن",
    "سيريلانك",
];

fn is_future_word(w: &str) -> bool {
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .unwrap_or(w);
    if w == "سوف" || w == "سيتم" {
        return true;
    }
    let Some(rest) = w.strip_prefix('س') else {
        return false;
    };
    let mut cs = rest.chars();
    let starts = matches!(cs.next(), Some('ي' | 'ت' | 'ن'));
    starts && cs.count() >= 3 && !NOT_FUTURE.iter().any(|p| w.starts_with(p))
}

const FUTURE_WORDS: &[&str] = &[
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المرتقب",
    "المرتقبه",
    "يعتزم",
    "تعتزم",
    "المقرر",
    "المتوقع",
    "المنتظر",
    "سوف",
    "المقرره",
    "المزمع",
    "المزمعه",
    "المنتظره",
    "المتوقعه",
    "يتوقع",
    "ويتوقع",
    "يرتقب",
    "ينتظر",
    "المفترض",
];

impl<'a> Cx<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| &self.f[t.s..t.e])
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.t.get(i)?;
        (t.kind == TK::Word).then(|| &self.f[t.s..t.e])
    }
    fn is_word(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|w| ws.contains(&w))
    }
    fn punct(&self, i: usize) -> Option<char> {
        let t = self.t.get(i)?;
        (t.kind == TK::Punct).then(|| self.f[t.s..].chars().next())?
    }
    fn is_punct(&self, i: usize, cs: &str) -> bool {
        self.punct(i).is_some_and(|c| cs.contains(c))
    }
    fn hit(&self, i: usize, k: Kind) -> Option<&Hit<'a>> {
        self.hits.get(i)?.iter().find(|h| h.e.kind == k)
    }
    /// The longest match at `i` when it is of kind `k` (a longer phrase of another kind wins).
    fn top(&self, i: usize, k: Kind) -> Option<&Hit<'a>> {
        self.hits.get(i)?.first().filter(|h| h.e.kind == k)
    }
    fn start_of(&self, i: usize) -> usize {
        let t = &self.t[i];
        self.hits[i].first().map_or(t.s, |h| t.s + h.pre)
    }
    /// A unit-of-time word at `i` with the article (`def`) or without.
    fn unit(&self, i: usize, def: bool) -> Option<(TUnit, Option<u32>, usize)> {
        let h = self
            .hits
            .get(i)?
            .iter()
            .find(|h| h.e.kind == Kind::Unit && h.def == def)?;
        Some((h.e.unit?, h.e.count, h.end))
    }
    fn modifier(&self, i: usize) -> Option<(&'static str, usize)> {
        let h = self.hit(i, Kind::Mod).filter(|h| h.def)?;
        Some((h.e.tag, h.end))
    }
    /// A plain integer in digits at `i` (no decimal point or separators).
    fn int(&self, i: usize) -> Option<i64> {
        let t = self.t.get(i)?;
        if t.kind != TK::Num || t.e - t.s > 4 {
            return None;
        }
        self.f[t.s..t.e].parse().ok()
    }
    fn year_tok(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        (t.e - t.s == 4)
            .then(|| self.int(i))
            .flatten()
            .filter(|y| (1000..2200).contains(y))
            .map(|y| y as i32)
    }
    /// A number in digits or words at `i`: (value, token after it).
    fn number(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.t.get(i)?;
        if t.kind == TK::Punct {
            return None;
        }
        let (v, used) = parse_number(&self.f[t.s..])?;
        let stop = t.s + used;
        let mut k = i;
        while k < self.t.len() && self.t[k].s < stop {
            k += 1;
        }
        Some((v, k))
    }
    /// Whether the token at `i` starts with a glued "و" (a second item: "و13", "والأحد").
    fn has_wa(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| self.f[t.cl..].starts_with('و') && (t.cl < t.s || t.kind == TK::Word))
    }
    fn skip_punct(&self, i: usize, cs: &str) -> usize {
        if self.is_punct(i, cs) {
            i + 1
        } else {
            i
        }
    }

    /// Future tense near tokens `a..b`: a verb with سـ/سوف or a word like المقبل in the clause.
    fn future_near(&self, a: usize, b: usize) -> bool {
        // A future verb in a reported clause ("قال الاثنين إن روسيا ستحتفظ") says nothing about
        // the time of the saying: the window stops at punctuation and complementizers.
        let stop = |i: usize| {
            self.is_punct(i, ".!?؟\n:;؛\"«»")
                || self.is_word(
                    i,
                    &["ان", "انه", "انها", "بان", "وان", "لان", "الذي", "التي"],
                )
        };
        let mut i = a;
        for _ in 0..6 {
            if i == 0 {
                break;
            }
            i -= 1;
            if stop(i) {
                break;
            }
            if self
                .word(i)
                .is_some_and(|w| is_future_word(w) || FUTURE_WORDS.contains(&w))
            {
                return true;
            }
        }
        for i in b..(b + 4).min(self.t.len()) {
            if stop(i) {
                break;
            }
            if self
                .word(i)
                .is_some_and(|w| is_future_word(w) || FUTURE_WORDS.contains(&w))
            {
                return true;
            }
        }
        false
    }

    fn parse_at(&self, i: usize) -> Option<(usize, usize, Res)> {
        // "إلى الآن" (إلى is no preposition of its own: "ارتفع العدد إلى 2016").
        if self.is_word(i, &["الي", "والي"]) && self.top(i + 1, Kind::Now).is_some() {
            let (_, end, mut res) = self.core(i + 1, Some("until"))?;
            res.rel = "until";
            let start = self.t[i].s + if self.text(i).starts_with('و') { 2 } else { 0 };
            return Some((start, end, res));
        }
        if let Some(h) = self.top(i, Kind::Prep) {
            let prep = h.e.tag;
            let start = self.start_of(i);
            let (cstart, end, mut res) = self.core(h.end, Some(prep))?;
            match prep {
                "from" | "between" => {
                    if let Some((end2, r2)) = self.range_tail(end, res, prep) {
                        return Some((start, end2, r2));
                    }
                    // "من 2011 إلى 2015" was read as one range: من belongs to it. A plain
                    // "من أمس" starts at the expression.
                    let range = matches!(res.v, V::Days(..) | V::Months(..) | V::Years(..));
                    return Some((if range { start } else { cstart }, end, res));
                }
                _ => {}
            }
            if !res.fixed {
                res.rel = prep;
            }
            return Some((start, end, res));
        }
        self.core(i, None)
    }

    /// "من الجمعة إلى الأحد", "بين 2014 و2016": a second expression of the same kind.
    fn range_tail(&self, k: usize, first: Res, prep: &str) -> Option<(usize, Res)> {
        let next = if prep == "between" {
            if !self.has_wa(k) {
                return None;
            }
            k
        } else if self.is_word(k, &["الي", "حتي", "لغايه"]) || self.is_punct(k, "-") {
            k + 1
        } else {
            return None;
        };
        let (_, end, second) = self.core(next, None)?;
        let v = match (first.v, second.v) {
            (V::Day(a), V::Day(b)) if a <= b => V::Days(a, b),
            (V::Month(y1, m1), V::Month(y2, m2)) if (y1, m1) <= (y2, m2) => {
                V::Months((y1, m1), (y2, m2))
            }
            (V::Year(a), V::Year(b)) if a <= b => V::Years(a, b),
            _ => return None,
        };
        Some((end, Res::new(v, first.gran)))
    }

    /// One expression at `i` (after any preposition): (start byte, token after it, resolution).
    fn core(&self, i: usize, prep: Option<&'static str>) -> Option<(usize, usize, Res)> {
        if i >= self.t.len() {
            return None;
        }
        let start = if self.t[i].kind == TK::Num {
            self.t[i].s
        } else {
            self.start_of(i)
        };
        if let Some(h) = self.top(i, Kind::Vague) {
            // "في وقت سابق من اليوم", "في وقت لاحق من هذا الأسبوع": the period is known.
            let k = h.end + usize::from(self.is_word(h.end, &["من"]));
            if h.e.rest.len() >= 2 && (k > h.end || self.top(h.end, Kind::Vague).is_none()) {
                if let Some((_, end, mut r)) = self.core(k, None) {
                    if r.v != V::Vague {
                        r.rel = "at";
                        return Some((start, end, r));
                    }
                }
            }
            return Some((start, h.end, Res::vague(h.e.tag)));
        }
        // Most words start nothing: no lexicon match, no article, no number, no preposition.
        let t = &self.t[i];
        if prep.is_none()
            && t.kind == TK::Word
            && self.hits[i].is_empty()
            && !self.f[t.s..t.e].starts_with("ال")
            && !self.is_word(i, &["يومي", "ويومي"])
        {
            return None;
        }
        // A bare "2015" is a year after في/منذ/حتى…, or in a range after من/بين.
        let bare = match prep {
            Some("from" | "between") => Bare::IfRange,
            Some(_) => Bare::Yes,
            None if i
                .checked_sub(1)
                .is_some_and(|j| self.is_word(j, &["في", "خلال", "وفي", "وخلال"])) =>
            {
                Bare::Yes
            }
            None => Bare::No,
        };
        let (end, mut res) = self
            .numeric_date(i)
            .or_else(|| self.edge_phrase(i))
            .or_else(|| self.part_phrase(i))
            .or_else(|| self.dayref(i, prep).map(|(e, d)| (e, Res::day(d))))
            .or_else(|| self.date_phrase(i, prep))
            .or_else(|| self.period(i))
            .or_else(|| self.year_phrase(i, bare))
            .or_else(|| self.duration(i, prep))
            .or_else(|| self.now(i, prep))?;
        // "الثلاثاء صباحاً", "أمس مساءً": a part of the day right after a day.
        let mut end = end;
        if res.gran == "day" && matches!(res.v, V::Day(_) | V::Unknown) {
            if let Some(h) = self.top(end, Kind::Part) {
                if self.dayref(h.end, None).is_none() {
                    end = h.end;
                    res.gran = "part_of_day";
                }
            }
        }
        Some((start, end, res))
    }

    fn numeric_date(&self, i: usize) -> Option<(usize, Res)> {
        let t = self.t.get(i)?;
        if t.kind != TK::Num {
            return None;
        }
        let (a, b, c, end) = {
            let s = &self.f[t.s..t.e];
            let parts: Vec<&str> = s.split('.').collect();
            if parts.len() == 3 {
                (parts[0], parts[1], parts[2], i + 1)
            } else {
                let sep = self.punct(i + 1).filter(|c| "/-.".contains(*c))?;
                if self.punct(i + 3) != Some(sep) {
                    return None;
                }
                let (tb, tc) = (self.t.get(i + 2)?, self.t.get(i + 4)?);
                if tb.kind != TK::Num || tc.kind != TK::Num {
                    return None;
                }
                (s, &self.f[tb.s..tb.e], &self.f[tc.s..tc.e], i + 5)
            }
        };
        let n = |x: &str| x.parse::<u32>().ok().filter(|_| x.len() <= 4);
        let (x, y, z) = (n(a)?, n(b)?, n(c)?);
        let date = if a.len() == 4 && c.len() <= 2 {
            NaiveDate::from_ymd_opt(x as i32, y, z)?
        } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
            NaiveDate::from_ymd_opt(z as i32, y, x)?
        } else {
            return None;
        };
        if !(1900..2100).contains(&date.year()) {
            return None;
        }
        let end = self.hit(end, Kind::Era).map_or(end, |h| h.end);
        Some((end, Res::new(V::Day(date), "day")))
    }

    /// مطلع/منتصف/أواخر + a month, a period or a year; the value is the period's.
    fn edge_phrase(&self, i: usize) -> Option<(usize, Res)> {
        let h = self.top(i, Kind::Edge)?;
        let k = h.end;
        if let Some(r) = self
            .date_phrase(k, None)
            .or_else(|| self.period(k))
            .or_else(|| self.year_phrase(k, Bare::Yes))
        {
            return Some(r);
        }
        // "مطلع الشهر", "نهاية العام": the current period.
        let (u, count, end) = self.unit(k, true)?;
        if count != Some(1) || self.is_word(end, NOT_TODAY_AFTER) {
            return None;
        }
        let p = self.publ;
        let v = match u {
            TUnit::Week => p.map(|p| V::Week(monday(p))),
            TUnit::Month => p.map(|p| V::Month(p.year(), p.month())),
            TUnit::Year => p.map(|p| V::Year(p.year())),
            _ => return None,
        };
        Some((end, Res::new(v.unwrap_or(V::Unknown), gran_of(u))))
    }

    /// فجر/صباح/مساء/ليلة + a day; "الليلة" (tonight), "الليلة الماضية".
    fn part_phrase(&self, i: usize) -> Option<(usize, Res)> {
        let h = self.top(i, Kind::Part)?;
        let mut k = h.end;
        if self.is_word(k, &["من"]) {
            k += 1;
        }
        let day = self.dayref(k, None).or_else(|| match self.day_date(k) {
            Some((e, Res { v: V::Day(d), .. })) => Some((e, Some(d))),
            _ => None,
        });
        if let Some((mut end, d)) = day {
            // "ليل الخميس - الجمعة", "ليلة الخميس الجمعة": the night between two days.
            if h.e.tag == "night" {
                let j = self.skip_punct(end, "-/");
                if self.hit(j, Kind::Weekday).is_some_and(|w| w.def) {
                    end = j + 1;
                }
            }
            let mut r = Res::day(d);
            r.gran = "part_of_day";
            return Some((end, r));
        }
        if h.def && h.e.tag == "night" && self.text(i).ends_with("ليله") {
            let (off, end) = match self.modifier(h.end) {
                Some(("past", e)) => (-1, e),
                Some(_) => return None,
                None => (0, h.end),
            };
            let mut r = Res::day(self.publ.and_then(|p| add_days(p, off)));
            r.gran = "part_of_day";
            return Some((end, r));
        }
        None
    }

    /// A day: [يوم] أمس/اليوم/غداً [weekday] [date] | [يوم] weekday [date] [mod] | يوم + date.
    fn dayref(&self, i: usize, prep: Option<&str>) -> Option<(usize, Option<NaiveDate>)> {
        let mut k = i;
        // "يوم الجمعة", "يومي السبت والأحد".
        let yawm = (self
            .unit(k, false)
            .is_some_and(|u| u.0 == TUnit::Day && u.1 == Some(1))
            && self.text(k).ends_with("يوم"))
            || self.is_word(k, &["يومي", "ويومي"]);
        if yawm {
            k += 1;
        }
        if let Some(h) = self.hit(k, Kind::Day) {
            if self.top(k, Kind::Day).is_some() {
                let base = self.publ.and_then(|p| add_days(p, h.e.num));
                return Some(self.day_tail(h.end, base));
            }
        }
        if !yawm && self.is_today(k) {
            return Some(self.day_tail(k + 1, self.publ));
        }
        if let Some(h) = self.hit(k, Kind::Weekday).filter(|h| h.def) {
            let wd = h.e.num;
            let mut end = h.end;
            // "الجمعة (10 نوفمبر)", "الأحد، 12 تشرين الثاني": an explicit date wins.
            let j = self.skip_punct(end, "(،,-");
            if let Some((
                e,
                Res {
                    v: V::Day(d),
                    hijri,
                    ..
                },
            )) = self.day_date(j).or_else(|| self.numeric_date(j))
            {
                let e = if self.is_punct(j - 1, "(") && self.is_punct(e, ")") {
                    e + 1
                } else {
                    e
                };
                // A converted Hijri date one day off the weekday named with it is the tabular
                // calendar's ±1: the weekday settles it.
                let off = wd - d.weekday().number_from_monday() as i64;
                let off = if off > 3 {
                    off - 7
                } else if off < -3 {
                    off + 7
                } else {
                    off
                };
                if hijri && off.abs() == 1 {
                    return Some((e, add_days(d, off)));
                }
                return Some((e, Some(d)));
            }
            // "يوم الاثنين أو الثلاثاء المقبلين": the modifier after the pair.
            let shared = if self.is_word(end, &["او"]) {
                self.hit(end + 1, Kind::Weekday)
                    .filter(|w| w.def)
                    .and_then(|w| self.modifier(w.end))
                    .map(|(tag, _)| mod_dir(tag))
            } else {
                None
            };
            let dir = match self.modifier(end) {
                None if shared.is_some() => shared.unwrap_or(Dir::Past),
                Some((tag, e)) => {
                    end = e;
                    // "يوم السبت الماضي 4 فبراير".
                    let j = self.skip_punct(end, "(،,-");
                    if let Some((e2, Res { v: V::Day(d), .. })) = self.day_date(j) {
                        return Some((e2, Some(d)));
                    }
                    mod_dir(tag)
                }
                None => Dir::Auto {
                    future: prep != Some("since") && self.future_near(i, end),
                },
            };
            return Some((end, self.publ.map(|p| weekday_date(p, wd, dir))));
        }
        if yawm {
            if let Some((e, r)) = self.day_date(k) {
                if let V::Day(d) = r.v {
                    return Some((e, Some(d)));
                }
            }
        }
        None
    }

    fn is_today(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else { return false };
        let core = w.trim_start_matches(['و', 'ف']);
        // "روسيا اليوم", "المصري اليوم", "أخبار اليوم" are outlets, unless a weekday follows
        // ("استخدمت روسيا اليوم الخميس").
        let outlet = k > 0
            && self.word(k - 1).is_some_and(|w| {
                let w = w.trim_start_matches(['و', 'ل', 'ب']);
                matches!(w, "روسيا" | "المصري" | "اخبار")
            })
            && !self.hit(k + 1, Kind::Weekday).is_some_and(|h| h.def);
        (core == "اليوم" || core == "لليوم" || core == "باليوم")
            && !outlet
            && !self.is_word(k + 1, NOT_TODAY_AFTER)
            && !(k > 0 && self.is_word(k - 1, NOT_TODAY_BEFORE))
    }

    /// After a relative day: an optional weekday ("أمس الأحد") and date.
    fn day_tail(&self, k: usize, base: Option<NaiveDate>) -> (usize, Option<NaiveDate>) {
        let mut end = k;
        let mut d = base;
        let j = self.skip_punct(k, "،,");
        if let Some(h) = self.hit(j, Kind::Weekday).filter(|h| h.def) {
            end = h.end;
            // Publication dates are often a day off; the weekday named in the text is trusted
            // when it is close to the relative day.
            d = base.map(|b| {
                let bw = b.weekday().number_from_monday() as i64;
                let mut off = (h.e.num - bw).rem_euclid(7);
                if off > 3 {
                    off -= 7;
                }
                add_days(b, off).unwrap_or(b)
            });
        }
        let j = self.skip_punct(end, "،,(");
        if let Some((e, Res { v: V::Day(x), .. })) =
            self.day_date(j).or_else(|| self.numeric_date(j))
        {
            let e = if self.is_punct(j.wrapping_sub(1), "(") && self.is_punct(e, ")") {
                e + 1
            } else {
                e
            };
            return (e, Some(x));
        }
        (end, d)
    }

    /// A month name at `i`, with an optional second name for the same month.
    fn month_name(&self, i: usize) -> Option<MonthName> {
        let h = self
            .hits
            .get(i)?
            .iter()
            .find(|h| matches!(h.e.kind, Kind::Month | Kind::HMonth) && !h.def)?;
        let hijri = h.e.kind == Kind::HMonth;
        let mut mn = MonthName {
            m: h.e.num as u32,
            hijri,
            strict: h.e.strict,
            end: h.end,
        };
        let j = self.skip_punct(h.end, "/(-،,");
        if let Some(h2) = self.hits.get(j).and_then(|hs| {
            hs.iter()
                .find(|x| x.e.kind == h.e.kind && x.e.num == h.e.num && !x.def)
        }) {
            mn.end = h2.end;
            mn.strict = false;
            if self.is_punct(h.end, "(") && self.is_punct(mn.end, ")") {
                mn.end += 1;
            }
        }
        Some(mn)
    }

    /// A year after a month or date: [،] [من] [عام|سنة] 2017 [م|هـ], or "من العام الماضي".
    fn year_after(&self, i: usize) -> Option<(i32, Option<bool>, usize)> {
        // "19 / ربيع الأول / 1439 هـ" separates the parts with slashes.
        let mut k = self.skip_punct(i, "،,/-");
        if self.is_word(k, &["من"]) {
            k += 1;
        }
        if let Some((TUnit::Year, Some(1), e)) = self.unit(k, false).or(self.unit(k, true)) {
            if self.year_tok(e).is_some() {
                k = e;
            } else if let (Some(p), Some((tag, e2))) = (self.publ, self.modifier(e)) {
                let y = match tag {
                    "past" => p.year() - 1,
                    "next" => p.year() + 1,
                    _ => p.year(),
                };
                return Some((y, Some(false), e2));
            }
        }
        let y = self.year_tok(k)?;
        let (era, end) = match self.hit(k + 1, Kind::Era) {
            Some(h) => (Some(h.e.tag == "hijri"), h.end),
            None => (None, k + 1),
        };
        Some((y, era, end))
    }

    /// A day number (digits or an ordinal + من) with a month: "12 نوفمبر 2017", "10-13 نوفمبر",
    /// "الخامس من الشهر الجاري", "15 رمضان 1438 هـ".
    fn day_date(&self, i: usize) -> Option<(usize, Res)> {
        let t = self.t.get(i)?;
        // Only a number, an ordinal (ال…) or a month name can start a date: cheap test first.
        let w0 = &self.f[t.s..t.e];
        if !(t.kind == TK::Num || w0.starts_with("ال") || !self.hits[i].is_empty()) {
            return None;
        }
        // "مدينة 6 أكتوبر", "مدينة السادس من أكتوبر" are places.
        if i > 0
            && self.word(i - 1).is_some_and(|w| {
                let w = w.trim_start_matches(['و', 'ب', 'ل', 'ف']);
                let w = w.strip_prefix("ال").unwrap_or(w);
                PLACE_BEFORE_DATE.contains(&w)
            })
        {
            return None;
        }
        if t.kind == TK::Word {
            if let Some(r) = self.month_first_date(i) {
                return Some(r);
            }
        }
        let (d1, mut k, ordinal) = if let Some(d) = self.int(i).filter(|_| t.e - t.s <= 2) {
            (d as u32, i + 1, false)
        } else if t.kind == TK::Word {
            // "النصف الثاني من يناير" is half a month, not its second day.
            if i > 0 && self.is_word(i - 1, AFTER_ORDINAL_NOUN) {
                return None;
            }
            let (d, used) = parse_ordinal_day(&self.f[t.s..])?;
            let mut k = i;
            while k < self.t.len() && self.t[k].s < t.s + used {
                k += 1;
            }
            if !self.is_word(k, &["من"]) {
                return None;
            }
            (d, k + 1, true)
        } else {
            return None;
        };
        if !(1..=31).contains(&d1) {
            return None;
        }
        let mut d2 = None;
        if !ordinal {
            let j = if self.is_punct(k, "-") || self.is_word(k, &["الي", "حتي"]) {
                Some(k + 1)
            } else if self.has_wa(k) && self.t[k].kind == TK::Num {
                Some(k)
            } else {
                None
            };
            if let Some(j) = j {
                if let Some(x) = self
                    .int(j)
                    .filter(|x| (1..=31).contains(x) && *x as u32 > d1)
                {
                    if self.month_name(j + 1).is_some() {
                        d2 = Some(x as u32);
                        k = j + 1;
                    }
                }
            }
        }
        let p = self.publ;
        let mk = |y: i32, m: u32, d: u32, hijri: bool| {
            if hijri {
                hijri::hijri_to_gregorian(y, m, d)
            } else {
                NaiveDate::from_ymd_opt(y, m, d)
            }
        };
        // "24 من يناير", "4 شهر ربيع الأول", "الثامن من شهر نيسان".
        let shahr = |j: usize| {
            matches!(self.unit(j, false), Some((TUnit::Month, Some(1), _)))
                && self.text(j).ends_with("شهر")
                && self.month_name(j + 1).is_some()
        };
        if !ordinal
            && (self.is_word(k, &["من"]) || self.is_punct(k, "/-"))
            && (self.month_name(k + 1).is_some() || shahr(k + 1))
        {
            k += 1;
        }
        if shahr(k) {
            k += 1;
        }
        if let Some(mn) = self.month_name(k) {
            let mut end = mn.end;
            let (y, dir) = if let Some((y, era, e)) = self.year_after(end) {
                end = e;
                let hijri = era.unwrap_or(mn.hijri);
                if hijri != mn.hijri {
                    return None;
                }
                (Some(y), None)
            } else if let Some((tag, e)) = self.modifier(end) {
                end = e;
                (None, Some(mod_dir(tag)))
            } else {
                (
                    None,
                    Some(Dir::Auto {
                        future: self.future_near(i, end),
                    }),
                )
            };
            let y = match (y, p) {
                (Some(y), _) => Some(y),
                (None, Some(p)) => {
                    let dir = dir.unwrap_or(Dir::Auto { future: false });
                    let py = if mn.hijri {
                        hijri::gregorian_to_hijri(p).0
                    } else {
                        p.year()
                    };
                    let cands: Vec<_> = (py - 1..=py + 1)
                        .filter_map(|y| {
                            let a = mk(y, mn.m, d1, mn.hijri)?;
                            let b = mk(y, mn.m, d2.unwrap_or(d1), mn.hijri)?;
                            Some((y, a, b))
                        })
                        .collect();
                    choose(p, &cands, dir)
                }
                (None, None) => None,
            };
            let Some(y) = y else {
                return Some((end, Res::new(V::Unknown, "day")));
            };
            let a = mk(y, mn.m, d1, mn.hijri)?;
            let v = match d2 {
                Some(d2) => V::Days(a, mk(y, mn.m, d2, mn.hijri)?),
                None => V::Day(a),
            };
            let mut r = Res::new(v, "day");
            r.hijri = mn.hijri;
            return Some((end, r));
        }
        if ordinal {
            // "الخامس من الشهر الجاري/الماضي", "الخامس من هذا الشهر".
            let (this, kk) = if self.top(k, Kind::This).is_some() {
                (true, k + 1)
            } else {
                (false, k)
            };
            let (u, count, e) = self.unit(kk, true)?;
            if u != TUnit::Month || count != Some(1) {
                return None;
            }
            let (dir, end) = match self.modifier(e) {
                Some((tag, e2)) => (mod_dir(tag), e2),
                None if this => (Dir::Current, e),
                None => return None,
            };
            let Some(p) = p else {
                return Some((end, Res::new(V::Unknown, "day")));
            };
            let off = match dir {
                Dir::Past => -1,
                Dir::Next => 1,
                _ => 0,
            };
            let (y, m) = add_months(p.year(), p.month(), off);
            return Some((end, Res::day(NaiveDate::from_ymd_opt(y, m, d1))));
        }
        None
    }

    /// "أكتوبر 09, 2015": month, day, year (only with the year, "نوفمبر 12 قتيلاً" is no date).
    fn month_first_date(&self, i: usize) -> Option<(usize, Res)> {
        let mn = self.month_name(i)?;
        if mn.hijri {
            return None;
        }
        let t = self.t.get(mn.end)?;
        let d = self
            .int(mn.end)
            .filter(|d| (1..=31).contains(d) && t.e - t.s <= 2)?;
        let (y, era, end) = self.year_after(mn.end + 1)?;
        if era == Some(true) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(y, mn.m, d as u32)?;
        Some((end, Res::new(V::Day(date), "day")))
    }

    /// Dates with a day, and months: "نوفمبر 2017", "شهر رمضان", "أبريل / نيسان الماضي".
    fn date_phrase(&self, i: usize, prep: Option<&str>) -> Option<(usize, Res)> {
        if let Some(r) = self.day_date(i) {
            return Some(r);
        }
        let (k, shahr) = match self.unit(i, false) {
            Some((TUnit::Month, Some(1), e)) if self.month_name(e).is_some() => (e, true),
            _ => (i, false),
        };
        let mn = self.month_name(k)?;
        let mut end = mn.end;
        let p = self.publ;
        let year_of_pub = |p: NaiveDate| {
            if mn.hijri {
                hijri::gregorian_to_hijri(p).0
            } else {
                p.year()
            }
        };
        let window = |y: i32| {
            if mn.hijri {
                hijri::hijri_month_window(y, mn.m)
            } else {
                month_window(y, mn.m)
            }
        };
        let y = if let Some((y, era, e)) = self.year_after(end) {
            if era.is_some_and(|h| h != mn.hijri) {
                return None;
            }
            end = e;
            Some(y)
        } else {
            let dir = if let Some((tag, e)) = self.modifier(end) {
                end = e;
                mod_dir(tag)
            } else if mn.strict && !shahr {
                // "مارس" (practised), "آب" (father), "صفر" (zero) alone are not months.
                return None;
            } else {
                Dir::Auto {
                    future: prep != Some("since") && self.future_near(i, end),
                }
            };
            match p {
                Some(p) => {
                    let py = year_of_pub(p);
                    let cands: Vec<_> = (py - 1..=py + 1)
                        .filter_map(|y| window(y).map(|(a, b)| (y, a, b)))
                        .collect();
                    choose(p, &cands, dir)
                }
                None => None,
            }
        };
        let Some(y) = y else {
            return Some((end, Res::new(V::Unknown, "month")));
        };
        let v = if mn.hijri {
            let (a, b) = window(y)?;
            V::Days(a, b)
        } else {
            V::Month(y, mn.m)
        };
        Some((end, Res::new(v, "month")))
    }

    /// "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا الأسبوع", "الأيام الماضية".
    fn period(&self, i: usize) -> Option<(usize, Res)> {
        let p = self.publ;
        if self.top(i, Kind::This).is_some() {
            // "في مثل هذا اليوم" is a day of another year.
            if i > 0 && self.is_word(i - 1, &["مثل"]) {
                return None;
            }
            if let Some((u, Some(1), e)) = self.unit(i + 1, true) {
                let v = match u {
                    TUnit::Day => p.map(V::Day),
                    TUnit::Week => p.map(|p| V::Week(monday(p))),
                    TUnit::Month => p.map(|p| V::Month(p.year(), p.month())),
                    TUnit::Year => p.map(|p| V::Year(p.year())),
                    _ => return None,
                };
                return Some((e, Res::new(v.unwrap_or(V::Unknown), gran_of(u))));
            }
            if let Some(h) = self.hit(i + 1, Kind::Part).filter(|h| h.def) {
                let mut r = Res::day(p);
                r.gran = "part_of_day";
                return Some((h.end, r));
            }
            return None;
        }
        // "الـ24 ساعة الماضية", "الثلاثين عاماً الماضية": a number with the article, a unit
        // and a modifier.
        if let Some(k) = self.def_number(i) {
            let (_, _, e) = self.unit(k, false)?;
            let (tag, e2) = self.modifier(self.skip_few(e))?;
            return Some((
                e2,
                Res::vague(if tag == "next" { "after" } else { "before" }),
            ));
        }
        let (u, count, e) = self.unit(i, true)?;
        match count {
            Some(1) => {
                let (tag, end) = self.modifier(e)?;
                let off = match tag {
                    "past" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let v = match u {
                    TUnit::Week => p.and_then(|p| add_days(monday(p), 7 * off).map(V::Week)),
                    TUnit::Month => p.map(|p| {
                        let (y, m) = add_months(p.year(), p.month(), off as i32);
                        V::Month(y, m)
                    }),
                    TUnit::Year => p.map(|p| V::Year(p.year() + off as i32)),
                    _ => return None,
                };
                Some((end, Res::new(v.unwrap_or(V::Unknown), gran_of(u))))
            }
            None => {
                // "الأيام الماضية", "الساعات الـ24 الماضية", "الأعوام الثلاثة الماضية",
                // "الأيام القليلة المقبلة".
                let mut k = e;
                if self.t.get(k).is_some_and(|t| t.kind == TK::Num) {
                    k += 1;
                } else if let Some(k2) = self.def_number(k) {
                    k = k2;
                }
                let (tag, end) = self.modifier(self.skip_few(k))?;
                let rel = match tag {
                    "next" => "after",
                    "past" => "before",
                    _ => return None,
                };
                Some((end, Res::vague(rel)))
            }
            _ => None,
        }
    }

    /// A number with the article ("الـ24", "الثلاثة", "الأثني عشر"): the token after it.
    fn def_number(&self, i: usize) -> Option<usize> {
        let t = self.t.get(i)?;
        if t.kind == TK::Num {
            return self.f[t.cl..t.s].ends_with("ال").then_some(i + 1);
        }
        let w = self.word(i)?.strip_prefix("ال")?;
        let start = self.t[i].s + "ال".len();
        let (_, used) = parse_number(&self.f[start..])?;
        debug_assert!(!w.is_empty());
        let stop = start + used;
        let mut k = i;
        while k < self.t.len() && self.t[k].s < stop {
            k += 1;
        }
        Some(k)
    }

    /// Skips "القليلة" in "الأيام القليلة الماضية".
    fn skip_few(&self, k: usize) -> usize {
        if self.is_word(k, &["القليله", "الاخيره"]) && self.modifier(k + 1).is_some()
        {
            k + 1
        } else {
            k
        }
    }

    /// "عام 2016", "سنة 1438 هـ", "في 2015", "بين عامي 2014 و2016", "2014-2016".
    fn year_phrase(&self, i: usize, bare: Bare) -> Option<(usize, Res)> {
        let mut k = i;
        let mut anchored = false;
        if let Some((TUnit::Year, Some(1), e)) = self.unit(k, false).or(self.unit(k, true)) {
            k = e;
            anchored = true;
        } else if let Some(h) = self.top(k, Kind::Anchor).filter(|h| h.e.tag == "year") {
            k = h.end;
            anchored = true;
        }
        let y1 = self.year_tok(k)?;
        let mut end = k + 1;
        let mut era = None;
        if let Some(h) = self.hit(end, Kind::Era) {
            era = Some(h.e.tag == "hijri");
            end = h.end;
        }
        // "1375 الهجري الشمسي" is the Iranian/Afghan solar calendar, not converted here.
        if self.is_word(end, &["الشمسي", "شمسي", "الشمسيه", "شمسيه"]) {
            return None;
        }
        if !anchored && bare == Bare::No && era.is_none() {
            return None;
        }
        let hijri = era == Some(true) || (era.is_none() && (1300..1500).contains(&y1));
        if hijri && era != Some(true) && !anchored {
            return None;
        }
        if !hijri && !(1800..2100).contains(&y1) && !anchored {
            return None;
        }
        // A second year: "2014-2016", "عامي 2014 و2016", "من 2011 إلى 2015".
        let mut y2 = None;
        let j = if self.is_punct(end, "-") || self.is_word(end, &["الي", "حتي"]) {
            Some(end + 1)
        } else if self.has_wa(end) {
            Some(end)
        } else {
            None
        };
        if let Some(mut j) = j {
            if let Some((TUnit::Year, Some(1), e)) = self.unit(j, false).or(self.unit(j, true)) {
                j = e;
            }
            if let Some(y) = self.year_tok(j).filter(|y| *y > y1 && *y - y1 < 100) {
                y2 = Some(y);
                end = j + 1;
                if let Some(h) = self.hit(end, Kind::Era) {
                    end = h.end;
                }
            }
        }
        if !anchored && era.is_none() && bare == Bare::IfRange && y2.is_none() {
            return None;
        }
        let r = if hijri {
            let (a, _) = hijri::hijri_year_window(y1)?;
            let (_, b) = hijri::hijri_year_window(y2.unwrap_or(y1))?;
            Res::new(V::Days(a, b), "year")
        } else {
            match y2 {
                Some(y2) => Res::new(V::Years(y1, y2), "year"),
                None => Res::new(V::Year(y1), "year"),
            }
        };
        Some((end, r))
    }

    /// After منذ/قبل/بعد: "منذ أيام", "قبل يومين", "منذ ثلاثة أسابيع", "بعد ساعات".
    fn duration(&self, i: usize, prep: Option<&'static str>) -> Option<(usize, Res)> {
        let rel = match prep {
            Some(r @ ("since" | "before" | "after")) => r,
            _ => return None,
        };
        // "يوماً بعد يوم", "عاماً بعد عام": a repetition, not a time.
        if rel == "after" && i >= 2 && self.unit(i - 2, false).is_some() {
            return None;
        }
        let mut k = i;
        let mut vague = false;
        if self.is_word(k, &["عده", "بضعه", "بضع"]) {
            vague = true;
            k += 1;
        } else if self.is_word(k, &["نحو", "حوالي", "قرابه"]) {
            k += 1;
        } else if self.is_word(k, &["اكثر", "اقل"]) && self.is_word(k + 1, &["من"]) {
            k += 2;
        }
        let mut n = None;
        if !vague {
            if let Some((v, e)) = self.number(k) {
                if v.fract() == 0.0 && v > 0.0 && v < 1000.0 {
                    n = Some(v as i64);
                    k = e;
                }
            }
        }
        let (u, count, mut end) = self.unit(k, false)?;
        if self.is_word(end, &["عده", "قليله", "معدوده"]) {
            vague = true;
            end += 1;
        }
        let n = match (n, count) {
            _ if vague => None,
            (Some(n), _) => Some(n),
            (None, Some(c)) => Some(c as i64),
            (None, None) => None,
        };
        let Some(n) = n else {
            return Some((end, Res::vague(rel)));
        };
        let future = rel == "after" && self.future_near(i, end);
        if rel == "after" && !future {
            // "بعد يومين" counts from an event we do not know.
            return Some((end, Res::vague("after")));
        }
        let sign = if rel == "after" { 1 } else { -1 };
        // "قبل يومين" is two days ago: the relation is "at".
        let rel = if rel == "since" { "since" } else { "at" };
        let Some(p) = self.publ else {
            let mut r = Res::new(V::Unknown, gran_of(u));
            r.rel = rel;
            r.fixed = true;
            return Some((end, r));
        };
        let v = match u {
            TUnit::Day => add_days(p, sign * n).map(V::Day),
            TUnit::Week => add_days(p, sign * 7 * n).map(|d| V::Week(monday(d))),
            TUnit::Month => {
                let (y, m) = add_months(p.year(), p.month(), (sign * n) as i32);
                Some(V::Month(y, m))
            }
            TUnit::Year => Some(V::Year(p.year() + (sign * n) as i32)),
            TUnit::Hour | TUnit::Minute => Some(V::Day(p)),
        }?;
        let mut r = Res::new(v, gran_of(u));
        r.rel = rel;
        r.fixed = true;
        Some((end, r))
    }

    /// "الآن", "حتى اللحظة", "حتى الساعة": the publication day.
    fn now(&self, i: usize, prep: Option<&str>) -> Option<(usize, Res)> {
        let h = self.top(i, Kind::Now)?;
        if h.e.needprep && !matches!(prep, Some("since" | "until")) {
            return None;
        }
        // "حتى الساعة الخامسة" is a clock time, not "until now".
        const CLOCK: &[&str] = &[
            "الواحده",
            "الثانيه",
            "الثالثه",
            "الرابعه",
            "الخامسه",
            "السادسه",
            "السابعه",
            "الثامنه",
            "التاسعه",
            "العاشره",
            "الحاديه",
        ];
        // "حتى اللحظة الأخيرة" is the last moment, not now.
        let adjective = h.e.needprep
            && !self.text(i).ends_with("الان")
            && self.word(h.end).is_some_and(|w| w.starts_with("ال"));
        if adjective
            || self.t.get(h.end).is_some_and(|t| t.kind == TK::Num)
            || self.is_word(h.end, CLOCK)
        {
            return None;
        }
        Some((h.end, Res::day(self.publ)))
    }
}

fn gran_of(u: TUnit) -> &'static str {
    match u {
        TUnit::Week => "week",
        TUnit::Month => "month",
        TUnit::Year => "year",
        _ => "day",
    }
}
