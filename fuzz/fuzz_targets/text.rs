#![no_main]
//! Any bytes that are UTF-8: folding, tokens, sentences and quotes never panic, and every folded
//! range maps back to a valid original span.
use isnad_text::{quotes, sentences, tokens, MatchView, Normalized};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(s);
    let total = s.chars().count();
    assert_eq!(n.orig_len(), total);
    for t in tokens(&n) {
        let (a, b) = n.orig_span(t.start, t.end);
        assert!(a <= b && b <= total);
        let _ = n.orig_text(a, b);
    }
    for q in quotes(&n) {
        let (a, b) = n.orig_span(q.inner_start, q.inner_end);
        assert!(a <= b && b <= total);
    }
    for st in sentences(&n) {
        let (a, b) = n.orig_span(st.start, st.end);
        assert!(a <= b && b <= total);
    }
    let v = MatchView::new(n.folded());
    let (a, b) = v.to_folded(0, v.as_str().len());
    assert!(a <= b && b <= n.folded().len());
});
