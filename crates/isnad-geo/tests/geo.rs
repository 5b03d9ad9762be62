//! Behaviour of the bundled gazetteer on news-style sentences written for these tests, and
//! loading of user files (fixtures use made-up places with ids from 9900001 up, which GeoNames
//! does not use for real places in these tests' sense: they only exercise the loader).

use std::path::PathBuf;
use std::time::Instant;

use isnad_geo::{Gazetteer, MatchPrefix, PlaceKind};
use isnad_text::fold;

fn gaz() -> &'static Gazetteer {
    Gazetteer::shared()
}

/// (matched folded text, geonames id, canonical) for each located mention.
fn located(text: &str) -> Vec<(String, Option<u64>, String)> {
    let f = fold(text);
    gaz()
        .locate(&f)
        .into_iter()
        .map(|l| {
            let p = gaz().place(l.place);
            (
                f[l.m.start..l.m.end].to_string(),
                p.geonames_id,
                p.canonical.clone(),
            )
        })
        .collect()
}

fn ids(text: &str) -> Vec<Option<u64>> {
    located(text).into_iter().map(|x| x.1).collect()
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn bundled_loads_quickly_and_is_large_enough() {
    let t = Instant::now();
    let g = Gazetteer::bundled();
    let took = t.elapsed();
    // About 20-30 ms in release; debug builds are several times slower.
    assert!(took.as_millis() < 1500, "bundled gazetteer took {took:?}");
    assert!(g.len() > 5000, "{} places", g.len());
    assert!(g.name_count() > 10000);
}

#[test]
fn resolves_the_core_places_to_their_geonames_ids() {
    let s = "أعلنت روسيا أن قواتها وصلت إلى البوكمال والميادين بعد معارك قرب الحدود العراقية";
    let got = ids(s);
    assert!(got.contains(&Some(2017370)), "{got:?}");
    assert!(got.contains(&Some(174448)), "{got:?}");
    assert!(got.contains(&Some(173480)), "{got:?}");
    let s2 = "وقال مسؤول في سورية إن العراق وسوريا تنسقان عند المعبر";
    let got2 = ids(s2);
    assert_eq!(
        got2.iter().filter(|i| **i == Some(163843)).count(),
        2,
        "{got2:?}"
    );
    assert!(got2.contains(&Some(99237)), "{got2:?}");
}

#[test]
fn spelling_variants_of_abu_kamal() {
    for s in [
        "دخلوا البوكمال",
        "دخلوا البو كمال",
        "دخلوا أبو كمال",
        "دخلوا ابوكمال",
        "دخلوا مدينة البوكمال",
    ] {
        assert_eq!(ids(s), vec![Some(174448)], "{s}");
    }
}

#[test]
fn proclitics_are_outside_the_span() {
    let got = located("وصلت التعزيزات بالعراق ثم للموصل وفي دمشق");
    let texts: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, vec!["العراق", "موصل", "دمشق"]);
}

#[test]
fn the_adjective_is_not_the_country() {
    assert!(ids("نقلت الوكالة السورية الرسمية عن مصدر").is_empty());
    assert!(ids("قال دبلوماسي روسي إن المحادثات مستمرة").is_empty());
}

#[test]
fn common_words_are_not_places() {
    assert!(ids("فتح الباب أمام المفاوضات").is_empty());
    assert!(ids("على عين المكان").is_empty());
    let got = located("سيطرت القوات على مدينة الباب بعد حصار طويل");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, "Al-Bab");
}

#[test]
fn countryside_phrase_keeps_the_reference_place() {
    let f = fold("تقدمت الفصائل في ريف إدلب وسط قصف عنيف");
    let found = gaz().locate(&f);
    assert_eq!(found.len(), 1);
    let l = &found[0];
    assert_eq!(&f[l.m.start..l.m.end], "ريف ادلب");
    assert_eq!(&f[l.m.name_start..l.m.name_end], "ادلب");
    assert_eq!(l.m.prefix, Some(MatchPrefix::Rif));
    assert_eq!(gaz().place(l.place).canonical, "Idlib");
}

#[test]
fn curated_countryside_region_wins_over_the_city() {
    let got = located("اشتباكات عنيفة في ريف حلب الشمالي اليوم");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "ريف حلب الشمالي");
    assert_eq!(got[0].2, "Northern Aleppo countryside");
}

#[test]
fn direction_phrase_covers_both_words() {
    let f = fold("تنتشر القوات الأمريكية في شمال شرق سوريا");
    let found = gaz().locate(&f);
    let l = found.last().unwrap();
    assert_eq!(&f[l.m.start..l.m.end], "شمال شرق سوريا");
    assert_eq!(l.m.prefix, Some(MatchPrefix::Direction));
    assert_eq!(gaz().place(l.place).geonames_id, Some(163843));
}

#[test]
fn governorates_bases_and_borders() {
    let got = located(
        "وصلت تعزيزات إلى محافظة دير الزور ومطار الشعيرات ومعبر نصيب والحدود السورية التركية",
    );
    let canon: Vec<&str> = got.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(
        canon,
        vec![
            "Deir ez-Zor Governorate",
            "Shayrat Airbase",
            "Nasib border crossing",
            "Syria-Turkey border"
        ]
    );
    let f = fold("قاعدة حميميم");
    let l = &gaz().locate(&f)[0];
    assert_eq!(gaz().place(l.place).kind, PlaceKind::Fac);
    assert_eq!(gaz().place(l.place).admin1.as_deref(), Some("Latakia"));
}

#[test]
fn article_country_context_disambiguates_tripoli() {
    let ly = located("اندلعت اشتباكات في طرابلس بعد يوم من معارك في بنغازي ومصراتة في ليبيا");
    let lb = located("اندلعت اشتباكات في طرابلس بعد يوم من احتجاجات في بيروت وصيدا في لبنان");
    let trip = |v: &[(String, Option<u64>, String)]| {
        v.iter().find(|x| x.0 == "طرابلس").map(|x| x.2.clone())
    };
    assert_eq!(trip(&ly).as_deref(), Some("Tripoli (Libya)"));
    let lb_place = lb.iter().find(|x| x.0 == "طرابلس").unwrap();
    let p = gaz().by_geonames_id(lb_place.1.unwrap()).unwrap();
    assert_eq!(p.country.as_deref(), Some("LB"));
}

#[test]
fn place_serializes_to_the_schema_object() {
    let p = gaz().by_geonames_id(174448).unwrap();
    let v = serde_json::to_value(p).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 6, "{v}");
    assert_eq!(v["geonames_id"], 174448);
    assert_eq!(v["country"], "SY");
    assert_eq!(v["admin1"], "Deir ez-Zor");
    assert_eq!(p.canonical, "Abu Kamal");
}

#[test]
fn loads_a_geonames_format_dump() {
    let mut g = Gazetteer::empty();
    let n = g
        .load_geonames_dump(fixture("geonames_sample.txt"))
        .unwrap();
    // Two made-up places with Arabic names, and the Abu Kamal row; the row without Arabic
    // names and the broken line are skipped.
    assert_eq!(n, 3);
    let f = fold("نزح السكان من قرية الاختبار إلى وادي التجربة");
    let found = g.locate(&f);
    assert_eq!(found.len(), 2, "{found:?}");
    let village = g.place(found[0].place);
    assert_eq!(village.geonames_id, Some(9900001));
    assert_eq!(village.admin1.as_deref(), Some("Deir ez-Zor"));
    assert_eq!(g.place(found[1].place).kind, PlaceKind::Loc);
}

#[test]
fn dump_rows_merge_into_bundled_places() {
    let mut g = Gazetteer::bundled();
    let before = g.len();
    g.load_geonames_dump(fixture("geonames_sample.txt"))
        .unwrap();
    assert_eq!(g.len(), before + 2);
    assert_eq!(g.lookup("بوكمالة").len(), 1);
    assert_eq!(g.place(g.lookup("بوكمالة")[0]).geonames_id, Some(174448));
}

#[test]
fn loads_a_users_curated_file_and_reports_missing_files() {
    let mut g = Gazetteer::bundled();
    assert_eq!(g.add_tsv(fixture("my_places.tsv")).unwrap(), 1);
    let got = g.locate(&fold("انسحبت القوات من معسكر التجربة الشرقي"));
    assert_eq!(g.place(got[0].place).canonical, "Test Camp");
    assert!(g.add_tsv("/nonexistent/places.tsv").is_err());
    assert!(g.load_geonames_dump("/nonexistent/SY.txt").is_err());
}

#[test]
fn empty_and_odd_input() {
    assert!(gaz().find("").is_empty());
    assert!(gaz().find("   \n\t").is_empty());
    assert!(gaz().find("ال و ب").is_empty());
    let g = Gazetteer::empty();
    assert!(g.locate(&fold("دمشق")).is_empty());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn spans_are_ordered_and_on_char_boundaries(s in "[ \\u{0621}-\\u{064A}a-z0-9،.\"]{0,60}") {
            let f = fold(&s);
            for m in gaz().find(&f) {
                prop_assert!(m.start <= m.name_start && m.name_start < m.name_end && m.name_end <= m.end);
                prop_assert!(m.end <= f.len());
                prop_assert!(f.is_char_boundary(m.start) && f.is_char_boundary(m.end));
                prop_assert!(!m.candidates.is_empty());
            }
        }

        #[test]
        fn names_are_found_inside_any_text(pre in "[\\u{0621}-\\u{064A} ]{0,20}", post in "[\\u{0621}-\\u{064A} ]{0,20}") {
            let s = format!("{pre} في دمشق، {post}");
            let f = fold(&s);
            prop_assert!(gaz().find(&f).iter().any(|m| &f[m.name_start..m.name_end] == "دمشق"));
        }
    }
}

#[test]
fn admin1_codes_beside_the_dump_name_the_divisions() {
    let mut g = Gazetteer::empty();
    g.load_geonames_dump(fixture("dump_with_codes/XX.txt"))
        .unwrap();
    let r = g.lookup("قرية الاختبار")[0];
    assert_eq!(g.place(r).admin1.as_deref(), Some("Deir ez-Zor (fixture)"));
}
