//! One test per named rule (ids as in `src/passes/`): a news sentence written for it, and the
//! rule's id in the trace of the item it made (`analyse_claims_explained`).

mod common;
use common::*;
use isnad_schema::{Analysis, Proposition};

/// The proposition whose trigger is `trigger`.
fn prop<'a>(a: &'a Analysis, trigger: &str) -> &'a Proposition {
    a.propositions
        .iter()
        .find(|p| p.trigger.text == trigger)
        .unwrap_or_else(|| {
            panic!(
                "no proposition triggered by {trigger:?}: {:#?}",
                a.propositions
            )
        })
}

fn agents(p: &Proposition) -> Vec<String> {
    p.actors
        .iter()
        .filter(|r| r.role == "agent")
        .filter_map(|r| r.entity.clone())
        .collect()
}

fn has(p: &Proposition, id: &str) -> bool {
    p.rules.iter().any(|r| r == id)
}

#[test]
fn agent_vso_and_place_locative() {
    let text = "انسحبت القوات التركية من بلدة الباب صباح اليوم.";
    let mut b = B::new(text, "2021-03-01");
    let tr = b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    let bab = b.place("الباب", 0, 1, "Al-Bab");
    let a = b.run_explained();
    let p = prop(&a, "انسحبت");
    assert_eq!(agents(p), vec![tr]);
    assert_eq!(p.place.as_ref(), Some(&bab));
    assert!(
        has(p, "trigger.lexicon") && has(p, "agent.vso"),
        "{:?}",
        p.rules
    );
    assert!(has(p, "place.locative"), "{:?}", p.rules);
}

#[test]
fn agent_svo() {
    let text = "الجيش السوري انسحب من مدينة تدمر بعد معارك عنيفة.";
    let mut b = B::new(text, "2021-03-01");
    let army = b.actor("الجيش السوري", 0, "ORG", Some("SYR"), "Syrian Arab Army");
    b.place("تدمر", 0, 2, "Palmyra");
    let a = b.run_explained();
    let p = prop(&a, "انسحب");
    assert_eq!(agents(p), vec![army]);
    assert!(has(p, "agent.svo"), "{:?}", p.rules);
}

#[test]
fn agent_genitive() {
    let text = "شهدت المنطقة انسحاب قوات النظام من قرية الطيبة مساء الأحد.";
    let mut b = B::new(text, "2021-03-01");
    let regime = b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("الطيبة", 0, 3, "At-Tayyibah");
    let a = b.run_explained();
    let p = prop(&a, "انسحاب");
    assert_eq!(agents(p), vec![regime]);
    assert!(has(p, "agent.genitive"), "{:?}", p.rules);
}

#[test]
fn agent_clash_sides() {
    let text = "وقعت اشتباكات بين قوات النظام وتنظيم داعش قرب بلدة السخنة.";
    let mut b = B::new(text, "2021-03-01");
    let regime = b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    let isis = b.actor("وتنظيم داعش", 0, "ORG", Some("ISIS"), "Islamic State");
    b.place("السخنة", 0, 4, "As-Sukhnah");
    let a = b.run_explained();
    let p = prop(&a, "اشتباكات");
    assert_eq!(agents(p), vec![regime, isis]);
    assert!(has(p, "agent.clash_sides"), "{:?}", p.rules);
}

#[test]
fn agent_light_verb_subject() {
    let text = "شنت قوات النظام فجر اليوم هجوما على بلدة اللطامنة.";
    let mut b = B::new(text, "2021-03-01");
    let regime = b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("اللطامنة", 0, 5, "Al-Lataminah");
    let a = b.run_explained();
    let p = prop(&a, "هجوما");
    assert_eq!(agents(p), vec![regime]);
    assert!(has(p, "agent.light_verb_subject"), "{:?}", p.rules);
}

#[test]
fn agent_shared_subject() {
    let text = "تقدمت قوات النظام نحو قرية الطيبة وانسحبت بعد ساعات.";
    let mut b = B::new(text, "2021-03-01");
    let regime = b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("الطيبة", 0, 3, "At-Tayyibah");
    let a = b.run_explained();
    let p = prop(&a, "وانسحبت");
    assert_eq!(agents(p), vec![regime]);
    assert!(has(p, "agent.shared_subject"), "{:?}", p.rules);
}

#[test]
fn agent_pronoun_and_place_pointed_back() {
    let text = "وصلت قوات النظام إلى مدينة حماة أمس. وبعد يومين انسحبت من المدينة.";
    let mut b = B::new(text, "2021-03-01");
    let regime = b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    let hama = b.place("حماة", 0, 6, "Hama");
    let a = b.run_explained();
    let p = prop(&a, "انسحبت");
    assert_eq!(agents(p), vec![regime]);
    assert_eq!(p.place.as_ref(), Some(&hama));
    assert!(has(p, "agent.pronoun"), "{:?}", p.rules);
    assert!(has(p, "place.pointed_back"), "{:?}", p.rules);
}

#[test]
fn agent_holder_in_trigger() {
    let text = "باتت مدينة الرقة بيد قوات سوريا الديمقراطية منذ أشهر.";
    let mut b = B::new(text, "2021-03-01");
    let sdf = b.actor(
        "قوات سوريا الديمقراطية",
        0,
        "ORG",
        Some("SDF"),
        "Syrian Democratic Forces",
    );
    b.place("الرقة", 0, 7, "Raqqa");
    let a = b.run_explained();
    let p = prop(&a, "بيد قوات");
    assert_eq!(agents(p), vec![sdf]);
    assert!(has(p, "agent.holder_in_trigger"), "{:?}", p.rules);
}

#[test]
fn agent_given_by_a_promise() {
    let text = "وتعهدت موسكو بالوقوف إلى جانب الحكومة السورية حتى النهاية.";
    let mut b = B::new(text, "2021-03-01");
    let moscow = b.actor("موسكو", 0, "ORG", Some("RUS"), "Russian government");
    let gov = b.actor(
        "الحكومة السورية",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government",
    );
    b.stmt(
        &moscow,
        ("وتعهدت", 0),
        "promise",
        ("بالوقوف إلى جانب الحكومة السورية حتى النهاية", 0),
        None,
    );
    let a = b.run_explained();
    let p = prop(&a, "وتعهدت");
    assert_eq!(agents(p), vec![moscow]);
    assert!(p
        .actors
        .iter()
        .any(|r| r.role == "partner" && r.entity.as_ref() == Some(&gov)));
    assert!(
        has(p, "promise.support") && has(p, "agent.given"),
        "{:?}",
        p.rules
    );
}

#[test]
fn place_direct_object() {
    let text = "دخلت القوات التركية بلدة الباب بعد معارك.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    let bab = b.place("الباب", 0, 1, "Al-Bab");
    let a = b.run_explained();
    let p = prop(&a, "دخلت");
    assert_eq!(p.place.as_ref(), Some(&bab));
    assert!(has(p, "place.direct_object"), "{:?}", p.rules);
}

#[test]
fn claim_rules_author_and_negation() {
    let text = "لم تنسحب القوات التركية من بلدة الباب حتى الآن.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    b.place("الباب", 0, 1, "Al-Bab");
    let a = b.run_explained();
    let c = &a.claims[0];
    assert_eq!((c.by.as_str(), c.polarity.as_str()), ("author", "deny"));
    assert_eq!(c.rules, ["claim.author", "polarity.negation"]);
}

#[test]
fn claim_points_back_and_contradiction_rules() {
    let text = "أعلن المرصد انسحاب القوات الروسية من مطار القامشلي، ونفت وزارة الدفاع الروسية ذلك.";
    let mut b = B::new(text, "2021-03-01");
    let obs = b.actor("المرصد", 0, "ORG", None, "SOHR");
    b.actor(
        "القوات الروسية",
        0,
        "ORG",
        Some("RUS"),
        "Russian Armed Forces",
    );
    b.place("القامشلي", 0, 8, "Qamishli");
    let mod_ = b.actor(
        "وزارة الدفاع الروسية",
        0,
        "ORG",
        Some("RUS"),
        "Russian Ministry of Defence",
    );
    let s1 = b.stmt(
        &obs,
        ("أعلن", 0),
        "assert",
        ("انسحاب القوات الروسية من مطار القامشلي", 0),
        None,
    );
    let s2 = b.stmt(&mod_, ("ونفت", 0), "deny", ("ذلك", 0), None);
    let a = b.run_explained();
    let by = |s: &str| a.claims.iter().find(|c| c.by == s).unwrap();
    assert_eq!(by(&s1).rules, ["claim.statement"]);
    assert_eq!(by(&s2).polarity, "deny");
    assert_eq!(
        by(&s2).rules,
        ["claim.points_back", "polarity.statement_denies"]
    );
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    // The denial answers the observatory's report: a reply, not two reports set side by side.
    assert_eq!(
        a.contradictions[0].rules,
        ["contradict.reply", "conflict.negation"]
    );
}

#[test]
fn a_reply_contradicts_what_it_answers_even_at_a_country() {
    // A denial that answers a report (rule `contradict.reply`) is set against it even when the
    // only place is a country; a third report of the same event is set against it as one event
    // (rule `contradict.same_event`).
    let text = "قالت الوزارة إن القوات الأمريكية انسحبت من سوريا. ونفى البنتاغون ذلك. وقال المرصد إن القوات الأمريكية لم تنسحب من سوريا.";
    let mut b = B::new(text, "2021-03-01");
    let min = b.actor("الوزارة", 0, "ORG", Some("SYR"), "Syrian Ministry");
    b.actor("القوات الأمريكية", 0, "ORG", Some("USA"), "US Armed Forces");
    b.place("سوريا", 0, 163843, "Syria");
    let pent = b.actor("البنتاغون", 0, "ORG", Some("USA"), "Pentagon");
    let obs = b.actor("المرصد", 0, "ORG", None, "SOHR");
    b.actor("القوات الأمريكية", 1, "ORG", Some("USA"), "US Armed Forces");
    b.place("سوريا", 1, 163843, "Syria");
    let s1 = b.stmt(
        &min,
        ("قالت", 0),
        "assert",
        ("القوات الأمريكية انسحبت من سوريا", 0),
        None,
    );
    let s2 = b.stmt(&pent, ("ونفى", 0), "deny", ("ذلك", 0), None);
    let s3 = b.stmt(
        &obs,
        ("وقال", 0),
        "assert",
        ("القوات الأمريكية لم تنسحب من سوريا", 0),
        None,
    );
    let a = b.run_explained();
    assert_eq!(claims_by(&a, &s3)[0].1, "deny", "{:#?}", a.claims);
    let rule = |x: &str, y: &str| {
        a.contradictions.iter().find_map(|c| {
            let by: Vec<&str> = c
                .claims
                .iter()
                .map(|id| a.claim(id).unwrap().by.as_str())
                .collect();
            (by.contains(&x) && by.contains(&y)).then(|| c.rules[0].clone())
        })
    };
    assert_eq!(
        rule(&s1, &s2).as_deref(),
        Some("contradict.reply"),
        "{:#?}",
        a.contradictions
    );
    assert_eq!(
        rule(&s1, &s3).as_deref(),
        Some("contradict.same_event"),
        "{:#?}",
        a.contradictions
    );
}

#[test]
fn a_denied_report_named_as_a_noun_answers_its_party() {
    // «الاتهامات الروسية» answers Russia's accusation, not the statement just before it.
    let text = "واتهم رئيس الأركان الروسي الولايات المتحدة بتدريب مقاتلين في قاعدة التنف. وقال المرصد إن اشتباكات اندلعت في دير الزور. ورفضت واشنطن الاتهامات الروسية.";
    let mut b = B::new(text, "2021-03-01");
    let gen = b.actor(
        "رئيس الأركان الروسي",
        0,
        "PER",
        Some("RUS"),
        "Chief of the Russian General Staff",
    );
    b.actor("الولايات المتحدة", 0, "GPE", Some("USA"), "United States");
    b.place("التنف", 0, 7, "Al-Tanf");
    let obs = b.actor("المرصد", 0, "ORG", None, "SOHR");
    b.place("دير الزور", 0, 9, "Deir ez-Zor");
    let us = b.actor("واشنطن", 0, "GPE", Some("USA"), "United States");
    let s1 = b.stmt(
        &gen,
        ("واتهم", 0),
        "assert",
        ("الولايات المتحدة بتدريب مقاتلين في قاعدة التنف", 0),
        None,
    );
    let s2 = b.stmt(
        &obs,
        ("وقال", 0),
        "assert",
        ("اشتباكات اندلعت في دير الزور", 0),
        None,
    );
    let s3 = b.stmt(&us, ("ورفضت", 0), "deny", ("الاتهامات الروسية", 0), None);
    let a = b.run_explained();
    assert_eq!(claims_by(&a, &s1)[0].0, "support", "{:#?}", a.claims);
    assert!(!claims_by(&a, &s2).is_empty(), "{:#?}", a.claims);
    let answer: Vec<_> = a.claims.iter().filter(|c| c.by == s3).collect();
    assert_eq!(answer.len(), 1, "{:#?}", a.claims);
    assert_eq!(
        a.proposition(&answer[0].proposition).unwrap().kind,
        "support"
    );
    assert_eq!(answer[0].polarity, "deny");
    assert_eq!(answer[0].rules[0], "claim.answers_report");
}

#[test]
fn the_trace_is_opt_in() {
    let text = "انسحبت القوات التركية من بلدة الباب صباح اليوم.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "القوات التركية",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Armed Forces",
    );
    b.place("الباب", 0, 1, "Al-Bab");
    let a = b.run();
    assert!(a.propositions.iter().all(|p| p.rules.is_empty()));
    let json = serde_json::to_string(&a).unwrap();
    assert!(!json.contains("\"rules\""), "{json}");
}

#[test]
fn kind_lost_control_is_a_withdrawal() {
    let text = "خسر تنظيم داعش السيطرة على مدينة الميادين بعد أسابيع من المعارك.";
    let mut b = B::new(text, "2021-03-01");
    b.actor("تنظيم داعش", 0, "ORG", Some("ISIS"), "Islamic State");
    b.place("الميادين", 0, 9, "Al-Mayadin");
    let a = b.run_explained();
    let p = a
        .propositions
        .iter()
        .find(|p| has(p, "kind.lost_control"))
        .unwrap_or_else(|| panic!("{:#?}", a.propositions));
    assert_eq!(p.kind, "withdrawal");
}

#[test]
fn agent_nisba_names_the_party_of_an_event_noun() {
    let text = "شهدت بلدة كفرنبل مساء أمس غارات جوية روسية عنيفة.";
    let mut b = B::new(text, "2021-03-01");
    b.place("كفرنبل", 0, 10, "Kafr Nabl");
    let a = b.run_explained();
    let p = a
        .propositions
        .iter()
        .find(|p| has(p, "agent.nisba"))
        .unwrap_or_else(|| panic!("{:#?}", a.propositions));
    assert!(p
        .actors
        .iter()
        .any(|r| r.role == "agent" && r.party.as_deref() == Some("RUS")));
}

#[test]
fn failing_to_take_control_is_a_failed_capture() {
    let text = "لم تتمكن قوات النظام من السيطرة على بلدة اللطامنة رغم القصف المكثف.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("اللطامنة", 0, 5, "Al-Lataminah");
    let a = b.run_explained();
    let c = a
        .claims
        .iter()
        .find(|c| a.proposition(&c.proposition).unwrap().kind == "capture")
        .unwrap_or_else(|| panic!("{:#?} {:#?}", a.propositions, a.claims));
    assert_eq!(c.modality, "failed");
    assert!(
        c.rules.iter().any(|r| r == "modality.failed"),
        "{:?}",
        c.rules
    );
    let p = a.proposition(&c.proposition).unwrap();
    assert!(has(p, "kind.failed_capture"), "{:?}", p.rules);
}

#[test]
fn casualties_attached_to_the_strike_of_their_sentence() {
    let text = "قصفت قوات النظام بلدة اللطامنة ما أسفر عن مقتل 12 مدنيا.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("اللطامنة", 0, 5, "Al-Lataminah");
    b.qty("12 مدنيا", 0, 12.0, "person", Some("killed"));
    let a = b.run_explained();
    let p = prop(&a, "قصفت");
    assert_eq!(p.quantities, ["q1"]);
    assert!(has(p, "casualties.attached"), "{:?}", p.rules);
}

#[test]
fn sense_talks_visit_is_no_advance() {
    let text = "وصل رئيس الأركان التركي إلى موسكو لإجراء محادثات مع نظيره الروسي.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "رئيس الأركان التركي",
        0,
        "PER",
        Some("TUR"),
        "Turkish Chief of Staff",
    );
    b.place("موسكو", 0, 11, "Moscow");
    let a = b.run_explained();
    assert!(
        a.propositions.iter().all(|p| p.kind != "advance"),
        "{:#?}",
        a.propositions
    );
    // A movement of forces to a place is still an advance.
    let text = "وصلت تعزيزات عسكرية تركية إلى بلدة الأتارب لمساندة الفصائل.";
    let mut b = B::new(text, "2021-03-01");
    b.place("الأتارب", 0, 12, "Al-Atarib");
    let a = b.run_explained();
    assert!(
        a.propositions.iter().any(|p| p.kind == "advance"),
        "{:#?}",
        a.propositions
    );
}

#[test]
fn polarity_outside_control_is_denied_control() {
    let text = "قصفت الطائرات القرى الخارجة عن سيطرة قوات النظام في ريف إدلب الجنوبي.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "قوات النظام",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    b.place("إدلب", 0, 13, "Idlib");
    let a = b.run_explained();
    let c = a
        .claims
        .iter()
        .find(|c| a.proposition(&c.proposition).unwrap().kind == "control")
        .unwrap_or_else(|| panic!("{:#?} {:#?}", a.propositions, a.claims));
    assert_eq!(c.polarity, "deny");
    assert!(
        c.rules.iter().any(|r| r == "polarity.outside_control"),
        "{:?}",
        c.rules
    );
}

#[test]
fn polarity_absence_reaches_through_there_is_and_any() {
    // Rule `polarity.absence`: لم تعد هناك … تحت سيطرة، دون وقوع اشتباكات، لم تقع أي اشتباكات.
    for (text, trigger) in [
        (
            "وقالت المصادر إنه لم تعد هناك مناطق تحت سيطرة التنظيم في مدينة الرقة.",
            "تحت سيطرة",
        ),
        ("ودخلت القوات مدينة منبج دون وقوع اشتباكات.", "اشتباكات"),
        ("ولم تقع أي اشتباكات في مدينة منبج يوم أمس.", "اشتباكات"),
    ] {
        let mut b = B::new(text, "2021-03-01");
        b.place(
            if text.contains("الرقة") {
                "الرقة"
            } else {
                "منبج"
            },
            0,
            1,
            "x",
        );
        let a = b.run_explained();
        let p = prop(&a, trigger);
        let c = a
            .claims
            .iter()
            .find(|c| c.proposition == p.id)
            .unwrap_or_else(|| panic!("{text}: {:#?}", a.claims));
        assert_eq!(c.polarity, "deny", "{text}");
        assert!(
            c.rules.iter().any(|r| r == "polarity.absence"),
            "{text}: {:?}",
            c.rules
        );
    }
    // The existential alone does not negate: هناك اشتباكات is an affirmation.
    let text = "وقالت المصادر إن هناك اشتباكات عنيفة في مدينة منبج.";
    let mut b = B::new(text, "2021-03-01");
    b.place("منبج", 0, 1, "x");
    let a = b.run_explained();
    let p = prop(&a, "اشتباكات عنيفة");
    assert!(a
        .claims
        .iter()
        .filter(|c| c.proposition == p.id)
        .all(|c| c.polarity == "affirm"));
}

#[test]
fn meetings_are_events_and_a_nisba_is_no_trigger() {
    // التقى، اجتماع are `other` events; الاجتماعي (social) is اجتماع + the nisba ي, no meeting.
    let text = "والتقى وزير الخارجية الروسي نظيره التركي في مدينة أنقرة يوم الاثنين.";
    let mut b = B::new(text, "2021-03-01");
    b.place("أنقرة", 0, 323786, "Ankara");
    let a = b.run_explained();
    assert_eq!(prop(&a, "والتقى").kind, "other");
    let text = "وانتشرت على مواقع التواصل الاجتماعي صور للدمار في البلدة.";
    let a = B::new(text, "2021-03-01").run_explained();
    assert!(
        a.propositions
            .iter()
            .all(|p| !p.trigger.text.contains("الاجتماعي")),
        "{:#?}",
        a.propositions
    );
}

#[test]
fn kind_aircraft_hit_and_downed_needs_aircraft() {
    // Rule `kind.aircraft_hit`: a hit aircraft is a shootdown, denied here by a negation.
    let text = "وقال الناطق باسم الجيش إن أي طائرات إسرائيلية لم تصب فوق مدينة بعلبك.";
    let mut b = B::new(text, "2021-03-01");
    b.place("بعلبك", 0, 276781, "Baalbek");
    let a = b.run_explained();
    let p = prop(&a, "تصب");
    assert_eq!(p.kind, "shootdown");
    assert!(a
        .claims
        .iter()
        .any(|c| c.proposition == p.id && c.polarity == "deny"));
    // Rule `kind.downed_needs_aircraft`: toppling a regime is no shootdown, and a shell that hit a
    // house downed nothing.
    for text in [
        "وتدعو المعارضة إلى إسقاط النظام في العاصمة دمشق.",
        "وأصابت القذيفة منزلا في حي الشيخ مقصود بمدينة حلب.",
    ] {
        let a = B::new(text, "2021-03-01").run_explained();
        assert!(
            a.propositions.iter().all(|p| p.kind != "shootdown"),
            "{text}: {:#?}",
            a.propositions
        );
    }
    // Wounded people near the aircraft that struck them are casualties, not a shootdown.
    let text = "وقصفت طائرات حربية مدينة حلب وأصيب خمسة مدنيين بجروح.";
    let a = B::new(text, "2021-03-01").run_explained();
    assert!(
        a.propositions.iter().all(|p| p.kind != "shootdown"),
        "{:#?}",
        a.propositions
    );
}

#[test]
fn sense_movement_without_force_is_no_advance() {
    // Rule `sense.movement_without_force`: water and aid arrive, forces advance.
    for text in [
        "وأكد الأهالي وصول المياه إلى أحياء مدينة دير الزور بعد انقطاع طويل.",
        "ويسمح القرار بدخول حاملي البطاقات إلى مدينة غازي عنتاب.",
    ] {
        let a = B::new(text, "2021-03-01").run_explained();
        assert!(
            a.propositions
                .iter()
                .all(|p| p.kind != "advance" && p.kind != "capture"),
            "{text}: {:#?}",
            a.propositions
        );
    }
    let text = "ووصلت تعزيزات عسكرية إلى بلدة الأتارب صباح اليوم.";
    let mut b = B::new(text, "2021-03-01");
    b.place("الأتارب", 0, 12, "Al-Atarib");
    let a = b.run_explained();
    assert!(
        a.propositions.iter().any(|p| p.kind == "advance"),
        "{:#?}",
        a.propositions
    );
}

/// Rule `modality.foiled_object_only`: the foiling verb makes the attack it governs fail; the
/// verb after it is the foiler's own deed, which happened.
#[test]
fn the_foilers_own_deed_did_not_fail() {
    let text = "تصدت الدفاعات الجوية السورية لهجوم إسرائيلي وأسقطت إحدى الطائرات المهاجمة.";
    let mut b = B::new(text, "2021-03-01");
    b.actor(
        "الدفاعات الجوية السورية",
        0,
        "ORG",
        Some("SYR"),
        "Syrian government forces",
    );
    let a = b.run_explained();
    let down = a
        .claims
        .iter()
        .find(|c| a.proposition(&c.proposition).unwrap().kind == "shootdown")
        .unwrap_or_else(|| panic!("{:#?} {:#?}", a.propositions, a.claims));
    assert_eq!(down.modality, "actual", "{down:?}");
    assert_eq!(down.polarity, "affirm");
}

#[test]
fn denying_a_denial_affirms() {
    // Rule `claim.points_back` keeps the answered report's polarity: the ministry calls the
    // observatory's «did not withdraw» false, so it holds that the forces withdrew.
    let text = "وقال المرصد إن القوات لم تنسحب من بلدة الباب. ونفت الوزارة ذلك.";
    let mut b = B::new(text, "2021-03-01");
    let obs = b.actor("المرصد", 0, "ORG", None, "SOHR");
    b.actor("القوات", 0, "ORG", Some("TUR"), "Turkish Armed Forces");
    b.place("الباب", 0, 1, "Al-Bab");
    let min = b.actor(
        "الوزارة",
        0,
        "ORG",
        Some("TUR"),
        "Turkish Ministry of Defence",
    );
    let s1 = b.stmt(
        &obs,
        ("وقال", 0),
        "assert",
        ("القوات لم تنسحب من بلدة الباب", 0),
        None,
    );
    let s2 = b.stmt(&min, ("ونفت", 0), "deny", ("ذلك", 0), None);
    let a = b.run_explained();
    assert_eq!(claims_by(&a, &s1)[0].1, "deny", "{:#?}", a.claims);
    assert_eq!(claims_by(&a, &s2)[0].1, "affirm", "{:#?}", a.claims);
}

#[test]
fn what_was_not_promised_is_no_deed() {
    // Rule `modality.negated_promise`.
    let text = "وقالت الوزارة إن روسيا لم تتعهد بانسحاب القوات الإيرانية من الجنوب.";
    let mut b = B::new(text, "2021-03-01");
    let min = b.actor("الوزارة", 0, "ORG", Some("USA"), "US State Department");
    b.actor("روسيا", 0, "GPE", Some("RUS"), "Russia");
    b.actor(
        "القوات الإيرانية",
        0,
        "ORG",
        Some("IRN"),
        "Iranian Armed Forces",
    );
    let s1 = b.stmt(
        &min,
        ("وقالت", 0),
        "assert",
        ("روسيا لم تتعهد بانسحاب القوات الإيرانية من الجنوب", 0),
        None,
    );
    let a = b.run_explained();
    let c = a.claims.iter().find(|c| c.by == s1).expect("a claim");
    assert_eq!(a.proposition(&c.proposition).unwrap().kind, "withdrawal");
    assert_eq!(
        (c.polarity.as_str(), c.modality.as_str()),
        ("deny", "planned")
    );
    assert!(
        c.rules.iter().any(|r| r == "modality.negated_promise"),
        "{:?}",
        c.rules
    );
}

#[test]
fn one_event_held_and_denied_is_a_contradiction_without_a_place() {
    // Rule `contradict.same_event`: the two mentions merge into one shootdown; no place is named,
    // yet the army that denies the hit and the one that claims it contradict each other.
    let text = "وقال الجيش الإسرائيلي إن أي طائرة إسرائيلية لم تصب. وقالت القيادة السورية إن دفاعاتها أصابت إحدى الطائرات الإسرائيلية.";
    let mut b = B::new(text, "2021-03-01");
    let idf = b.actor(
        "الجيش الإسرائيلي",
        0,
        "ORG",
        Some("ISR"),
        "Israel Defense Forces",
    );
    let syr = b.actor(
        "القيادة السورية",
        0,
        "ORG",
        Some("SYR"),
        "Syrian Armed Forces",
    );
    let s1 = b.stmt(
        &idf,
        ("وقال", 0),
        "assert",
        ("أي طائرة إسرائيلية لم تصب", 0),
        None,
    );
    let s2 = b.stmt(
        &syr,
        ("وقالت", 0),
        "assert",
        ("دفاعاتها أصابت إحدى الطائرات الإسرائيلية", 0),
        None,
    );
    let a = b.run_explained();
    let c1 = a.claims.iter().find(|c| c.by == s1).expect("denial");
    let c2 = a.claims.iter().find(|c| c.by == s2).expect("claim");
    assert_eq!(c1.proposition, c2.proposition, "{:#?}", a.propositions);
    assert_eq!(
        (c1.polarity.as_str(), c2.polarity.as_str()),
        ("deny", "affirm")
    );
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
    assert_eq!(a.contradictions[0].rules[0], "contradict.same_event");
}

#[test]
fn withdrawing_forces_is_a_withdrawal_withdrawing_citizenship_is_not() {
    // Rule `sense.withdrawal_without_force`.
    let text =
        "وأعلنت موسكو سحب قسم كبير من قواتها في سوريا. وقررت الحكومة سحب الجنسية من المعارضين.";
    let mut b = B::new(text, "2021-03-01");
    b.actor("موسكو", 0, "GPE", Some("RUS"), "Russia");
    b.place("سوريا", 0, 163843, "Syria");
    let a = b.run_explained();
    let kinds: Vec<(&str, &str)> = a
        .propositions
        .iter()
        .map(|p| (p.kind.as_str(), p.trigger.text.as_str()))
        .collect();
    assert_eq!(kinds, vec![("withdrawal", "سحب")], "{:#?}", a.propositions);
    assert!(a.propositions[0].trigger.span[0] < text.chars().position(|c| c == '.').unwrap());
}
