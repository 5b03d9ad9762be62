//! Behaviour on hand-written news sentences (not taken from any corpus).

mod common;
use common::*;

#[test]
fn denial_and_acknowledgement_by_one_party_is_an_intra_party_negation() {
    let text = "نفى المتحدث باسم الجيش التركي انسحاب القوات التركية من بلدة الباب، بينما أقرت وزارة الدفاع التركية بالانسحاب.";
    let mut b = B::new(text, "2021-02-01");
    let spk = b.actor(
        "المتحدث باسم الجيش التركي",
        0,
        "PER",
        Some("TUR"),
        "Turkish army spokesman",
    );
    b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    b.place("الباب", 0, 172_000, "Al-Bab");
    let mod_ = b.actor(
        "وزارة الدفاع التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Ministry of Defence",
    );
    let s1 = b.stmt(
        &spk,
        ("نفى", 0),
        "deny",
        ("انسحاب القوات التركية من بلدة الباب", 0),
        None,
    );
    let s2 = b.stmt(&mod_, ("أقرت", 0), "acknowledge", ("الانسحاب", 0), None);
    let a = b.run();
    assert_eq!(
        claims_by(&a, &s1),
        vec![("withdrawal".into(), "deny".into(), "actual".into())]
    );
    assert_eq!(
        claims_by(&a, &s2),
        vec![("withdrawal".into(), "affirm".into(), "actual".into())]
    );
    let wd: Vec<_> = a
        .propositions
        .iter()
        .filter(|p| p.kind == "withdrawal")
        .collect();
    assert_eq!(wd.len(), 1, "one withdrawal, however often it is mentioned");
    assert_eq!(wd[0].plover.as_deref(), Some("RETREAT"));
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    let x = &a.contradictions[0];
    assert_eq!(x.kind, "intra_party");
    assert_eq!(x.party.as_deref(), Some("TUR"));
    assert_eq!(x.basis, "negation");
    assert!(x.headline);
    assert!(
        x.explanation.contains("Turkish army spokesman")
            && x.explanation.contains("Turkish Ministry of Defence"),
        "{}",
        x.explanation
    );
}

fn friday_sunday(second_day: &str, second_value: &str) -> isnad_schema::Analysis {
    let text = format!(
        "قال مصدر عسكري روسي إن القوات الحكومية تسيطر على مدينة تدمر يوم الجمعة. وأكد قائد ميداني في المعارضة أن القوات الحكومية انسحبت من مدينة تدمر {second_day}."
    );
    let mut b = B::new(&text, "2020-03-09");
    let ru = b.actor(
        "مصدر عسكري روسي",
        0,
        "PER",
        Some("RUS"),
        "Russian military source",
    );
    b.actor(
        "القوات الحكومية",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("تدمر", 0, 170_017, "Palmyra");
    b.time("يوم الجمعة", 0, "2020-03-06", "at");
    let op = b.actor(
        "قائد ميداني في المعارضة",
        0,
        "PER",
        Some("SYR.OPP"),
        "Opposition field commander",
    );
    b.actor(
        "القوات الحكومية",
        1,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("تدمر", 1, 170_017, "Palmyra");
    let n = if second_day == "يوم الجمعة" {
        1
    } else {
        0
    };
    b.time(second_day, n, second_value, "at");
    b.stmt(
        &ru,
        ("قال", 0),
        "assert",
        ("القوات الحكومية تسيطر على مدينة تدمر يوم الجمعة", 0),
        None,
    );
    b.stmt(
        &op,
        ("وأكد", 0),
        "confirm",
        (
            &format!("القوات الحكومية انسحبت من مدينة تدمر {second_day}"),
            0,
        ),
        None,
    );
    b.run()
}

#[test]
fn control_on_friday_and_withdrawal_on_sunday_do_not_contradict() {
    let a = friday_sunday("يوم الأحد", "2020-03-08");
    assert_eq!(a.claims.len(), 2, "{:#?}", a.claims);
    assert!(a.contradictions.is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn control_and_withdrawal_on_the_same_day_are_incompatible() {
    let a = friday_sunday("يوم الجمعة", "2020-03-06");
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    let x = &a.contradictions[0];
    assert_eq!(x.kind, "inter_party");
    assert_eq!(x.basis, "incompatible");
}

#[test]
fn three_killed_against_twelve_killed_is_a_value_contradiction() {
    let text = "قال المرصد السوري لحقوق الإنسان إن هجوما على قرية الحميدية أسفر عن مقتل 3 مدنيين. لكن الدفاع المدني قال إن الهجوم على قرية الحميدية أسفر عن مقتل 12 مدنيا.";
    let mut b = B::new(text, "2019-05-02");
    let obs = b.actor(
        "المرصد السوري لحقوق الإنسان",
        0,
        "ORG",
        None,
        "Syrian Observatory for Human Rights",
    );
    b.place("الحميدية", 0, 169_000, "Al-Hamidiyah");
    b.qty("3 مدنيين", 0, 3.0, "people", Some("killed"));
    let wh = b.actor("الدفاع المدني", 0, "ORG", Some("SYR.OPP"), "White Helmets");
    b.place("الحميدية", 1, 169_000, "Al-Hamidiyah");
    b.qty("12 مدنيا", 0, 12.0, "people", Some("killed"));
    b.stmt(
        &obs,
        ("قال", 0),
        "assert",
        ("هجوما على قرية الحميدية أسفر عن مقتل 3 مدنيين", 0),
        None,
    );
    b.stmt(
        &wh,
        ("قال", 1),
        "assert",
        ("الهجوم على قرية الحميدية أسفر عن مقتل 12 مدنيا", 0),
        None,
    );
    let a = b.run();
    let attacks: Vec<_> = a
        .propositions
        .iter()
        .filter(|p| p.kind == "attack")
        .collect();
    assert_eq!(
        attacks.len(),
        2,
        "numbers that disagree keep two readings apart: {:#?}",
        a.propositions
    );
    assert!(attacks.iter().all(|p| p.quantities.len() == 1));
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(a.contradictions[0].basis, "value");
    assert_eq!(a.contradictions[0].kind, "unaffiliated");
}

#[test]
fn more_than_sixty_and_at_least_sixty_five_agree() {
    let text = "قال ناشطون إن التفجير في بلدة الراعي أوقع أكثر من 60 قتيلا. وقال مسعفون إن التفجير في بلدة الراعي أوقع ما لا يقل عن 65 قتيلا.";
    let mut b = B::new(text, "2019-05-02");
    let s1 = b.actor("ناشطون", 0, "PER", None, "activists");
    b.place("الراعي", 0, 169_100, "Al-Rai");
    b.qty("أكثر من 60 قتيلا", 0, 60.0, "people", Some("killed"));
    let s2 = b.actor("مسعفون", 0, "PER", None, "paramedics");
    b.place("الراعي", 1, 169_100, "Al-Rai");
    b.qty("ما لا يقل عن 65 قتيلا", 0, 65.0, "people", Some("killed"));
    b.stmt(
        &s1,
        ("قال", 0),
        "assert",
        ("التفجير في بلدة الراعي أوقع أكثر من 60 قتيلا", 0),
        None,
    );
    b.stmt(
        &s2,
        ("قال", 1),
        "assert",
        ("التفجير في بلدة الراعي أوقع ما لا يقل عن 65 قتيلا", 0),
        None,
    );
    let a = b.run();
    assert_eq!(
        a.propositions
            .iter()
            .filter(|p| p.kind == "bombing")
            .count(),
        1,
        "{:#?}",
        a.propositions
    );
    assert!(a.contradictions.is_empty(), "{:#?}", a.contradictions);
}

#[test]
fn a_promise_to_retake_denies_control_now() {
    let text = "أكد مسؤول عسكري سوري أن الجيش يسيطر على مدينة سراقب بالكامل. وقالت قيادة الجيش: \"سنقدم كل الدعم للقوات في مدينة سراقب لاستعادة السيطرة عليها\".";
    let mut b = B::new(text, "2020-02-10");
    let off = b.actor(
        "مسؤول عسكري سوري",
        0,
        "PER",
        Some("SYR"),
        "Syrian military official",
    );
    b.actor("الجيش", 0, "ORG", Some("SYR"), "Syrian Arab Army");
    b.place("سراقب", 0, 167_000, "Saraqib");
    let cmd = b.actor("قيادة الجيش", 0, "ORG", Some("SYR"), "Syrian army command");
    b.actor("للقوات", 0, "ORG", Some("SYR"), "Syrian Arab Army");
    b.place("سراقب", 1, 167_000, "Saraqib");
    let s1 = b.stmt(
        &off,
        ("أكد", 0),
        "confirm",
        ("الجيش يسيطر على مدينة سراقب بالكامل", 0),
        None,
    );
    let s2 = b.stmt(
        &cmd,
        ("وقالت", 0),
        "promise",
        (
            "سنقدم كل الدعم للقوات في مدينة سراقب لاستعادة السيطرة عليها",
            0,
        ),
        None,
    );
    let a = b.run();
    assert_eq!(
        claims_by(&a, &s1),
        vec![("control".into(), "affirm".into(), "actual".into())]
    );
    let by2 = claims_by(&a, &s2);
    assert!(
        by2.contains(&("control".into(), "deny".into(), "actual".into())),
        "{by2:?}"
    );
    assert!(
        by2.contains(&("support".into(), "affirm".into(), "planned".into())),
        "{by2:?}"
    );
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    let x = &a.contradictions[0];
    assert_eq!(
        (x.kind.as_str(), x.party.as_deref()),
        ("intra_party", Some("SYR"))
    );
}

#[test]
fn a_statement_calling_a_quoted_report_false_denies_it() {
    let text = "قال المتحدث إن \"ما زعمه التنظيم بأن الجيش انسحب من بلدة دابق مجرد أكاذيب\".";
    let mut b = B::new(text, "2016-10-16");
    let spk = b.actor("المتحدث", 0, "PER", Some("TUR"), "Turkish spokesman");
    let is = b.actor("التنظيم", 0, "ORG", Some("ISIS"), "Islamic State");
    b.actor("الجيش", 0, "ORG", Some("TUR"), "Turkish Armed Forces");
    b.place("دابق", 0, 170_500, "Dabiq");
    let outer = b.stmt(
        &spk,
        ("قال", 0),
        "assert",
        (
            "ما زعمه التنظيم بأن الجيش انسحب من بلدة دابق مجرد أكاذيب",
            0,
        ),
        None,
    );
    let inner = b.stmt(
        &is,
        ("زعمه", 0),
        "claim",
        ("الجيش انسحب من بلدة دابق", 0),
        Some(&outer),
    );
    let a = b.run();
    assert_eq!(
        claims_by(&a, &inner),
        vec![("withdrawal".into(), "affirm".into(), "actual".into())]
    );
    assert_eq!(
        claims_by(&a, &outer),
        vec![("withdrawal".into(), "deny".into(), "actual".into())]
    );
    assert_eq!(a.contradictions.len(), 1);
    assert_eq!(a.contradictions[0].kind, "inter_party");
}

#[test]
fn author_voice_negation_and_failure() {
    let text =
        "فشلت قوات المعارضة في اقتحام بلدة كفرنبودة، ولم تنسحب القوات الحكومية من مدينة خان شيخون.";
    let mut b = B::new(text, "2019-06-01");
    b.actor(
        "قوات المعارضة",
        0,
        "ORG",
        Some("SYR.OPP"),
        "Syrian opposition",
    );
    b.place("كفرنبودة", 0, 166_000, "Kafr Nabudah");
    b.actor(
        "القوات الحكومية",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("خان شيخون", 0, 166_100, "Khan Shaykhun");
    let a = b.run();
    let by = claims_by(&a, "author");
    assert!(
        by.contains(&("capture".into(), "affirm".into(), "failed".into())),
        "{by:?}"
    );
    assert!(
        by.contains(&("withdrawal".into(), "deny".into(), "actual".into())),
        "{by:?}"
    );
    assert!(
        a.contradictions.is_empty(),
        "the article's own voice does not contradict itself"
    );
    for p in &a.propositions {
        let t: String = text
            .chars()
            .skip(p.trigger.span[0])
            .take(p.trigger.span[1] - p.trigger.span[0])
            .collect();
        assert_eq!(t, p.trigger.text);
    }
}

#[test]
fn a_verdict_at_the_end_of_a_quoted_report_belongs_to_the_quoting_statement() {
    // The inner report's content runs to the end of the outer one, verdict included, as an
    // extractor may cut it; the verdict is still the outer speaker's.
    let text = "قال المتحدث إن \"كل ما نشره التنظيم بأن الجيش انسحب من بلدة دابق أكاذيب لا أساس لها من الصحة\".";
    let mut b = B::new(text, "2016-10-16");
    let spk = b.actor("المتحدث", 0, "PER", Some("TUR"), "Turkish spokesman");
    let is = b.actor("التنظيم", 0, "ORG", Some("ISIS"), "Islamic State");
    b.actor("الجيش", 0, "ORG", Some("TUR"), "Turkish Armed Forces");
    b.place("دابق", 0, 170_500, "Dabiq");
    let outer = b.stmt(
        &spk,
        ("قال", 0),
        "assert",
        (
            "كل ما نشره التنظيم بأن الجيش انسحب من بلدة دابق أكاذيب لا أساس لها من الصحة",
            0,
        ),
        None,
    );
    let inner = b.stmt(
        &is,
        ("نشره", 0),
        "deny",
        ("الجيش انسحب من بلدة دابق أكاذيب لا أساس لها من الصحة", 0),
        Some(&outer),
    );
    let a = b.run();
    assert_eq!(
        claims_by(&a, &inner),
        vec![("withdrawal".into(), "affirm".into(), "actual".into())]
    );
    assert_eq!(
        claims_by(&a, &outer),
        vec![("withdrawal".into(), "deny".into(), "actual".into())]
    );
    assert_eq!(a.contradictions.len(), 1);
}

#[test]
fn everyday_senses_are_not_events() {
    // الدخول في مفاوضات، لاستعادة الاستقرار، كما قصفت (كما is not a negation).
    let text = "دعا الوسيط الطرفين إلى الدخول في مفاوضات جادة لاستعادة الاستقرار. كما قصفت المدفعية مواقع في بلدة تل رفعت.";
    let mut b = B::new(text, "2018-01-20");
    b.place("تل رفعت", 0, 163_000, "Tall Rifat");
    let a = b.run();
    let kinds: Vec<&str> = a.propositions.iter().map(|p| p.kind.as_str()).collect();
    assert!(
        !kinds.contains(&"capture") && !kinds.contains(&"control"),
        "{kinds:?}"
    );
    let by = claims_by(&a, "author");
    assert_eq!(
        by,
        vec![("shelling".into(), "affirm".into(), "actual".into())]
    );
}

#[test]
fn deaths_in_an_earthquake_are_no_conflict_event() {
    let text = "لقي 40 شخصا حتفهم جراء الزلزال الذي ضرب بلدة سلماس صباح الأحد. وقتل 5 جنود في هجوم على بلدة الميادين.";
    let mut b = B::new(text, "2018-03-04");
    b.place("سلماس", 0, 118_000, "Salmas");
    b.qty("40 شخصا", 0, 40.0, "people", Some("killed"));
    b.place("الميادين", 0, 170_500, "Al-Mayadin");
    b.qty("5 جنود", 0, 5.0, "people", Some("killed"));
    let a = b.run();
    let counted: Vec<f64> = a
        .propositions
        .iter()
        .flat_map(|p| p.quantities.iter())
        .filter_map(|q| a.quantities.iter().find(|x| &x.id == q))
        .map(|q| q.value)
        .collect();
    assert!(!counted.contains(&40.0), "{:#?}", a.propositions);
    assert!(counted.contains(&5.0), "{:#?}", a.propositions);
}

#[test]
fn a_yes_no_question_asserts_nothing() {
    let text = "هل انسحبت القوات الروسية فعلا من مدينة عفرين؟ انسحبت القوات التركية من بلدة جنديرس.";
    let mut b = B::new(text, "2018-01-21");
    b.actor(
        "القوات الروسية",
        0,
        "ORG",
        Some("RUS"),
        "Russian Armed Forces",
    );
    b.place("عفرين", 0, 174_186, "Afrin");
    b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    b.place("جنديرس", 0, 174_000, "Jindires");
    let a = b.run();
    let by = claims_by(&a, "author");
    assert!(
        !by.contains(&("withdrawal".into(), "affirm".into(), "actual".into()))
            || by
                .iter()
                .filter(|c| c.0 == "withdrawal" && c.2 == "actual")
                .count()
                == 1,
        "only the statement, not the question, is a fact: {by:?}"
    );
    assert!(
        by.iter().any(|c| c.0 == "withdrawal" && c.2 == "possible"),
        "{by:?}"
    );
}

#[test]
fn a_date_after_publication_is_a_page_date_not_the_events() {
    let text = "الأحد 21 يناير 2018 شن تنظيم داعش هجوما على مدينة الميادين.";
    let mut b = B::new(text, "2017-10-05");
    b.time("21 يناير 2018", 0, "2018-01-21", "at");
    b.actor("تنظيم داعش", 0, "ORG", Some("ISIS"), "Islamic State");
    b.place("الميادين", 0, 170_500, "Al-Mayadin");
    let a = b.run();
    let p = a
        .propositions
        .iter()
        .find(|p| p.kind == "attack")
        .unwrap_or_else(|| panic!("an attack: {:#?}", a.propositions));
    assert!(p.time.is_some(), "the header date is read as its time");
    let d = chrono::NaiveDate::from_ymd_opt(2017, 10, 5).unwrap();
    assert_eq!(isnad_claims::proposition_window(&a, p), Some((d, d)));
}
