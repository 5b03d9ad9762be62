//! Runs the attribution test records in `speakers.tsv`: each sentence must give (or not give) a
//! statement with the named speaker, content and stance.
use isnad_extract::Extractor;
use isnad_schema::Article;

#[test]
fn attribution_records() {
    let ex = Extractor::bundled();
    let mut failures = Vec::new();
    let data = include_str!("speakers.tsv");
    for (no, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 5, "speakers.tsv:{}: five columns", no + 1);
        let (rule, text, source, content, stance) = (c[0], c[1], c[2], c[3], c[4]);
        let a = ex.analyse(&Article {
            id: "t".into(),
            text: text.into(),
            published: Some("2020-03-01".into()),
            ..Default::default()
        });
        let ok = if source == "-" {
            a.statements.is_empty()
        } else {
            // «=X»: the speaker is exactly X (nothing after it, such as an addressee).
            let source_ok = |t: &str| match source.strip_prefix('=') {
                Some(exact) => t == exact,
                None => t.contains(source),
            };
            a.statements.iter().any(|s| {
                source_ok(&s.source.text)
                    && s.content.text.starts_with(content)
                    && s.cue.stance == stance
            })
        };
        if !ok {
            let got: Vec<String> = a
                .statements
                .iter()
                .map(|s| format!("[{}|{}|{}]", s.source.text, s.cue.stance, s.content.text))
                .collect();
            failures.push(format!(
                "speakers.tsv:{} {rule}: got {}",
                no + 1,
                got.join(" ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The place model picks the settlement the report names, not the region around it.
#[test]
fn the_event_is_placed_at_the_town_not_the_region() {
    let ex = Extractor::bundled();
    let text = "وقصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم.";
    let a = ex.analyse(&Article {
        id: "t".into(),
        text: text.into(),
        published: Some("2020-03-01".into()),
        ..Default::default()
    });
    let p = a
        .propositions
        .iter()
        .find(|p| p.kind == "airstrike")
        .expect("an airstrike");
    let place = a.entity(p.place.as_deref().expect("a place")).unwrap();
    assert_eq!(place.text, "كفرنبل");
}

fn analyse(text: &str) -> isnad_schema::Analysis {
    Extractor::bundled().analyse(&Article {
        id: "t".into(),
        text: text.into(),
        published: Some("2020-03-01".into()),
        ..Default::default()
    })
}

/// «أعلنت X أن …، لكن Y نفت ذلك في بيان»: the denial points back past its medium, and its claim
/// denies what the report affirmed.
#[test]
fn a_denial_that_points_back_denies_the_report() {
    let a = analyse("وأعلنت وزارة الدفاع الروسية أن غاراتها الجوية قتلت عشرة قياديين في هيئة تحرير الشام، لكن الهيئة نفت ذلك في بيان مقتضب.");
    let deny = a
        .statements
        .iter()
        .find(|s| s.cue.stance == "deny")
        .expect("a denial");
    assert_eq!(deny.content.text, "ذلك");
    let denied: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| c.by == deny.id && c.polarity == "deny")
        .map(|c| c.proposition.as_str())
        .collect();
    assert!(
        a.claims.iter().any(|c| c.polarity == "affirm"
            && c.by != deny.id
            && denied.contains(&c.proposition.as_str())),
        "{:?}",
        a.claims
    );
}

/// A person named in full and then by family name is one source: not a contradiction, while
/// the same two sentences by two people are.
#[test]
fn one_person_named_twice_does_not_contradict_himself() {
    let same = analyse("وقال الطبيب سامر الخطيب إن القصف استهدف مستشفى البلدة في ريف حماة. ونفى الخطيب لاحقا أن يكون القصف استهدف مستشفى البلدة في ريف حماة.");
    assert!(same.contradictions.is_empty(), "{:?}", same.contradictions);
    let two = analyse("وقال الطبيب سامر الخطيب إن القصف استهدف مستشفى البلدة في ريف حماة. ونفى الناشط عمر حداد لاحقا أن يكون القصف استهدف مستشفى البلدة في ريف حماة.");
    assert_eq!(two.contradictions.len(), 1, "{:?}", two.contradictions);
}
