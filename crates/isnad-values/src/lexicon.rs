//! The time lexicon: `lexicons/time_words.tsv` (bundled) plus files of the same name in a user's
//! directory. Forms are folded on load and keyed by their first word; the matcher strips the
//! proclitics و ف ب ل ك and the article itself and remembers whether the article was there.

use smallvec::SmallVec;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use anyhow::{bail, Context, Result};

use crate::tokens::{Tok, TK};

pub(crate) const BUNDLED_TIME_WORDS: &str = include_str!("../../../lexicons/time_words.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Weekday,
    Month,
    HMonth,
    Day,
    Part,
    Unit,
    Mod,
    Edge,
    This,
    Prep,
    Now,
    Vague,
    Era,
    Anchor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TUnit {
    Day,
    Week,
    Month,
    Year,
    Hour,
    Minute,
}

#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// Folded words after the first one; they must follow exactly.
    pub rest: Vec<String>,
    pub kind: Kind,
    /// weekday / month number / day offset.
    pub num: i64,
    /// part of day, modifier, edge, relation or era name.
    pub tag: &'static str,
    pub unit: Option<TUnit>,
    /// Count of a unit word: 1, 2, or `None` for a plural.
    pub count: Option<u32>,
    pub strict: bool,
    pub needprep: bool,
}

/// One lexicon match at a token: the entry, the token after the match, whether the first word
/// carried the article, and how many bytes of proclitics (before any article) precede the match.
#[derive(Clone, Debug)]
pub(crate) struct Hit<'l> {
    pub e: &'l Entry,
    pub end: usize,
    pub def: bool,
    pub pre: usize,
}

/// FNV-1a: lexicon keys are short words looked up several times per token, where SipHash's
/// DoS resistance buys nothing.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Clone, Debug, Default)]
pub(crate) struct TimeLexicon {
    map: FastMap<String, Vec<Entry>>,
}

fn intern(tag: &str) -> Option<&'static str> {
    const TAGS: &[&str] = &[
        "dawn",
        "morning",
        "noon",
        "afternoon",
        "evening",
        "night",
        "past",
        "next",
        "current",
        "start",
        "mid",
        "end",
        "since",
        "until",
        "before",
        "after",
        "from",
        "between",
        "vague",
        "hijri",
        "gregorian",
        "date",
        "month",
        "year",
        "-",
    ];
    TAGS.iter().find(|t| **t == tag).copied()
}

impl TimeLexicon {
    pub fn bundled() -> Self {
        let mut l = TimeLexicon::default();
        l.add_tsv(BUNDLED_TIME_WORDS, "bundled time_words.tsv")
            .expect("the bundled time lexicon parses");
        l
    }

    pub fn add_tsv(&mut self, text: &str, source: &str) -> Result<()> {
        for (ln, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                bail!("{source}:{}: expected form, kind, value", ln + 1);
            }
            let (form, kind, value) = (cols[0].trim(), cols[1].trim(), cols[2].trim());
            let flags = cols.get(3).copied().unwrap_or("");
            let entry = parse_entry(kind, value, flags)
                .with_context(|| format!("{source}:{}: bad entry {line:?}", ln + 1))?;
            let folded = isnad_text::fold(form);
            let mut words = folded.split_whitespace();
            let Some(first) = words.next() else { continue };
            let e = Entry {
                rest: words.map(str::to_string).collect(),
                ..entry
            };
            self.map.entry(first.to_string()).or_default().push(e);
        }
        Ok(())
    }

    /// All matches at token `i`, longest first.
    pub fn hits<'l>(&'l self, f: &str, toks: &[Tok], i: usize) -> Vec<Hit<'l>> {
        let mut out = Vec::new();
        let t = &toks[i];
        if t.kind != TK::Word {
            // Era markers like "هـ" fold to a letter, but "%" and the like never match.
            return out;
        }
        let w = &f[t.s..t.e];
        for (off, def) in variants(w) {
            let Some(list) = self.map.get(&w[off..]) else {
                continue;
            };
            for e in list {
                let mut k = i + 1;
                let ok = e.rest.iter().all(|r| {
                    let good = toks
                        .get(k)
                        .is_some_and(|t| t.kind == TK::Word && &f[t.s..t.e] == r.as_str());
                    k += 1;
                    good
                });
                if ok {
                    let pre = if def { off - "ال".len() } else { off };
                    // "لل" = ل + the article with its alef dropped.
                    let pre = if def && w[..off].ends_with("لل") {
                        off - "ل".len()
                    } else {
                        pre
                    };
                    out.push(Hit {
                        e,
                        end: i + 1 + e.rest.len(),
                        def,
                        pre,
                    });
                }
            }
        }
        out.sort_by_key(|h| std::cmp::Reverse(h.end));
        out
    }
}

/// Readings of a folded word as proclitics + (article) + core: (byte offset of the core, article).
/// Works on bytes: this runs for every word of every text and `str::strip_prefix` showed up as
/// the top cost in profiles.
pub(crate) fn variants(w: &str) -> SmallVec<[(usize, bool); 8]> {
    const WAW: [u8; 2] = [0xD9, 0x88];
    const FA: [u8; 2] = [0xD9, 0x81];
    const BA: [u8; 2] = [0xD8, 0xA8];
    const LAM: [u8; 2] = [0xD9, 0x84];
    const KAF: [u8; 2] = [0xD9, 0x83];
    const ALEF: [u8; 2] = [0xD8, 0xA7];
    let b = w.as_bytes();
    let at = |off: usize, ch: [u8; 2]| b.len() >= off + 2 && b[off] == ch[0] && b[off + 1] == ch[1];
    // A core needs at least two letters; Arabic letters are two bytes, other scripts use chars.
    let long = |off: usize| w[off..].chars().nth(1).is_some();
    // Inline: this runs for every word of every article, most have one or two readings.
    let mut out: SmallVec<[(usize, bool); 8]> = SmallVec::new();
    out.push((0, false));
    let mut push = |off: usize, def: bool| {
        if !out.contains(&(off, def)) {
            out.push((off, def));
        }
    };
    for conj in [None, Some(WAW), Some(FA)] {
        let a = match conj {
            None => 0,
            Some(c) if at(0, c) => 2,
            Some(_) => continue,
        };
        for prep in [None, Some(BA), Some(LAM), Some(KAF)] {
            let p = match prep {
                None => a,
                Some(c) if at(a, c) => a + 2,
                Some(_) => continue,
            };
            if long(p) {
                push(p, false);
            }
            if at(p, ALEF) && at(p + 2, LAM) && long(p + 4) {
                push(p + 4, true);
            }
            // "لل" = ل + the article with its alef dropped.
            if prep.is_none() && at(p, LAM) && at(p + 2, LAM) && long(p + 4) {
                push(p + 4, true);
            }
        }
    }
    out
}

fn parse_entry(kind: &str, value: &str, flags: &str) -> Result<Entry> {
    let kind = match kind {
        "weekday" => Kind::Weekday,
        "month" => Kind::Month,
        "hmonth" => Kind::HMonth,
        "day" => Kind::Day,
        "part" => Kind::Part,
        "unit" => Kind::Unit,
        "mod" => Kind::Mod,
        "edge" => Kind::Edge,
        "this" => Kind::This,
        "prep" => Kind::Prep,
        "now" => Kind::Now,
        "vague" => Kind::Vague,
        "era" => Kind::Era,
        "anchor" => Kind::Anchor,
        other => bail!("unknown kind {other:?}"),
    };
    let mut e = Entry {
        rest: vec![],
        kind,
        num: 0,
        tag: "-",
        unit: None,
        count: None,
        strict: false,
        needprep: false,
    };
    match kind {
        Kind::Weekday | Kind::Month | Kind::HMonth | Kind::Day => {
            e.num = value.parse().context("expected a number")?;
            let ok = match kind {
                Kind::Weekday => (1..=7).contains(&e.num),
                Kind::Month | Kind::HMonth => (1..=12).contains(&e.num),
                _ => (-7..=7).contains(&e.num),
            };
            if !ok {
                bail!("value out of range");
            }
        }
        Kind::Unit => {
            let (u, c) = value.split_once(':').context("expected unit:count")?;
            e.unit = Some(match u {
                "day" => TUnit::Day,
                "week" => TUnit::Week,
                "month" => TUnit::Month,
                "year" => TUnit::Year,
                "hour" => TUnit::Hour,
                "minute" => TUnit::Minute,
                _ => bail!("unknown unit {u:?}"),
            });
            e.count = match c {
                "pl" => None,
                n => Some(n.parse().context("expected a count")?),
            };
        }
        _ => {
            e.tag = intern(value).with_context(|| format!("unknown value {value:?}"))?;
        }
    }
    for flag in flags.split(',').map(str::trim) {
        match flag {
            "strict" => e.strict = true,
            "needprep" => e.needprep = true,
            _ => {}
        }
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_parses_and_variants_strip_clitics() {
        let l = TimeLexicon::bundled();
        assert!(l.map.contains_key("اثنين"));
        assert!(l.map.contains_key("كانون"));
        let w = "والخميس";
        let v = variants(w);
        assert!(v.iter().any(|&(o, d)| &w[o..] == "خميس" && d));
        let w = "للشهر";
        assert!(variants(w).iter().any(|&(o, d)| &w[o..] == "شهر" && d));
        let w = "وبالأمس";
        let w = isnad_text::fold(w);
        assert!(variants(&w).iter().any(|&(o, d)| &w[o..] == "امس" && d));
        assert_eq!(variants("و").to_vec(), vec![(0, false)]);
    }

    #[test]
    fn bad_rows_are_reported() {
        let mut l = TimeLexicon::default();
        assert!(l.add_tsv("فجر\tpart\tbrunch\n", "x").is_err());
        assert!(l.add_tsv("فجر\tpart\n", "x").is_err());
        assert!(l.add_tsv("# c\n\nضحى\tpart\tmorning\n", "x").is_ok());
    }
}
