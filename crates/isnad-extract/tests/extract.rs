//! Behaviour of the whole extractor on sentences written for these tests.
use isnad_extract::Extractor;
use isnad_schema::{Analysis, Article};
use proptest::prelude::*;
use std::sync::OnceLock;

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::bundled)
}

fn run(text: &str) -> Analysis {
    ex().analyse(&Article {
        id: "t".into(),
        text: text.into(),
        published: Some("2019-03-18".into()),
        ..Default::default()
    })
}

fn chars(s: &str, span: [usize; 2]) -> String {
    s.chars().skip(span[0]).take(span[1] - span[0]).collect()
}

/// Every span of every layer covers exactly its text.
fn assert_spans(text: &str, a: &Analysis) {
    for e in &a.entities {
        assert_eq!(chars(text, e.span), e.text, "entity {}", e.id);
    }
    for t in &a.times {
        assert_eq!(chars(text, t.span), t.text);
    }
    for q in &a.quantities {
        assert_eq!(chars(text, q.span), q.text);
    }
    for s in &a.statements {
        for r in [&s.source, &s.content]
            .into_iter()
            .chain(s.via.iter())
            .chain(s.medium.iter())
        {
            assert_eq!(chars(text, r.span), r.text, "statement {}", s.id);
        }
        assert_eq!(chars(text, s.cue.span), s.cue.text);
    }
    for p in &a.propositions {
        assert_eq!(chars(text, p.trigger.span), p.trigger.text);
    }
}

/// Runs `t` and reads its first proposition of `kind`: the party in `role` and the modality of
/// the first claim on it.
fn party_and_modality(t: &str, kind: &str, role: &str) -> (Option<String>, String) {
    let a = run(t);
    assert_spans(t, &a);
    let p = a
        .propositions
        .iter()
        .find(|p| p.kind == kind)
        .unwrap_or_else(|| panic!("{t}: no {kind} in {:?}", a.propositions));
    let party = p
        .actors
        .iter()
        .find(|r| r.role == role)
        .and_then(|r| r.party.clone());
    let modality = a
        .claims
        .iter()
        .find(|c| c.proposition == p.id)
        .map_or_else(String::new, |c| c.modality.clone());
    (party, modality)
}

#[test]
fn verb_first_quote_is_direct_with_the_named_speaker() {
    let t = "وقال المتحدث باسم الجيش التركي إن \"العملية العسكرية ستستمر حتى تحقيق أهدافها\".";
    let a = run(t);
    assert_spans(t, &a);
    let s = &a.statements[0];
    assert_eq!(s.source.text, "المتحدث باسم الجيش التركي");
    assert_eq!(s.content.text, "العملية العسكرية ستستمر حتى تحقيق أهدافها");
    assert!(s.direct);
    assert_eq!(s.cue.stance, "assert");
    let src = a.entity(s.source.entity.as_deref().unwrap()).unwrap();
    assert_eq!(
        src.actor.as_ref().and_then(|x| x.party.as_deref()),
        Some("TUR")
    );
}

#[test]
fn calling_content_false_is_a_denial() {
    let t = "وقال مصدر عسكري إن \"ما تتداوله صفحات المعارضة عن سقوط البلدة أخبار كاذبة لا أساس لها من الصحة\".";
    let a = run(t);
    assert_eq!(a.statements[0].cue.stance, "deny");
}

#[test]
fn participle_continues_the_previous_speaker() {
    let t = "وقالت مصادر محلية إن الاشتباكات تجددت في محيط المطار، موضحةً أن الطيران الحربي شارك في المعارك.";
    let a = run(t);
    assert_spans(t, &a);
    assert_eq!(a.statements.len(), 2, "{:#?}", a.statements);
    assert_eq!(a.statements[1].source.text, a.statements[0].source.text);
    assert!(a.statements[0].content.text.ends_with("المطار"));
    assert!(a.statements[1].content.text.starts_with("الطيران الحربي"));
}

#[test]
fn according_to_after_the_clause() {
    let t = "سقطت قذائف صاروخية على حي سكني في المدينة، بحسب ناشطين.";
    let a = run(t);
    let s = &a.statements[0];
    assert_eq!(s.source.text, "ناشطين");
    assert!(
        s.content.text.starts_with("سقطت قذائف"),
        "{}",
        s.content.text
    );
}

#[test]
fn later_definite_mention_takes_the_earlier_speakers_party() {
    let t = "أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مستودعاً للذخيرة. وأضافت الوزارة أن العملية جرت بالتنسيق مع الجيش السوري.";
    let a = run(t);
    assert_spans(t, &a);
    let second = a
        .statements
        .iter()
        .find(|s| s.source.text == "الوزارة")
        .expect("anaphor source");
    let e = a.entity(second.source.entity.as_deref().unwrap()).unwrap();
    assert_eq!(
        e.actor.as_ref().and_then(|x| x.party.as_deref()),
        Some("RUS")
    );
}

#[test]
fn denial_takes_its_object_without_a_complementiser() {
    let t = "ونفت قوات سوريا الديمقراطية في بيان سيطرة الفصائل على القرية، مؤكدةً أن مقاتليها صدّوا الهجوم.";
    let a = run(t);
    assert_spans(t, &a);
    let s = &a.statements[0];
    assert_eq!(s.cue.stance, "deny");
    assert!(
        s.content.text.starts_with("سيطرة الفصائل"),
        "{}",
        s.content.text
    );
    assert_eq!(s.medium.as_ref().map(|m| m.text.as_str()), Some("بيان"));
}

#[test]
fn statement_inside_another_is_embedded() {
    let t = "وقال القائد إن \"كل ما أعلنه تنظيم داعش بأن الجيش ترك المدينة أكاذيب\".";
    let a = run(t);
    let inner = a
        .statements
        .iter()
        .find(|s| s.cue.text == "أعلنه")
        .expect("embedded statement");
    assert_eq!(
        inner.embedded_in.as_deref(),
        Some(a.statements[0].id.as_str())
    );
}

#[test]
fn places_times_and_quantities_are_resolved() {
    let t = "قتل خمسة مدنيين بغارة على مدينة إدلب أمس.";
    let a = run(t);
    assert_spans(t, &a);
    let idlib = a
        .entities
        .iter()
        .find(|e| e.text.contains("إدلب"))
        .expect("place");
    assert_eq!(
        idlib.place.as_ref().and_then(|p| p.country.as_deref()),
        Some("SY")
    );
    assert_eq!(a.times[0].value.as_deref(), Some("2019-03-17"));
    assert_eq!(a.quantities[0].value, 5.0);
}

#[test]
fn bad_inputs_give_valid_analyses() {
    for t in [
        "",
        "   \n\n",
        "No Arabic at all, just English words.",
        "<html><body><p>قال</p></body></html>",
    ] {
        let a = run(t);
        assert_spans(t, &a);
    }
    let long: String = "قالالمصدر".repeat(120_000);
    let a = run(&long);
    assert!(a.statements.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn spans_always_index_the_original(words in prop::collection::vec(prop::sample::select(vec![
        "قال", "إن", "أن", "\"", "«", "»", "،", ".", "\n", "نفى", "الجيش", "السوري", "داعش", "وزارة",
        "الدفاع", "الروسية", "مصادر", "محلية", "بحسب", "ناشطين", "موضحاً", "أمس", "اليوم", "3", "قتلى",
        "غارة", "على", "حلب", "ـ", "ً", "ﻻ", "x", ":", "عن", "قوله", "ونقلت", "وكالة",
        "في", "مصدر", "باسم", "المتحدث", "سيطرة", "لـ",
    ]), 0..80)) {
        let t = words.join(" ");
        let a = run(&t);
        assert_spans(&t, &a);
    }
}

#[test]
fn fahasb_only_is_not_according_to() {
    let t = "لم يتبق في المدينة سوى مئة مقاتل فحسب.";
    let a = run(t);
    assert!(a.statements.is_empty(), "{:?}", a.statements);
}

#[test]
fn title_followed_by_a_name_gives_the_name_as_speaker() {
    let t = "وأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده ستواصل دعم الحكومة السورية.";
    let a = run(t);
    assert_spans(t, &a);
    assert_eq!(a.statements[0].source.text, "سيرغي لافروف");
    let e = a
        .entity(a.statements[0].source.entity.as_deref().unwrap())
        .unwrap();
    assert_eq!(
        e.actor.as_ref().and_then(|x| x.party.as_deref()),
        Some("RUS")
    );
}

#[test]
fn a_later_mention_of_the_army_is_the_army_named_before() {
    let t = "دخل الجيش التركي بلدة جنديرس صباح اليوم. وقصف الجيش مواقع في محيط البلدة.";
    let a = run(t);
    let later = a
        .entities
        .iter()
        .rfind(|e| e.text == "الجيش")
        .expect("second mention is an entity");
    assert_eq!(
        later.actor.as_ref().and_then(|x| x.party.as_deref()),
        Some("TUR")
    );
}

#[test]
fn speaker_phrase_ends_before_the_denied_event() {
    let t = "ونفى مراسل شبكة محلية سيطرة قوات النظام على مطار أبو الظهور العسكري في ريف إدلب.";
    let a = run(t);
    let s = &a.statements[0];
    assert_eq!(s.cue.stance, "deny");
    assert!(!s.source.text.contains("سيطرة"), "{}", s.source.text);
    assert!(s.content.text.starts_with("سيطرة"), "{}", s.content.text);
}

#[test]
fn speaker_phrase_ends_before_a_content_noun() {
    for (t, who, what) in [
        (
            "ونفت الحكومة وجود أي اتفاق مع الشركات الأجنبية لتطوير الحقول.",
            "الحكومة",
            "وجود",
        ),
        (
            "وأعلن وزير الخارجية استدعاء السفير الأمريكي لتوضيح ما جرى.",
            "وزير الخارجية",
            "استدعاء",
        ),
        (
            "وحذر مسؤولون من استمرار القصف على الأحياء الشرقية خلال اليومين المقبلين.",
            "مسؤولون",
            "استمرار",
        ),
    ] {
        let a = run(t);
        assert_spans(t, &a);
        let s = a.statements.first().unwrap_or_else(|| panic!("{t}"));
        assert_eq!(s.source.text, who, "{t}");
        // (حذر من: the preposition of the verb opens the content)
        let content = s.content.text.trim_start_matches("من ");
        assert!(content.starts_with(what), "{t}: {}", s.content.text);
    }
    // a title that holds a noun of the list as a genitive stays whole
    let t = "وقال وزير الصحة السوري إن المستشفيات استقبلت عشرات الجرحى.";
    let a = run(t);
    assert_eq!(a.statements[0].source.text, "وزير الصحة السوري");
}

#[test]
fn spaced_quotes_and_quoted_names_inside_the_speaker_phrase() {
    let t = "وقال مصدر في \"جيش الإسلام\" إن \" المفاوضات توقفت منذ أيام \" .";
    let a = run(t);
    assert_spans(t, &a);
    let s = &a.statements[0];
    assert!(s.source.text.contains("جيش الإسلام"), "{}", s.source.text);
    assert!(s.direct);
    assert!(
        s.content.text.starts_with("المفاوضات"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn odd_quotes_after_a_speaker_preposition_terminate() {
    for t in [
        "قال مصدر في \"\" إن \"المعارك مستمرة\"",
        "قال مصدر في \" \" \" إن",
        "قال مصدر في «» من «» باسم «x» إن المعارك مستمرة",
    ] {
        let a = run(t);
        assert_spans(t, &a);
    }
}

#[test]
fn breaking_a_siege_is_taking_ground_not_laying_a_siege() {
    let t = "وتمكنت قوات الجيش السوري أمس من فك الحصار الذي يفرضه تنظيم داعش على مدينة دير الزور منذ ثلاث سنوات.";
    let a = run(t);
    assert_spans(t, &a);
    let p = a
        .propositions
        .iter()
        .find(|p| p.trigger.text.contains("الحصار"))
        .expect("a proposition for فك الحصار");
    assert_eq!(p.kind, "capture");
    let agent = p.actors.iter().find(|r| r.role == "agent").expect("agent");
    assert_eq!(agent.party.as_deref(), Some("SYR"));
}

#[test]
fn lost_control_is_a_withdrawal_by_the_loser() {
    let t = "وخسر تنظيم داعش السيطرة على مدينة الميادين بعد معارك عنيفة. وقال ناشطون إن الفصائل فقدت سيطرتها على بلدة خان طومان.";
    let a = run(t);
    assert_spans(t, &a);
    let kinds: Vec<&str> = a
        .propositions
        .iter()
        .filter(|p| p.trigger.text.contains("سيطر"))
        .map(|p| p.kind.as_str())
        .collect();
    assert_eq!(kinds, ["withdrawal", "withdrawal"], "{:?}", a.propositions);
    // and holding it is still control
    let a = run("ويسيطر تنظيم داعش على مدينة الميادين منذ عام 2014.");
    assert!(a.propositions.iter().any(|p| p.kind == "control"));
    // ف + the particle قد is not "lost"
    let a = run("فقد باتت السيطرة على المدينة بيد التنظيم.");
    assert!(
        a.propositions.iter().all(|p| p.kind != "withdrawal"),
        "{:?}",
        a.propositions
    );
}

#[test]
fn a_repelled_attack_failed_and_belongs_to_the_attacker() {
    let kind_party_modality = |t: &str, kind: &str| party_and_modality(t, kind, "agent");
    assert_eq!(
        kind_party_modality(
            "وتمكنت فصائل المعارضة من صد هجوم لقوات النظام على بلدة كفرنبودة.",
            "attack"
        ),
        (Some("SYR".into()), "failed".into())
    );
    assert_eq!(
        kind_party_modality(
            "وأفشل الجيش السوري محاولة تقدم لتنظيم داعش نحو مدينة السخنة.",
            "advance"
        ),
        (Some("ISIS".into()), "failed".into())
    );
    // the fighting of the side that repels did happen
    assert_eq!(
        kind_party_modality(
            "وصدت فصائل المعارضة هجوما لقوات النظام على بلدة كفرنبودة.",
            "clash"
        ),
        (Some("SYR.OPP".into()), "actual".into())
    );
}

#[test]
fn who_did_it_in_falls_foils_and_shootdowns() {
    let agent_of = |t: &str, kind: &str| party_and_modality(t, kind, "agent").0;
    // a town that falls into someone's hands is taken by them
    assert_eq!(
        agent_of(
            "وسقطت مدينة الرقة بيد قوات سوريا الديمقراطية بعد أشهر من المعارك.",
            "capture"
        )
        .as_deref(),
        Some("SDF")
    );
    // who foils an infiltration is not its agent; the members named after it are
    assert_eq!(
        agent_of(
            "وأحبطت القوات العراقية محاولة تسلل لعناصر داعش نحو قضاء القائم.",
            "attack"
        )
        .as_deref(),
        Some("ISIS")
    );
    // an air defence named in the sentence, not the last actor of the one before
    assert_eq!(
        agent_of(
            "وتقدمت قوات سوريا الديمقراطية في ريف الرقة. وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية فوق الجولان.",
            "shootdown"
        )
        .as_deref(),
        Some("SYR")
    );
    // supplies for fighters are not supplies by them
    assert_ne!(
        agent_of(
            "جاء الهجوم لقطع أي إمدادات لعناصر التنظيم داخل المدينة.",
            "support"
        )
        .as_deref(),
        Some("ISIS")
    );
}

#[test]
fn a_nationality_adjective_names_the_agents_party() {
    let t = "قتل 15 مدنيا جراء غارات جوية روسية على مدينة إدلب.";
    let a = run(t);
    assert_spans(t, &a);
    let p = a
        .propositions
        .iter()
        .find(|p| p.kind == "airstrike")
        .unwrap();
    let agent = p.actors.iter().find(|r| r.role == "agent").unwrap();
    assert_eq!(
        (agent.entity.as_deref(), agent.party.as_deref()),
        (None, Some("RUS"))
    );
    // the land shelled is not the shelling side (definiteness must agree) …
    let a = run("وقصف مدفعي على الأراضي السورية من جهة الحدود.");
    assert!(a
        .propositions
        .iter()
        .flat_map(|p| &p.actors)
        .all(|r| r.party.as_deref() != Some("SYR")));
    // … and a journalist is no adjective of arms
    let a = run("وتتعلق الواقعة بدخول صحافي إسرائيلي إلى مدينة حلب.");
    assert!(a
        .propositions
        .iter()
        .flat_map(|p| &p.actors)
        .all(|r| r.party.as_deref() != Some("ISR")));
}

#[test]
fn a_verb_with_its_own_subject_borrows_no_agent() {
    let t = "وقصفت المدفعية التركية مواقع في منطقة عفرين. وانفجرت سيارة مفخخة في مدينة أعزاز. ونزح آلاف المدنيين من ريف حماة.";
    let a = run(t);
    assert_spans(t, &a);
    for kind in ["bombing", "displacement"] {
        let p = a.propositions.iter().find(|p| p.kind == kind).unwrap();
        assert!(
            p.actors.iter().all(|r| r.role != "agent"),
            "{kind}: {:?}",
            p.actors
        );
    }
}

#[test]
fn ranks_press_conferences_and_reports_as_speakers() {
    let check = |t: &str, who: &str, medium: Option<&str>| {
        let a = run(t);
        assert_spans(t, &a);
        let s = a
            .statements
            .first()
            .unwrap_or_else(|| panic!("no statement in {t}"));
        assert_eq!(s.source.text, who, "{t}");
        assert_eq!(s.medium.as_ref().map(|m| m.text.as_str()), medium, "{t}");
        assert!(
            s.content.text.starts_with("القوات"),
            "{t}: {}",
            s.content.text
        );
    };
    // a rank between the title and the name; the press conference is the medium
    check(
        "وقال المتحدث باسم التحالف الدولي العقيد ريان ديلون في مؤتمر صحافي إن القوات تسيطر على معظم المدينة.",
        "ريان ديلون",
        Some("مؤتمر صحافي"),
    );
    check(
        "وقال العقيد ريان ديلون إن القوات تسيطر على معظم المدينة.",
        "العقيد ريان ديلون",
        None,
    );
    // a long title with a rank gives the name, as a short one does
    check(
        "وقال الناطق العسكري الرسمي باسم القوات المسلحة المصرية العميد تامر الرفاعي إن القوات قتلت عشرة مسلحين.",
        "تامر الرفاعي",
        None,
    );
    // reports and information are speakers of their own
    check(
        "وذكرت تقارير إعلامية أن القوات انسحبت من البلدة.",
        "تقارير إعلامية",
        None,
    );
    check(
        "وأوضحت وزارة الداخلية في بلاغ لها أن القوات اعتقلت المشتبه بهم.",
        "وزارة الداخلية",
        Some("بلاغ لها"),
    );
}

#[test]
fn a_denial_of_that_denies_what_was_just_reported() {
    let t = "وقال ناشطون إن طائرات حربية قصفت بلدة معرة النعمان. ونفت وزارة الدفاع الروسية صحة هذه الأنباء جملة وتفصيلا.";
    let a = run(t);
    assert_spans(t, &a);
    // the aircraft before the verb are the means: the strike is there, at its place
    let p = a
        .propositions
        .iter()
        .find(|p| p.kind == "airstrike")
        .unwrap();
    assert!(p.place.is_some());
    let by = |pol: &str| {
        a.claims
            .iter()
            .filter(|c| c.proposition == p.id && c.polarity == pol)
            .count()
    };
    assert_eq!((by("affirm"), by("deny")), (1, 1), "{:?}", a.claims);
    assert_eq!(a.contradictions.len(), 1, "{:?}", a.contradictions);
    assert_eq!(a.contradictions[0].basis, "negation");
    // «نفى ذلك» with nothing reported before holds nothing
    let a = run("ونفى المرصد ذلك.");
    assert!(a.claims.is_empty());
}

#[test]
fn according_to_what_a_source_reported_and_relative_clauses_on_speakers() {
    let first = |t: &str| {
        let a = run(t);
        assert_spans(t, &a);
        let s = a
            .statements
            .iter()
            .find(|s| !s.source.text.is_empty() && s.content.text.contains("القوات"))
            .unwrap_or_else(|| panic!("{t}: {:?}", a.statements))
            .clone();
        (s.source.text, s.content.text)
    };
    let (who, what) = first("وبحسب ما أفادت به مصادر محلية، فإن القوات انسحبت من البلدة.");
    assert_eq!(who, "مصادر محلية");
    assert!(what.starts_with("القوات"), "{what}");
    let (who, _) = first("وانسحبت القوات من البلدة، حسبما ذكرت وكالة الأنباء الألمانية.");
    assert_eq!(who, "وكالة الأنباء الألمانية");
    // a relative clause on the speaker, with a cue word of its own (طلب), is not the content
    let (who, what) = first(
        "وقال مصدر عسكري إن الهجوم بدأ فجرا. وأضاف المصدر، الذي طلب عدم الكشف عن اسمه، أن القوات تقدمت.",
    );
    assert_eq!(who, "المصدر");
    assert!(what.starts_with("القوات"), "{what}");
    let (who, what) =
        first("وبحسب بيان صحافي للاتحاد الذي ينظم المؤتمر في بيروت، فإن القوات ستنسحب.");
    assert_eq!(who, "بيان صحافي للاتحاد");
    assert!(what.starts_with("القوات"), "{what}");
}

#[test]
fn failing_to_take_a_place_is_a_failed_capture_and_despite_is_outside_it() {
    let t = "ولم تتمكن قوات النظام من السيطرة على بلدة اللطامنة رغم القصف العنيف.";
    let modality = |kind: &str| party_and_modality(t, kind, "agent").1;
    assert_eq!(modality("capture"), "failed");
    assert_eq!(modality("shelling"), "actual");
    assert!(run(t).propositions.iter().all(|p| p.kind != "control"));
}

#[test]
fn turkish_is_no_leaving_and_an_adjectival_clause_is_the_same_strike() {
    let t = "قتل ثلاثة عناصر من قوات سوريا الديمقراطية \"قسد\" بقصف مدفعي تركي استهدف قرية تل تمر في ريف الحسكة.";
    let a = run(t);
    assert_spans(t, &a);
    // تركي is "Turkish", not ترك ("left") with a pronoun
    assert!(
        a.propositions.iter().all(|p| p.kind != "withdrawal"),
        "{:?}",
        a.propositions
    );
    // one strike, by Turkey (the adjective), at the village the clause names; قسد are its victims
    let strikes: Vec<_> = a
        .propositions
        .iter()
        .filter(|p| isnad_claims::family(&p.kind) == "violence")
        .collect();
    assert_eq!(strikes.len(), 1, "{strikes:?}");
    let p = strikes[0];
    let agents: Vec<Option<&str>> = p
        .actors
        .iter()
        .filter(|r| r.role == "agent")
        .map(|r| r.party.as_deref())
        .collect();
    assert_eq!(agents, [Some("TUR")]);
    assert!(p.place.is_some());
    // a base named alone is a place, not a deployment
    let a = run("واستهدفت الطائرات قاعدة عسكرية في ريف حماة.");
    assert!(a.propositions.iter().all(|p| p.kind != "deployment"));
}

#[test]
fn strikes_directed_at_a_side_have_it_as_target() {
    let t = "وقادت الولايات المتحدة تحالفا دوليا وجه ضربات جوية للتنظيم في مدينة الرقة.";
    let party = |role: &str| party_and_modality(t, "airstrike", role).0;
    assert_eq!(party("agent").as_deref(), Some("USA"));
    assert_eq!(party("target").as_deref(), Some("ISIS"));
}

#[test]
fn people_named_by_nationality_are_no_entity_unless_they_speak() {
    let a = run("وعاد آلاف السوريين إلى قراهم في ريف حلب بعد توقف القصف.");
    assert!(
        !a.entities.iter().any(|e| e.text == "السوريين"),
        "{:?}",
        a.entities
    );
    let b = run("وقال ناشطون سوريون إن القصف استهدف السوق.");
    assert!(b
        .statements
        .iter()
        .any(|s| s.source.text.contains("ناشطون")));
}

#[test]
fn a_title_before_a_name_gives_the_name_and_its_party() {
    let a = run("وقال وزير الدفاع التركي العقيد سامر أوغلو إن القوات ستبقى.");
    let per: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == "PER")
        .map(|e| e.text.as_str())
        .collect();
    assert!(
        per == ["سامر أوغلو"]
            && a.entities.iter().any(|e| e.text == "سامر أوغلو"
                && e.actor.as_ref().and_then(|x| x.party.as_deref()) == Some("TUR")),
        "{per:?}"
    );
}

#[test]
fn a_lone_letter_is_never_a_speaker() {
    let a = run("وأدان الهجوم ما وصفه ب - \" العدوان الغاشم \" على البلدة.");
    assert!(
        !a.entities.iter().any(|e| e.text.chars().count() < 2),
        "{:?}",
        a.entities
    );
}

#[test]
fn page_chrome_is_left_out_and_spans_still_index_the_original() {
    let text = "قال وزير الدفاع التركي إن القوات دخلت مدينة عفرين.\n\
                شاركه مع أصدقائك على صفحة وزارة الدفاع التركية\n\
                مواضيع ذات صلة\nالجيش السوري يتقدم في ريف حماة\nقمة ثلاثية في أنقرة\n\
                وأضاف الوزير أن العملية مستمرة.";
    let a = run(text);
    assert_spans(text, &a);
    let chrome_start = text.chars().position(|c| c == '\n').unwrap();
    let chrome_end =
        text.char_indices().count() - "وأضاف الوزير أن العملية مستمرة.".chars().count();
    for e in &a.entities {
        assert!(
            e.span[1] <= chrome_start || e.span[0] >= chrome_end,
            "entity {:?} read from the page chrome",
            e.text
        );
    }
    assert_eq!(a.statements.len(), 2, "{:?}", a.statements);
}

#[test]
fn according_to_what_x_reported_takes_the_verb_into_the_cue() {
    let text = "وأغلقت السلطات المعبر الحدودي أمس , حسبما ذكرت مصادر محلية .";
    let a = run(text);
    assert_spans(text, &a);
    let s = a
        .statements
        .iter()
        .find(|s| s.source.text == "مصادر محلية")
        .expect("a statement by the local sources");
    assert_eq!(s.cue.text, "حسبما ذكرت");
    assert!(s.content.text.starts_with("وأغلقت السلطات المعبر"));
}

#[test]
fn a_verb_of_belief_inside_the_quote_is_part_of_what_was_said() {
    let text = "وقال الوزير \" أعتقد أن الحل قريب وأن الحرب انتهت \" .";
    let a = run(text);
    assert_spans(text, &a);
    assert_eq!(a.statements.len(), 1, "{:?}", a.statements);
    assert_eq!(a.statements[0].cue.text, "قال");
    assert!(a.statements[0].content.text.starts_with("أعتقد أن الحل"));
}

/// Rule `place.nisba_homograph`: سورية after an indefinite noun (ة or ات) or paired with another
/// nationality adjective is "Syrian", not Syria; after a preposition or a verb it is the country.
#[test]
fn syria_spelled_as_its_adjective() {
    for text in [
        "وبلغ سعر اللتر 500 ليرة سورية في السوق.",
        "وهاجم الطيران بطارية سورية مضادة للطائرات.",
        "وجرت مباحثات سورية - صينية في بكين.",
    ] {
        let a = run(text);
        assert!(
            a.entities.iter().all(|e| e.text != "سورية"),
            "{text}: {:?}",
            a.entities
        );
    }
    for text in [
        "وعاد اللاجئون إلى سورية الأسبوع الماضي.",
        "زار الوزير سورية أمس.",
    ] {
        let a = run(text);
        assert!(
            a.entities
                .iter()
                .any(|e| e.text == "سورية" && e.kind == "GPE"),
            "{text}: {:?}",
            a.entities
        );
    }
}

/// Rule `entity.document_source`: a speaking document is the statement's source, with no entity;
/// the body that issued it stays an entity.
#[test]
fn a_document_speaks_but_is_no_entity() {
    let t = "وقالت وزارة الخارجية في بيان صباح اليوم إن الحكومة ترفض أي تدخل في شؤونها. وأكد البيان أن الجيش سيواصل عملياته في المنطقة.";
    let a = run(t);
    assert_spans(t, &a);
    let s = a
        .statements
        .iter()
        .find(|s| s.source.text == "البيان")
        .expect("the document's statement");
    assert!(s.source.entity.is_none(), "{s:?}");
    assert!(a.entities.iter().all(|e| e.text != "البيان"));
    assert!(a.entities.iter().any(|e| e.text == "وزارة الخارجية"));
    // Ids stay e1, e2 … without gaps.
    for (k, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", k + 1));
    }
}

/// Rule `entity.bare_weapon`: weapons whose mention names no party are not organisations; a
/// party written in the mention makes them a force. (Without the rule the bare weapons would
/// take the party of the army named before them.)
#[test]
fn bare_weapons_are_no_entities_named_air_forces_are() {
    let t = "وقال الجيش السوري إن وحداته تقدمت نحو البلدة. وقصفت الطائرات الحربية أطراف البلدة، ثم استهدفت المدفعية الطريق الرئيسي. وشن الطيران الروسي غارات على المنطقة.";
    let a = run(t);
    assert_spans(t, &a);
    assert!(
        a.entities
            .iter()
            .all(|e| e.text != "الطائرات الحربية" && e.text != "المدفعية"),
        "{:?}",
        a.entities
    );
    let ru = a
        .entities
        .iter()
        .find(|e| e.text == "الطيران الروسي")
        .expect("a named air force");
    assert_eq!(
        ru.actor.as_ref().and_then(|x| x.party.as_deref()),
        Some("RUS")
    );
}

#[test]
fn a_rejection_with_no_subject_goes_on_with_the_last_speaker() {
    // Rule `cue.report_object` without a subject: the speaker the text goes on with, and the
    // content stops before the next reporting verb.
    let text =
        "وتقول الحكومة إن القاعدة مؤقتة. وقد رفضت اتهامات مماثلة في الماضي وقالت إن قواتها ستبقى.";
    let a = run(text);
    assert_spans(text, &a);
    let s = a
        .statements
        .iter()
        .find(|s| s.cue.text == "رفضت")
        .unwrap_or_else(|| panic!("{:#?}", a.statements));
    assert_eq!(s.source.text, "الحكومة");
    assert_eq!(s.cue.stance, "deny");
    assert_eq!(s.content.text, "اتهامات مماثلة في الماضي");
}

#[test]
fn a_relay_named_after_the_sentence_wraps_it() {
    // Rule `content.trailing_relay`: the accusation's content stops before «وفق ما نقلت», and
    // the two statements do not hold each other.
    let text =
        "اتهم وزير الدفاع الحكومة بتدريب مقاتلين في الصحراء، وفق ما نقلت وكالة رويترز يوم الأحد.";
    let a = run(text);
    assert_spans(text, &a);
    let accuse = a
        .statements
        .iter()
        .find(|s| s.cue.text == "اتهم")
        .expect("accusation");
    assert!(
        !accuse.content.text.contains("رويترز"),
        "{:#?}",
        a.statements
    );
    for s in &a.statements {
        if let Some(outer) = s.embedded_in.as_deref().and_then(|id| a.statement(id)) {
            assert_ne!(
                outer.embedded_in.as_deref(),
                Some(s.id.as_str()),
                "{:#?}",
                a.statements
            );
        }
    }
}

#[test]
fn a_resumptive_denial_takes_up_what_was_just_said() {
    // Rule `content.resumptive`: the observatory's words stop at «وهو ما», and the ministry
    // denies those same words; a verb that says something of its own keeps its own content.
    let text = "قال المرصد إن الطائرات قصفت مدينة إدلب، وهو ما نفته وزارة الدفاع الروسية.";
    let a = run(text);
    assert_spans(text, &a);
    let said = a
        .statements
        .iter()
        .find(|s| s.cue.text == "قال")
        .expect("said");
    let denied = a
        .statements
        .iter()
        .find(|s| s.cue.text == "نفته")
        .expect("denied");
    assert_eq!(said.content.text, "الطائرات قصفت مدينة إدلب");
    assert_eq!(denied.content.span, said.content.span);
    assert_eq!(denied.cue.stance, "deny");
    assert_eq!(a.contradictions.len(), 1, "{:#?}", a.contradictions);
}
