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
            a.statements.iter().any(|s| {
                s.source.text.contains(source)
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
