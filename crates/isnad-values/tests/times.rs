//! Time rules, each with its own sentence and a fixed publication date.

use chrono::NaiveDate;
use isnad_text::Normalized;
use isnad_values::{to_schema_times, TimeFinder, TimeMention};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn find(text: &str, published: &str) -> Vec<(String, Option<String>, &'static str, &'static str)> {
    let n = Normalized::new(text);
    let tf = TimeFinder::bundled();
    tf.find(&n, Some(d(published)))
        .into_iter()
        .map(|m: TimeMention| {
            (
                n.orig_text(m.span.0, m.span.1).to_string(),
                m.value,
                m.granularity,
                m.relation,
            )
        })
        .collect()
}

fn one(text: &str, published: &str) -> (String, Option<String>, &'static str, &'static str) {
    let v = find(text, published);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

fn val(s: &str) -> Option<String> {
    Some(s.to_string())
}

// 2017-11-13 was a Monday.
const MON: &str = "2017-11-13";

#[test]
fn since_weekday_is_the_last_such_day() {
    let r = one("وتسيطر القوات على المدينة منذ يوم الجمعة بشكل كامل.", MON);
    assert_eq!(
        r,
        ("منذ يوم الجمعة".into(), val("2017-11-10"), "day", "since")
    );
}

#[test]
fn weekday_on_publication_day_is_that_day() {
    let r = one("قصفت الطائرات مواقع التنظيم يوم الاثنين قرب الحدود.", MON);
    assert_eq!(r.1, val("2017-11-13"));
    let r = one("وقال المتحدث الأربعاء إن الهدنة صامدة.", "2017-11-15");
    assert_eq!(r, ("الأربعاء".into(), val("2017-11-15"), "day", "at"));
}

#[test]
fn future_tense_picks_the_next_weekday() {
    let r = one("وسيزور الوزير العاصمة يوم الخميس لبحث الاتفاق.", MON);
    assert_eq!(r.1, val("2017-11-16"));
    let r = one(
        "تعقد الجولة المقبلة من المحادثات الخميس المقبل في جنيف.",
        MON,
    );
    assert_eq!(r, ("الخميس المقبل".into(), val("2017-11-16"), "day", "at"));
    let r = one("وكان الاجتماع قد عقد الاثنين الماضي.", MON);
    assert_eq!(r.1, val("2017-11-06"));
}

#[test]
fn future_in_a_reported_clause_does_not_move_the_saying() {
    // Tuesday 2017-12-12: "said on Monday that Russia will keep…".
    let r = one(
        "وقال الرئيس يوم الاثنين إن روسيا ستحتفظ بقاعدتها.",
        "2017-12-12",
    );
    assert_eq!(r.1, val("2017-12-11"));
}

#[test]
fn explicit_dates_next_to_weekdays_win() {
    assert_eq!(
        one("نشر الثلاثاء 17 / 10 / 2017 م", "2017-10-16").1,
        val("2017-10-17")
    );
    assert_eq!(
        one("يوم الجمعة (10 نوفمبر) سيطرت القوات", MON).0,
        "يوم الجمعة (10 نوفمبر)"
    );
}

#[test]
fn names_and_halves_are_not_days() {
    assert!(find("وتقدمت القوات في حي 17 تموز غرب المدينة.", MON).is_empty());
    let r = one("تستأنف المحادثات في النصف الثاني من يناير المقبل.", MON);
    assert_eq!(
        r,
        (
            "النصف الثاني من يناير المقبل".into(),
            val("2018-01"),
            "month",
            "at"
        )
    );
    assert_eq!(
        one("وقع الانفجار في وقت سابق من اليوم.", MON).1,
        val("2017-11-13")
    );
}

#[test]
fn today_yesterday_tomorrow() {
    assert_eq!(
        one("أعلن الجيش اليوم سيطرته على البلدة.", MON),
        ("اليوم".into(), val("2017-11-13"), "day", "at")
    );
    assert_eq!(
        one("وقال المسؤول أمس إن القصف توقف.", MON).1,
        val("2017-11-12")
    );
    assert_eq!(one("ووصل الوفد بالأمس إلى دمشق.", MON).0, "الأمس");
    assert_eq!(
        one("وكانت الاشتباكات اندلعت أول أمس.", MON).1,
        val("2017-11-11")
    );
    assert_eq!(
        one("وكانت الاشتباكات اندلعت أول من أمس.", MON).0,
        "أول من أمس"
    );
    assert_eq!(
        one("ومن المقرر أن تصل القافلة غداً إلى حلب.", MON).1,
        val("2017-11-14")
    );
    assert_eq!(
        one("وتنطلق المرحلة الثانية بعد غد.", MON).1,
        val("2017-11-15")
    );
    assert_eq!(one("ووقع الانفجار يوم أمس الأحد.", MON).0, "يوم أمس الأحد");
}

#[test]
fn today_is_not_found_inside_other_words_or_phrases() {
    assert!(find("وتصدر الصحف اليومية تقارير مفصلة.", MON).is_empty());
    assert!(find("وفي اليوم التالي انسحبت القوات.", MON).is_empty());
    assert!(find("وقالت صحيفة اليوم السابع إن الحادث وقع.", MON).is_empty());
    assert!(find("ونقلت قناة روسيا اليوم عن مصدر عسكري.", MON).is_empty());
    assert_eq!(
        one("واستخدمت روسيا اليوم الخميس حق النقض.", "2017-11-16").1,
        val("2017-11-16")
    );
}

#[test]
fn weekday_with_today_and_part_of_day() {
    assert_eq!(
        one(
            "شنت القوات، فجر اليوم الإثنين، هجوماً على مواقع التنظيم.",
            MON
        ),
        (
            "فجر اليوم الإثنين".into(),
            val("2017-11-13"),
            "part_of_day",
            "at"
        )
    );
    assert_eq!(
        one("وتوغلت القوات منذ فجر اليوم في البادية.", MON),
        (
            "منذ فجر اليوم".into(),
            val("2017-11-13"),
            "part_of_day",
            "since"
        )
    );
    assert_eq!(
        one("بدأت مساء السبت عملية تبادل الأسرى.", "2017-04-15"),
        ("مساء السبت".into(), val("2017-04-15"), "part_of_day", "at")
    );
    assert_eq!(
        one("وسقطت القذائف ليل الأحد - الإثنين.", MON).0,
        "ليل الأحد - الإثنين"
    );
    assert_eq!(
        one("ودوت انفجارات الليلة الماضية في المدينة.", MON).1,
        val("2017-11-12")
    );
    assert_eq!(
        one("وقعت الاشتباكات الثلاثاء صباحاً.", "2017-11-15").2,
        "part_of_day"
    );
    assert_eq!(
        one("وصل الوفد بعد ظهر اليوم إلى القاهرة.", MON).0,
        "بعد ظهر اليوم"
    );
}

#[test]
fn vague_expressions() {
    assert_eq!(
        one("بعد سيطرتها عليها مؤخراً بدعم روسي.", MON),
        ("مؤخراً".into(), None, "vague", "before")
    );
    assert_eq!(
        one("التي ادعت قوات النظام سيطرتها عليها منذ أيام.", MON),
        ("منذ أيام".into(), None, "vague", "since")
    );
    assert_eq!(
        one("ويأتي هذا التطور بعد ساعات على وقوع التفجير.", MON),
        ("بعد ساعات".into(), None, "vague", "after")
    );
    assert_eq!(one("وقتل العشرات خلال الأيام الماضية.", MON).3, "before");
    assert_eq!(one("وسيعلن الاتفاق في وقت لاحق.", MON).3, "after");
    assert_eq!(
        one("وعاد النازحون قبل أيام قليلة.", MON).0,
        "قبل أيام قليلة"
    );
}

#[test]
fn past_and_coming_stretches_with_numbers() {
    for t in [
        "وتصاعد القصف خلال الأيام القليلة الماضية.",
        "على مدى الأعوام الثلاثة الماضية تغير الكثير.",
        "قتل العشرات في الساعات الـ24 الماضية.",
        "وتراجعت الأسعار في الأثني عشر شهراً الماضية.",
    ] {
        let r = one(t, MON);
        assert_eq!((r.1, r.2, r.3), (None, "vague", "before"), "{t}");
    }
    assert_eq!(
        one("ويتوقع أن تتحسن الأوضاع في الأيام المقبلة.", MON).3,
        "after"
    );
}

#[test]
fn repeated_and_paired_days() {
    let v = find("نشر منذ 15 ساعة منذ 17 ساعة", MON);
    assert_eq!(v.len(), 2);
    let v = find("ولم يتصل يومي السبت والأحد.", MON);
    assert_eq!(v[0].0, "يومي السبت");
    assert_eq!(v[1], ("الأحد".into(), val("2017-11-12"), "day", "at"));
    assert_eq!(
        one("التقى الرئيسان صباح 4 يناير 1977 في أسوان.", MON).1,
        val("1977-01-04")
    );
    assert_eq!(
        one("وفرقت الشرطة تظاهرة في 30 كانون ثاني الماضي.", MON).1,
        val("2017-01-30")
    );
}

#[test]
fn until_now() {
    assert_eq!(
        one("فشلت القوات في اقتحام المدينة حتى الآن.", MON),
        ("حتى الآن".into(), val("2017-11-13"), "day", "until")
    );
    assert_eq!(one("ولم تعلن أي جهة مسؤوليتها إلى الآن.", MON).3, "until");
    assert!(find("ويمكنكم الاشتراك الآن في النشرة.", MON).is_empty());
    assert!(find("واستمر القصف حتى الساعة الخامسة فجراً.", MON)
        .iter()
        .all(|r| r.0 != "حتى الساعة"));
}

#[test]
fn dates_with_month_names_of_every_region() {
    assert_eq!(
        one(
            "وكانت الوزارة قد نفت في 12 نوفمبر أنباء عن انسحاب.",
            "2017-11-15"
        ),
        ("12 نوفمبر".into(), val("2017-11-12"), "day", "at")
    );
    assert_eq!(
        one("سيطرت القوات على المدينة في 10 تشرين الثاني 2017.", MON).1,
        val("2017-11-10")
    );
    assert_eq!(
        one("وتوقف القتال في 3 جانفي 2016.", MON).1,
        val("2016-01-03")
    );
    assert_eq!(
        one("وذلك في 14 تموز / يوليو 2014.", MON).0,
        "14 تموز / يوليو 2014"
    );
    assert_eq!(
        one("وقعت المجزرة في 5 أفريل الماضي.", MON).1,
        val("2017-04-05")
    );
    assert_eq!(
        one("ووصل الوفد يوم 20 يونيه 2015.", MON).1,
        val("2015-06-20")
    );
    assert_eq!(one("أعلن الهدنة في 21 غشت 2013.", MON).1, val("2013-08-21"));
    assert_eq!(one("وجرت الانتخابات في 7 أيار.", MON).1, val("2017-05-07"));
    // A date a few weeks ahead in a December article is in the next year only with the future.
    assert_eq!(
        one("وقعت الحادثة في 28 ديسمبر.", "2018-01-03").1,
        val("2017-12-28")
    );
}

#[test]
fn ambiguous_month_names_need_a_neighbour() {
    assert!(find("وقد مارس الضغوط على الحكومة.", MON).is_empty());
    assert!(find("وقال أب الضحية إن ابنه قتل.", MON).is_empty());
    assert!(find("وبلغ الرصيد صفر تقريباً.", MON).is_empty());
    assert_eq!(
        one("وقتل المدنيون في 15 مارس 2011.", MON).1,
        val("2011-03-15")
    );
    assert_eq!(one("انطلقت الاحتجاجات في شهر آذار.", MON).1, val("2017-03"));
    assert_eq!(one("وقعت في آب الماضي.", MON).1, val("2017-08"));
}

#[test]
fn months_and_relative_periods() {
    assert_eq!(
        one("في أبريل / نيسان الماضي قتل العشرات.", "2017-10-12"),
        ("أبريل / نيسان الماضي".into(), val("2017-04"), "month", "at")
    );
    assert_eq!(
        one("وزار الوفد موسكو الشهر الماضي.", MON),
        ("الشهر الماضي".into(), val("2017-10"), "month", "at")
    );
    assert_eq!(
        one("وعقد اللقاء الأسبوع الماضي.", MON).1,
        val("2017-11-06/2017-11-12")
    );
    assert_eq!(one("وتراجعت الهجمات هذا العام.", MON).1, val("2017"));
    assert_eq!(
        one("وتتوقع الأمم المتحدة عودتهم العام المقبل.", MON).1,
        val("2018")
    );
    assert_eq!(
        one("وبدأ الهجوم في مطلع الشهر الجاري.", MON).0,
        "مطلع الشهر الجاري"
    );
    assert_eq!(
        one("سيعقد المؤتمر في أكتوبر المقبل.", MON).1,
        val("2018-10")
    );
    assert_eq!(
        one("وقع الهجوم في الخامس من الشهر الجاري.", MON).1,
        val("2017-11-05")
    );
    assert_eq!(
        one("وقعت الاشتباكات في الحادي عشر من أكتوبر 2016.", MON).1,
        val("2016-10-11")
    );
}

#[test]
fn years_and_ranges() {
    assert_eq!(
        one("سيطر التنظيم على المدينة عام 2016.", MON),
        ("عام 2016".into(), val("2016"), "year", "at")
    );
    assert_eq!(
        one("وتعيش البلاد حرباً منذ 2011.", MON),
        ("منذ 2011".into(), val("2011"), "year", "since")
    );
    assert_eq!(
        one("في الفترة بين عامي 2014 و2016 نزح الآلاف.", MON).1,
        val("2014/2016")
    );
    assert_eq!(
        one("واستمرت المعارك من 10 إلى 13 نوفمبر.", MON).1,
        val("2017-11-10/2017-11-13")
    );
    assert_eq!(
        one("وجرت المحادثات بين 10 و12 تشرين الأول.", MON).1,
        val("2017-10-10/2017-10-12")
    );
    // Numbers that are not years.
    assert!(find("وصل أكثر من 1800 من المقاتلين.", MON).is_empty());
    assert!(find("وقتل 2000 شخص في المعارك.", MON).is_empty());
}

#[test]
fn numeric_dates() {
    assert_eq!(
        one("روسيا تتعهد بحماية النظام 12 / 10 / 2017", "2017-10-12"),
        ("12 / 10 / 2017".into(), val("2017-10-12"), "day", "at")
    );
    assert_eq!(
        one("نشر بتاريخ 2017-11-05 على الموقع", MON).1,
        val("2017-11-05")
    );
    assert_eq!(one("تاريخ ١٧.٠٩.٢٠١٧ مواضيع", MON).1, val("2017-09-17"));
    assert!(find("وبلغت النتيجة 3/1 لصالح الفريق.", MON).is_empty());
}

#[test]
fn durations_ago() {
    assert_eq!(
        one("وقتل الصحفي قبل يومين في ريف حلب.", MON),
        ("قبل يومين".into(), val("2017-11-11"), "day", "at")
    );
    assert_eq!(one("وتحاصر القوات البلدة منذ ثلاثة أسابيع.", MON).3, "since");
    assert_eq!(one("وانسحب التنظيم منذ شهرين.", MON).1, val("2017-09"));
    assert_eq!(one("وقعت المعركة قبل عامين.", MON).1, val("2015"));
    assert!(find("وتتدهور الأوضاع يوماً بعد يوم.", MON).is_empty());
}

#[test]
fn hijri_dates_convert_with_the_tabular_calendar() {
    let r = one("وذلك يوم 15 رمضان 1438 هـ في مكة.", MON);
    assert_eq!(r.0, "يوم 15 رمضان 1438 هـ");
    // Tabular 15 Ramadan 1438 = 2017-06-10 (the Umm al-Qura calendar agrees within a day).
    assert_eq!(r.1, val("2017-06-10"));
    assert_eq!(one("خلال شهر رمضان الماضي.", MON).2, "month");
    assert!(find("وأعلن رمضان عبد الله أن الاتفاق انهار.", MON).is_empty());
    assert_eq!(one("صدر القرار سنة 1438 هـ.", MON).2, "year");
    assert_eq!(
        one("الخميس 19 / ربيع الأول / 1439 هـ - بيان", MON).1,
        val("2017-12-07")
    );
    assert!(find("بتاريخ 1375 الهجري الشمسي", MON).is_empty());
}

#[test]
fn no_publication_date_leaves_relative_values_empty() {
    let n = Normalized::new("قال المتحدث أمس إن الهجوم وقع في 5 مايو 2016.");
    let v = TimeFinder::bundled().find(&n, None);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].value, None);
    assert_eq!(v[0].granularity, "day");
    assert_eq!(v[1].value.as_deref(), Some("2016-05-05"));
}

#[test]
fn windows_follow_the_value() {
    let n = Normalized::new("وزار الوفد موسكو الشهر الماضي.");
    let v = TimeFinder::bundled().find(&n, Some(d(MON)));
    assert_eq!(v[0].start, Some(d("2017-10-01")));
    assert_eq!(v[0].end, Some(d("2017-10-31")));
}

#[test]
fn schema_times_carry_ids_and_original_text() {
    let text = "أعلنت الوزارة، فجر اليومِ الإثنين، أن القوات انسحبت منذ أيام.";
    let n = Normalized::new(text);
    let m = TimeFinder::bundled().find(&n, Some(d(MON)));
    let s = to_schema_times(&n, &m);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].id, "t1");
    assert_eq!(s[0].text, "فجر اليومِ الإثنين");
    let chars: Vec<char> = text.chars().collect();
    for t in &s {
        let slice: String = chars[t.span[0]..t.span[1]].iter().collect();
        assert_eq!(slice, t.text);
    }
}

#[test]
fn user_lexicon_adds_words() {
    let dir = std::env::temp_dir().join(format!("isnad-values-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("time_words.tsv"), "عشية\tpart\tevening\t\n").unwrap();
    let tf = TimeFinder::with_extra(&dir).unwrap();
    let n = Normalized::new("وصل الوفد عشية الخميس إلى جنيف.");
    let v = tf.find(&n, Some(d(MON)));
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].value.as_deref(), Some("2017-11-09"));
    std::fs::write(dir.join("time_words.tsv"), "عشية\tpart\n").unwrap();
    assert!(TimeFinder::with_extra(&dir).is_err());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn fixture_article() {
    let text = include_str!("fixtures/raqqa_report.txt");
    // Thursday.
    let got = find(text, "2017-11-16");
    let want: &[(&str, Option<&str>, &str, &str)] = &[
        ("فجر اليوم الخميس", Some("2017-11-16"), "part_of_day", "at"),
        ("منذ يوم الاثنين الماضي", Some("2017-11-13"), "day", "since"),
        ("أمس الأربعاء", Some("2017-11-15"), "day", "at"),
        ("14 تموز / يوليو 2014", Some("2014-07-14"), "day", "at"),
        ("منذ مطلع الشهر الجاري", Some("2017-11"), "month", "since"),
        ("حتى الآن", Some("2017-11-16"), "day", "until"),
        ("الأسبوع الماضي", Some("2017-11-06/2017-11-12"), "week", "at"),
        ("يوم الأحد المقبل", Some("2017-11-19"), "day", "at"),
        ("بعد أيام", None, "vague", "after"),
        ("مساء الثلاثاء", Some("2017-11-14"), "part_of_day", "at"),
        ("15 رمضان 1438 هـ", Some("2017-06-10"), "day", "at"),
    ];
    let got: Vec<(&str, Option<&str>, &str, &str)> = got
        .iter()
        .map(|g| (g.0.as_str(), g.1.as_deref(), g.2, g.3))
        .collect();
    assert_eq!(got, want);
}

/// Values when the publication date is unknown.
fn undated(text: &str) -> Vec<(String, Option<String>)> {
    let n = Normalized::new(text);
    TimeFinder::bundled()
        .find(&n, None)
        .into_iter()
        .map(|m| (n.orig_text(m.span.0, m.span.1).to_string(), m.value))
        .collect()
}

#[test]
fn undated_texts_give_yearless_dates_the_year_of_their_narrative() {
    // the nearest written date before, placed closest to it (across a new year too)
    let v = undated("في 5 كانون الثاني 2018 بدأ الهجوم، وفي 28 كانون الأول كانت القوات قد وصلت، ثم في 2 شباط انسحبت.");
    let got: Vec<Option<&str>> = v.iter().map(|x| x.1.as_deref()).collect();
    assert_eq!(
        got,
        [Some("2018-01-05"), Some("2017-12-28"), Some("2018-02-02")],
        "{v:?}"
    );
    // else the nearest one after
    let v = undated("سيطر الجيش في 19 تشرين الثاني / نوفمبر على المدينة، بعد أن استعاد دير الزور في أيلول 2017.");
    assert_eq!(v[0].1.as_deref(), Some("2017-11-19"), "{v:?}");
    // nothing to anchor to, or an expression relative to the (unknown) publication date
    assert_eq!(undated("سيطرت القوات في 3 آذار على البلدة.")[0].1, None);
    // a bare year is history, not the narrative's frame
    let v = undated("بلغ عدد الأسرى في 20 كانون الثاني 7044 أسيرا من القدس وأراضي عام 1948 .");
    assert_eq!(v[0].1, None, "{v:?}");
    let v = undated("في أيلول 2017 أعلن الجيش، وقال أمس إن تشرين الثاني الماضي شهد معارك.");
    assert!(
        v.iter()
            .filter(|x| !x.0.contains("2017"))
            .all(|x| x.1.is_none()),
        "{v:?}"
    );
}
