//! The agent rules of pass `arguments`, in priority order: the first rule that finds an agent
//! wins, and its id goes into the mention's trace. Each rule's doc comment has an example (the
//! agent in «…»); `tests/rules.rs` has a test of its own for each.

use crate::context::{conjoined, member, nearest_actor_before, no_conj, Ctx};
use crate::map::family;
use crate::mention::Mention;
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;

/// What the agent rules read about one mention.
pub(crate) struct Frame<'a> {
    pub(crate) m: &'a Mention,
    /// The mentions before this one in text order (their agents are already read).
    pub(crate) before: &'a [Mention],
    /// The words after the trigger up to the end of its clause.
    pub(crate) win: &'a [usize],
    /// The token range arguments are read from (statement content, else sentence).
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// A verb trigger that is not a verbal noun after an attempt noun.
    pub(crate) verb: bool,
    /// A first-person verb (سنقدم): the speaker is the agent.
    pub(crate) first_person: bool,
    /// The entity of the statement's source.
    pub(crate) source_entity: Option<usize>,
}

pub(crate) struct Rule {
    pub(crate) id: &'static str,
    pub(crate) find: fn(&Ctx, &Frame) -> Vec<usize>,
    /// The agent is only a guess (a pronoun subject): weak evidence when mentions merge.
    pub(crate) guess: bool,
}

const fn rule(id: &'static str, find: fn(&Ctx, &Frame) -> Vec<usize>) -> Rule {
    Rule {
        id,
        find,
        guess: false,
    }
}

/// The agent rules, first match wins.
pub(crate) const AGENT_RULES: &[Rule] = &[
    rule("agent.given", given),
    rule("agent.clash_sides", clash_sides),
    rule("agent.first_person", first_person),
    rule("agent.holder_in_trigger", holder_in_trigger),
    rule("agent.vso", vso),
    rule("agent.svo", svo),
    rule("agent.shared_subject", shared_subject),
    rule("agent.genitive", genitive),
    rule("agent.light_verb_subject", light_verb_subject),
    Rule {
        id: "agent.pronoun",
        find: pronoun,
        guess: true,
    },
];

/// The agents of a mention and the rule that found them.
pub(crate) fn agents(ctx: &Ctx, f: &Frame) -> (Vec<usize>, Option<&'static Rule>) {
    for r in AGENT_RULES {
        let a = (r.find)(ctx, f);
        if !a.is_empty() {
            return (a, Some(r));
        }
    }
    (vec![], None)
}

/// Whether token `i` is governed by a preposition (a word before, or ل / ب on it).
pub(crate) fn after_prep(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let t = ctx.w(i);
    let prev = ctx.w(i - 1);
    member(ctx.words, C::Preposition, prev)
        || (t.starts_with('ل') && !t.starts_with("ال"))
        || t.starts_with('ب')
}

/// Set by the pass that made the mention: «تعهدت روسيا» بدعم النظام (a promise of support).
fn given(_ctx: &Ctx, f: &Frame) -> Vec<usize> {
    f.m.agents.clone()
}

/// اشتباكات بين «قوات النظام» و«تنظيم داعش»: every side of a clash is an agent.
fn clash_sides(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    if f.m.kind != K::Clash {
        return vec![];
    }
    f.win
        .iter()
        .filter_map(|&i| ctx.ent_starting(i))
        .filter(|&e| ctx.is_actor(e) && ctx.party(e).is_some())
        .collect()
}

/// قال «المتحدث» إننا سنقدم الدعم: a first-person verb has the speaker as agent.
fn first_person(_ctx: &Ctx, f: &Frame) -> Vec<usize> {
    match f.source_entity {
        Some(s) if f.first_person => vec![s],
        _ => vec![],
    }
}

/// سقطت البلدة بيد «قوات سوريا الديمقراطية»: the trigger's last word opens the holder's name.
fn holder_in_trigger(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let m = f.m;
    if m.verb {
        return vec![];
    }
    if let Some(e) = ctx.ent_at[m.tj] {
        let opens = ctx.ent_tok[e].is_some_and(|(s, _)| s > m.ti && s <= m.tj);
        if opens && ctx.is_actor(e) {
            return conjoined(ctx, e, f.hi);
        }
    }
    vec![]
}

/// انسحبت «القوات التركية» من البلدة: the first actor after the verb that no preposition governs.
fn vso(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    if !f.verb {
        return vec![];
    }
    for &i in f.win.iter().take(4) {
        if let Some(e) = ctx.ent_starting(i) {
            if ctx.is_actor(e) {
                if !after_prep(ctx, i) {
                    return conjoined(ctx, e, f.hi);
                }
                break;
            }
        }
    }
    vec![]
}

/// «الجيش» و«الحلفاء» انسحبوا من البلدة: actors right before the verb (a chain joined by و).
fn svo(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let (m, lo) = (f.m, f.lo);
    if !f.verb || m.ti <= lo || ctx.punct[m.ti - 1] {
        return vec![];
    }
    let Some(e) = ctx.ent_at[m.ti - 1].filter(|&e| ctx.is_actor(e)) else {
        return vec![];
    };
    let mut first = e;
    while let Some((s, _)) = ctx.ent_tok[first] {
        let prev = s
            .checked_sub(1)
            .filter(|&p| p >= lo && !ctx.punct[p])
            .and_then(|p| ctx.ent_at[p]);
        match prev {
            Some(pe) if ctx.is_actor(pe) && ctx.w(s).starts_with('و') => first = pe,
            _ => break,
        }
    }
    conjoined(ctx, first, m.ti - 1)
}

/// تركت «القوات» مواقعها وانسحبت: a verb joined by و / ف shares the previous verb's subject.
fn shared_subject(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let m = f.m;
    if !f.verb || !(m.prefix.starts_with('و') || m.prefix.starts_with('ف')) {
        return vec![];
    }
    f.before
        .iter()
        .rev()
        .find(|p| !p.drop && ctx.sent.get(p.ti) == ctx.sent.get(m.ti) && !p.agents.is_empty())
        .map(|p| p.agents.clone())
        .unwrap_or_default()
}

/// انسحاب «قوات النظام»، هجوم لـ«قوات النظام»، تسلل لعناصر «داعش»: the genitive after an event
/// noun (past a member noun). Not after an aiming verb: وجه التحالف ضربات للتنظيم aims at it.
fn genitive(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let (m, w) = (f.m, ctx.words);
    let Some(&i) = f.win.first().filter(|_| !f.verb) else {
        return vec![];
    };
    let members = w.has(C::MemberNoun, no_conj(ctx.w(i)).trim_start_matches('ل'))
        && ctx.ent_at[i].is_none()
        // (إمدادات لعناصر التنظيم: supplies for them, not by them)
        && (matches!(family(m.kind.as_str()), "violence" | "territory") || m.kind == K::Advance);
    let i = if members { i + 1 } else { i };
    let Some(e) = ctx.ent_starting(i) else {
        return vec![];
    };
    let t = ctx.w(i);
    let genitive = !member(w, C::Preposition, t) && !t.starts_with('ب');
    let aimed = t.starts_with('ل')
        && m.ti > 0
        && [ctx.w(m.ti - 1), no_conj(ctx.w(m.ti - 1))]
            .iter()
            .any(|v| w.has(C::AimedVerb, v));
    if ctx.is_actor(e) && genitive && !aimed && m.kind != K::Arrest {
        return conjoined(ctx, e, f.hi);
    }
    vec![]
}

/// شنت «قوات النظام»، فجر اليوم، هجوما: the subject of a light verb before an event noun. Who
/// foils an attempt is not its agent (أحبطت القوات محاولة تسلل).
fn light_verb_subject(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let (m, w) = (f.m, ctx.words);
    if m.verb || m.enclitic {
        return vec![];
    }
    let back = m.ti.saturating_sub(6).max(f.lo);
    let mut found = None;
    for i in (back..m.ti).rev() {
        if f.before.iter().any(|p| !p.drop && p.ti <= i && i <= p.tj) {
            break;
        }
        if w.has(C::FoilVerb, no_conj(ctx.w(i))) {
            break;
        }
        if let Some(e) = ctx.ent_at[i] {
            let mut first_tok = ctx.ent_tok[e].map_or(i, |r| r.0);
            // An appositive («قوات سوريا الديمقراطية "قسد"») shares the preposition of the name it
            // repeats: ثلاثة عناصر من قسد are victims, not the subject.
            while let Some(pe) = first_tok.checked_sub(1).and_then(|p| ctx.ent_at[p]) {
                if pe == e || ctx.party(pe).is_none() || ctx.party(pe) != ctx.party(e) {
                    break;
                }
                first_tok = ctx.ent_tok[pe].map_or(first_tok, |r| r.0);
            }
            let placed = ctx.is_place(e)
                && first_tok > 0
                && (member(w, C::Locative, ctx.w(first_tok - 1))
                    || ctx.w(first_tok).starts_with('و'));
            if ctx.is_actor(e) && ctx.party(e).is_some() && !after_prep(ctx, first_tok) && !placed {
                found = Some(e);
                break;
            }
        }
    }
    let Some(e) = found else {
        return vec![];
    };
    let (s, _) = ctx.ent_tok[e].unwrap_or((m.ti, m.ti));
    // Take the whole chain the found actor ends.
    let mut first = e;
    let mut fi = s;
    while fi > back {
        match ctx.ent_at[fi - 1] {
            Some(pe) if ctx.is_actor(pe) && ctx.w(fi).starts_with('و') => {
                first = pe;
                fi = ctx.ent_tok[pe].map_or(fi, |r| r.0);
            }
            _ => break,
        }
    }
    let mut agents = conjoined(ctx, first, m.ti);
    agents.retain(|&x| ctx.ent_tok[x].is_some_and(|r| r.1 < m.ti));
    agents
}

/// وصلت «القوات» إلى المدينة ثم انسحبت: a pronoun subject or possessor is the last actor named
/// before (a guess). Not for verbs whose following noun is their subject (انفجرت سيارة).
fn pronoun(ctx: &Ctx, f: &Frame) -> Vec<usize> {
    let m = f.m;
    let own_subject = f.verb
        && ctx.words.has(C::Intransitive, no_conj(ctx.w(m.ti)))
        && f.win
            .first()
            .is_some_and(|&i| !after_prep(ctx, i) && ctx.ent_at[i].is_none() && !ctx.punct[m.tj]);
    if !(m.enclitic || f.verb) || own_subject {
        return vec![];
    }
    nearest_actor_before(ctx, m.ti, 30).into_iter().collect()
}
