//! Structured features: the claim and the text each analysed by isnad's extractor (entities,
//! propositions, claims, statements), then compared. The caller runs the extractor (this crate
//! stays light and does not depend on it) and passes the two [`Analysis`] values to
//! [`structured_features`].

use isnad_claims::{claim_views, conflict, family, place_key, same_situation, ClaimView};
use isnad_schema::Analysis;

/// Structured feature names, in the order of [`structured_features`]' output.
pub const STRUCT_FEATURES: &[&str] = &[
    "s_claim_props",    // the claim sentence holds a proposition the extractor reads
    "s_same_family",    // share of the claim's propositions with one of the same family in the text
    "s_same_fam_place", // … of the same family at the same known place
    "s_agree_view", // share of the claim's views with a text view of the same situation, type, polarity, modality
    "s_conflict",   // share of the claim's views that some text view conflicts with
    "s_opp_polarity", // a text view of the same situation and family with the opposite polarity
    "s_other_agent", // same family and place, but the agents' parties differ (both known)
    "s_place_props", // share of the claim's places where the text has some proposition
    "s_actor_cover", // share of the claim's actors (lexicon ids) named in the text
    "s_place_cover", // share of the claim's places named in the text
    "s_deny_stmt", // a denial statement (cue stance deny) in the text naming a claim actor or place
];

fn actor_ids(a: &Analysis) -> Vec<&str> {
    let mut v: Vec<&str> = a
        .entities
        .iter()
        .filter_map(|e| e.actor.as_ref().map(|x| x.id.as_str()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn place_keys(a: &Analysis) -> Vec<String> {
    let mut v: Vec<String> = a
        .entities
        .iter()
        .filter(|e| e.place.is_some())
        .filter_map(|e| place_key(a, &e.id))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn share(hits: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        hits as f64 / n as f64
    }
}

/// Compares the claim's analysis with the text's; one value per [`STRUCT_FEATURES`] name, each in
/// [0, 1]. Dates are ignored (claims rarely carry a publication date).
pub fn structured_features(claim: &Analysis, text: &Analysis) -> Vec<f64> {
    let strip = |mut v: ClaimView| {
        v.date = None;
        v
    };
    let cv: Vec<ClaimView> = claim_views(claim).into_iter().map(|x| strip(x.1)).collect();
    let tv: Vec<ClaimView> = text_views(text);
    let n = cv.len();
    let fam = |v: &ClaimView| family(&v.kind).to_string();
    let same_family = cv
        .iter()
        .filter(|c| tv.iter().any(|t| fam(t) == fam(c)))
        .count();
    let same_fam_place = cv
        .iter()
        .filter(|c| {
            c.place_key.is_some()
                && tv
                    .iter()
                    .any(|t| fam(t) == fam(c) && t.place_key == c.place_key)
        })
        .count();
    let agree = cv
        .iter()
        .filter(|c| {
            tv.iter().any(|t| {
                t.kind == c.kind
                    && t.polarity == c.polarity
                    && t.modality == c.modality
                    && same_situation(c, t)
                    && conflict(c, t).is_none()
            })
        })
        .count();
    let conflicts = cv
        .iter()
        .filter(|c| tv.iter().any(|t| conflict(c, t).is_some()))
        .count();
    let opp = cv.iter().any(|c| {
        tv.iter()
            .any(|t| fam(t) == fam(c) && t.polarity != c.polarity && same_situation(c, t))
    });
    let other_agent = cv.iter().any(|c| {
        c.place_key.is_some()
            && !c.agent_parties.is_empty()
            && tv.iter().any(|t| {
                fam(t) == fam(c)
                    && t.place_key == c.place_key
                    && !t.agent_parties.is_empty()
                    && !t.agent_parties.iter().any(|p| c.agent_parties.contains(p))
            })
    });
    let cplaces = place_keys(claim);
    let tplaces = place_keys(text);
    let prop_places: Vec<&String> = tv.iter().filter_map(|t| t.place_key.as_ref()).collect();
    let place_props = cplaces.iter().filter(|p| prop_places.contains(p)).count();
    let place_cover = cplaces.iter().filter(|p| tplaces.contains(p)).count();
    let cactors = actor_ids(claim);
    let tactors = actor_ids(text);
    let actor_cover = cactors.iter().filter(|a| tactors.contains(a)).count();
    let deny_stmt = text.statements.iter().any(|s| {
        s.cue.stance == "deny"
            && text.entities.iter().any(|e| {
                e.span[0] >= s.content.span[0]
                    && e.span[1] <= s.content.span[1]
                    && (e
                        .actor
                        .as_ref()
                        .is_some_and(|x| cactors.contains(&x.id.as_str()))
                        || (e.place.is_some()
                            && place_key(text, &e.id).is_some_and(|k| cplaces.contains(&k))))
            })
    });
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    vec![
        b(n > 0),
        share(same_family, n),
        share(same_fam_place, n),
        share(agree, n),
        share(conflicts, n),
        b(opp),
        b(other_agent),
        share(place_props, cplaces.len()),
        share(actor_cover, cactors.len()),
        share(place_cover, cplaces.len()),
        b(deny_stmt),
    ]
}

fn text_views(text: &Analysis) -> Vec<ClaimView> {
    claim_views(text)
        .into_iter()
        .map(|(_, mut v)| {
            v.date = None;
            v
        })
        .collect()
}
