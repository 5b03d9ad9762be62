//! Which place an event happened at, decided by evidence: every place named in the trigger's
//! sentence (and the rules' own pick) is a candidate, described by a few explainable features;
//! a logistic model fitted on the development corpus's `tune` split (`models/place.tsv`,
//! refit with `devcorpus/fit_place.py`) scores them, and the best candidate with a positive
//! score is the place. Without a model file the rules decide alone.
//!
//! Setting `ISNAD_DUMP_PLACES=FILE` appends every candidate with its features to FILE (JSONL),
//! which is what the fitting script reads.

use crate::context::Ctx;
use crate::map::family;
use crate::mention::Mention;
use crate::passes::place::locative;
use ahash::AHashMap as HashMap;
use isnad_lexicon::WordClass as C;
use isnad_text::fold;

use std::io::Write;
use std::sync::{Mutex, OnceLock};

/// Feature weights by name; `bias` is the score of a candidate with no feature set.
pub(super) struct PlaceModel {
    w: HashMap<String, f32>,
}

const BUNDLED: &str = include_str!("../../../../models/place.tsv");

pub(super) fn model() -> Option<&'static PlaceModel> {
    static M: OnceLock<Option<PlaceModel>> = OnceLock::new();
    M.get_or_init(|| {
        let w: HashMap<String, f32> = BUNDLED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (k, v) = l.split_once('\t')?;
                Some((k.trim().to_string(), v.trim().parse().ok()?))
            })
            .collect();
        (!w.is_empty()).then_some(PlaceModel { w })
    })
    .as_ref()
}

impl PlaceModel {
    fn score(&self, f: &[(&'static str, f32)]) -> f32 {
        self.w.get("bias").copied().unwrap_or(0.0)
            + f.iter()
                .map(|(k, v)| self.w.get(*k).copied().unwrap_or(0.0) * v)
                .sum::<f32>()
    }
}

/// Per entity: whether at least two place mentions (itself included when it is one) share its
/// canonical name (both named) or its text (either unnamed): feature `repeated_in_article`.
fn repeated_places(ents: &[isnad_schema::Entity]) -> Vec<bool> {
    let place = |e: &isnad_schema::Entity| matches!(e.kind.as_str(), "GPE" | "LOC" | "FAC");
    let mut canon: HashMap<&str, usize> = HashMap::new();
    let mut text: HashMap<&str, usize> = HashMap::new();
    let mut text_unnamed: HashMap<&str, usize> = HashMap::new();
    for e in ents.iter().filter(|e| place(e)) {
        match &e.canonical {
            Some(c) => *canon.entry(c.as_str()).or_default() += 1,
            None => *text_unnamed.entry(e.text.as_str()).or_default() += 1,
        }
        *text.entry(e.text.as_str()).or_default() += 1;
    }
    let count = |m: &HashMap<&str, usize>, k: &str| m.get(k).copied().unwrap_or(0);
    ents.iter()
        .map(|ent| {
            let n = match &ent.canonical {
                Some(c) => count(&canon, c) + count(&text_unnamed, &ent.text),
                None => count(&text, &ent.text),
            };
            n >= 2
        })
        .collect()
}

/// The candidates of mention `m` with their features, in text order.
fn candidates(
    ctx: &Ctx,
    m: &Mention,
    win: &[usize],
    lo: usize,
    rule: Option<usize>,
    excluded: &[usize],
) -> Vec<(usize, Vec<(&'static str, f32)>)> {
    let sid = ctx.sent.get(m.ti).copied();
    let mut out: Vec<(usize, Vec<(&'static str, f32)>)> = Vec::new();
    let mut seen_place = 0usize;
    // Whether a candidate's place is named twice in the article (once per article).
    let repeated = ctx
        .repeated
        .get_or_init(|| repeated_places(&ctx.a.entities));
    let push =
        |i: usize, e: usize, first_in: bool, out: &mut Vec<(usize, Vec<(&'static str, f32)>)>| {
            if out.iter().any(|(x, _)| *x == e) || excluded.contains(&e) {
                return;
            }
            let ent = &ctx.a.entities[e];
            let mut f: Vec<(&'static str, f32)> = Vec::new();
            let mut b = |name: &'static str, on: bool| {
                if on {
                    f.push((name, 1.0));
                }
            };
            let same_sentence = ctx.sent.get(i).copied() == sid;
            b("same_sentence", same_sentence);
            b("rule_pick", rule == Some(e));
            let pos = win.iter().position(|&x| x == i);
            b("in_window", pos.is_some());
            b("window_1_3", pos.is_some_and(|p| p < 3));
            b("window_4_8", pos.is_some_and(|p| (3..8).contains(&p)));
            b("window_far", pos.is_some_and(|p| p >= 8));
            b("before_near", i < m.ti && m.ti - i <= 5);
            b("before_far", i < m.ti && m.ti - i > 5);
            let loc = locative(ctx, m.kind.as_str(), i, e, lo);
            b("locative", loc);
            b("country", ctx.is_country(e));
            let first = fold(ent.text.split_whitespace().next().unwrap_or(""));
            let first = first.strip_prefix('و').unwrap_or(&first).to_string();
            // Region words (ريف حلب، محافظة إدلب): a place named by them holds many events.
            let region = ctx.words.has(C::RegionWord, &first)
                || first
                    .strip_prefix("ال")
                    .is_some_and(|r| ctx.words.has(C::RegionWord, r))
                || ent.kind == "LOC";
            b("region", region);
            let prev = i.checked_sub(1).map(|k| ctx.w(k)).unwrap_or("");
            let prev = prev.strip_prefix('و').unwrap_or(prev);
            let prev = prev.strip_prefix('ب').unwrap_or(prev);
            let prev = prev.strip_prefix("ال").unwrap_or(prev);
            b(
                "town_word",
                ctx.words.has(C::TownWord, prev)
                    || ctx.words.has(C::TownWord, &first)
                    || first
                        .strip_prefix("ال")
                        .is_some_and(|t| ctx.words.has(C::TownWord, t)),
            );
            b("facility", ent.kind == "FAC");
            b("first_place_in_sentence", same_sentence && first_in);
            b("repeated_in_article", repeated[e]);
            let fam = family(m.kind.as_str());
            b("territory_locative", fam == "territory" && loc);
            b("violence_locative", fam == "violence" && loc);
            out.push((e, f));
        };
    // The trigger's sentence: tokens are in text order, so its tokens are one run.
    let (from, to) = match sid {
        Some(s) => (
            ctx.sent.partition_point(|&x| x < s),
            ctx.sent.partition_point(|&x| x <= s),
        ),
        None => (0, 0),
    };
    for i in from..to {
        if let Some(e) = ctx.ent_starting(i).filter(|&e| ctx.is_place(e)) {
            push(i, e, seen_place == 0, &mut out);
            seen_place += 1;
        }
    }
    if let Some(r) = rule {
        if let Some((i, _)) = ctx.ent_tok[r] {
            push(i, r, false, &mut out);
        }
    }
    out
}

/// The place of mention `m`: the model's best candidate when a model is bundled, else `rule`.
pub(super) fn choose(
    ctx: &Ctx,
    m: &Mention,
    win: &[usize],
    lo: usize,
    rule: Option<usize>,
    excluded: &[usize],
) -> Option<usize> {
    let dump = dump_file();
    let model = model();
    if model.is_none() && dump.is_none() {
        return rule;
    }
    let cands = candidates(ctx, m, win, lo, rule, excluded);
    if let Some(file) = dump {
        let trig = ctx.toks.get(m.ti).map_or([0, 0], |t| [t.s, t.e]);
        let mut f = file.lock().unwrap_or_else(|p| p.into_inner());
        for (e, feats) in &cands {
            let c = ctx.a.entities[*e].span;
            let names: Vec<String> = feats.iter().map(|(k, _)| format!("\"{k}\"")).collect();
            let _ = writeln!(
                f,
                "{{\"doc\":{:?},\"kind\":{:?},\"trigger\":[{},{}],\"candidate\":[{},{}],\"features\":[{}]}}",
                ctx.a.doc.id, m.kind.as_str(), trig[0], trig[1], c[0], c[1], names.join(",")
            );
        }
    }
    let Some(model) = model else { return rule };
    cands
        .iter()
        .map(|(e, f)| (*e, model.score(f)))
        .filter(|&(_, s)| s > threshold())
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e)
}

fn dump_file() -> Option<&'static Mutex<std::fs::File>> {
    static F: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();
    F.get_or_init(|| {
        let p = std::env::var_os("ISNAD_DUMP_PLACES")?;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(p)
            .ok()
            .map(Mutex::new)
    })
    .as_ref()
}

/// The lowest score a chosen place may have (a logit; `threshold` row of the model file).
fn threshold() -> f32 {
    std::env::var("ISNAD_PLACE_THRESHOLD")
        .ok()
        .and_then(|v| v.parse().ok())
        .or_else(|| model().and_then(|m| m.w.get("threshold").copied()))
        .unwrap_or(0.0)
}
