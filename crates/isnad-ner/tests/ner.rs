//! The bundled tagger on sentences written for these tests (news style, names invented or not in
//! the training data), spans on random input, and load time. Nothing here reads ../shared.

use isnad_ner::{Hint, Kind, Ner};
use isnad_text::{tokens, Normalized};
use proptest::prelude::*;
use std::time::Instant;

/// The mentions of a text as (folded text, kind).
fn names(text: &str) -> Vec<(String, Kind)> {
    let n = Normalized::new(text);
    Ner::bundled()
        .tag(&n)
        .iter()
        .map(|m| (n.folded()[m.start..m.end].to_string(), m.kind))
        .collect()
}

/// Asserts that one of `name`'s spellings (`|`-separated: a place with or without its head noun,
/// both conventions occur in the training data) is found with `kind`.
fn has(text: &str, name: &str, kind: Kind) {
    let got = names(text);
    let ok = name.split('|').any(|alt| {
        let want = isnad_text::fold(alt);
        got.iter().any(|(t, k)| *t == want && *k == kind)
    });
    assert!(ok, "{name} ({kind:?}) not found in «{text}»: {got:?}");
}

#[test]
fn a_person_after_a_title_and_a_reporting_verb() {
    has(
        "وقال الكاتب والباحث السياسي حسن النيفي إن المفاوضات متعثرة.",
        "حسن النيفي",
        Kind::Per,
    );
    has(
        "وقال الكاتب سليم العباسي إن الوضع صعب.",
        "سليم العباسي",
        Kind::Per,
    );
    has(
        "وأوضح المحلل العسكري منذر القطامي أن القوات تتقدم.",
        "منذر القطامي",
        Kind::Per,
    );
    has(
        "وقال الصحفي رامي الخطيب إن القصف استمر طوال الليل.",
        "رامي الخطيب",
        Kind::Per,
    );
    // A rank between the title and the name stays out of the name.
    has(
        "وقال الناطق باسم الشرطة العقيد ماهر السويدي إن التحقيقات جارية.",
        "ماهر السويدي",
        Kind::Per,
    );
}

#[test]
fn an_organisation_with_its_head_noun() {
    has(
        "وأعلنت جبهة التحرير الشعبية مسؤوليتها عن الهجوم.",
        "جبهة التحرير الشعبية",
        Kind::Org,
    );
    has(
        "وقالت جبهة تحرير الساحل في بيان إن مقاتليها انسحبوا.",
        "جبهة تحرير الساحل",
        Kind::Org,
    );
    has(
        "وأكد القيادي في حزب التجمع الوطني أن الانتخابات ستجرى في موعدها.",
        "حزب التجمع الوطني",
        Kind::Org,
    );
    has(
        "وأعلنت حركة التحرير الشعبي مسؤوليتها عن التفجير.",
        "حركة التحرير الشعبي",
        Kind::Org,
    );
    has(
        "وقال الناطق باسم حركة تحرير الساحل إن الاتفاق انهار.",
        "حركة تحرير الساحل",
        Kind::Org,
    );
    // لواء as a brigade (اللواء before a name is the rank).
    has(
        "وأفاد مراسلنا في دمشق بأن لواء القدس شارك في المعارك قرب مدينة تدمر.",
        "لواء القدس",
        Kind::Org,
    );
    has(
        "ونقلت وكالة الأنباء الفرنسية عن مصدر أمني قوله إن الهجوم فشل.",
        "وكالة الأنباء الفرنسية",
        Kind::Org,
    );
}

#[test]
fn places_after_prepositions_and_place_nouns() {
    let t = "وأفاد مراسلنا في دمشق بأن الاشتباكات تجددت قرب مدينة تدمر.";
    has(t, "دمشق", Kind::Loc);
    has(t, "تدمر|مدينة تدمر", Kind::Loc);
    has(
        "وقال رئيس الوزراء العراقي إن بغداد لن تسمح بذلك.",
        "بغداد",
        Kind::Loc,
    );
}

#[test]
fn names_start_after_particles_and_keep_the_article() {
    let ner = Ner::bundled();
    let start = |w: &str| {
        let n = Normalized::new(w);
        let t = tokens(&n)[0];
        n.folded()[ner.name_start(n.folded(), &t)..t.end].to_string()
    };
    assert_eq!(start("والجيش"), "الجيش");
    assert_eq!(start("للنظام"), "لنظام");
    assert_eq!(start("بالقاهرة"), "القاهره");
    assert_eq!(start("ودمشق"), "دمشق");
    assert_eq!(start("وليد"), "وليد");
    assert_eq!(start("بغداد"), "بغداد");
}

/// Tags with a gazetteer hint over `name` (a place) and returns the folded mention texts.
fn with_place_hint(text: &str, name: &str) -> (Vec<String>, Vec<String>) {
    let n = Normalized::new(text);
    let w = isnad_text::fold(name);
    let s = n.folded().find(&w).unwrap();
    let hint = Hint {
        start: s,
        end: s + w.len(),
        kind: Kind::Loc,
    };
    let show = |v: Vec<isnad_ner::Mention>| {
        v.iter()
            .map(|m| n.folded()[m.start..m.end].to_string())
            .collect::<Vec<_>>()
    };
    (
        show(Ner::bundled().tag(&n)),
        show(Ner::bundled().tag_with(&n, &[hint])),
    )
}

#[test]
fn a_hint_from_a_gazetteer_completes_a_place_name() {
    // Alone, the bundled tagger takes only the first word of these (invented) places.
    let (_, hinted) = with_place_hint("وسقطت قذائف على بلدة كفر زيتون.", "كفر زيتون");
    assert!(hinted.contains(&"كفر زيتون".to_string()), "{hinted:?}");
    let (_, hinted) = with_place_hint("ونزح الأهالي من تل الشمال نحو المخيمات.", "تل الشمال");
    assert!(hinted.contains(&"تل الشمال".to_string()), "{hinted:?}");
}

#[test]
fn scores_rank_and_stay_in_range() {
    let n = Normalized::new("وقال وزير الخارجية الأردني أيمن الصفدي إن عمّان ترفض أي تصعيد.");
    let got = Ner::bundled().tag(&n);
    assert!(!got.is_empty());
    for m in got {
        assert!(m.score > 0.0 && m.score <= 1.0, "{m:?}");
    }
}

#[test]
fn the_bundled_weights_load_quickly() {
    let t = Instant::now();
    let ner = Ner::from_bytes(isnad_ner::BUNDLED).unwrap();
    let took = t.elapsed();
    assert!(ner.len() > 10_000);
    // 50 ms in a release build; unoptimised test builds get more room.
    let limit = if cfg!(debug_assertions) { 1000 } else { 50 };
    assert!(took.as_millis() < limit, "loading took {took:?}");
}

#[test]
fn empty_and_odd_input() {
    for t in ["", " ", "\n\n", "...", "«»", "123", "abc", "و", "ال"] {
        let n = Normalized::new(t);
        for m in Ner::bundled().tag(&n) {
            assert!(m.start < m.end && m.end <= n.folded().len());
        }
    }
}

fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "وقال",
        "الرئيس",
        "محمد",
        "العلي",
        "في",
        "بدمشق",
        "حركة",
        "لواء",
        "جبهة",
        "الجيش",
        "للنظام",
        "و",
        "ب",
        "ال",
        "ه",
        "،",
        ".",
        "\n",
        "«",
        "»",
        "\"",
        "(",
        ")",
        ":",
        "-",
        "2019",
        "٣٠",
        "ISIS",
        "a",
        " ",
        "  ",
        "\u{200f}",
        "ـ",
        "َ",
        "ﻻ",
        "إن",
        "أن",
        "مدينة",
        "حلب",
        "؟",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| {
        v.iter()
            .enumerate()
            .map(|(i, p)| {
                if i % 3 == 0 {
                    format!("{p} ")
                } else {
                    p.to_string()
                }
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn mentions_are_token_aligned_and_in_bounds(text in text_strategy(), h in 0usize..200, len in 0usize..40) {
        let n = Normalized::new(&text);
        let f = n.folded();
        let toks = tokens(&n);
        let mut hints = Vec::new();
        if !f.is_empty() {
            // A hint anywhere, even off word boundaries.
            let mut s = h.min(f.len());
            while !f.is_char_boundary(s) { s -= 1; }
            let mut e = (s + len).min(f.len());
            while !f.is_char_boundary(e) { e -= 1; }
            hints.push(Hint { start: s, end: e, kind: Kind::Org });
        }
        let mut last_end = 0;
        for m in Ner::bundled().tag_with(&n, &hints) {
            prop_assert!(m.start < m.end && m.end <= f.len());
            prop_assert!(f.is_char_boundary(m.start) && f.is_char_boundary(m.end));
            let (a, b) = m.tokens;
            prop_assert!(a < b && b <= toks.len());
            prop_assert_eq!(m.end, toks[b - 1].end);
            prop_assert!(toks[a].start <= m.start && m.start < toks[a].end);
            prop_assert!(m.start >= last_end, "mentions overlap");
            prop_assert!(m.score > 0.0 && m.score <= 1.0);
            last_end = m.end;
            // The span maps back to the original text.
            let (s, e) = n.orig_span(m.start, m.end);
            prop_assert!(s < e && e <= n.orig_len());
        }
    }
}
