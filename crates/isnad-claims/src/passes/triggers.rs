//! Pass `triggers`: every trigger word of the lexicon becomes a mention.

use crate::context::{contains_any, Ctx};
use crate::lexicon::TriggerLex;
use crate::mention::Mention;
use crate::mention::Modality;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;
use isnad_text::{fold, Normalized};

pub(crate) fn find_mentions(
    ctx: &Ctx,
    n: &Normalized,
    hits: &isnad_lexicon::DocHits,
    tl: &TriggerLex,
) -> Vec<Mention> {
    let f = n.folded();
    let mut out: Vec<Mention> = Vec::new();
    for h in hits.find(&tl.matcher, ctx.view).iter() {
        let (s, e) = n.orig_span(h.word_start, h.word_end);
        let Some(ti) = Some(ctx.toks.partition_point(|t| t.e <= s)).filter(|&i| i < ctx.toks.len())
        else {
            continue;
        };
        let tj = ctx.last_tok_before(e).unwrap_or(ti).max(ti);
        // Trigger words inside a name (تحرير in هيئة تحرير الشام) are not events.
        if ctx.a.entities.iter().any(|en| {
            en.span[0] <= s && e <= en.span[1] && matches!(en.kind.as_str(), "ORG" | "PER" | "FAC")
        }) {
            continue;
        }
        // هيئة تحرير الشام written short (تحرير الشام) is a name, not a liberation.
        let folded = fold(n.orig_text(s, e));
        let w = ctx.words;
        if w.list(C::TriggerInName)
            .iter()
            .any(|x| folded.ends_with(x.as_str()))
            && ctx
                .toks
                .get(tj + 1)
                .is_some_and(|t| w.has(C::NameRest, t.f))
        {
            continue;
        }
        let enclitic = h.word_end > h.end;
        let cands: Vec<&crate::lexicon::Trig> = h
            .entries
            .iter()
            .filter_map(|&i| tl.entries.get(i))
            .collect();
        if cands.is_empty() {
            continue;
        }
        // One spelling, several readings (سيطرت: a verb, or سيطرة before a pronoun).
        let pick = if enclitic {
            cands.iter().find(|t| !t.verb).or(cands.first())
        } else {
            cands.iter().find(|t| t.verb).or(cands.first())
        };
        let Some(t) = pick else { continue };
        // A verb takes ني, not ي, for "me": تركي and تركية are "Turkish", not ترك + a pronoun.
        // An event noun + ي is a nisba adjective far more often than "my …" in news: الاجتماعي
        // (social), الهجومي، القتالي; with the article it cannot be a possessive at all.
        if enclitic && matches!(&f[h.end..h.word_end], "ي" | "يه" | "يا" | "ين") {
            continue;
        }
        let prefix = f[h.word_start..h.start].to_string();
        let word = &f[h.word_start..h.end];
        let definite = prefix.ends_with("ال")
            || f[h.start..].starts_with("ال")
            || prefix.ends_with("لل")
            || word.contains("ال") && prefix.is_empty() && f[h.start..h.end].starts_with("ال");
        let retake = cands.iter().any(|c| c.retake);
        let manner = cands.iter().any(|c| c.manner);
        let text = n.orig_text(s, e).to_string();
        let (cs, ce) = n.orig_span(h.start, h.end);
        out.push(Mention {
            kind: t.kind,
            verb: t.verb,
            ti,
            tj,
            cont: tj,
            span: [s, e],
            core: [cs, ce],
            text,
            prefix,
            enclitic,
            retake,
            manner,
            agents: vec![],
            targets: vec![],
            partners: vec![],
            place: None,
            time: None,
            quants: vec![],
            claimant: None,
            negated: false,
            modality: Modality::Actual,
            presupposed: false,
            topic: false,
            definite,
            drop: false,
            first_person: false,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
            rules: vec!["trigger.lexicon"],
        });
    }
    // قصف is a strike from the air or from the ground: the words around it say which.
    let w = ctx.words;
    for m in out.iter_mut() {
        let ft = fold(&m.text);
        if !m.verb && contains_any(ctx.words.list(C::Instrument), &ft) {
            m.instrument = true;
        }
        aircraft_sense(ctx, m, &ft);
        if m.kind == K::Shelling || m.kind == K::Airstrike {
            let lo = m.ti.saturating_sub(5);
            let hi = (m.tj + 5).min(ctx.toks.len().saturating_sub(1));
            let near = |list: &[String]| {
                (lo..=hi).any(|k| {
                    k != m.ti && ctx.sent.get(k) == ctx.sent.get(m.ti) && {
                        let t = ctx.w(k);
                        list.iter().any(|x| t.contains(x.as_str()))
                    }
                })
            };
            if m.kind == K::Shelling
                && contains_any(w.list(C::BombardStem), &ft)
                && near(w.list(C::Aircraft))
            {
                m.kind = K::Airstrike;
                m.rules.push("kind.aircraft_near");
            } else if m.kind == K::Airstrike
                && contains_any(w.list(C::StrikeStem), &ft)
                && near(w.list(C::Artillery))
            {
                m.kind = K::Shelling;
                m.rules.push("kind.artillery_near");
            }
        }
    }
    out
}

/// Rules `kind.aircraft_hit` and `kind.downed_needs_aircraft`: to down or hit an aircraft is a
/// shootdown (أسقطت المعارضة طائرة، ردّ بأنه أصاب إحدى الطائرات، أي طائرات لم تصب); without an
/// aircraft near, «downing» is of a regime or a bet (إسقاط النظام، أسقط هذا الرهان) and «hit» a
/// house (أصابت القذيفة منزلاً): no shootdown. `ft` is the folded trigger.
fn aircraft_sense(ctx: &Ctx, m: &mut Mention, ft: &str) {
    let w = ctx.words;
    let hit = m.kind == K::Casualties && contains_any(w.list(C::HitStem), ft);
    if m.kind != K::Shootdown && !hit {
        return;
    }
    // What was hit follows the verb; before it, only for a shootdown form (أي طائرات لم تصب):
    // in «طائرات … وأصيب مدنيون» the aircraft are the attackers. A verb's subject may stand
    // before its object (أسقطت الدفاعات الجوية السورية طائرة). The same clause.
    let shootdown = m.kind == K::Shootdown;
    let lo = if shootdown {
        m.ti.saturating_sub(3)
    } else {
        m.ti
    };
    let reach = if shootdown && m.verb { 6 } else { 2 };
    let hi = (m.tj + reach).min(ctx.toks.len().saturating_sub(1));
    let craft = (lo..=hi).any(|k| {
        ctx.sent.get(k) == ctx.sent.get(m.ti)
            && !(k.min(m.ti)..k.max(m.tj)).any(|j| ctx.punct[j])
            && contains_any(w.list(C::Craft), ctx.w(k))
    });
    if craft && hit {
        m.kind = K::Shootdown;
        m.rules.push("kind.aircraft_hit");
    } else if !craft && shootdown {
        m.drop = true;
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    st.ms = find_mentions(env.ctx, env.n, env.hits, env.trig);
}
