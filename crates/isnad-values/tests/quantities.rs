//! Quantity rules with news-style sentences.

use isnad_text::Normalized;
use isnad_values::{to_schema_quantities, QuantityFinder};

fn find(text: &str) -> Vec<(String, f64, String, Option<String>)> {
    let n = Normalized::new(text);
    QuantityFinder::bundled()
        .find(&n)
        .into_iter()
        .map(|m| {
            (
                n.orig_text(m.span.0, m.span.1).to_string(),
                m.value,
                m.unit,
                m.of,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, f64, String, Option<String>) {
    let v = find(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

fn q(t: &str, v: f64, unit: &str, of: Option<&str>) -> (String, f64, String, Option<String>) {
    (t.into(), v, unit.into(), of.map(str::to_string))
}

#[test]
fn distances_and_percentages() {
    assert_eq!(
        one("وتوغلت القوات بعمق 30 كيلومتراً في البادية."),
        q("30 كيلومتراً", 30.0, "km", None)
    );
    assert_eq!(
        one("على بعد ١٥ كم من المدينة"),
        q("١٥ كم", 15.0, "km", None)
    );
    assert_eq!(one("حفر نفقاً بطول 200 متر"), q("200 متر", 200.0, "m", None));
    assert_eq!(
        one("وارتفعت الأسعار 30% خلال شهر"),
        q("30%", 30.0, "percent", None)
    );
    assert_eq!(
        one("إن 70 في المئة من اللاجئين"),
        q("70 في المئة", 70.0, "percent", None)
    );
    assert!(find("http://x.com/%D8%A7%D9%84").is_empty());
}

#[test]
fn casualties_from_the_noun_or_the_context() {
    assert_eq!(
        one("وأسفر التفجير عن سقوط ما لا يقل عن 65 قتيلاً."),
        q("ما لا يقل عن 65 قتيلاً", 65.0, "people", Some("killed"))
    );
    assert_eq!(
        one("أسفر الهجوم عن سقوط أكثر من 60 قتيلا ."),
        q("أكثر من 60 قتيلا", 60.0, "people", Some("killed"))
    );
    assert_eq!(
        one("وأعلن الجيش مقتل 12 عنصراً من التنظيم."),
        q("12 عنصراً", 12.0, "people", Some("killed"))
    );
    assert_eq!(
        one("يذكر أن أكثر من ثمانين شخصا قتلوا خلال الهجوم."),
        q("أكثر من ثمانين شخصا", 80.0, "people", Some("killed"))
    );
    assert_eq!(
        one("وأصيب ثلاثة جرحى في القصف").3.as_deref(),
        Some("wounded")
    );
    assert_eq!(
        one("واعتقال 7 أشخاص في المداهمة").3.as_deref(),
        Some("captured")
    );
    assert_eq!(one("وأدى القصف إلى نزوح 3 آلاف مدني").1, 3000.0);
    assert_eq!(
        one("وأدى القصف إلى نزوح 3 آلاف مدني").3.as_deref(),
        Some("displaced")
    );
    // A generic count says nothing about what happened.
    assert_eq!(one("وصل خمسة مدنيين إلى المستشفى").3, None);
    // Killed and wounded together: no single outcome.
    assert_eq!(one("مقتل وإصابة 20 شخصاً في الغارة").3, None);
}

#[test]
fn two_counts_in_one_sentence() {
    let v = find("وأسفر الانفجار عن سقوط 65 قتيلا و120 جريحا.");
    assert_eq!(
        v,
        vec![
            q("65 قتيلا", 65.0, "people", Some("killed")),
            q("120 جريحا", 120.0, "people", Some("wounded")),
        ]
    );
}

#[test]
fn outcomes_from_wider_context() {
    assert_eq!(
        one("وذكر الدفاع المدني أن 10 أشخاص على الأقل قتلوا")
            .3
            .as_deref(),
        Some("killed")
    );
    assert_eq!(
        one("ووثق المرصد مقتل 75 نازحاً في القصف").3.as_deref(),
        Some("killed")
    );
    let v = find("وقتل 16 شخصاً، بينهم 8 مدنيين، في الغارات");
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].3.as_deref(), Some("killed"));
    assert_eq!(one("أحصينا 215 ألفا و 518 قتيلا").1, 215_518.0);
}

#[test]
fn counts_after_casualty_nouns_and_others() {
    let v = find("مقتل 3 وإصابة 9 في انفجار عبوة ناسفة");
    assert_eq!(
        v,
        vec![
            q("3", 3.0, "people", Some("killed")),
            q("9", 9.0, "people", Some("wounded")),
        ]
    );
    let v = find("وقتل 16 شخصاً وجرح أكثر من 100 آخرين");
    assert_eq!(
        v[1],
        q("أكثر من 100 آخرين", 100.0, "people", Some("wounded"))
    );
    assert!(find("ذكرى مقتل 12 نوفمبر").is_empty());
    let v = find("مقتل شخص وجرح عشرة آخرين بانفجار");
    assert_eq!(v[0].3.as_deref(), Some("wounded"));
}

#[test]
fn aircraft_strikes_vehicles_missiles() {
    assert_eq!(
        one("قالت الوزارة إن ست قاذفات روسية قصفت أهدافاً"),
        q("ست قاذفات", 6.0, "aircraft", None)
    );
    assert_eq!(
        one("وشنت المقاتلات 18 غارة على الأحياء"),
        q("18 غارة", 18.0, "strikes", None)
    );
    assert_eq!(
        one("وتحركت خمس حافلات باتجاه حلب"),
        q("خمس حافلات", 5.0, "vehicles", None)
    );
    assert_eq!(
        one("وأطلقت السفن تسعة صواريخ مجنحة"),
        q("تسعة صواريخ", 9.0, "missiles", None)
    );
    assert_eq!(one("ودمرت 12 آلية للتنظيم").2, "vehicles");
}

#[test]
fn duals_and_one() {
    assert_eq!(
        one("وقتل جنديان في الهجوم"),
        q("جنديان", 2.0, "people", Some("killed"))
    );
    assert_eq!(
        one("وشنت الطائرات غارتين على البلدة"),
        q("غارتين", 2.0, "strikes", None)
    );
    assert_eq!(
        one("وأسقطت الدفاعات طائرة واحدة"),
        q("طائرة واحدة", 1.0, "aircraft", None)
    );
    // A plural on its own is not a count; nor are vague counts.
    assert!(find("وقتل مدنيون في الغارات").is_empty());
    assert!(find("وأدى القصف إلى مقتل عشرات المدنيين وإصابة المئات").is_empty());
}

#[test]
fn number_words_and_scales() {
    assert_eq!(one("وقتل خمسة وعشرون شخصاً").1, 25.0);
    assert_eq!(one("ونزح ألف وخمسمائة مدني").1, 1500.0);
    assert_eq!(one("ولقي أحد عشر جنديا حتفهم").1, 11.0);
    assert_eq!(one("وقتل ١٬٢٠٠ شخص خلال العام").1, 1200.0);
    assert_eq!(
        one("وقتل ثلاثة من الجنود في الكمين"),
        q("ثلاثة من الجنود", 3.0, "people", Some("killed"))
    );
}

#[test]
fn dates_and_other_numbers_are_not_quantities() {
    assert!(find("في 12 نوفمبر 2017 أعلن الجيش").is_empty());
    assert!(find("طائرة من طراز توبوليف - 22 إم 3").is_empty());
    assert!(find("الساعة 10 صباحاً").is_empty());
}

#[test]
fn schema_quantities() {
    let text = "وتوغلت القوات بعمق 30 كيلومتراً.";
    let n = Normalized::new(text);
    let s = to_schema_quantities(&n, &QuantityFinder::bundled().find(&n));
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].id, "q1");
    assert_eq!(s[0].text, "30 كيلومتراً");
    assert_eq!(s[0].span, [19, 31]);
}

#[test]
fn people_who_fled_are_displaced() {
    assert_eq!(
        one("ونزح أكثر من 300 ألف شخص منذ بدء الهجوم."),
        q("أكثر من 300 ألف شخص", 300000.0, "people", Some("displaced"))
    );
    assert_eq!(
        one("وفر 200 شخص من القرية."),
        q("200 شخص", 200.0, "people", Some("displaced"))
    );
}
