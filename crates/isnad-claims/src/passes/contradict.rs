//! Pass `contradict`: pairs of claims by two sources that cannot both be true.

use crate::context::{member, COUNTRY_NAMES};
use crate::explain::explain;
use crate::map::family;
use crate::mention::ClaimInfo;
use crate::pipeline::State;
use crate::view::{claim_views, conflict, Basis, ClaimView};
use isnad_lexicon::{Lexicons, WordClass as C, WordClasses};
use isnad_schema::{Analysis, Claim, Contradiction};
use isnad_text::fold;
use std::collections::{HashMap, HashSet};

pub(crate) fn ancestor(a: &Analysis, inner: &str, outer: &str) -> bool {
    let mut cur = a.statement(inner).and_then(|s| s.embedded_in.clone());
    let mut guard = 0;
    while let Some(c) = cur {
        guard += 1;
        if c == outer {
            return true;
        }
        if guard > 16 {
            break;
        }
        cur = a.statement(&c).and_then(|s| s.embedded_in.clone());
    }
    false
}

/// Pairs of claims by two different statements that [`conflict`] says cannot both be true. The
/// article's own voice is left out (analysts keep source-against-source contradictions), and one
/// pair is kept per claim, kind and pair of parties, so a lede and body that repeat each other
/// give one contradiction each rather than every cross pair.
pub(crate) fn is_country_entity(a: &Analysis, words: &WordClasses, id: &str) -> bool {
    let Some(e) = a.entity(id) else { return false };
    if e.canonical
        .as_ref()
        .is_some_and(|c| COUNTRY_NAMES.contains(&c.to_lowercase().as_str()))
    {
        return true;
    }
    member(words, C::Country, &fold(&e.text))
}

pub(crate) fn source_key(a: &Analysis, by: &str) -> String {
    let Some(s) = a.statement(by) else {
        return by.to_string();
    };
    s.source
        .entity
        .as_deref()
        .and_then(|e| a.entity(e))
        .and_then(|e| e.canonical.clone())
        .unwrap_or_else(|| fold(&s.source.text))
}

/// Whether two statements' contents overlap without one being reported inside the other (the
/// same words read twice).
pub(crate) fn overlapping(a: &Analysis, x: &str, y: &str) -> bool {
    let (Some(sx), Some(sy)) = (a.statement(x), a.statement(y)) else {
        return false;
    };
    let (p, q) = (sx.content.span, sy.content.span);
    let overlap = p[0] < q[1] && q[0] < p[1];
    overlap && !ancestor(a, x, y) && !ancestor(a, y, x) && p != q
}

/// Whether two statements are by one person named twice: a later mention by family name, or
/// with the title left off («الدكتور عبد الهادي القصبي» … «القصبي»; «رامي عبد الرحمن» …
/// «عبد الرحمن»). A person is not set against himself by name alone.
pub(crate) fn same_person(a: &Analysis, x: &str, y: &str) -> bool {
    let (Some(sx), Some(sy)) = (a.statement(x), a.statement(y)) else {
        return false;
    };
    let words = |t: &str| -> Vec<String> { fold(t).split_whitespace().map(String::from).collect() };
    let (wx, wy) = (words(&sx.source.text), words(&sy.source.text));
    let (short, long) = if wx.len() <= wy.len() {
        (wx, wy)
    } else {
        (wy, wx)
    };
    let person = |s: &isnad_schema::Statement| {
        s.source
            .entity
            .as_deref()
            .and_then(|e| a.entity(e))
            .is_some_and(|e| e.kind == "PER")
    };
    !short.is_empty() && (person(sx) || person(sy)) && long.ends_with(&short)
}

pub(crate) fn contradictions(
    a: &Analysis,
    words: &WordClasses,
    info: &HashMap<String, ClaimInfo>,
) -> Vec<Contradiction> {
    let pos: HashMap<String, usize> = info.iter().map(|(k, v)| (k.clone(), v.at)).collect();
    let pos = &pos;
    let views: Vec<(String, ClaimView)> = claim_views(a);
    struct Cand {
        i: usize,
        j: usize,
        basis: Basis,
        kind: &'static str,
        party: Option<String>,
        nested: bool,
        at: usize,
        scope: String,
    }
    let mut cands: Vec<Cand> = Vec::new();
    for i in 0..views.len() {
        for j in i + 1..views.len() {
            let (ci, cj) = (a.claim(&views[i].0), a.claim(&views[j].0));
            let (Some(ci), Some(cj)) = (ci, cj) else {
                continue;
            };
            if ci.by == cj.by || ci.by == "author" || cj.by == "author" {
                continue;
            }
            let anchored = |c: &Claim| info.get(&c.id).is_some_and(|x| x.anchored);
            // A whole country is too coarse a place to set two reports against each other.
            let country = |c: &Claim| {
                a.proposition(&c.proposition)
                    .and_then(|p| p.place.as_deref())
                    .is_some_and(|e| is_country_entity(a, words, e))
            };
            // Both claims must be tied to a known place and to a particular mention of the event;
            // one source is not set against itself, nor one passage read twice.
            if source_key(a, &ci.by) == source_key(a, &cj.by)
                || overlapping(a, &ci.by, &cj.by)
                || same_person(a, &ci.by, &cj.by)
                || !anchored(ci)
                || !anchored(cj)
                || country(ci)
                || country(cj)
                || views[i].1.place_key.is_none()
                || views[j].1.place_key.is_none()
            {
                continue;
            }
            let Some(basis) = conflict(&views[i].1, &views[j].1) else {
                continue;
            };
            let (pa, pb) = (a.claim_party(ci), a.claim_party(cj));
            let (kind, party) = crate::map::contradiction_kind(pa, pb);
            let mut ps = [pa.unwrap_or("-").to_string(), pb.unwrap_or("-").to_string()];
            ps.sort();
            let at = pos
                .get(&ci.id)
                .copied()
                .unwrap_or(0)
                .max(pos.get(&cj.id).copied().unwrap_or(0));
            cands.push(Cand {
                i,
                j,
                basis,
                kind,
                party,
                nested: ancestor(a, &ci.by, &cj.by) || ancestor(a, &cj.by, &ci.by),
                at,
                scope: format!(
                    "{}|{}|{}|{}",
                    kind,
                    ps.join(","),
                    family(&views[i].1.kind),
                    views[i]
                        .1
                        .place_key
                        .clone()
                        .or(views[j].1.place_key.clone())
                        .unwrap_or_default()
                ),
            });
        }
    }
    // A denial of the report it quotes first, then text order.
    cands.sort_by_key(|c| (!c.nested, c.at));
    let mut used: HashSet<(String, usize)> = HashSet::new();
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if used.contains(&(c.scope.clone(), c.i)) || used.contains(&(c.scope.clone(), c.j)) {
            continue;
        }
        used.insert((c.scope.clone(), c.i));
        used.insert((c.scope.clone(), c.j));
        kept.push(c);
    }
    let rank = |k: &str| match k {
        "intra_party" => 0,
        "inter_party" => 1,
        _ => 2,
    };
    kept.sort_by_key(|c| (rank(c.kind), c.at));
    kept.iter()
        .enumerate()
        .map(|(n, c)| {
            // Earlier claim first.
            let (x, y) = {
                let (pi, pj) = (
                    pos.get(&views[c.i].0).copied().unwrap_or(0),
                    pos.get(&views[c.j].0).copied().unwrap_or(0),
                );
                if pi <= pj {
                    (c.i, c.j)
                } else {
                    (c.j, c.i)
                }
            };
            let (cx, cy) = (&views[x].0, &views[y].0);
            Contradiction {
                id: format!("x{}", n + 1),
                claims: [cx.clone(), cy.clone()],
                kind: c.kind.to_string(),
                party: c.party.clone(),
                basis: c.basis.as_str().to_string(),
                explanation: explain(a, cx, cy, c.basis),
                headline: n == 0,
                rules: vec![],
            }
        })
        .collect()
}

pub(crate) fn run(a: &mut Analysis, lex: &Lexicons, st: &State) {
    a.contradictions = contradictions(a, &lex.words, &st.positions);
    if st.explain {
        for x in a.contradictions.iter_mut() {
            // The pairing rule of this pass, then the conflict rule (`view::conflict`) by basis.
            x.rules = vec!["contradict.pair".into(), format!("conflict.{}", x.basis)];
        }
    }
}
