//! Pass `contradict`: pairs of claims by two sources that cannot both be true.

use crate::explain::explain;
use crate::map::family;
use crate::mention::ClaimInfo;
use crate::pipeline::State;
use crate::policy;
use crate::view::{claim_views, Basis, ClaimView};
use isnad_lexicon::{Lexicons, WordClasses};
use isnad_schema::{Analysis, Claim, Contradiction};
use std::collections::{HashMap, HashSet};

/// Pairs of claims by two different statements that [`conflict`] says cannot both be true. The
/// article's own voice is left out (analysts keep source-against-source contradictions), and one
/// pair is kept per claim, kind and pair of parties, so a lede and body that repeat each other
/// give one contradiction each rather than every cross pair.
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
        rule: &'static str,
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
            let answers = |c: &Claim| {
                let s = info.get(&c.id)?.answers?;
                a.statements.get(s).map(|s| s.id.as_str())
            };
            let sides = [
                (ci, &views[i].1, anchored(ci), answers(ci)),
                (cj, &views[j].1, anchored(cj), answers(cj)),
            ];
            let Some((basis, rule)) = policy::in_article(a, words, sides) else {
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
                rule,
                kind,
                party,
                nested: policy::ancestor(a, &ci.by, &cj.by) || policy::ancestor(a, &cj.by, &ci.by),
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
    // Two statements disagree about a toll once, however many of their events carry it.
    let mut tolls: HashSet<(String, String)> = HashSet::new();
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if used.contains(&(c.scope.clone(), c.i)) || used.contains(&(c.scope.clone(), c.j)) {
            continue;
        }
        if c.basis == Basis::Value {
            let (x, y) = (&views[c.i].0, &views[c.j].0);
            let by = |id: &str| a.claim(id).map_or(String::new(), |c| c.by.clone());
            let (mut p, mut q) = (by(x), by(y));
            if p > q {
                std::mem::swap(&mut p, &mut q);
            }
            if !tolls.insert((p, q)) {
                continue;
            }
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
                rules: vec![c.rule.to_string(), format!("conflict.{}", c.basis.as_str())],
            }
        })
        .collect()
}

pub(crate) fn run(a: &mut Analysis, lex: &Lexicons, st: &State) {
    a.contradictions = contradictions(a, &lex.words, &st.positions);
    if !st.explain {
        // The trace (the pairing rule of this pass, then the conflict rule by basis) is opt-in.
        for x in a.contradictions.iter_mut() {
            x.rules.clear();
        }
    }
}
