//! Counted quantities: a number (digits or words) with the noun it counts ("30 كيلومتراً",
//! "ست قاذفات", "أكثر من 60 قتيلاً"), dual nouns on their own ("قتيلان"), and percentages.
//! Vague counts (عشرات، مئات، آلاف القتلى) are not emitted: a quantity's value is a number.

use smallvec::SmallVec;
use std::path::Path;

use anyhow::{bail, Context, Result};
use isnad_text::Normalized;

use crate::lexicon::{variants, FastMap};
use crate::number::parse_number;
use crate::tokens::{scan, Tok, TK};

/// A counted quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMention {
    /// `[start, end)` in code points of the original text (qualifier, number and noun).
    pub span: (usize, usize),
    pub value: f64,
    /// `people|aircraft|strikes|vehicles|missiles|shells|km|m|percent`.
    pub unit: String,
    /// For people: `killed|wounded|captured|displaced` when the noun or its context says so.
    pub of: Option<String>,
}

#[derive(Clone, Debug)]
struct UnitEntry {
    rest: Vec<String>,
    unit: String,
    of: Option<String>,
    dual: bool,
}

#[derive(Clone, Debug)]
struct Cue {
    of: String,
    before: bool,
}

/// Finds quantities. Build once and share: `find` takes `&self`.
#[derive(Clone, Debug)]
pub struct QuantityFinder {
    units: FastMap<String, Vec<UnitEntry>>,
    cues: FastMap<String, Vec<Cue>>,
}

impl Default for QuantityFinder {
    fn default() -> Self {
        Self::bundled()
    }
}

const BUNDLED_UNITS: &str = include_str!("../data/units.tsv");
const BUNDLED_CUES: &str = include_str!("../data/casualty_cues.tsv");
/// File names read from a user directory by [`QuantityFinder::with_extra`].
pub const QUANTITY_FILES: &[&str] = &["quantity_units.tsv", "casualty_cues.tsv"];

/// Words before a number that qualify it; they belong to the span but not to the value.
const QUALIFIERS: &[&[&str]] = &[
    &["ما", "لا", "يقل", "عن"],
    &["لا", "يقل", "عن"],
    &["ما", "يزيد", "عن"],
    &["ما", "يزيد", "علي"],
    &["ما", "يربو", "علي"],
    &["ما", "يقارب"],
    &["ما", "يقرب", "من"],
    &["اكثر", "من"],
    &["اقل", "من"],
    &["نحو"],
    &["حوالي"],
    &["قرابه"],
    &["زهاء"],
];

impl QuantityFinder {
    pub fn bundled() -> Self {
        let mut q = QuantityFinder {
            units: FastMap::default(),
            cues: FastMap::default(),
        };
        q.add_units(BUNDLED_UNITS, "bundled units.tsv")
            .expect("bundled units parse");
        q.add_cues(BUNDLED_CUES, "bundled casualty_cues.tsv")
            .expect("bundled cues parse");
        q
    }

    /// The bundled data plus `dir/quantity_units.tsv` and `dir/casualty_cues.tsv` when present.
    pub fn with_extra(dir: &Path) -> Result<Self> {
        let mut q = Self::bundled();
        q.add_dir(dir)?;
        Ok(q)
    }

    /// Adds `dir/quantity_units.tsv` and `dir/casualty_cues.tsv` (when present); call it once per
    /// user directory.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        let q = self;
        for (i, name) in QUANTITY_FILES.iter().enumerate() {
            let p = dir.join(name);
            if p.is_file() {
                let text = std::fs::read_to_string(&p)
                    .with_context(|| format!("reading {}", p.display()))?;
                let src = p.display().to_string();
                if i == 0 {
                    q.add_units(&text, &src)?;
                } else {
                    q.add_cues(&text, &src)?;
                }
            }
        }
        Ok(())
    }

    fn add_units(&mut self, text: &str, source: &str) -> Result<()> {
        for (ln, cols) in rows(text) {
            if cols.len() < 4 {
                bail!("{source}:{ln}: expected form, unit, of, number");
            }
            let folded = isnad_text::fold(cols[0].trim());
            let mut words = folded.split_whitespace();
            let Some(first) = words.next() else { continue };
            let of = cols[2].trim();
            self.units
                .entry(first.to_string())
                .or_default()
                .push(UnitEntry {
                    rest: words.map(str::to_string).collect(),
                    unit: cols[1].trim().to_string(),
                    of: (of != "-" && !of.is_empty()).then(|| of.to_string()),
                    dual: cols[3].trim() == "dual",
                });
        }
        Ok(())
    }

    fn add_cues(&mut self, text: &str, source: &str) -> Result<()> {
        for (ln, cols) in rows(text) {
            if cols.len() < 3 {
                bail!("{source}:{ln}: expected form, of, side");
            }
            let before = match cols[2].trim() {
                "before" => true,
                "after" => false,
                s => bail!("{source}:{ln}: side must be before or after, not {s:?}"),
            };
            let folded = isnad_text::fold(cols[0].trim());
            // Only the last word of a cue is looked up: "حصيلة القتلى" is found by "القتلى".
            let Some(key) = folded.split_whitespace().last() else {
                continue;
            };
            self.cues.entry(key.to_string()).or_default().push(Cue {
                of: cols[1].trim().to_string(),
                before,
            });
        }
        Ok(())
    }

    /// All quantities of a text, in text order, without overlaps.
    pub fn find(&self, n: &Normalized) -> Vec<QuantityMention> {
        let f = n.folded();
        let t = scan(f);
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            match self.at(f, &t, i) {
                Some((s, e, end_tok, value, unit, mut of)) => {
                    // "قتل 16 شخصاً، بينهم 8 مدنيين": the part shares the whole's outcome.
                    if of.is_none() && unit == "people" {
                        if let Some(prev) = out.last().filter(|p: &&QuantityMention| {
                            p.unit == "people" && among(f, &t, i, n.folded_pos(p.span.1))
                        }) {
                            of = prev.of.clone();
                        }
                    }
                    out.push(QuantityMention {
                        span: n.orig_span(s, e),
                        value,
                        unit,
                        of,
                    });
                    i = end_tok.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// A counted noun at token `k` (with the article only when `def` is allowed).
    fn unit_at(&self, f: &str, t: &[Tok], k: usize, def: bool) -> Option<(&UnitEntry, usize)> {
        let tok = t.get(k).filter(|x| x.kind == TK::Word)?;
        let w = &f[tok.s..tok.e];
        let cores: SmallVec<[&str; 8]> = if def {
            variants(w)
                .into_iter()
                .filter(|&(_, d)| d)
                .map(|(o, _)| &w[o..])
                .collect()
        } else {
            SmallVec::from_slice(&[w, w.strip_prefix("ب").unwrap_or(w)])
        };
        for core in cores {
            for e in self.units.get(core).into_iter().flatten() {
                let ok = e.rest.iter().enumerate().all(|(j, r)| {
                    t.get(k + 1 + j)
                        .is_some_and(|x| x.kind == TK::Word && &f[x.s..x.e] == r.as_str())
                });
                if ok {
                    return Some((e, k + 1 + e.rest.len()));
                }
            }
        }
        None
    }

    #[allow(clippy::type_complexity)]
    fn at(
        &self,
        f: &str,
        t: &[Tok],
        i: usize,
    ) -> Option<(usize, usize, usize, f64, String, Option<String>)> {
        let tok = &t[i];
        // "%D8%A7": digits glued to Latin letters are codes, not counts.
        let latin = |x: &Tok| f[x.s..x.e].chars().all(|c| c.is_ascii_alphabetic());
        if tok.kind == TK::Num
            && (i > 0 && t[i - 1].e == tok.cl && t[i - 1].kind == TK::Word && latin(&t[i - 1])
                || t.get(i + 1)
                    .is_some_and(|x| x.s == tok.e && x.kind == TK::Word && latin(x)))
        {
            return None;
        }
        let punct = |k: usize, cs: &str| {
            t.get(k).is_some_and(|x| {
                x.kind == TK::Punct && f[x.s..].chars().next().is_some_and(|c| cs.contains(c))
            })
        };
        // "%30" typed in visual order.
        if punct(i, "%٪")
            && t.get(i + 1)
                .is_some_and(|x| x.kind == TK::Num && x.cl == tok.e)
            && !(i > 0 && t[i - 1].e == tok.s && t[i - 1].kind != TK::Punct)
        {
            let x = &t[i + 1];
            let (v, used) = parse_number(&f[x.s..])?;
            return Some((tok.s, x.s + used, i + 2, v, "percent".into(), None));
        }
        // The number: digits, or words (after a conjunction: "وخمسة").
        let (start, parsed) = match tok.kind {
            TK::Num => (tok.s, parse_number(&f[tok.s..])),
            TK::Word => {
                let w = &f[tok.s..];
                match parse_number(w) {
                    Some(p) => (tok.s, Some(p)),
                    None => {
                        let skip = ["و", "ف"]
                            .iter()
                            .find(|c| w.starts_with(**c))
                            .map_or(0, |c| c.len());
                        if skip == 0 {
                            (tok.s, None)
                        } else {
                            (tok.s + skip, parse_number(&f[tok.s + skip..]))
                        }
                    }
                }
            }
            TK::Punct => return None,
        };
        let Some((value, used)) = parsed else {
            return self.bare_unit(f, t, i);
        };
        if value <= 0.0 {
            return None;
        }
        let stop = start + used;
        let mut k = i;
        while k < t.len() && t[k].s < stop {
            k += 1;
        }
        if punct(k, "%٪")
            && !t
                .get(k + 1)
                .is_some_and(|x| x.s == t[k].e && x.kind != TK::Punct)
        {
            let q = qualifier_start(f, t, i).map_or(start, |x| x.0);
            return Some((q, t[k].e, k + 1, value, "percent".into(), None));
        }
        let (entry, end) = match self.unit_at(f, t, k, false) {
            Some(x) => x,
            None if t
                .get(k)
                .is_some_and(|x| x.kind == TK::Word && &f[x.s..x.e] == "من")
                && self.unit_at(f, t, k + 1, true).is_some() =>
            {
                self.unit_at(f, t, k + 1, true)?
            }
            None => return self.bare_count(f, t, i, start, k, value),
        };
        // "50 ألف متر مربع" is an area, not a distance.
        if matches!(entry.unit.as_str(), "km" | "m")
            && t.get(end)
                .is_some_and(|x| matches!(&f[x.s..x.e], "مربع" | "مربعا" | "مكعب" | "مكعبا"))
        {
            return None;
        }
        let q = qualifier_start(f, t, i);
        let first = q.map_or(i, |(_, qi)| qi);
        let of = if entry.unit == "people" {
            self.outcome(entry, f, t, first, end)
        } else {
            None
        };
        Some((
            q.map_or(start, |(s, _)| s),
            t[end - 1].e,
            end,
            value,
            entry.unit.clone(),
            of,
        ))
    }

    /// "مقتل 3 وإصابة 9": a count right after a casualty noun, with no counted noun of its own.
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    fn bare_count(
        &self,
        f: &str,
        t: &[Tok],
        i: usize,
        start: usize,
        k: usize,
        value: f64,
    ) -> Option<(usize, usize, usize, f64, String, Option<String>)> {
        if value.fract() != 0.0 || value >= 1e6 {
            return None;
        }
        let q = qualifier_start(f, t, i);
        let first = q.map_or(i, |(_, qi)| qi);
        let cue_word = first.checked_sub(1).and_then(|j| t.get(j))?;
        if cue_word.kind != TK::Word {
            return None;
        }
        let w = &f[cue_word.s..cue_word.e];
        let w = w.trim_start_matches(['و', 'ف']);
        const NOUNS: &[(&str, &str)] = &[
            ("مقتل", "killed"),
            ("مصرع", "killed"),
            ("استشهاد", "killed"),
            ("اصابه", "wounded"),
            ("جرح", "wounded"),
            ("اعتقال", "captured"),
            ("اختطاف", "captured"),
            ("اسر", "captured"),
            ("نزوح", "displaced"),
        ];
        let of = NOUNS.iter().find(|(n, _)| *n == w)?.1;
        // What follows must not be a noun of its own ("مقتل 12 نوفمبر").
        let ok_next = match t.get(k) {
            None => true,
            Some(x) if x.kind == TK::Punct => !matches!(&f[x.s..x.e], "/" | "-" | "%" | "٪"),
            Some(x) if x.kind == TK::Num => false,
            Some(x) => {
                let nw = &f[x.s..x.e];
                nw.starts_with('و')
                    || matches!(
                        nw,
                        "في" | "علي"
                            | "بينهم"
                            | "منهم"
                            | "جراء"
                            | "اثر"
                            | "بعد"
                            | "خلال"
                            | "اخرين"
                            | "اخرون"
                            | "بسبب"
                            | "بنيران"
                            | "برصاص"
                            | "بقصف"
                            | "بغاره"
                    )
            }
        };
        if !ok_next {
            return None;
        }
        let s0 = q.map_or(start, |(s, _)| s);
        Some((s0, t[k - 1].e, k, value, "people".into(), Some(of.into())))
    }

    /// A dual noun counts two ("قتيلان", "غارتين"); a noun + واحد counts one.
    #[allow(clippy::type_complexity)]
    fn bare_unit(
        &self,
        f: &str,
        t: &[Tok],
        i: usize,
    ) -> Option<(usize, usize, usize, f64, String, Option<String>)> {
        let (entry, end) = self.unit_at(f, t, i, false)?;
        let value = if entry.dual {
            2.0
        } else if t
            .get(end)
            .is_some_and(|x| x.kind == TK::Word && matches!(&f[x.s..x.e], "واحد" | "واحده"))
        {
            let of = if entry.unit == "people" {
                self.outcome(entry, f, t, i, end + 1)
            } else {
                None
            };
            return Some((t[i].s, t[end].e, end + 1, 1.0, entry.unit.clone(), of));
        } else {
            return None;
        };
        let of = if entry.unit == "people" {
            self.outcome(entry, f, t, i, end)
        } else {
            None
        };
        Some((t[i].s, t[end - 1].e, end, value, entry.unit.clone(), of))
    }

    /// The noun's own outcome (قتيل، جريح) or the context's. Status nouns (نازح، معتقل) give way to
    /// a cue: "مقتل 75 نازحاً" counts killed people.
    fn outcome(
        &self,
        entry: &UnitEntry,
        f: &str,
        t: &[Tok],
        first: usize,
        end: usize,
    ) -> Option<String> {
        match entry.of.as_deref() {
            Some("killed" | "wounded") => entry.of.clone(),
            _ => self.cue(f, t, first, end).or_else(|| entry.of.clone()),
        }
    }

    /// What happened to the people counted at tokens `first..end`, from the words around.
    fn cue(&self, f: &str, t: &[Tok], first: usize, end: usize) -> Option<String> {
        let lookup = |k: usize, before: bool| -> Vec<&str> {
            let Some(x) = t.get(k).filter(|x| x.kind == TK::Word) else {
                return vec![];
            };
            let w = &f[x.s..x.e];
            let mut found = vec![];
            for (o, _) in variants(w) {
                for c in self.cues.get(&w[o..]).into_iter().flatten() {
                    if c.before == before && !found.contains(&c.of.as_str()) {
                        found.push(c.of.as_str());
                    }
                }
            }
            found
        };
        // The nearest cue before decides; a different cue right next to it ("مقتل وإصابة 20")
        // makes the outcome mixed.
        let mut seen: Vec<&str> = vec![];
        let mut k = first;
        let mut found_at = None;
        for _ in 0..3 {
            if k == 0 || t[k - 1].kind == TK::Punct {
                break;
            }
            k -= 1;
            if found_at.is_some_and(|f: usize| f > k + 1) {
                break;
            }
            for of in lookup(k, true) {
                if !seen.contains(&of) {
                    seen.push(of);
                }
                found_at.get_or_insert(k);
            }
        }
        if seen.is_empty() {
            let mut budget = 2;
            for (k, x) in t.iter().enumerate().skip(end) {
                if x.kind == TK::Punct || budget == 0 {
                    break;
                }
                // "10 أشخاص على الأقل قتلوا".
                if matches!(&f[x.s..x.e], "علي" | "الاقل") {
                    continue;
                }
                budget -= 1;
                seen = lookup(k, false);
                if !seen.is_empty() {
                    break;
                }
            }
        }
        // "مقتل وإصابة 20 شخصاً" mixes two outcomes: say nothing.
        (seen.len() == 1).then(|| seen[0].to_string())
    }
}

/// Whether "بينهم"/"منهم" stands just before token `i` (after folded byte `prev_end`).
fn among(f: &str, t: &[Tok], i: usize, prev_end: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        if k == 0 || t[k - 1].s < prev_end {
            return false;
        }
        k -= 1;
        let w = &f[t[k].s..t[k].e];
        if matches!(w, "بينهم" | "منهم" | "بينهن" | "منهن" | "وبينهم" | "ومنهم")
        {
            return true;
        }
    }
    false
}

/// Where a qualifier ("أكثر من", "ما لا يقل عن", "نحو") before token `i` starts: (byte, token).
fn qualifier_start(f: &str, t: &[Tok], i: usize) -> Option<(usize, usize)> {
    for q in QUALIFIERS {
        let n = q.len();
        if i < n {
            continue;
        }
        let ok = q.iter().enumerate().all(|(j, w)| {
            let x = &t[i - n + j];
            let text = &f[x.s..x.e];
            x.kind == TK::Word && (text == *w || (j == 0 && text.strip_prefix('و') == Some(w)))
        });
        if ok {
            let x = &t[i - n];
            let s = if f[x.s..x.e].len() > q[0].len() {
                x.s + "و".len()
            } else {
                x.s
            };
            return Some((s, i - n));
        }
    }
    None
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        (!l.trim().is_empty() && !l.starts_with('#')).then(|| (i + 1, l.split('\t').collect()))
    })
}
