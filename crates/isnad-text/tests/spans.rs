//! Property tests: whatever the input, folded ranges map back to valid original spans.
use isnad_text::{quotes, sentences, tokens, Normalized};
use proptest::prelude::*;

fn arabicish() -> impl Strategy<Value = String> {
    // Letters, marks, ligatures, digits, quotes, bidi marks and spaces, mixed with arbitrary chars.
    let pieces = prop::sample::select(vec![
        "قال", "أن", "إن", "ـ", "ً", "ّ", "ﻻ", "ﺑ", "٣", "۴", "\"", "«", "»", "“", "”", "'", " ",
        "\n", ".", "؟", "\u{200F}", "\u{FEFF}", "T2", "ة", "ى", "ؤ", "الله", "ﷲ",
    ]);
    prop::collection::vec(
        prop_oneof![
            pieces.prop_map(String::from),
            any::<char>().prop_map(String::from)
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn every_token_maps_to_a_valid_original_span(s in arabicish()) {
        let n = Normalized::new(&s);
        let total = s.chars().count();
        prop_assert_eq!(n.orig_len(), total);
        for t in tokens(&n) {
            let (a, b) = n.orig_span(t.start, t.end);
            prop_assert!(a <= b && b <= total);
            let text: String = s.chars().skip(a).take(b - a).collect();
            prop_assert_eq!(n.orig_text(a, b), text.as_str());
            prop_assert!(!text.is_empty());
        }
        for q in quotes(&n) {
            prop_assert!(q.open <= q.inner_start && q.inner_start <= q.inner_end && q.inner_end <= q.end);
            let (a, b) = n.orig_span(q.inner_start, q.inner_end);
            prop_assert!(a <= b && b <= total);
        }
        for st in sentences(&n) {
            let (a, b) = n.orig_span(st.start, st.end);
            prop_assert!(a < b && b <= total);
        }
    }

    #[test]
    fn any_folded_range_maps_inside_the_original(s in ".{0,80}", x in 0usize..400, y in 0usize..400) {
        let n = Normalized::new(&s);
        let (a, b) = n.orig_span(x.min(y), x.max(y));
        prop_assert!(a <= b && b <= n.orig_len());
        let _ = n.orig_text(a, b);
    }
}
