//! Odd input never panics and every span written matches the text.

use isnad_schema::*;
use proptest::prelude::*;

fn words() -> Vec<&'static str> {
    vec![
        "قال",
        "نفى",
        "انسحاب",
        "القوات",
        "من",
        "مدينة",
        "حلب",
        "سيطرت",
        "على",
        "لم",
        "تنسحب",
        "هجوم",
        "أسفر",
        "عن",
        "مقتل",
        "12",
        "شخصا",
        "،",
        ".",
        "\"",
        "لاستعادة",
        "السيطرة",
        "عليها",
        "سنقدم",
        "الدعم",
        "فشل",
        "اقتحام",
        "غارات",
        "بعد",
        "هذا",
        "الهجوم",
        "لا",
        "أساس",
        "لها",
        "الصحة",
        "\n",
        "ﻻ",
        "ـ",
        "x",
    ]
}

fn lex() -> &'static isnad_lexicon::Lexicons {
    static L: std::sync::OnceLock<isnad_lexicon::Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(isnad_lexicon::Lexicons::bundled)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics_and_spans_hold(
        picks in prop::collection::vec(0usize..39, 0..40),
        ents in prop::collection::vec((0usize..200, 0usize..20, 0usize..4), 0..8),
        stmts in prop::collection::vec((0usize..200, 0usize..60, 0usize..200, 0usize..60, prop::bool::ANY), 0..4),
    ) {
        let w = words();
        let text: String = picks.iter().map(|&i| w[i % w.len()]).collect::<Vec<_>>().join(" ");
        let n_chars = text.chars().count();
        let sub = |s: usize, l: usize| -> (Span, String) {
            let s = if n_chars == 0 { 0 } else { s % n_chars };
            let e = (s + l).min(n_chars);
            ([s, e], text.chars().skip(s).take(e - s).collect())
        };
        let mut a = Analysis::empty(Doc { id: "p".into(), published: Some("2020-01-05".into()), ..Default::default() });
        for (k, &(s, l, kind)) in ents.iter().enumerate() {
            let (span, t) = sub(s, l);
            let kind = ["ORG", "PER", "GPE", "LOC"][kind % 4];
            a.entities.push(Entity {
                id: format!("e{}", k + 1), text: t, span, kind: kind.into(), canonical: None,
                actor: (kind == "ORG" || kind == "PER").then(|| Actor { id: "X".into(), party: Some("SYR".into()), role: "military".into() }),
                place: (kind == "GPE").then(Place::default), nominal: false,
            });
        }
        for (k, &(s, l, cs, cl, emb)) in stmts.iter().enumerate() {
            let (span, t) = sub(s, l);
            let (cspan, ct) = sub(cs, cl);
            a.statements.push(Statement {
                id: format!("s{}", k + 1),
                source: SpanRef { text: t.clone(), span, entity: a.entities.first().map(|e| e.id.clone()) },
                cue: Cue { text: t, span, stance: if emb { "deny".into() } else { "assert".into() } },
                content: SpanRef { text: ct, span: cspan, entity: None },
                via: vec![], medium: None, direct: false,
                embedded_in: if emb && k > 0 { Some(format!("s{k}")) } else { None },
            });
        }
        let n = isnad_text::Normalized::new(&text);
        isnad_claims::analyse_claims(&n, lex(), &mut a);
        for p in &a.propositions {
            let t: String = text.chars().skip(p.trigger.span[0]).take(p.trigger.span[1] - p.trigger.span[0]).collect();
            prop_assert_eq!(&t, &p.trigger.text);
        }
        for c in &a.claims {
            prop_assert!(a.proposition(&c.proposition).is_some());
        }
        for x in &a.contradictions {
            prop_assert!(a.claim(&x.claims[0]).is_some() && a.claim(&x.claims[1]).is_some());
        }
    }
}
