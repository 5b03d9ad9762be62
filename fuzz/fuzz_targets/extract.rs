#![no_main]
//! The whole extractor on any UTF-8 text: no panic, and every span covers exactly its text.
use isnad_extract::Extractor;
use isnad_schema::Article;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EX: OnceLock<Extractor> = OnceLock::new();
    let Ok(s) = std::str::from_utf8(data) else { return };
    let ex = EX.get_or_init(Extractor::bundled);
    let a = ex.analyse(&Article {
        id: "f".into(),
        text: s.into(),
        published: Some("2020-01-01".into()),
        ..Default::default()
    });
    let chars: Vec<char> = s.chars().collect();
    let slice = |sp: [usize; 2]| chars[sp[0]..sp[1]].iter().collect::<String>();
    for e in &a.entities {
        assert_eq!(slice(e.span), e.text);
    }
    for st in &a.statements {
        assert_eq!(slice(st.content.span), st.content.text);
        assert_eq!(slice(st.source.span), st.source.text);
    }
});
