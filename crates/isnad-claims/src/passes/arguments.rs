//! Pass `arguments`: agents, targets, partners, place, time and quantities of each mention.

use crate::context::{
    conjoined, member, nearest_actor_before, nearest_place_before, no_conj, region, Ctx,
};
use crate::map::family;
use crate::mention::Mention;
use crate::passes::place::locative;
use crate::passes::place_model;
use crate::pipeline::{Env, State};
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
    let mut agents: Vec<usize> = m.agents.clone();
    let mut guessed_agent = false;
    let mut targets: Vec<usize> = vec![];
    let mut partners: Vec<usize> = m.partners.clone();
    let after_prep = |i: usize| -> bool {
        if i == 0 {
            return false;
        }
        let t = ctx.w(i);
        let prev = ctx.w(i - 1);
        member(w, C::Preposition, prev)
            || (t.starts_with("ل") && !t.starts_with("ال"))
            || t.starts_with("ب")
    };
    let source_entity = m.claimant.and_then(|c| {
        let id = ctx.a.statements[c].source.entity.as_deref()?;
        ctx.a.entities.iter().position(|e| e.id == id)
    });
    if agents.is_empty() && m.kind == "clash" {
        // اشتباكات بين قوات النظام وتنظيم داعش: every side is an agent.
        for &i in &win {
            if let Some(e) = ctx.ent_starting(i) {
                if ctx.is_actor(e) && ctx.party(e).is_some() {
                    agents.push(e);
                }
            }
        }
    }
    if agents.is_empty() && first_person {
        if let Some(s) = source_entity {
            agents.push(s);
        }
    }
    // A verb form after an attempt noun is a verbal noun (محاولة تقدم لتنظيم داعش): its agent is
    // the genitive after it, not the subject of the sentence (أفشل الجيش محاولة تقدم …).
    let attempt = m.verb && m.ti > lo && w.has(C::AttemptNoun, no_conj(ctx.w(m.ti - 1)));
    let verb = m.verb && !attempt;
    // بيد قوات سوريا الديمقراطية: the trigger's last word opens the holder's name.
    if agents.is_empty() && !m.verb {
        if let Some(e) = ctx.ent_at[m.tj] {
            let opens = ctx.ent_tok[e].is_some_and(|(f, _)| f > m.ti && f <= m.tj);
            if opens && ctx.is_actor(e) {
                agents = conjoined(ctx, e, hi);
            }
        }
    }
    if agents.is_empty() {
        if verb {
            // VSO: the first actor after the verb that no preposition governs.
            for &i in win.iter().take(4) {
                if let Some(e) = ctx.ent_starting(i) {
                    if ctx.is_actor(e) && !after_prep(i) {
                        agents = conjoined(ctx, e, hi);
                    }
                    if ctx.is_actor(e) {
                        break;
                    }
                }
            }
            // SVO: actors right before the verb.
            if agents.is_empty() && m.ti > lo && !ctx.punct[m.ti - 1] {
                if let Some(e) = ctx.ent_at[m.ti - 1] {
                    if ctx.is_actor(e) {
                        let mut first = e;
                        // Walk back over a chain joined by و.
                        while let Some((f, _)) = ctx.ent_tok[first] {
                            let prev = f
                                .checked_sub(1)
                                .filter(|&p| p >= lo && !ctx.punct[p])
                                .and_then(|p| ctx.ent_at[p]);
                            match prev {
                                Some(pe) if ctx.is_actor(pe) && ctx.w(f).starts_with('و') => {
                                    first = pe
                                }
                                _ => break,
                            }
                        }
                        agents = conjoined(ctx, first, m.ti - 1);
                    }
                }
            }
            // A verb joined by و to the previous one shares its subject (تركت ... وانسحبت).
            if agents.is_empty() && (m.prefix.starts_with('و') || m.prefix.starts_with('ف')) {
                if let Some(p) = ms[..mi].iter().rev().find(|p| {
                    !p.drop && ctx.sent.get(p.ti) == ctx.sent.get(m.ti) && !p.agents.is_empty()
                }) {
                    agents = p.agents.clone();
                }
            }
        } else if let Some(&i) = win.first() {
            // Genitive: انسحاب قوات النظام، هجوم لقوات النظام، تسلل لعناصر داعش.
            let members = w.has(C::MemberNoun, no_conj(ctx.w(i)).trim_start_matches('ل')) && ctx.ent_at[i].is_none()
                // (إمدادات لعناصر التنظيم: supplies for them, not by them)
                && (matches!(family(&m.kind), "violence" | "territory") || m.kind == "advance");
            let i = if members { i + 1 } else { i };
            if let Some(e) = ctx.ent_starting(i) {
                let t = ctx.w(i);
                let genitive = !member(w, C::Preposition, t) && !t.starts_with('ب');
                // وجه التحالف ضربات جوية للتنظيم: strikes directed *at* it.
                let aimed = t.starts_with('ل')
                    && m.ti > 0
                    && [ctx.w(m.ti - 1), no_conj(ctx.w(m.ti - 1))]
                        .iter()
                        .any(|v| w.has(C::AimedVerb, v));
                if ctx.is_actor(e) && genitive && !aimed && !matches!(m.kind.as_str(), "arrest") {
                    agents = conjoined(ctx, e, hi);
                }
            }
        }
        if agents.is_empty() && !m.verb && !m.enclitic {
            // The subject of a light verb before the noun: شنت قوات النظام، فجر اليوم، هجوما.
            let back = m.ti.saturating_sub(6).max(lo);
            let mut found = None;
            for i in (back..m.ti).rev() {
                if ms[..mi].iter().any(|p| !p.drop && p.ti <= i && i <= p.tj) {
                    break;
                }
                // أحبطت القوات العراقية محاولة تسلل …: who foils an attempt is not its agent.
                if w.has(C::FoilVerb, no_conj(ctx.w(i))) {
                    break;
                }
                if let Some(e) = ctx.ent_at[i] {
                    let mut first_tok = ctx.ent_tok[e].map_or(i, |r| r.0);
                    // An appositive («قوات سوريا الديمقراطية "قسد"») shares the preposition of
                    // the name it repeats: ثلاثة عناصر من قسد are victims, not the subject.
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
                    if ctx.is_actor(e)
                        && ctx.party(e).is_some()
                        && !after_prep(first_tok)
                        && !placed
                    {
                        found = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = found {
                let (f, _) = ctx.ent_tok[e].unwrap_or((m.ti, m.ti));
                // Take the whole chain the found actor ends.
                let mut first = e;
                let mut fi = f;
                while fi > back {
                    match ctx.ent_at[fi - 1] {
                        Some(pe) if ctx.is_actor(pe) && ctx.w(fi).starts_with('و') => {
                            first = pe;
                            fi = ctx.ent_tok[pe].map_or(fi, |r| r.0);
                        }
                        _ => break,
                    }
                }
                agents = conjoined(ctx, first, m.ti);
                agents.retain(|&x| ctx.ent_tok[x].is_some_and(|r| r.1 < m.ti));
            }
        }
        // انفجرت سيارة مفخخة، نزح آلاف المدنيين، وصلت تعزيزات: the noun after these verbs is
        // their subject, so there is no pronoun subject to look back for.
        let own_subject = verb
            && w.has(C::Intransitive, no_conj(ctx.w(m.ti)))
            && win
                .first()
                .is_some_and(|&i| !after_prep(i) && ctx.ent_at[i].is_none() && !ctx.punct[m.tj]);
        if agents.is_empty() && (m.enclitic || verb) && !own_subject {
            // A pronoun subject or possessor: the last actor named before.
            if let Some(e) = nearest_actor_before(ctx, m.ti, 30) {
                agents.push(e);
                guessed_agent = true;
            }
        }
    }
    agents.dedup();
    // Target: the first other actor after the trigger.
    if matches!(
        m.kind.as_str(),
        "attack"
            | "airstrike"
            | "shelling"
            | "bombing"
            | "siege"
            | "arrest"
            | "shootdown"
            | "capture"
    ) {
        for &i in &win {
            if let Some(e) = ctx.ent_starting(i) {
                let placed = ctx.is_place(e) && locative(ctx, &m.kind, i, e, lo);
                if ctx.is_actor(e) && !agents.contains(&e) && ctx.party(e).is_some() && !placed {
                    targets.push(e);
                    break;
                }
            }
        }
    }
    if partners.is_empty() && matches!(m.kind.as_str(), "support" | "agreement" | "deployment") {
        for &i in &win {
            if let Some(e) = ctx.ent_starting(i) {
                let t = no_conj(ctx.w(i));
                let prev = if i > 0 { no_conj(ctx.w(i - 1)) } else { "" };
                if ctx.is_actor(e)
                    && !agents.contains(&e)
                    && (t.starts_with('ل') || prev == "مع" || m.kind == "support")
                {
                    partners.push(e);
                    break;
                }
            }
        }
    }
    // Place.
    let mut place = None;
    let mut country = None;
    for (n_i, &i) in win.iter().enumerate() {
        let Some(e) = ctx.ent_starting(i) else {
            continue;
        };
        if !ctx.is_place(e) || agents.contains(&e) || targets.contains(&e) {
            continue;
        }
        let direct = m.verb
            && n_i <= 3
            && matches!(
                m.kind.as_str(),
                "capture"
                    | "withdrawal"
                    | "attack"
                    | "airstrike"
                    | "shelling"
                    | "advance"
                    | "control"
                    | "siege"
            )
            && !after_prep(i)
            && (m.cont + 1..i).all(|k| {
                ctx.ent_at[k].is_some()
                    || member(w, C::Classifier, ctx.w(k))
                    || w.has(C::PronounWord, ctx.w(k))
            });
        if direct || locative(ctx, &m.kind, i, e, lo) {
            if ctx.is_country(e) {
                country.get_or_insert(e);
                continue;
            }
            place = Some(e);
            break;
        }
    }
    let pron_place = win
        .iter()
        .take(2)
        .any(|&i| member(w, C::PlacePronoun, ctx.w(i)));
    let city_anaphor_after = win
        .iter()
        .take(4)
        .any(|&i| member(w, C::CityAnaphor, ctx.w(i)));
    let city_anaphor_before = m.ti > lo
        && (m.ti.saturating_sub(2).max(lo)..m.ti).any(|i| member(w, C::CityAnaphor, ctx.w(i)));
    if place.is_none()
        && (pron_place || city_anaphor_after || (m.kind == "control" && city_anaphor_before))
    {
        place = nearest_place_before(ctx, m.ti, 60);
    }
    if place.is_none() && m.kind == "control" && m.ti > lo {
        // A topicalised place: البوكمال تسيطر عليها ...
        if let Some(e) = ctx.ent_at[m.ti - 1] {
            if ctx.is_place(e) && !ctx.is_country(e) {
                place = Some(e);
            }
        }
    }
    let place = place_model::choose(
        ctx,
        &m,
        &win,
        lo,
        place.or(country),
        &[agents.as_slice(), targets.as_slice()].concat(),
    );
    // Time: the nearest time expression in the sentence.
    let sid = ctx.sent.get(m.ti).copied();
    let mut time = None;
    let mut best = usize::MAX;
    for (ti, r) in ctx.time_tok.iter().enumerate() {
        let Some((a0, a1)) = *r else { continue };
        if ctx.sent.get(a0).copied() != sid {
            continue;
        }
        let d = if a0 > m.tj {
            a0 - m.tj
        } else {
            m.ti.saturating_sub(a1) + 1
        };
        if d < best && d <= 15 {
            best = d;
            time = Some(ti);
        }
    }
    // Quantities in the clause (distances, aircraft) and a counted subject right before.
    let mut quants = m.quants.clone();
    for (qi, r) in ctx.quant_tok.iter().enumerate() {
        let Some((a0, _)) = *r else { continue };
        let q = &ctx.a.quantities[qi];
        if matches!(q.of.as_deref(), Some("killed" | "wounded" | "captured")) {
            continue;
        }
        let inside = win.contains(&a0)
            || (a0 < m.ti && a0 + 6 >= m.ti && a0 >= lo && (a0..m.ti).all(|k| !ctx.punct[k]));
        if inside && !quants.contains(&qi) {
            quants.push(qi);
        }
    }
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
    if matches!(mm.kind.as_str(), "capture" | "withdrawal" | "advance")
        && civilian_subject
        && agents.iter().all(|&e| ctx.party(e).is_none())
    {
        mm.kind = "displacement".into();
        agents.clear();
        converted = true;
    }
    // A territorial verb with neither a place nor a subject of its own is not about territory
    // (النزاع يدخل فصله الأخير).
    if mm.verb
        && family(&mm.kind) == "territory"
        && place.is_none()
        && (agents.is_empty() || guessed_agent)
        && !pron_place
        && mm.modality != "retake"
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
    let unplaced_object = family(&mm.kind) == "territory"
        && win.first().is_some_and(|&i| ctx.w(i) == "علي")
        && win.get(1).is_some_and(|&i| ctx.ent_at[i].is_none());
    let is_retake = mm.retake && no_conj(&mm.prefix).starts_with('ل');
    let weak = weak && !converted;
    if place.is_none()
        && !pron_place
        && !is_retake
        && (weak || unplaced_object || (mm.kind == "control" && !mm.definite))
    {
        mm.drop = true;
        return;
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
