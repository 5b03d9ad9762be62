//! Trains the isnad-ner weights on NewsFANE Gold and writes `crates/isnad-ner/data/ner.bin`.
//!
//! ```sh
//! cargo run --release -p isnad-ner --example train -- \
//!     [--data ../shared/data/newsfane-gold/NewsFANE_Gold_2014_170K.txt] \
//!     [--out crates/isnad-ner/data/ner.bin] [--max-epochs 16] [--prune 2] [--augment 1] \
//!     [--tune TUNE.jsonl] [--tune-weight 2] [--segmented] [--no-hints]
//! ```
//!
//! `--tune` adds the development corpus's `tune` split, exported by `tools/tune_gold.py` (never
//! `check`): in phase 1 every fifth tune article is held out and scored (`tune-dev`), the others
//! train; the shipped model trains on all of them.
//!
//! NewsFANE is cut into documents of 40 sentences. Document d with d % 10 == 4 is `dev` (chooses
//! the number of epochs and the score temperature), d % 10 == 9 is `test` (scored once, at the
//! end), the rest `train`. The shipped model is trained on train + dev for the chosen number of
//! epochs. Hints (actor-registry and gazetteer matches from isnad-lexicon and isnad-geo) are shown
//! for half of the sentences in each epoch, so the model works with and without them.
//! `--augment N` adds N copies of each training sentence with its names replaced by other names of
//! the same type; `--segmented` also trains on NewsFANE's own clitic-segmented form.

use isnad_geo::Gazetteer;
use isnad_lexicon::Lexicons;
use isnad_ner::train::{
    evaluate, fit_temperature, mention_pool, particle_sets, read_newsfane, replace_mentions,
    sample, samples_from_article, shuffle, swap_heads, vocabulary, words_of, Line, Sample, Trainer,
};
use isnad_ner::{Hint, Kind, Ner, WordSets};
use std::time::Instant;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

type Words = Vec<(String, String, usize)>;
type Article = (String, Vec<(usize, usize, Kind)>);

fn read_tune(path: &str) -> Vec<Article> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("tune JSONL");
            let names = v["entities"]
                .as_array()
                .expect("entities")
                .iter()
                .map(|e| {
                    let kind = match e[2].as_str() {
                        Some("PER") => Kind::Per,
                        Some("ORG") => Kind::Org,
                        _ => Kind::Loc,
                    };
                    (
                        e[0].as_u64().expect("start") as usize,
                        e[1].as_u64().expect("end") as usize,
                        kind,
                    )
                })
                .collect();
            (v["text"].as_str().expect("text").to_string(), names)
        })
        .collect()
}

struct Setup<'a> {
    hints_of: &'a dyn Fn(&str) -> Vec<Hint>,
    augment: usize,
    tune_weight: usize,
    swap_heads: bool,
    segmented: bool,
}

impl Setup<'_> {
    /// Training samples, word sets and the sentences they came from.
    fn training(&self, sents: &[&[Line]], tune: &[&Article]) -> (Vec<Sample>, WordSets) {
        let joined: Vec<Words> = sents.iter().map(|s| words_of(s, true)).collect();
        let mut seg: Vec<Words> = if self.segmented {
            sents.iter().map(|s| words_of(s, false)).collect()
        } else {
            Vec::new()
        };
        let tune_words: Vec<Words> = tune
            .iter()
            .map(|a| {
                a.0.split_whitespace()
                    .map(|w| (w.to_string(), "O".to_string(), 0))
                    .collect()
            })
            .collect();
        let vocab = vocabulary(
            joined
                .iter()
                .chain(&seg)
                .chain(&tune_words)
                .map(|w| w.as_slice()),
            2,
        );
        seg.shrink_to_fit();
        let (hosts, whole) = particle_sets(sents);
        let pool = mention_pool(joined.iter().map(|w| w.as_slice()));
        let mut seed = 0xa11ce_u64;
        let mut samples = Vec::new();
        for w in joined.iter().chain(&seg) {
            samples.extend(sample(w, self.hints_of, &vocab));
        }
        for a in tune {
            for _ in 0..self.tune_weight {
                samples.extend(samples_from_article(&a.0, &a.1, self.hints_of, &vocab));
            }
        }
        for _ in 0..self.augment {
            for w in &joined {
                let r = replace_mentions(w, &pool, &mut seed);
                samples.extend(sample(&r, self.hints_of, &vocab));
                if self.swap_heads {
                    if let Some(r) = swap_heads(w, &mut seed) {
                        samples.extend(sample(&r, self.hints_of, &vocab));
                    }
                }
            }
        }
        (
            samples,
            WordSets {
                hosts,
                whole,
                vocab,
            },
        )
    }

    fn held_out(&self, sents: &[&[Line]], sets: &WordSets, joined: bool) -> Vec<Sample> {
        sents
            .iter()
            .filter_map(|s| sample(&words_of(s, joined), self.hints_of, &sets.vocab))
            .collect()
    }
}

fn train(
    samples: &[Sample],
    epochs: usize,
    mut each: impl FnMut(usize, usize, &Trainer),
) -> Trainer {
    let mut tr = Trainer::default();
    let mut seed = 0x5eed_u64;
    for ep in 1..=epochs {
        let mut order: Vec<usize> = (0..samples.len()).collect();
        shuffle(&mut order, &mut seed);
        let e = ep as u64;
        // Hints for half of the sentences, a different half each epoch.
        let errs = tr.epoch(samples, &order, &|i| {
            !((i as u64).wrapping_mul(2_654_435_761) >> 7)
                .wrapping_add(e)
                .is_multiple_of(2)
        });
        each(ep, errs, &tr);
    }
    tr
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let data = arg(&args, "--data").unwrap_or(format!(
        "{root}/../shared/data/newsfane-gold/NewsFANE_Gold_2014_170K.txt"
    ));
    let out = arg(&args, "--out").unwrap_or(format!("{}/data/ner.bin", env!("CARGO_MANIFEST_DIR")));
    let max_epochs: usize = arg(&args, "--max-epochs").map_or(16, |s| s.parse().expect("number"));
    let prune: f32 = arg(&args, "--prune").map_or(2.0, |s| s.parse().expect("number"));
    let augment: usize = arg(&args, "--augment").map_or(1, |s| s.parse().expect("number"));
    let no_hints = args.iter().any(|a| a == "--no-hints");
    let tune = arg(&args, "--tune")
        .map(|p| read_tune(&p))
        .unwrap_or_default();
    // `--tune-score-only`: score tune-dev, train on no tune article (to see what tune adds).
    let score_only = args.iter().any(|a| a == "--tune-score-only");
    let tune_train: Vec<&Article> = tune
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 5 != 0 && !score_only)
        .map(|(_, a)| a)
        .collect();
    let tune_all: Vec<&Article> = tune.iter().filter(|_| !score_only).collect();

    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{data}: {e}"));
    let sents = read_newsfane(&text);
    println!("{} sentences from {data}", sents.len());

    let lex = Lexicons::bundled();
    let gaz = Gazetteer::bundled();
    let hints_of = |f: &str| -> Vec<Hint> {
        if no_hints {
            return Vec::new();
        }
        let mut h = Vec::new();
        for m in lex.actor_matcher.find(f) {
            let Some(a) = m.entries.first().map(|&i| &lex.actors[i]) else {
                continue;
            };
            let kind = match a.kind.as_str() {
                "PER" => Kind::Per,
                "ORG" => Kind::Org,
                _ => Kind::Loc,
            };
            h.push(Hint {
                start: m.start,
                end: m.end,
                kind,
            });
        }
        for m in gaz.find(f) {
            h.push(Hint {
                start: m.start,
                end: m.end,
                kind: Kind::Loc,
            });
        }
        h
    };
    let setup = Setup {
        hints_of: &hints_of,
        augment,
        swap_heads: !args.iter().any(|a| a == "--no-head-swap"),
        tune_weight: arg(&args, "--tune-weight").map_or(2, |s| s.parse().expect("number")),
        segmented: args.iter().any(|a| a == "--segmented"),
    };
    let part = |which: &[&str]| -> Vec<&[Line]> {
        sents
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                which.contains(&match (i / 40) % 10 {
                    4 => "dev",
                    9 => "test",
                    _ => "train",
                })
            })
            .map(|(_, s)| s.as_slice())
            .collect()
    };

    // Phase 1: epochs on train, scored on dev.
    let t0 = Instant::now();
    let (train_s, sets) = setup.training(&part(&["train"]), &tune_train);
    let dev = setup.held_out(&part(&["dev"]), &sets, true);
    let tune_dev: Vec<Sample> = tune
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 5 == 0)
        .flat_map(|(_, a)| samples_from_article(&a.0, &a.1, &hints_of, &sets.vocab))
        .collect();
    println!(
        "train {} samples, dev {} ({:.1}s to prepare)",
        train_s.len(),
        dev.len(),
        t0.elapsed().as_secs_f64()
    );
    let mut best = (0.0, 0);
    train(&train_s, max_epochs, |ep, errs, tr| {
        let ner = Ner::from_weights(tr.averaged(), sets.clone(), 0.0);
        let with = evaluate(&ner, &dev, true, None).prf(3).2;
        let without = evaluate(&ner, &dev, false, None).prf(3).2;
        let (mut f, mut tune_note) = ((with + without) / 2.0, String::new());
        if !tune_dev.is_empty() {
            let tw = evaluate(&ner, &tune_dev, true, None).prf(3).2;
            let two = evaluate(&ner, &tune_dev, false, None).prf(3).2;
            f = (with + without + tw) / 3.0;
            tune_note = format!("; tune-dev {tw:.3} with, {two:.3} without");
        }
        println!("epoch {ep:2}: {errs} token errors, dev F1 {with:.3} with hints, {without:.3} without{tune_note}");
        if f > best.0 {
            best = (f, ep);
        }
    });
    let epochs = best.1;
    let t = fit_temperature(
        &Ner::from_weights(
            train(&train_s, epochs, |_, _, _| {}).averaged(),
            sets.clone(),
            0.0,
        ),
        &dev,
    );
    println!(
        "chosen: {epochs} epochs (dev mean F1 {:.3}), temperature {t}",
        best.0
    );
    if !tune_dev.is_empty() {
        let ner = Ner::from_weights(
            train(&train_s, epochs, |_, _, _| {}).averaged(),
            sets.clone(),
            prune,
        );
        // `--errors`: list the false positives and misses on tune-dev (stderr).
        if args.iter().any(|a| a == "--errors") {
            std::env::set_var("ISNAD_NER_ERRORS", "1");
        }
        let with = evaluate(&ner, &tune_dev, true, Some(&ner));
        std::env::remove_var("ISNAD_NER_ERRORS");
        println!(
            "== tune-dev (20 held-out tune articles), with hints\n{}",
            with.report()
        );
        println!(
            "== tune-dev, without hints\n{}",
            evaluate(&ner, &tune_dev, false, Some(&ner)).report()
        );
    }

    // Phase 2: train + dev, the chosen epochs; then the test set, once.
    let t1 = Instant::now();
    let (all, sets) = setup.training(&part(&["train", "dev"]), &tune_all);
    let tr = train(&all, epochs, |_, _, _| {});
    println!(
        "trained on train + dev in {:.1}s",
        t1.elapsed().as_secs_f64()
    );
    let mut ner = Ner::from_weights(tr.averaged(), sets.clone(), prune);
    ner.set_temperature(t);
    let bytes = ner.to_bytes();
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    println!(
        "wrote {out}: {} weight vectors, vocabulary {}, {:.2} MB",
        ner.len(),
        ner.vocab().len(),
        bytes.len() as f64 / 1e6
    );
    let ner = Ner::from_bytes(&bytes).expect("round trip");
    let test = setup.held_out(&part(&["test"]), &sets, true);
    let test_seg = setup.held_out(&part(&["test"]), &sets, false);
    println!(
        "== test, raw-news form, with hints\n{}",
        evaluate(&ner, &test, true, Some(&ner)).report()
    );
    println!(
        "== test, raw-news form, without hints\n{}",
        evaluate(&ner, &test, false, Some(&ner)).report()
    );
    println!(
        "== test, NewsFANE segmented form, with hints\n{}",
        evaluate(&ner, &test_seg, true, None).report()
    );
    println!(
        "== test, NewsFANE segmented form, without hints\n{}",
        evaluate(&ner, &test_seg, false, None).report()
    );
}
