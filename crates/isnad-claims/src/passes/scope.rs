//! Passes `denials` and `scope`: which statements call their content false; negation and
//! modality markers over the trigger they govern.

use crate::context::{member, no_conj, region, starts_with_any, Ctx};
use crate::map::family;
use crate::mention::Modality as M;
use crate::mention::{markers, Marker, Mention};
use crate::pipeline::{Env, State};
use isnad_lexicon::Lexicons;
use isnad_lexicon::{MarkerValue as V, Scope, WordClass as C, WordClasses};
use isnad_text::fold;
use std::collections::HashSet;

/// Which statements say their content is false: a deny cue, or a falsity marker (لا أساس لها
/// من الصحة) whose innermost statement is this one.
pub(crate) fn statement_denies(ctx: &Ctx, pol: &[Marker], lex: &Lexicons) -> Vec<bool> {
    let mut out: Vec<bool> = ctx
        .a
        .statements
        .iter()
        .map(|s| {
            if s.cue.stance != "deny" {
                return false;
            }
            // A report quoted inside a denial (كل ما أعلنه التنظيم ... أقاويل) is not itself a
            // denial when its own cue word is a plain reporting verb: the outer statement denies.
            if s.embedded_in.is_some() {
                let f = fold(&s.cue.text);
                let stances: Vec<&str> = lex
                    .cue_matcher
                    .find(&f)
                    .iter()
                    .flat_map(|h| h.entries.iter())
                    .filter_map(|&i| lex.cues.get(i))
                    .map(|c| c.stance.as_str())
                    .collect();
                if !stances.is_empty() && !stances.contains(&"deny") {
                    return false;
                }
            }
            true
        })
        .collect();
    for mk in pol.iter().filter(|m| m.value == V::False) {
        let (s, e) = (ctx.toks[mk.ti].s, ctx.toks[mk.tj].e);
        let inner = ctx
            .a
            .statements
            .iter()
            .enumerate()
            .filter(|(_, st)| st.content.span[0] <= s && e <= st.content.span[1])
            .min_by_key(|(_, st)| st.content.span[1] - st.content.span[0])
            .map(|(i, _)| i);
        if let Some(mut i) = inner {
            // "All that ISIS announced, that the army left the city, is baseless propaganda": a
            // quoted report that runs to the end of its quoting statement shares its predicate;
            // the falsity is the quoting statement's verdict on the report.
            let st = &ctx.a.statements[i];
            if let Some(p) = st
                .embedded_in
                .as_deref()
                .and_then(|id| ctx.a.statements.iter().position(|x| x.id == id))
            {
                let pe = ctx.a.statements[p].content.span[1];
                if pe.abs_diff(st.content.span[1]) <= 2 && st.cue.stance != "deny" {
                    i = p;
                } else if pe.abs_diff(st.content.span[1]) <= 2 {
                    // The extractor may have read the verdict into the report's own stance.
                    out[i] = false;
                    i = p;
                }
            }
            out[i] = true;
        }
    }
    out
}

pub(crate) fn is_future_verb(words: &WordClasses, w: &str) -> bool {
    let w = no_conj(w);
    let Some(rest) = w.strip_prefix('س') else {
        return false;
    };
    if starts_with_any(words.list(C::NotFuture), w) {
        return false;
    }
    rest.chars().count() >= 3 && matches!(rest.chars().next(), Some('ي' | 'ت' | 'ن' | 'ا'))
}

/// Rule `polarity.outside_control`: control a place is «outside» of is denied control: القرى
/// «الخارجة عن» سيطرة قوات النظام، مناطق «خارج» سيطرة المعارضة (`outside` words; a preposition
/// such as عن may stand between).
fn outside_control(ctx: &Ctx, m: &Mention) -> bool {
    if m.kind != isnad_lexicon::EventType::Control || m.verb || m.ti == 0 {
        return false;
    }
    let outside = |k: usize| {
        let t = no_conj(ctx.w(k));
        let t = t
            .strip_prefix('ب')
            .or_else(|| t.strip_prefix('ل'))
            .unwrap_or(t);
        ctx.words.has(C::Outside, t) || ctx.words.has(C::Outside, no_conj(ctx.w(k)))
    };
    let same = |k: usize| ctx.sent.get(k) == ctx.sent.get(m.ti) && !ctx.punct[k];
    let prev = m.ti - 1;
    if same(prev) && outside(prev) {
        return true;
    }
    prev > 0
        && same(prev)
        && same(prev - 1)
        && ctx.words.has(C::Preposition, ctx.w(prev))
        && outside(prev - 1)
}

pub(crate) fn polarity_modality(
    ctx: &Ctx,
    m: &mut Mention,
    pol: &[Marker],
    moda: &[Marker],
    promises: &HashSet<usize>,
) {
    let same_clause = |from: usize, to: usize| (from..to).all(|k| !ctx.punct[k]);
    // Rule `modality.negated_promise`: what a party did not promise is denied as a plan, not
    // reported as done: «روسيا لم تتعهد بضمان انسحاب القوات الإيرانية» (the promise verb is no
    // statement when negated, so its words fall to the statement around it).
    let negated_promise = pol.iter().filter(|x| x.value == V::Neg).any(|mk| {
        let p = mk.tj + 1;
        promises.contains(&p) && p < m.ti && m.ti - p <= 4 && same_clause(mk.tj, m.ti)
    });
    if negated_promise {
        m.negated = true;
        m.modality = M::Planned;
        m.rules.push("modality.negated_promise");
        return;
    }
    if outside_control(ctx, m) {
        m.negated = true;
        m.rules.push("polarity.outside_control");
    }
    // Local negation right before the trigger: لم تنسحب، عدم انسحاب، لن تسيطر.
    let light = |k: usize| member(ctx.words, C::LightVerb, ctx.w(k));
    let exist = |k: usize| member(ctx.words, C::Existential, ctx.w(k));
    for mk in pol.iter().filter(|x| x.value == V::Neg) {
        if mk.tj < m.ti && m.ti - mk.tj <= 4 && same_clause(mk.tj, m.ti) {
            let t = mk.text.as_str();
            let adjacent = m.ti - mk.tj == 1;
            // Only a light verb may stand between: لم يتم القبض، لم تتوصل إلى اتفاق.
            let light_only = m.ti - mk.tj <= 2 && (mk.tj + 1..m.ti).all(light);
            // Rule `polarity.absence`: a negation reaches through «there is», «any», «occurrence
            // of» and at most one other word to the event it denies: لم تعد هناك مناطق تحت
            // سيطرة التنظيم، دون وقوع إصابات، ولم تدخل أي قافلة إغاثة.
            let between = mk.tj + 1..m.ti;
            let through = between.clone().any(exist)
                && between.filter(|&k| !exist(k) && !light(k)).count() <= 1;
            // عدم، غير، ما، دون negate only the word right after them (or through an existential).
            let ok = if ctx.words.has(C::AdjacentNegator, t) {
                adjacent || (through && t != "ما")
            } else {
                light_only || through
            };
            // لا سيما، لا يزال are not negations.
            let next = ctx.w(mk.tj + 1);
            // كما is not ك + ما: the negator must be its own word (a conjunction may precede it).
            let word = ctx.w(mk.ti);
            let own_word = mk.ti != mk.tj || word == t || no_conj(word) == t;
            let idiom = !own_word || t == "لا" && starts_with_any(ctx.words.list(C::LaIdiom), next);
            if ok && !idiom {
                m.negated = true;
                m.rules.push(if adjacent || light_only {
                    "polarity.negation"
                } else {
                    "polarity.absence"
                });
                if t == "لن" {
                    m.modality = M::Planned;
                }
            }
        }
    }
    let mut found: Vec<M> = Vec::new();
    for mk in moda {
        let before = mk.tj < m.ti || (mk.ti <= m.ti && m.ti <= mk.tj);
        // صدت، تصدت: the word that repels is the fighting itself, which did not fail (also
        // when the trigger phrase holds it: «تصدت الدفاعات الجوية»).
        let itself = mk.value == V::Failed && m.ti <= mk.ti && mk.tj <= m.tj;
        if !before || itself {
            continue;
        }
        let gap = m.ti.saturating_sub(mk.tj);
        let near = match mk.value {
            // Rule `modality.foiled_object_only`: a foiling verb (تصدت، أحبطت، صدت) makes the
            // event it governs fail («تصدت لهجوم»، «أحبطت محاولة تقدم»); a verb joined after it
            // by و/ف is the foiler's own deed («تصدت الدفاعات للعدوان وأسقطت طائرة»), which
            // happened. (The conjunction tells a new verb from a noun spelled like one: تقدم.)
            V::Failed
                if m.verb
                    && m.prefix.starts_with(['و', 'ف'])
                    && ctx.words.has(C::FoilVerb, no_conj(ctx.w(mk.ti))) =>
            {
                false
            }
            V::Failed => {
                gap <= 9
                    && ctx.sent.get(mk.ti) == ctx.sent.get(m.ti)
                    && same_clause(mk.tj.min(m.ti), m.ti)
                    // «لم تتمكن من السيطرة عليها رغم القصف»: what comes after رغم happened.
                    && !(mk.tj + 1..m.ti).any(|k| {
                        ctx.words.has(C::Concessive, no_conj(ctx.w(k)))
                    })
            }
            V::Retake => gap <= 1,
            _ => {
                (gap <= 3 || mk.scope == Scope::Clause)
                    && same_clause(mk.tj.min(m.ti), m.ti)
                    && ctx.sent.get(mk.ti) == ctx.sent.get(m.ti)
            }
        };
        if !near {
            continue;
        }
        if mk.text == "قد" {
            // قد before a past verb means "already"; only قد + imperfect is a hedge.
            let next = ctx.w(mk.tj + 1);
            if !(next.starts_with('ي') || next.starts_with('ت') || next.starts_with('ن')) {
                continue;
            }
        }
        if mk.value == V::Retake {
            let t = no_conj(&mk.text);
            let purpose = t.starts_with('ل')
                || starts_with_any(ctx.words.list(C::Purpose), t)
                || t.starts_with('س');
            if purpose && family(m.kind.as_str()) == "territory" {
                found.push(M::Retake);
            }
            continue;
        }
        found.push(match mk.value {
            V::Failed => M::Failed,
            V::Planned => M::Planned,
            V::Intended => M::Intended,
            V::Possible => M::Possible,
            _ => continue,
        });
    }
    // A yes/no question (هل انسحبت القوات فعلا؟) asserts nothing: at most it is possible.
    if m.ti > 0 && same_clause(m.ti.saturating_sub(3), m.ti) {
        let lo = m.ti.saturating_sub(3);
        let same = |k: usize| ctx.sent.get(k) == ctx.sent.get(m.ti);
        if (lo..m.ti).any(|k| same(k) && no_conj(ctx.w(k)) == "هل") {
            found.push(M::Possible);
        }
    }
    // The future prefix سـ on the trigger or on the light verb before it.
    if m.prefix.contains('س')
        || (m.ti > 0 && is_future_verb(ctx.words, ctx.w(m.ti - 1)) && m.ti > region(ctx, m).0)
    {
        found.push(M::Planned);
    }
    // لاستعادة، للسيطرة: a purpose.
    let pre = no_conj(&m.prefix);
    if !m.verb && (pre == "ل" || pre == "لل") {
        if m.retake && family(m.kind.as_str()) == "territory" {
            found.push(M::Retake);
        } else {
            found.push(M::Intended);
        }
    }
    // Precedence when several markers apply.
    for cand in [M::Failed, M::Retake, M::Planned, M::Intended, M::Possible] {
        if found.contains(&cand) {
            m.modality = cand;
            m.rules.push(match cand {
                M::Failed => "modality.failed",
                M::Retake => "modality.retake",
                M::Planned => "modality.planned",
                M::Intended => "modality.intended",
                _ => "modality.possible",
            });
            return;
        }
    }
    if let Some(c) = m.claimant {
        let before = m.modality;
        match ctx.a.statements[c].cue.stance.as_str() {
            "promise" => m.modality = M::Planned,
            "demand" => m.modality = M::Intended,
            "estimate" if m.modality == M::Actual => m.modality = M::Possible,
            _ => {}
        }
        if m.modality != before {
            m.rules.push("modality.cue_stance");
        }
    }
}

/// The negation, falsity and modality markers of the article.
pub(crate) fn find_markers(env: &Env, st: &mut State) {
    let (ctx, n, lex) = (env.ctx, env.n, env.lex);
    st.pol = markers(
        ctx,
        n,
        env.hits,
        &lex.polarity_matcher,
        &lex.polarity
            .iter()
            .map(|m| (m.value, m.scope))
            .collect::<Vec<_>>(),
    );
    st.moda = markers(
        ctx,
        n,
        env.hits,
        &lex.modality_matcher,
        &lex.modality
            .iter()
            .map(|m| (m.value, m.scope))
            .collect::<Vec<_>>(),
    );
}

pub(crate) fn denials(env: &Env, st: &mut State) {
    st.denies = statement_denies(env.ctx, &st.pol, env.lex);
}

/// Where reporting cues start: a denial is about what comes before the next cue. Promise cues
/// are kept apart too (rule `modality.negated_promise`).
pub(crate) fn cue_tokens(env: &Env, st: &mut State) {
    let ctx = env.ctx;
    let hits = env.hits.find(&env.lex.cue_matcher, ctx.view);
    let tok = |h: &isnad_lexicon::PhraseMatch| {
        let (s, _) = env.n.orig_span(h.word_start, h.word_end);
        ctx.first_tok_ending_after(s)
    };
    st.cue_toks = hits.iter().filter_map(tok).collect();
    st.promise_toks = hits
        .iter()
        .filter(|h| {
            h.entries
                .iter()
                .any(|&e| env.lex.cues[e].stance == isnad_lexicon::Stance::Promise)
        })
        .filter_map(tok)
        .collect();
}

pub(crate) fn run(env: &Env, st: &mut State) {
    for m in st.ms.iter_mut().filter(|m| !m.drop) {
        polarity_modality(env.ctx, m, &st.pol, &st.moda, &st.promise_toks);
    }
}
