//! Pass `arguments`: agents, targets, partners, place, time and quantities of each mention, then
//! the mentions that are no events after all are dropped. The agent rules are in `agents.rs`,
//! the place rules in `place.rs`, time and quantities in `time.rs`; each rule that fires adds its
//! id to the mention's trace.

use crate::context::{member, no_conj, region, Ctx};
use crate::map::family;
use crate::mention::Mention;
use crate::mention::Modality;
use crate::passes::agents::{self, Frame};
use crate::passes::place::{self, locative};
use crate::passes::sense;
use crate::passes::time;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;
use isnad_text::fold;

pub(crate) fn arguments(ctx: &Ctx, ms: &mut [Mention], mi: usize) {
    let w = ctx.words;
    if ms[mi].instrument {
        // Aircraft and guns name the means of a strike (الطائرات عادت إلى مطاراتها), not a strike;
        // the strike's own words (قصفت، الضربة) carry it.
        ms[mi].drop = true;
        return;
    }
    let (lo, hi) = region(ctx, &ms[mi]);
    let m = ms[mi].clone();
    // The words after the trigger up to the end of its clause.
    let mut win: Vec<usize> = Vec::new();
    let mut plain = 0;
    let mut k = m.cont;
    let in_time = |j: usize| {
        ctx.time_tok
            .iter()
            .flatten()
            .any(|&(a0, a1)| a0 <= j && j <= a1)
    };
    let mut pass_punct_at = usize::MAX;
    loop {
        if k >= hi {
            break;
        }
        if ctx.punct[k] && k != pass_punct_at {
            // Skip a time adverbial set off by commas: توغلت، منذ فجر اليوم، في ...
            let mut j = k + 1;
            while j <= hi && in_time(j) && !ctx.punct[j] {
                j += 1;
            }
            if j <= hi && in_time(j) && ctx.punct[j] {
                pass_punct_at = j;
                k = j;
                continue;
            }
            break;
        }
        k += 1;
        let t = ctx.w(k);
        if w.has(C::Relative, t) && k > m.cont + 1 {
            break;
        }
        if ms.iter().any(|o| !o.drop && o.ti == k && o.ti > m.tj) && !win.is_empty() {
            // The next event's words are its own (but a genitive actor right after stays ours).
            break;
        }
        win.push(k);
        if ctx.ent_at[k].is_none() {
            plain += 1;
            if plain > 12 {
                break;
            }
        }
    }
    let first_person = {
        let word = no_conj(ctx.w(m.ti));
        let verbish = |x: &str| {
            let x = x.strip_prefix('س').unwrap_or(x);
            x.starts_with('ن') && x.chars().count() >= 4
        };
        (m.verb && verbish(word) && m.prefix.contains('س'))
            || (!m.verb
                && m.ti > lo
                && verbish(no_conj(ctx.w(m.ti - 1)))
                && ctx.w(m.ti - 1).starts_with("سن"))
            || fold(&m.text).starts_with("سن")
    };
    let source_entity = m.claimant.and_then(|c| {
        let id = ctx.a.statements[c].source.entity.as_deref()?;
        ctx.a.entities.iter().position(|e| e.id == id)
    });
    // A verb form after an attempt noun is a verbal noun (محاولة تقدم لتنظيم داعش): its agent is
    // the genitive after it, not the subject of the sentence (أفشل الجيش محاولة تقدم …).
    let attempt = m.verb && m.ti > lo && w.has(C::AttemptNoun, no_conj(ctx.w(m.ti - 1)));
    let frame = Frame {
        m: &m,
        before: &ms[..mi],
        win: &win,
        lo,
        hi,
        verb: m.verb && !attempt,
        first_person,
        source_entity,
    };
    let (mut agents, agent_rule) = agents::agents(ctx, &frame);
    let guessed_agent = agent_rule.is_some_and(|r| r.guess);
    agents.dedup();
    // Rule `target.first_actor_after`: قصفت الطائرات مواقع «تنظيم داعش».
    let mut targets: Vec<usize> = vec![];
    if matches!(
        m.kind,
        K::Attack
            | K::Airstrike
            | K::Shelling
            | K::Bombing
            | K::Siege
            | K::Arrest
            | K::Shootdown
            | K::Capture
    ) {
        for &i in &win {
            if let Some(e) = ctx.ent_starting(i) {
                let placed = ctx.is_place(e) && locative(ctx, m.kind.as_str(), i, e, lo);
                if ctx.is_actor(e) && !agents.contains(&e) && ctx.party(e).is_some() && !placed {
                    targets.push(e);
                    break;
                }
            }
        }
    }
    // Rule `partner.first_actor_after`: وقعت تركيا اتفاقا مع «روسيا»، أرسلت دعما لـ«الفصائل».
    let mut partners: Vec<usize> = m.partners.clone();
    let given_partners = !partners.is_empty();
    if partners.is_empty() && matches!(m.kind, K::Support | K::Agreement | K::Deployment) {
        for &i in &win {
            if let Some(e) = ctx.ent_starting(i) {
                let t = no_conj(ctx.w(i));
                let prev = if i > 0 { no_conj(ctx.w(i - 1)) } else { "" };
                if ctx.is_actor(e)
                    && !agents.contains(&e)
                    && (t.starts_with('ل') || w.has(C::WithPrep, prev) || m.kind == K::Support)
                {
                    partners.push(e);
                    break;
                }
            }
        }
    }
    let (place, pron_place, place_rule) = place::place_of(ctx, &m, &win, lo, &agents, &targets);
    let time = time::time_of(ctx, &m);
    let quants = time::quantities_of(ctx, &m, &win, lo);
    // Presupposed: بعد سيطرتها عليها (a background event of a temporal clause).
    let presupposed = m.ti > lo && w.has(C::Presupposing, ctx.w(m.ti - 1));
    let topic = m.ti > 0 && member(w, C::Topic, ctx.w(m.ti - 1));
    let demonstrative = m.ti > 0 && member(w, C::Demonstrative, ctx.w(m.ti - 1));
    // Movement of residents (دخول الأهالي، خروج السكان) is displacement, not a military move.
    let civilian_subject = win.first().is_some_and(|&i| {
        let t = no_conj(ctx.w(i));
        w.list(C::Civilian).iter().any(|c| t.contains(c.as_str()))
    });
    let mm = &mut ms[mi];
    let mut converted = false;
    if matches!(mm.kind, K::Capture | K::Withdrawal | K::Advance)
        && civilian_subject
        && agents.iter().all(|&e| ctx.party(e).is_none())
    {
        mm.kind = K::Displacement;
        agents.clear();
        converted = true;
        mm.rules.push("kind.civilian_movement");
    }
    // A territorial verb with neither a place nor a subject of its own is not about territory
    // (النزاع يدخل فصله الأخير).
    if mm.verb
        && family(mm.kind.as_str()) == "territory"
        && place.is_none()
        && (agents.is_empty() || guessed_agent)
        && !pron_place
        && mm.modality != Modality::Retake
    {
        mm.drop = true;
        return;
    }
    // Words with an everyday sense (الدخول في مفاوضات، وصل الوفد، يتحكم في المال، حشد التأييد) are
    // events only with a place.
    let weak = {
        let f = fold(&mm.text);
        let f = no_conj(&f);
        let f = f
            .strip_prefix("ال")
            .or_else(|| f.strip_prefix('ل'))
            .unwrap_or(f);
        // The future prefix: ستتصدى is تتصدى.
        let f = f
            .strip_prefix('س')
            .filter(|r| r.starts_with(['ي', 'ت', 'ن']) && r.chars().count() >= 4)
            .unwrap_or(f);
        member(w, C::Weak, f)
    };
    // السيطرة على المناطق المنتجة للنفط: control over something that is not a known place.
    let unplaced_object = family(mm.kind.as_str()) == "territory"
        && win.first().is_some_and(|&i| w.has(C::OnPrep, ctx.w(i)))
        && win.get(1).is_some_and(|&i| ctx.ent_at[i].is_none());
    let is_retake = mm.retake && no_conj(&mm.prefix).starts_with('ل');
    let weak = weak && !converted;
    if place.is_none()
        && !pron_place
        && !is_retake
        && (weak || unplaced_object || (mm.kind == K::Control && !mm.definite))
    {
        mm.drop = true;
        return;
    }
    if sense::talks_visit(ctx, mm)
        || sense::movement_without_force(ctx, mm, &agents)
        || sense::withdrawal_without_force(ctx, mm)
    {
        mm.drop = true;
        return;
    }
    // The trace: which rules gave the mention its arguments.
    if let Some(r) = agent_rule.filter(|_| !agents.is_empty()) {
        mm.rules.push(r.id);
    }
    if !targets.is_empty() {
        mm.rules.push("target.first_actor_after");
    }
    if !partners.is_empty() && !given_partners {
        mm.rules.push("partner.first_actor_after");
    }
    mm.rules.extend(place_rule);
    if time.is_some() {
        mm.rules.push("time.nearest_in_sentence");
    }
    if quants.len() > mm.quants.len() {
        mm.rules.push("quantity.in_clause");
    }
    mm.agents = agents;
    mm.targets = targets;
    mm.partners = partners;
    mm.place = place;
    mm.time = time;
    mm.quants = quants;
    mm.presupposed = presupposed;
    mm.topic = topic;
    mm.first_person = first_person;
    mm.guessed = guessed_agent;
    if demonstrative {
        mm.definite = true;
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    let ms = &mut st.ms;
    ms.sort_by_key(|m| (m.ti, m.tj));
    for i in 0..ms.len() {
        if ms[i].drop {
            continue;
        }
        arguments(env.ctx, ms, i);
    }
}
