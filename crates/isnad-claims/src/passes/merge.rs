//! Pass `merge`: mentions of one event or state become one proposition.

use crate::context::Ctx;
use crate::map::{acled_for, family, plover};
use crate::mention::Mention;
use crate::mention::Modality;
use crate::pipeline::{Env, State};
use crate::view::{place_key, quantity_bound, values_clash, window, ClaimView};
use chrono::NaiveDate;
use isnad_lexicon::EventType;
use isnad_lexicon::WordClass as C;
use isnad_schema::{Proposition, Role, SpanRef};
use isnad_text::fold;
use std::collections::BTreeSet;

pub(crate) struct PropB {
    pub(crate) kind: EventType,
    pub(crate) parties: BTreeSet<String>,
    /// Agent parties named only by a nationality adjective.
    pub(crate) nisba: BTreeSet<String>,
    pub(crate) agents: Vec<usize>,
    pub(crate) targets: Vec<usize>,
    pub(crate) partners: Vec<usize>,
    pub(crate) place: Option<usize>,
    pub(crate) place_key: Option<String>,
    pub(crate) time: Option<usize>,
    pub(crate) window: Option<(NaiveDate, NaiveDate)>,
    pub(crate) quants: Vec<usize>,
    pub(crate) trigger: usize,
    pub(crate) last: usize,
    pub(crate) future: bool,
}

pub(crate) fn parties_of(ctx: &Ctx, ids: &[usize]) -> BTreeSet<String> {
    ids.iter().filter_map(|&e| ctx.party(e)).collect()
}

pub(crate) fn time_window(ctx: &Ctx, t: Option<usize>) -> Option<(NaiveDate, NaiveDate)> {
    let t = &ctx.a.times[t?];
    window(t.value.as_deref(), &t.relation, ctx.pubd)
}

pub(crate) fn quant_view(ctx: &Ctx, qs: &[usize]) -> ClaimView {
    ClaimView {
        kind: String::new(),
        agent_parties: vec![],
        place_key: None,
        date: None,
        polarity: "affirm".into(),
        modality: "actual".into(),
        quantities: qs
            .iter()
            .map(|&q| {
                let q = &ctx.a.quantities[q];
                (q.value, q.unit.clone(), q.of.clone())
            })
            .collect(),
        quantity_bounds: qs
            .iter()
            .map(|&q| quantity_bound(&ctx.a.quantities[q].text).to_string())
            .collect(),
    }
}

/// One proposition per event or state: a mention joins the most fitting earlier proposition of
/// its type (or, for a bare "the attack", of its family) with compatible agents, place, time and
/// numbers.
pub(crate) fn merge(ctx: &Ctx, ms: &mut [Mention]) -> Vec<Proposition> {
    let mut props: Vec<PropB> = Vec::new();
    let mut order: Vec<usize> = (0..ms.len()).filter(|&i| !ms[i].drop).collect();
    order.sort_by_key(|&i| ms[i].ti);
    for &i in &order {
        let m = &ms[i];
        let parties = if m.guessed {
            BTreeSet::new()
        } else if m.agents.is_empty() {
            m.nisba.iter().cloned().collect()
        } else {
            parties_of(ctx, &m.agents)
        };
        let pk = m
            .place
            .and_then(|e| place_key(ctx.a, &ctx.a.entities[e].id));
        let win = time_window(ctx, m.time);
        let bare = m.agents.is_empty() && m.place.is_none() && m.targets.is_empty();
        let backref = bare && m.definite;
        let future = matches!(m.modality, Modality::Planned | Modality::Intended);
        let mut best: Option<(usize, (u8, u8, u8, usize))> = None;
        for (pi, p) in props.iter().enumerate() {
            let kind_ok = p.kind == m.kind
                || (backref
                    && family(p.kind.as_str()) == family(m.kind.as_str())
                    && family(m.kind.as_str()) != m.kind.as_str());
            // What is promised or intended is another thing than what happened.
            if !kind_ok || p.future != future {
                continue;
            }
            if !parties.is_empty() && !p.parties.is_empty() && parties.is_disjoint(&p.parties) {
                continue;
            }
            if let (Some(a), Some(b)) = (&pk, &p.place_key) {
                if a != b {
                    continue;
                }
            }
            if let (Some(a), Some(b)) = (win, p.window) {
                if !(a.0 <= b.1 && b.0 <= a.1) {
                    continue;
                }
            }
            if !m.quants.is_empty()
                && !p.quants.is_empty()
                && values_clash(&quant_view(ctx, &m.quants), &quant_view(ctx, &p.quants))
            {
                continue;
            }
            let score = (
                u8::from(p.kind == m.kind),
                u8::from(pk.is_some() && pk == p.place_key),
                u8::from(!parties.is_disjoint(&p.parties)),
                p.last,
            );
            if best.as_ref().is_none_or(|(_, s)| score > *s) {
                best = Some((pi, score));
            }
        }
        match best {
            Some((pi, _)) => {
                let p = &mut props[pi];
                let guessed_extra = m.guessed && !p.agents.is_empty();
                if m.agents.is_empty() && !m.guessed {
                    p.nisba.extend(m.nisba.iter().cloned());
                }
                p.parties.extend(parties);
                for &a in m.agents.iter().filter(|_| !guessed_extra) {
                    let party = ctx.party(a);
                    if !p
                        .agents
                        .iter()
                        .any(|&x| x == a || (party.is_some() && ctx.party(x) == party))
                    {
                        p.agents.push(a);
                    }
                }
                if p.targets.is_empty() {
                    p.targets = m.targets.clone();
                }
                if p.partners.is_empty() {
                    p.partners = m.partners.clone();
                }
                if p.place.is_none() {
                    p.place = m.place;
                    p.place_key = pk;
                }
                if p.time.is_none() {
                    p.time = m.time;
                    p.window = win;
                }
                for &q in &m.quants {
                    if !p.quants.contains(&q) {
                        p.quants.push(q);
                    }
                }
                p.last = m.ti;
                ms[i].prop = pi;
            }
            None => {
                props.push(PropB {
                    kind: m.kind,
                    parties: if m.agents.is_empty() {
                        parties.clone()
                    } else {
                        parties_of(ctx, &m.agents)
                    },
                    nisba: if m.agents.is_empty() && !m.guessed {
                        m.nisba.iter().cloned().collect()
                    } else {
                        BTreeSet::new()
                    },
                    agents: m.agents.clone(),
                    targets: m.targets.clone(),
                    partners: m.partners.clone(),
                    place: m.place,
                    place_key: pk,
                    time: m.time,
                    window: win,
                    quants: m.quants.clone(),
                    trigger: i,
                    last: m.ti,
                    future,
                });
                ms[i].prop = props.len() - 1;
            }
        }
    }
    let w = ctx.words;
    props
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let m = &ms[p.trigger];
            let role = |r: &str, e: usize| Role {
                role: r.to_string(),
                entity: Some(ctx.a.entities[e].id.clone()),
                party: ctx.party(e),
            };
            let mut actors: Vec<Role> = p.agents.iter().map(|&e| role("agent", e)).collect();
            // A party written only as an adjective of the event (غارات جوية روسية).
            for party in &p.nisba {
                if !actors.iter().any(|r| r.party.as_ref() == Some(party)) {
                    actors.push(Role {
                        role: "agent".into(),
                        entity: None,
                        party: Some(party.clone()),
                    });
                }
            }
            actors.extend(p.targets.iter().map(|&e| role("target", e)));
            actors.extend(p.partners.iter().map(|&e| role("partner", e)));
            let parties: Vec<String> = p.parties.iter().cloned().collect();
            let civilian = p.targets.is_empty() && {
                let (lo, hi) = (m.ti, (m.cont + 6).min(ctx.toks.len().saturating_sub(1)));
                (lo..=hi).any(|k| {
                    w.list(C::Civilian)
                        .iter()
                        .any(|c| ctx.w(k).contains(c.as_str()))
                })
            };
            Proposition {
                id: format!("p{}", pi + 1),
                kind: p.kind.as_str().to_string(),
                actors,
                place: p.place.map(|e| ctx.a.entities[e].id.clone()),
                time: p.time.map(|t| ctx.a.times[t].id.clone()),
                quantities: p
                    .quants
                    .iter()
                    .map(|&q| ctx.a.quantities[q].id.clone())
                    .collect(),
                trigger: SpanRef {
                    text: m.text.clone(),
                    span: m.span,
                    entity: None,
                },
                acled: acled_for(p.kind.as_str(), &parties, civilian, &fold(&m.text)),
                plover: plover(p.kind.as_str()).map(str::to_string),
                rules: vec![],
            }
        })
        .collect()
}

pub(crate) fn run(env: &Env, st: &mut State) {
    st.props = merge(env.ctx, &mut st.ms);
}
