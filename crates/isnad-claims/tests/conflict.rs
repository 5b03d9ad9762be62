//! The shared conflict rule, on claim views directly.

use chrono::NaiveDate;
use isnad_claims::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn view(kind: &str, polarity: &str, modality: &str, from: &str, to: &str) -> ClaimView {
    ClaimView {
        kind: kind.into(),
        agent_parties: vec!["SYR".into()],
        place_key: Some("gn:174448".into()),
        date: Some((d(from), d(to))),
        polarity: polarity.into(),
        modality: modality.into(),
        quantities: vec![],
        quantity_bounds: vec![],
    }
}

#[test]
fn negation_incompatibility_and_time() {
    let ctrl = view("control", "affirm", "actual", "2017-11-10", "2017-11-13");
    let wd_deny = view("withdrawal", "deny", "actual", "2017-11-13", "2017-11-13");
    let wd = view("withdrawal", "affirm", "actual", "2017-11-13", "2017-11-13");
    assert_eq!(conflict(&wd, &wd_deny), Some(Basis::Negation));
    assert_eq!(conflict(&ctrl, &wd), Some(Basis::Incompatible));
    assert_eq!(conflict(&wd, &ctrl), Some(Basis::Incompatible), "symmetric");
    assert_eq!(conflict(&ctrl, &wd_deny), None, "they agree");
    let failed = view("capture", "affirm", "failed", "2017-11-13", "2017-11-13");
    assert_eq!(conflict(&ctrl, &failed), Some(Basis::Incompatible));
    // Control on Friday, withdrawal on Sunday: both can be true.
    let fri = view("control", "affirm", "actual", "2017-11-10", "2017-11-10");
    let sun = view("withdrawal", "affirm", "actual", "2017-11-12", "2017-11-12");
    assert_eq!(conflict(&fri, &sun), None);
    // Another place, another party: nothing to compare.
    let mut elsewhere = wd.clone();
    elsewhere.place_key = Some("gn:1".into());
    assert_eq!(conflict(&ctrl, &elsewhere), None);
    let mut other_side = wd.clone();
    other_side.agent_parties = vec!["ISIS".into()];
    assert_eq!(conflict(&ctrl, &other_side), None);
    // Incompatibility is about one actor's deeds: both sides must name the actor.
    let mut nobody = wd.clone();
    nobody.agent_parties.clear();
    assert_eq!(conflict(&ctrl, &nobody), None);
    // A promise and a denial of the deed are not the same claim.
    let planned = view(
        "withdrawal",
        "affirm",
        "planned",
        "2017-11-13",
        "2017-11-13",
    );
    assert_eq!(conflict(&planned, &wd_deny), None);
}

#[test]
fn values_with_bounds() {
    let mut a = view("attack", "affirm", "actual", "2019-05-02", "2019-05-02");
    let mut b = a.clone();
    a.quantities = vec![(3.0, "people".into(), Some("killed".into()))];
    b.quantities = vec![(12.0, "people".into(), Some("killed".into()))];
    assert_eq!(conflict(&a, &b), Some(Basis::Value));
    a.quantities[0].0 = 60.0;
    a.quantity_bounds = vec!["min".into()];
    b.quantities[0].0 = 65.0;
    b.quantity_bounds = vec!["min".into()];
    assert_eq!(conflict(&a, &b), None, "more than 60 and at least 65 agree");
    b.quantities[0].2 = Some("wounded".into());
    b.quantity_bounds = vec![];
    assert_eq!(
        conflict(&a, &b),
        None,
        "killed and wounded are different counts"
    );
    assert_eq!(quantity_bound("ما لا يقل عن 65 قتيلا"), "min");
    assert_eq!(quantity_bound("نحو 30 كيلومترا"), "about");
    assert_eq!(quantity_bound("12 مدنيا"), "exact");
}

#[test]
fn keys_kinds_and_codes() {
    let v = view("withdrawal", "affirm", "actual", "2017-11-13", "2017-11-13");
    assert_eq!(bucket_key(&v).as_deref(), Some("territory|gn:174448"));
    let mut no_place = v.clone();
    no_place.place_key = None;
    assert_eq!(bucket_key(&no_place), None);
    assert_eq!(
        contradiction_kind(Some("RUS"), Some("RUS")),
        ("intra_party", Some("RUS".into()))
    );
    assert_eq!(
        contradiction_kind(Some("RUS"), Some("SYR")),
        ("inter_party", None)
    );
    assert_eq!(
        contradiction_kind(None, Some("SYR")),
        ("unaffiliated", None)
    );
    assert_eq!(family("shelling"), "violence");
    assert_eq!(family("support"), "support");
    assert_eq!(plover("withdrawal"), Some("RETREAT"));
    assert_eq!(plover("control"), None);
    assert_eq!(acled("airstrike").sub_event_type, "Air/drone strike");
    assert!(acled_opt("control").is_none());
    for t in TYPES {
        let _ = (acled(t), plover(t), family(t));
    }
    let w = window(Some("2017-11-10"), "since", Some(d("2017-11-13"))).unwrap();
    assert_eq!(w, (d("2017-11-10"), d("2017-11-13")));
    let w = window(Some("2017-04"), "at", None).unwrap();
    assert_eq!(w, (d("2017-04-01"), d("2017-04-30")));
    let w = window(Some("2017-11-10/2017-11-13"), "at", None).unwrap();
    assert_eq!(w, (d("2017-11-10"), d("2017-11-13")));
    assert!(window(Some("garbage"), "at", None).is_none());
    let json = serde_json::to_string(&v).unwrap();
    let back: ClaimView = serde_json::from_str(&json).unwrap();
    assert_eq!(back, v);
}

fn arb_view() -> impl Strategy<Value = ClaimView> {
    (
        prop::sample::select(vec!["control", "capture", "withdrawal", "attack", "clash"]),
        prop::sample::select(vec!["affirm", "deny"]),
        prop::sample::select(vec!["actual", "failed", "planned"]),
        0i64..5,
        0i64..3,
        prop::option::of(1.0f64..50.0),
    )
        .prop_map(|(k, p, m, start, len, q)| {
            let from = d("2020-01-01") + chrono::Duration::days(start);
            ClaimView {
                kind: k.into(),
                agent_parties: vec!["SYR".into()],
                place_key: Some("gn:1".into()),
                date: Some((from, from + chrono::Duration::days(len))),
                polarity: p.into(),
                modality: m.into(),
                quantities: q
                    .map(|v| vec![(v.round(), "people".into(), Some("killed".into()))])
                    .unwrap_or_default(),
                quantity_bounds: vec![],
            }
        })
}

proptest! {
    #[test]
    fn conflict_is_symmetric_and_never_self(a in arb_view(), b in arb_view()) {
        prop_assert_eq!(conflict(&a, &b), conflict(&b, &a));
        prop_assert_eq!(conflict(&a, &a), None);
    }
}

#[test]
fn a_collapsed_truce_was_still_reached() {
    let reached = view("agreement", "affirm", "actual", "2016-12-29", "2016-12-29");
    let failed = view("agreement", "affirm", "failed", "2016-12-29", "2016-12-29");
    assert_eq!(conflict(&reached, &failed), None);
    // a failed assault still excludes the capture
    let took = view("capture", "affirm", "actual", "2016-12-29", "2016-12-29");
    let tried = view("capture", "affirm", "failed", "2016-12-29", "2016-12-29");
    assert_eq!(conflict(&took, &tried), Some(Basis::Incompatible));
}
