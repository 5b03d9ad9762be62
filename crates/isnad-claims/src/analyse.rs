//! From entities, times, quantities and statements to propositions, claims and contradictions.
//!
//! Every trigger word becomes a *mention*; its arguments (agents, target, partner, place, time,
//! quantities) are read from the words around it, its claimant is the innermost statement whose
//! content holds it (else the author), and its polarity and modality come from markers near it
//! and from the statement's cue. Mentions of one event or state are merged into one proposition.

mod place_model;
use crate::explain::explain;
use crate::lexicon::{triggers, TriggerLex};
use crate::map::{acled_for, family, plover};
use crate::view::{
    claim_views, conflict, place_key, published, quantity_bound, values_clash, window, Basis,
    ClaimView,
};
use chrono::NaiveDate;
use isnad_lexicon::Lexicons;
use isnad_schema::{Analysis, Claim, Contradiction, Proposition, Role, SpanRef};
use isnad_text::{fold, Normalized};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A word of the text: code-point span in the original and its folded spelling.
struct Tok {
    s: usize,
    e: usize,
    f: String,
}

struct Ctx<'a> {
    /// One matching view of the article for every lexicon search.
    view: isnad_text::MatchView,
    a: &'a Analysis,
    chars: Vec<char>,
    toks: Vec<Tok>,
    sent: Vec<usize>,
    /// Clause punctuation (، . ؛ : …) right after token i.
    punct: Vec<bool>,
    /// The entity each token belongs to (the shortest one).
    ent_at: Vec<Option<usize>>,
    /// First and last token of each entity.
    ent_tok: Vec<Option<(usize, usize)>>,
    /// First and last token of each statement's content.
    content_tok: Vec<Option<(usize, usize)>>,
    time_tok: Vec<Option<(usize, usize)>>,
    quant_tok: Vec<Option<(usize, usize)>>,
    pubd: Option<NaiveDate>,
}

fn set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

struct Words {
    relative: HashSet<String>,
    /// Verbs and nouns of losing (خسر، فقدت، فقدان): a control noun they govern is a withdrawal.
    /// Bare فقد is left out: it is far more often ف + the particle قد.
    lose: HashSet<String>,
    /// Event verbs whose following noun is their subject (انفجرت سيارة، نزح المدنيون).
    intransitive: HashSet<String>,
    weak: HashSet<String>,
    light_verbs: HashSet<String>,
    demonstrative: HashSet<String>,
    place_pronoun: HashSet<String>,
    pronoun_word: HashSet<String>,
    loc_general: HashSet<String>,
    classifier: HashSet<String>,
    topic: HashSet<String>,
    presup: HashSet<String>,
    preps: HashSet<String>,
    city_anaphor: HashSet<String>,
    countries: HashSet<String>,
    aircraft: Vec<String>,
    artillery: Vec<String>,
    civilians: Vec<String>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| Words {
        relative: set(&["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]),
        intransitive: set(&[
            "انفجر",
            "انفجرت",
            "ينفجر",
            "تنفجر",
            "نزح",
            "نزحت",
            "ينزح",
            "تنزح",
            "نزحوا",
            "وصل",
            "وصلت",
            "يصل",
            "تصل",
            "وصلوا",
            "اندلع",
            "اندلعت",
            "تندلع",
            "يندلع",
            "دارت",
            "تدور",
            "تجدد",
            "تجددت",
            "سقط",
            "سقطت",
        ]),
        lose: set(&[
            "خسر",
            "خسرت",
            "خسروا",
            "خسرا",
            "يخسر",
            "تخسر",
            "يخسرون",
            "فقدت",
            "فقدوا",
            "يفقد",
            "تفقد",
            "يفقدون",
            "فقدان",
            "خسارة",
            "خسارتها",
            "خسارته",
        ]),
        weak: set(&[
            "دخل",
            "دخلت",
            "دخلوا",
            "دخول",
            "يدخل",
            "تدخل",
            "ترك",
            "تركت",
            "تركوا",
            "تقدم",
            "تقدمت",
            "تقدموا",
            "يتقدم",
            "تتقدم",
            "وصل",
            "وصلت",
            "وصلوا",
            "وصول",
            "يصل",
            "تصل",
            "حشد",
            "حشدت",
            "حشدوا",
            "لجوء",
            "تحرير",
            "انتشار",
            "تتفق",
            "يتفق",
            "تصدى",
            "تصدت",
            "تصدوا",
            "يتصدى",
            "تتصدى",
            "التصدي",
            "تصدي",
            "يتحكم",
            "تتحكم",
            "تحكم",
            "مساعده",
            "المساعده",
        ]),
        light_verbs: set(&[
            "يتم",
            "تتم",
            "تم",
            "يجر",
            "تجر",
            "يجري",
            "تجري",
            "يحدث",
            "تحدث",
            "يحصل",
            "تحصل",
            "يتوصل",
            "تتوصل",
            "يتوصلوا",
            "يكن",
            "تكن",
            "يقم",
            "تقم",
            "يشن",
            "تشن",
            "إلى",
            "الى",
            "قد",
            "يعد",
            "تعد",
        ]),
        demonstrative: set(&["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"]),
        place_pronoun: set(&[
            "عليها",
            "عليه",
            "فيها",
            "فيه",
            "منها",
            "منه",
            "إليها",
            "إليه",
            "داخلها",
            "بها",
        ]),
        pronoun_word: set(&[
            "عليها",
            "عليه",
            "فيها",
            "فيه",
            "منها",
            "منه",
            "إليها",
            "إليه",
            "لها",
            "له",
            "بها",
            "به",
            "عليهم",
            "لهم",
        ]),
        loc_general: set(&[
            "في",
            "قرب",
            "داخل",
            "عند",
            "حول",
            "محيط",
            "أطراف",
            "ريف",
            "بالقرب",
            "شمال",
            "جنوب",
            "شرق",
            "غرب",
            "شمالي",
            "جنوبي",
            "شرقي",
            "غربي",
            "وسط",
            "فوق",
            "بمحيط",
            "بريف",
            "بأطراف",
            "قرية",
            "ضواحي",
        ]),
        classifier: set(&[
            "مدينة",
            "بلدة",
            "قرية",
            "منطقة",
            "محافظة",
            "ريف",
            "محيط",
            "أطراف",
            "مطار",
            "قاعدة",
            "حي",
            "ناحية",
            "مدينتي",
            "بلدتي",
            "قريتي",
            "مخيم",
            "معبر",
            "جبل",
            "سهل",
            "بادية",
            "مناطق",
            "مدن",
            "بلدات",
            "قرى",
            "شمال",
            "جنوب",
            "شرق",
            "غرب",
            "شمالي",
            "جنوبي",
            "شرقي",
            "غربي",
            "وسط",
            "داخل",
            "قرب",
            "مواقع",
            "موقع",
            "مقرات",
            "حقل",
            "حقول",
        ]),
        topic: set(&["حول", "بشأن", "بخصوص", "إزاء", "حيال"]),
        presup: set(&["بعد", "عقب", "إثر", "قبل", "منذ", "وبعد", "وعقب", "وقبل"]),
        preps: set(&[
            "على",
            "ضد",
            "في",
            "من",
            "إلى",
            "الى",
            "نحو",
            "باتجاه",
            "عن",
            "مع",
            "بين",
            "تجاه",
        ]),
        city_anaphor: set(&[
            "المدينة",
            "البلدة",
            "القرية",
            "بالمدينة",
            "بالبلدة",
            "بالقرية",
        ]),
        countries: set(&[
            "سوريا",
            "سورية",
            "العراق",
            "روسيا",
            "إيران",
            "تركيا",
            "لبنان",
            "الأردن",
            "إسرائيل",
            "مصر",
            "السعودية",
            "اليمن",
            "ليبيا",
            "الولايات المتحدة",
            "أمريكا",
            "أميركا",
            "فرنسا",
            "بريطانيا",
            "قطر",
            "الإمارات",
            "الكويت",
            "فلسطين",
            "ألمانيا",
            "الصين",
        ]),
        aircraft: [
            "طائر",
            "طيران",
            "جوي",
            "جويه",
            "قاذف",
            "مقاتلات",
            "مروحي",
            "مسيره",
            "مسيرات",
            "غاره",
            "غارات",
            "سوخوي",
            "درون",
        ]
        .iter()
        .map(|w| fold(w))
        .collect(),
        artillery: [
            "مدفع",
            "صاروخ",
            "صواريخ",
            "قذائف",
            "قذيفه",
            "راجم",
            "هاون",
            "مدفعي",
        ]
        .iter()
        .map(|w| fold(w))
        .collect(),
        civilians: [
            "مدني",
            "مدنيين",
            "سكان",
            "اهالي",
            "مواطن",
            "اطفال",
            "نساء",
            "مستشفي",
            "مدرسه",
        ]
        .iter()
        .map(|w| fold(w))
        .collect(),
    })
}

const COUNTRY_NAMES: &[&str] = &[
    "syria",
    "iraq",
    "russia",
    "iran",
    "turkey",
    "lebanon",
    "jordan",
    "israel",
    "egypt",
    "saudi arabia",
    "yemen",
    "libya",
    "united states",
    "france",
    "united kingdom",
    "qatar",
    "united arab emirates",
    "kuwait",
    "palestine",
    "germany",
    "china",
];

/// Whether a folded word, or the word without a leading و / ف, is in the set (فوق is not ف + وق).
fn member(set: &HashSet<String>, w: &str) -> bool {
    set.contains(w) || set.contains(no_conj(w))
}

/// Strips و / ف from the front of a folded word.
fn no_conj(w: &str) -> &str {
    w.strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

impl<'a> Ctx<'a> {
    fn new(n: &Normalized, a: &'a Analysis) -> Self {
        let folded = n.folded();
        let toks: Vec<Tok> = isnad_text::tokens(n)
            .iter()
            .map(|t| {
                let (s, e) = n.orig_span(t.start, t.end);
                Tok {
                    s,
                    e,
                    f: folded[t.start..t.end].to_string(),
                }
            })
            .collect();
        let sents: Vec<(usize, usize)> = n
            .sentences()
            .iter()
            .map(|s| n.orig_span(s.start, s.end))
            .collect();
        let sent = toks
            .iter()
            .map(|t| {
                // Sentences are sorted and disjoint: binary search instead of a scan per token.
                let i = sents.partition_point(|&(_, e)| e <= t.s);
                match sents.get(i) {
                    Some(&(s, e)) if t.s >= s && t.s < e => i,
                    _ => usize::MAX,
                }
            })
            .collect();
        let punct = (0..toks.len())
            .map(|i| {
                let end = toks.get(i + 1).map_or(n.orig_len(), |t| t.s);
                n.orig_text(toks[i].e, end)
                    .chars()
                    .any(|c| "،,.؛;:!?؟\n()[]".contains(c))
            })
            .collect();
        let range = |s: usize, e: usize| -> Option<(usize, usize)> {
            let first = toks.iter().position(|t| t.e > s && t.s < e)?;
            let last = toks.iter().rposition(|t| t.e > s && t.s < e)?;
            Some((first, last))
        };
        let ent_tok: Vec<_> = a
            .entities
            .iter()
            .map(|e| range(e.span[0], e.span[1]))
            .collect();
        let mut ent_at: Vec<Option<usize>> = vec![None; toks.len()];
        for (ei, r) in ent_tok.iter().enumerate() {
            if let Some((f, l)) = *r {
                for slot in ent_at.iter_mut().take(l + 1).skip(f) {
                    let shorter = slot.is_none_or(|o| {
                        let (x, y) = (&a.entities[o], &a.entities[ei]);
                        y.span[1] - y.span[0] < x.span[1] - x.span[0]
                    });
                    if shorter {
                        *slot = Some(ei);
                    }
                }
            }
        }
        let content_tok = a
            .statements
            .iter()
            .map(|s| range(s.content.span[0], s.content.span[1]))
            .collect();
        let time_tok = a
            .times
            .iter()
            .map(|t| range(t.span[0], t.span[1]))
            .collect();
        let quant_tok = a
            .quantities
            .iter()
            .map(|q| range(q.span[0], q.span[1]))
            .collect();
        Ctx {
            view: isnad_text::MatchView::new(folded),
            a,
            chars: n.original().chars().collect(),
            toks,
            sent,
            punct,
            ent_at,
            ent_tok,
            content_tok,
            time_tok,
            quant_tok,
            pubd: published(a),
        }
    }

    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.f.as_str())
    }

    fn is_actor(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        match e.kind.as_str() {
            "PER" | "ORG" => true,
            "GPE" => e.actor.as_ref().is_some_and(|x| x.party.is_some()),
            _ => false,
        }
    }

    fn is_place(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        matches!(e.kind.as_str(), "GPE" | "LOC" | "FAC")
    }

    fn is_country(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        if let Some(c) = &e.canonical {
            if COUNTRY_NAMES.contains(&c.to_lowercase().as_str()) {
                return true;
            }
        }
        let f = fold(&e.text);
        member(&words().countries, &f)
    }

    fn party(&self, ei: usize) -> Option<String> {
        self.a.entities[ei].actor.as_ref()?.party.clone()
    }

    /// The entity starting at token i (its first token is i).
    fn ent_starting(&self, i: usize) -> Option<usize> {
        let ei = self.ent_at.get(i).copied().flatten()?;
        (self.ent_tok[ei]?.0 == i).then_some(ei)
    }
}

#[derive(Debug, Clone)]
struct Mention {
    kind: String,
    verb: bool,
    ti: usize,
    tj: usize,
    /// The last token of words that belong to this mention (absorbed relative clauses).
    cont: usize,
    span: [usize; 2],
    /// The matched form without proclitics and enclitics (بالانسحاب → انسحاب).
    core: [usize; 2],
    text: String,
    /// Proclitics in front of the matched form (و، ب، ل، س...), folded.
    prefix: String,
    enclitic: bool,
    retake: bool,
    manner: bool,
    agents: Vec<usize>,
    targets: Vec<usize>,
    partners: Vec<usize>,
    place: Option<usize>,
    time: Option<usize>,
    quants: Vec<usize>,
    claimant: Option<usize>,
    negated: bool,
    modality: &'static str,
    presupposed: bool,
    topic: bool,
    definite: bool,
    drop: bool,
    /// A first-person verb (سنقدم): the speaker is the agent.
    first_person: bool,
    /// The agent is only the last actor named before (a pronoun subject): weak evidence.
    guessed: bool,
    /// An instrument noun (القاذفات، الطائرات الحربية): refers to a strike, carries no arguments.
    instrument: bool,
    /// Parties named by nationality adjectives right after a noun trigger (غارات جوية روسية).
    nisba: Vec<String>,
    prop: usize,
}

struct Marker {
    ti: usize,
    tj: usize,
    value: String,
    scope: String,
    text: String,
}

fn markers(
    ctx: &Ctx,
    n: &Normalized,
    m: &isnad_lexicon::PhraseMatcher,
    vals: &[(String, String)],
) -> Vec<Marker> {
    let mut out = Vec::new();
    for h in m.find_in_view(&ctx.view) {
        let (s, e) = n.orig_span(h.word_start, h.word_end);
        let Some(ti) = Some(ctx.toks.partition_point(|t| t.e <= s)).filter(|&i| i < ctx.toks.len())
        else {
            continue;
        };
        let tj = ctx.toks.iter().rposition(|t| t.s < e).unwrap_or(ti).max(ti);
        let Some(&ei) = h.entries.first() else {
            continue;
        };
        let Some((value, scope)) = vals.get(ei) else {
            continue;
        };
        out.push(Marker {
            ti,
            tj,
            value: value.clone(),
            scope: scope.clone(),
            text: n.folded()[h.start..h.end].to_string(),
        });
    }
    out
}

/// Fills `a.propositions`, `a.claims` and `a.contradictions` from the entities, times,
/// quantities and statements already in `a`. Never panics on odd input; replaces what was there.
pub fn analyse_claims(n: &Normalized, lex: &Lexicons, a: &mut Analysis) {
    a.propositions.clear();
    a.claims.clear();
    a.contradictions.clear();
    let (props, claims, positions) = {
        let ctx = Ctx::new(n, a);
        let tl = triggers(lex);
        let pol = markers(
            &ctx,
            n,
            &lex.polarity_matcher,
            &lex.polarity
                .iter()
                .map(|m| (m.value.clone(), m.scope.clone()))
                .collect::<Vec<_>>(),
        );
        let moda = markers(
            &ctx,
            n,
            &lex.modality_matcher,
            &lex.modality
                .iter()
                .map(|m| (m.value.clone(), m.scope.clone()))
                .collect::<Vec<_>>(),
        );
        let mut ms = find_mentions(&ctx, n, &tl);
        for m in ms.iter_mut() {
            m.claimant = claimant(&ctx, m);
        }
        absorb(&ctx, &mut ms);
        casualty_mentions(&ctx, &mut ms);
        promise_mentions(&ctx, &mut ms);
        ms.sort_by_key(|m| (m.ti, m.tj));
        for i in 0..ms.len() {
            if ms[i].drop {
                continue;
            }
            arguments(&ctx, &mut ms, i);
        }
        // After the arguments: the place of lost control is still «على» it.
        lost_control(&ctx, &mut ms);
        nisba_agents(&ctx, lex, &mut ms);
        attach_casualties(&ctx, &mut ms);
        // Deaths in an earthquake or a flood are no conflict event.
        for m in ms.iter_mut().filter(|m| m.kind == "casualties") {
            if disaster_sentence(&ctx, m.ti) {
                m.drop = true;
            }
        }
        let denies = statement_denies(&ctx, &pol, lex);
        let cue_toks: HashSet<usize> = lex
            .cue_matcher
            .find_in_view(&ctx.view)
            .iter()
            .filter_map(|h| {
                let (s, _) = n.orig_span(h.word_start, h.word_end);
                ctx.toks.iter().position(|t| t.e > s)
            })
            .collect();
        for m in ms.iter_mut().filter(|m| !m.drop) {
            polarity_modality(&ctx, m, &pol, &moda);
        }
        retake(&ctx, &mut ms);
        // Failing to take control of a place is a failed capture (لم تتمكن من السيطرة على …).
        for m in ms.iter_mut().filter(|m| !m.drop && m.kind == "control") {
            if m.modality == "failed" {
                m.kind = "capture".into();
            }
        }
        let props = merge(&ctx, &mut ms);
        if std::env::var_os("ISNAD_CLAIMS_DEBUG").is_some() {
            for m in &ms {
                let names = |v: &[usize]| {
                    v.iter()
                        .map(|&e| ctx.a.entities[e].text.clone())
                        .collect::<Vec<_>>()
                };
                eprintln!(
                    "{} {:?} {} verb={} pre={:?} enc={} def={} drop={} ag={:?} pl={:?} claimant={:?} neg={} mod={} prop={}",
                    m.kind, m.span, m.text, m.verb, m.prefix, m.enclitic, m.definite, m.drop,
                    names(&m.agents), m.place.map(|e| ctx.a.entities[e].text.clone()),
                    m.claimant.map(|c| ctx.a.statements[c].id.clone()), m.negated, m.modality, m.prop
                );
            }
        }
        let (claims, positions) = make_claims(&ctx, &ms, &denies, &cue_toks);
        (props, claims, positions)
    };
    a.propositions = props;
    a.claims = claims;
    a.contradictions = contradictions(a, &positions);
}

fn find_mentions(ctx: &Ctx, n: &Normalized, tl: &TriggerLex) -> Vec<Mention> {
    let f = n.folded();
    let mut out: Vec<Mention> = Vec::new();
    for h in tl.matcher.find_in_view(&ctx.view) {
        let (s, e) = n.orig_span(h.word_start, h.word_end);
        let Some(ti) = Some(ctx.toks.partition_point(|t| t.e <= s)).filter(|&i| i < ctx.toks.len())
        else {
            continue;
        };
        let tj = ctx.toks.iter().rposition(|t| t.s < e).unwrap_or(ti).max(ti);
        // Trigger words inside a name (تحرير in هيئة تحرير الشام) are not events.
        if ctx.a.entities.iter().any(|en| {
            en.span[0] <= s && e <= en.span[1] && matches!(en.kind.as_str(), "ORG" | "PER" | "FAC")
        }) {
            continue;
        }
        // هيئة تحرير الشام written short (تحرير الشام) is a name, not a liberation.
        if fold(n.orig_text(s, e)).ends_with("تحرير")
            && ctx.toks.get(tj + 1).is_some_and(|t| t.f == "الشام")
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
        if t.verb && enclitic && matches!(&f[h.end..h.word_end], "ي" | "يه" | "يا" | "ين") {
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
            kind: t.kind.clone(),
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
            modality: "actual",
            presupposed: false,
            topic: false,
            definite,
            drop: false,
            first_person: false,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
        });
    }
    // قصف is a strike from the air or from the ground: the words around it say which.
    let w = words();
    for m in out.iter_mut() {
        let ft = fold(&m.text);
        if !m.verb
            && ["قاذف", "طاير", "مقاتلات", "مروحي", "راجمات", "مدفعيه"]
                .iter()
                .any(|x| ft.contains(x))
        {
            m.instrument = true;
        }
        if m.kind == "shelling" || m.kind == "airstrike" {
            let lo = m.ti.saturating_sub(5);
            let hi = (m.tj + 5).min(ctx.toks.len().saturating_sub(1));
            let near = |list: &Vec<String>| {
                (lo..=hi).any(|k| {
                    k != m.ti && ctx.sent.get(k) == ctx.sent.get(m.ti) && {
                        let t = ctx.w(k);
                        list.iter().any(|x| t.contains(x.as_str()))
                    }
                })
            };
            let folded_trig = fold(&m.text);
            if m.kind == "shelling" && folded_trig.contains("قصف") && near(&w.aircraft) {
                m.kind = "airstrike".into();
            } else if m.kind == "airstrike" && folded_trig.contains("ضرب") && near(&w.artillery)
            {
                m.kind = "shelling".into();
            }
        }
    }
    out
}

/// The innermost statement whose content holds the mention.
fn claimant(ctx: &Ctx, m: &Mention) -> Option<usize> {
    ctx.a
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.content.span[0] <= m.core[0] && m.core[1] <= s.content.span[1])
        .min_by_key(|(_, s)| s.content.span[1] - s.content.span[0])
        .map(|(i, _)| i)
}

/// غارات جوية روسية، تعزيزات عسكرية تركية، قصف مدفعي سوري: with no agent named, a nationality
/// adjective right after the event noun (past other adjectives, before any preposition) gives
/// the agent's party.
fn nisba_agents(ctx: &Ctx, lex: &Lexicons, ms: &mut [Mention]) {
    // The lexicon's own nisba matcher, on one word: the whole word must be the adjective.
    let party_of = |word: &str| -> Option<&str> {
        let m = lex.nisba_matcher.find(word);
        let m = m.iter().find(|m| m.start == 0 && m.end == word.len())?;
        lex.nisba.get(*m.entries.first()?).map(|x| x.1.as_str())
    };
    for m in ms.iter_mut().filter(|m| {
        !m.drop
            && !m.verb
            && m.agents.is_empty()
            && !matches!(
                m.kind.as_str(),
                "casualties" | "displacement" | "arrest" | "protest"
            )
    }) {
        let mut k = m.tj;
        while k < m.tj + 3 && k + 1 < ctx.toks.len() && !ctx.punct[k] {
            k += 1;
            if ctx.sent.get(k) != ctx.sent.get(m.ti) || ctx.ent_at[k].is_some() {
                break;
            }
            let word = ctx.w(k);
            // An adjective agrees with its noun in definiteness: قصف الأراضي السورية is shelling
            // of Syrian land, القصف المدفعي التركي Turkish shelling.
            let agrees = word.starts_with("ال") == m.definite;
            if let Some(p) = party_of(word).filter(|_| agrees) {
                m.nisba.push(p.to_string());
                break;
            }
            // Only the adjectives of arms may stand between (جوية، الحربية، المدفعي): صحافي
            // إسرائيلي is a journalist, الاتفاق النووي الإيراني an agreement about Iran.
            let bare = word.strip_prefix("ال").unwrap_or(word);
            let bare = bare.strip_suffix('ه').unwrap_or(bare);
            let adjective = agrees
                && matches!(
                    bare,
                    "جوي" | "حربي" | "مدفعي" | "صاروخي" | "عسكري" | "بري" | "بحري"
                );
            if !adjective {
                break;
            }
        }
    }
}

/// خسر تنظيم داعش السيطرة على الميادين، فقدان المعارضة سيطرتها على …: control that is lost is a
/// withdrawal by the one who held it, not control by it; control gained by a fall (سقطت البلدة
/// بيد …) is a capture.
fn lost_control(ctx: &Ctx, ms: &mut [Mention]) {
    let w = words();
    for m in ms
        .iter_mut()
        .filter(|m| !m.drop && m.kind == "control" && !m.verb)
    {
        let lost = (m.ti.saturating_sub(4)..m.ti).rev().any(|i| {
            let word = ctx.w(i);
            let bare = word
                .strip_prefix('و')
                .or_else(|| word.strip_prefix('ف'))
                .unwrap_or(word);
            ctx.sent.get(i) == ctx.sent.get(m.ti)
                && (i..m.ti).all(|j| !ctx.punct[j])
                && (w.lose.contains(word) || w.lose.contains(bare))
        });
        if lost {
            m.kind = "withdrawal".into();
        }
        // سقطت مدينة الرقة بيد قوات …: a place that falls into someone's hands is taken by them.
        let hands = {
            let t = no_conj(ctx.w(m.ti));
            t.starts_with("بيد") || t.starts_with("بايدي") || t == "يد"
        };
        let fell = hands
            && (m.ti.saturating_sub(5)..m.ti).rev().any(|i| {
                ctx.sent.get(i) == ctx.sent.get(m.ti)
                    && (i..m.ti).all(|j| !ctx.punct[j])
                    && matches!(no_conj(ctx.w(i)), "سقطت" | "سقط" | "تسقط" | "يسقط" | "سقوط")
            });
        if fell {
            m.kind = "capture".into();
        }
    }
}

/// Drops mentions that only repeat or qualify a nearby one: a relative clause describing the
/// same event (التفجير الذي استهدف), a control noun governed by a capture (استعادة ... سيطرته),
/// support "with the help of" inside another event, a people noun modifying a noun.
fn absorb(ctx: &Ctx, ms: &mut [Mention]) {
    let w = words();
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..ms.len()).collect();
        o.sort_by_key(|&i| ms[i].ti);
        o
    };
    for k in 1..order.len() {
        let (pi, ci) = (order[k - 1], order[k]);
        let (p, c) = (&ms[pi], &ms[ci]);
        if ctx.sent.get(p.ti) != ctx.sent.get(c.ti) || p.claimant != c.claimant {
            continue;
        }
        let between: Vec<&str> = (p.tj + 1..c.ti).map(|i| ctx.w(i)).collect();
        let no_punct = (p.tj..c.ti).all(|i| !ctx.punct[i]);
        let same_violence = family(&p.kind) == "violence" && family(&c.kind) == "violence";
        // استعادة تنظيم داعش سيطرته: the control noun is the capture's object, not a second event.
        let capture_control = c.kind == "control"
            && p.kind == "capture"
            && !c.verb
            && !between.iter().any(|b| w.relative.contains(*b));
        let c_tj = c.tj;
        // طائرات حربية قصفت …: the aircraft are the means; the verb after them is the strike.
        if same_violence && p.instrument && c.verb && no_punct && between.is_empty() {
            ms[pi].drop = true;
            continue;
        }
        // بقصف مدفعي تركي استهدف قرية …: a verb right after an indefinite event noun and its
        // adjectives describes that event (an Arabic adjectival clause needs no الذي).
        let adjectives = between.len() <= 2
            && between.iter().all(|b| {
                let b = b.strip_prefix("ال").unwrap_or(b);
                b.ends_with('ي') || b.ends_with("يه")
            });
        if same_violence && !p.verb && !p.definite && c.verb && no_punct && adjectives {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
        if same_violence
            && no_punct
            && between.len() <= 1
            && between.iter().all(|b| w.relative.contains(*b))
        {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
        if capture_control && no_punct && between.len() <= 4 {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
    }
    for k in 0..order.len() {
        let ci = order[k];
        let c = &ms[ci];
        // بدعم من حلفائها، بدعم جوي روسي: the manner of another event, not an event.
        if c.kind == "support" && c.manner && c.prefix.contains('ب') {
            let other = order[..k].iter().any(|&pi| {
                let p = &ms[pi];
                !p.drop
                    && p.kind != "support"
                    && ctx.sent.get(p.ti) == ctx.sent.get(c.ti)
                    && c.ti.saturating_sub(p.tj) <= 12
            });
            if other {
                ms[ci].drop = true;
                continue;
            }
        }
        // حافلات المهجرين: a people noun after a plain noun names who, not what happened.
        if !c.verb && c.definite && c.ti > 0 {
            let f = fold(&c.text);
            let people = f.ends_with("ين") || f.ends_with("ون");
            let prev = ctx.w(c.ti - 1);
            let prev_plain = !prev.starts_with("ال")
                && !w.preps.contains(prev)
                && !ctx.punct[c.ti - 1]
                && ctx.ent_at[c.ti - 1].is_none()
                && !order[..k].iter().any(|&pi| ms[pi].tj + 1 == c.ti);
            if people && prev_plain {
                ms[ci].drop = true;
                continue;
            }
        }
        let c = &ms[ci];
        // مستودعات إمدادات: an indefinite trigger noun after a plural noun names a kind of thing.
        if !c.verb && !c.definite && c.prefix.is_empty() && c.ti > 0 {
            let prev = ctx.w(c.ti - 1);
            let plural_noun =
                prev.ends_with("ات") && !prev.starts_with("ال") && prev.chars().count() >= 5;
            let prev_trigger = order[..k]
                .iter()
                .any(|&pi| ms[pi].tj + 1 == c.ti && !ms[pi].drop);
            if plural_noun
                && !ctx.punct[c.ti - 1]
                && !prev_trigger
                && ctx.ent_at[c.ti - 1].is_none()
            {
                ms[ci].drop = true;
            }
        }
    }
}

/// Each count of killed / wounded people is a casualties mention (or part of the one whose
/// trigger it contains).
/// Whether the sentence of token `i` blames a natural disaster or an accident (زلزال، فيضان،
/// حادث سير): its casualties are not those of a conflict event.
fn disaster_sentence(ctx: &Ctx, i: usize) -> bool {
    const STEMS: &[&str] = &[
        "زلزال",
        "زلازل",
        "هزه ارضيه",
        "فيضان",
        "فيضانات",
        "سيول",
        "انهيار ارضي",
        "حادث سير",
        "حادث مروري",
        "حوادث سير",
        "تسونامي",
        "بركان",
    ];
    let Some(&sid) = ctx.sent.get(i) else {
        return false;
    };
    if sid == usize::MAX {
        return false;
    }
    let lo = (0..i)
        .rev()
        .take_while(|&k| ctx.sent[k] == sid)
        .last()
        .unwrap_or(i);
    let hi = (i..ctx.toks.len())
        .take_while(|&k| ctx.sent[k] == sid)
        .last()
        .unwrap_or(i);
    (lo..=hi).any(|k| {
        let w = no_conj(ctx.w(k));
        let next = ctx.w(k + 1);
        let next = next.strip_prefix("ال").unwrap_or(next);
        let two = format!("{w} {next}");
        // Suffix match: proclitics (بالزلزال، وبزلزال، للفيضانات) stay on the front.
        STEMS.iter().any(|s| {
            if s.contains(' ') {
                two.ends_with(s)
            } else {
                w.ends_with(s)
            }
        })
    })
}

fn casualty_mentions(ctx: &Ctx, ms: &mut Vec<Mention>) {
    for (qi, q) in ctx.a.quantities.iter().enumerate() {
        let of = q.of.as_deref().unwrap_or("");
        if !matches!(of, "killed" | "wounded" | "captured") {
            continue;
        }
        let Some((ti, tj)) = ctx.quant_tok[qi] else {
            continue;
        };
        if disaster_sentence(ctx, ti) {
            continue;
        }
        if let Some(m) = ms
            .iter_mut()
            .find(|m| m.kind == "casualties" && m.ti <= tj && ti <= m.tj)
        {
            m.quants.push(qi);
            continue;
        }
        let claimant = ctx
            .a
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| s.content.span[0] <= q.span[0] && q.span[1] <= s.content.span[1])
            .min_by_key(|(_, s)| s.content.span[1] - s.content.span[0])
            .map(|(i, _)| i);
        ms.push(Mention {
            kind: "casualties".into(),
            verb: false,
            ti,
            tj,
            cont: tj,
            span: q.span,
            core: q.span,
            text: q.text.clone(),
            prefix: String::new(),
            enclitic: false,
            retake: false,
            manner: false,
            agents: vec![],
            targets: vec![],
            partners: vec![],
            place: None,
            time: None,
            quants: vec![qi],
            claimant,
            negated: false,
            modality: "actual",
            presupposed: false,
            topic: false,
            definite: false,
            drop: false,
            first_person: false,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
        });
    }
}

/// A promise whose content names no event (تعهدت روسيا بالحيلولة دون إدانة النظام) is a promise
/// of support from the speaker to the party it names.
fn promise_mentions(ctx: &Ctx, ms: &mut Vec<Mention>) {
    for (si, s) in ctx.a.statements.iter().enumerate() {
        if s.cue.stance != "promise" {
            continue;
        }
        if ms.iter().any(|m| !m.drop && m.claimant == Some(si)) {
            continue;
        }
        let Some((ci, cj)) = ctx.content_tok[si] else {
            continue;
        };
        let partner = (ci..=cj)
            .filter_map(|i| ctx.ent_starting(i))
            .find(|&e| ctx.is_actor(e) && ctx.party(e).is_some());
        let src = s
            .source
            .entity
            .as_deref()
            .and_then(|id| ctx.a.entities.iter().position(|e| e.id == id));
        let (Some(partner), Some(src)) = (partner, src) else {
            continue;
        };
        if ctx.party(src).is_none() || ctx.party(src) == ctx.party(partner) {
            continue;
        }
        let Some(ti) = ctx.toks.iter().position(|t| t.e > s.cue.span[0]) else {
            continue;
        };
        ms.push(Mention {
            kind: "support".into(),
            verb: true,
            ti,
            tj: ti,
            cont: ti,
            span: s.cue.span,
            core: s.cue.span,
            text: s.cue.text.clone(),
            prefix: String::new(),
            enclitic: false,
            retake: false,
            manner: false,
            agents: vec![src],
            targets: vec![],
            partners: vec![partner],
            place: None,
            time: None,
            quants: vec![],
            claimant: Some(si),
            negated: false,
            modality: "planned",
            presupposed: false,
            topic: false,
            definite: false,
            drop: false,
            first_person: true,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
        });
    }
}

/// The token range a mention's arguments are read from: its statement content, else its sentence.
fn region(ctx: &Ctx, m: &Mention) -> (usize, usize) {
    let sid = ctx.sent.get(m.ti).copied();
    let mut lo = m.ti;
    while lo > 0 && ctx.sent.get(lo - 1).copied() == sid {
        lo -= 1;
    }
    let mut hi = m.tj;
    while hi + 1 < ctx.toks.len() && ctx.sent.get(hi + 1).copied() == sid {
        hi += 1;
    }
    if let Some((ci, cj)) = m.claimant.and_then(|c| ctx.content_tok[c]) {
        // A quotation may run over several sentences; its words are what the source said.
        return (ci.max(lo.min(ci)), cj);
    }
    (lo, hi)
}

/// Actors joined by و after the one ending at token `end` (قوات النظام والمليشيات المساندة).
fn conjoined(ctx: &Ctx, first: usize, hi: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut cur = first;
    while let Some((_, l)) = ctx.ent_tok[cur] {
        let next = l + 1;
        if next > hi || ctx.punct[l] {
            break;
        }
        match ctx.ent_starting(next) {
            Some(e) if ctx.is_actor(e) && ctx.w(next).starts_with('و') => {
                out.push(e);
                cur = e;
            }
            _ => break,
        }
    }
    out
}

fn nearest_actor_before(ctx: &Ctx, from: usize, limit: usize) -> Option<usize> {
    let lo = from.saturating_sub(limit);
    (lo..from)
        .rev()
        .filter_map(|i| ctx.ent_at[i])
        .find(|&e| ctx.is_actor(e) && ctx.party(e).is_some())
}

fn nearest_place_before(ctx: &Ctx, from: usize, limit: usize) -> Option<usize> {
    let lo = from.saturating_sub(limit);
    (lo..from)
        .rev()
        .filter_map(|i| ctx.ent_at[i])
        .find(|&e| ctx.is_place(e) && !ctx.is_actor_only(e) && !ctx.is_country(e))
}

impl Ctx<'_> {
    /// A GPE with a party used as a state actor is still a place when a preposition says so.
    fn is_actor_only(&self, ei: usize) -> bool {
        !self.is_place(ei)
    }
}

/// Whether a place entity starting at token `i` is introduced as the place of an event of `kind`
/// (a locative preposition or ب before it, possibly over a classifier noun: في مدينة البوكمال).
fn locative(ctx: &Ctx, kind: &str, i: usize, ei: usize, lo: usize) -> bool {
    let w = words();
    let e = &ctx.a.entities[ei];
    let tok = &ctx.toks[i];
    let ok_prep = |raw: &str| -> bool {
        if member(&w.loc_general, raw) {
            return true;
        }
        let p = if w.preps.contains(raw) {
            raw
        } else {
            no_conj(raw)
        };
        match p {
            "من" => matches!(kind, "withdrawal" | "displacement"),
            "الي" | "نحو" | "باتجاه" => {
                matches!(kind, "advance" | "deployment" | "displacement" | "capture")
            }
            "علي" => !matches!(kind, "withdrawal" | "displacement" | "support"),
            _ => false,
        }
    };
    // A proclitic preposition on the name itself (بحلب، بالبوكمال، وفي).
    if e.span[0] > tok.s {
        let pre = fold(&ctx.n_text(tok.s, e.span[0]));
        let pre = no_conj(&pre);
        if pre.starts_with('ب') || pre == "في" {
            return true;
        }
    }
    let mut k = i;
    for _ in 0..4 {
        if k == 0 || k - 1 < lo || ctx.punct[k - 1] {
            return false;
        }
        k -= 1;
        let t = ctx.w(k);
        if ok_prep(t) {
            return true;
        }
        let bare = no_conj(t);
        let bare_b = bare.strip_prefix('ب').unwrap_or(bare);
        if w.classifier.contains(bare_b) && bare.starts_with('ب') {
            return true;
        }
        // Another preposition (or an actor) in between: the place belongs to something else.
        if (member(&w.preps, t) && bare != "من")
            || ctx.ent_at[k].is_some_and(|x| ctx.is_actor(x) && !ctx.is_place(x))
        {
            return false;
        }
    }
    false
}

impl Ctx<'_> {
    /// The original text of a code-point span.
    fn n_text(&self, s: usize, e: usize) -> String {
        self.chars
            .get(s.min(self.chars.len())..e.min(self.chars.len()).max(s.min(self.chars.len())))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    }
}

fn arguments(ctx: &Ctx, ms: &mut [Mention], mi: usize) {
    let w = words();
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
        if w.relative.contains(t) && k > m.cont + 1 {
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
        member(&w.preps, prev) || (t.starts_with("ل") && !t.starts_with("ال")) || t.starts_with("ب")
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
    let attempt = m.verb
        && m.ti > lo
        && matches!(
            no_conj(ctx.w(m.ti - 1)),
            "محاوله" | "محاولات" | "المحاوله" | "عمليه" | "عمليات"
        );
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
            let members = matches!(
                no_conj(ctx.w(i)).trim_start_matches('ل'),
                "عناصر" | "مسلحي" | "مقاتلي" | "لعناصر" | "لمسلحي" | "لمقاتلي"
            ) && ctx.ent_at[i].is_none()
                // (إمدادات لعناصر التنظيم: supplies for them, not by them)
                && (matches!(family(&m.kind), "violence" | "territory") || m.kind == "advance");
            let i = if members { i + 1 } else { i };
            if let Some(e) = ctx.ent_starting(i) {
                let t = ctx.w(i);
                let genitive = !member(&w.preps, t) && !t.starts_with('ب');
                // وجه التحالف ضربات جوية للتنظيم: strikes directed *at* it.
                let aimed = t.starts_with('ل')
                    && m.ti > 0
                    && [ctx.w(m.ti - 1), no_conj(ctx.w(m.ti - 1))].iter().any(|v| {
                        matches!(
                            *v,
                            "وجه"
                                | "وجهت"
                                | "يوجه"
                                | "توجه"
                                | "وجهوا"
                                | "سدد"
                                | "سددت"
                                | "يسدد"
                                | "تسدد"
                        )
                    });
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
                if matches!(
                    no_conj(ctx.w(i)),
                    "احبط"
                        | "احبطت"
                        | "احبطوا"
                        | "افشل"
                        | "افشلت"
                        | "افشلوا"
                        | "صد"
                        | "صدت"
                        | "صدوا"
                        | "تصدت"
                        | "تصدي"
                        | "تصدوا"
                        | "احباط"
                        | "افشال"
                ) {
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
                        && (member(&w.loc_general, ctx.w(first_tok - 1))
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
            && w.intransitive.contains(no_conj(ctx.w(m.ti)))
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
                    || member(&w.classifier, ctx.w(k))
                    || w.pronoun_word.contains(ctx.w(k))
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
        .any(|&i| member(&w.place_pronoun, ctx.w(i)));
    let city_anaphor_after = win
        .iter()
        .take(4)
        .any(|&i| member(&w.city_anaphor, ctx.w(i)));
    let city_anaphor_before = m.ti > lo
        && (m.ti.saturating_sub(2).max(lo)..m.ti).any(|i| member(&w.city_anaphor, ctx.w(i)));
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
    let presupposed = m.ti > lo && w.presup.contains(ctx.w(m.ti - 1));
    let topic = m.ti > 0 && member(&w.topic, ctx.w(m.ti - 1));
    let demonstrative = m.ti > 0 && member(&w.demonstrative, ctx.w(m.ti - 1));
    // Movement of residents (دخول الأهالي، خروج السكان) is displacement, not a military move.
    let civilian_subject = win.first().is_some_and(|&i| {
        let t = no_conj(ctx.w(i));
        w.civilians.iter().any(|c| t.contains(c.as_str()))
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
        member(&w.weak, f)
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

/// Casualty counts belong to the violent event of their sentence (أسفر عن سقوط 60 قتيلا).
fn attach_casualties(ctx: &Ctx, ms: &mut [Mention]) {
    for ci in 0..ms.len() {
        if ms[ci].drop || ms[ci].kind != "casualties" {
            continue;
        }
        let sid = ctx.sent.get(ms[ci].ti).copied();
        let cand = (0..ms.len())
            .filter(|&j| {
                j != ci
                    && !ms[j].drop
                    && family(&ms[j].kind) == "violence"
                    && ctx.sent.get(ms[j].ti).copied() == sid
            })
            .min_by_key(|&j| {
                let (a, b) = (ms[j].ti, ms[ci].ti);
                // Prefer the event before the count.
                if a <= b {
                    (b - a) * 2
                } else {
                    (a - b) * 3
                }
            });
        if let Some(j) = cand {
            let qs = ms[ci].quants.clone();
            for q in qs {
                if !ms[j].quants.contains(&q) {
                    ms[j].quants.push(q);
                }
            }
            ms[ci].drop = true;
        }
    }
}

/// Which statements say their content is false: a deny cue, or a falsity marker (لا أساس لها
/// من الصحة) whose innermost statement is this one.
fn statement_denies(ctx: &Ctx, pol: &[Marker], lex: &Lexicons) -> Vec<bool> {
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
    for mk in pol.iter().filter(|m| m.value == "false") {
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

fn is_future_verb(w: &str) -> bool {
    let w = no_conj(w);
    let Some(rest) = w.strip_prefix('س') else {
        return false;
    };
    let stop = [
        "سيطر", "سياس", "سيار", "سيد", "سير", "سين", "ستين", "سته", "ستون", "سنه", "سنو", "سنت",
        "سبق",
    ];
    if stop.iter().any(|s| w.starts_with(s)) {
        return false;
    }
    rest.chars().count() >= 3 && matches!(rest.chars().next(), Some('ي' | 'ت' | 'ن' | 'ا'))
}

fn polarity_modality(ctx: &Ctx, m: &mut Mention, pol: &[Marker], moda: &[Marker]) {
    let same_clause = |from: usize, to: usize| (from..to).all(|k| !ctx.punct[k]);
    // Local negation right before the trigger: لم تنسحب، عدم انسحاب، لن تسيطر.
    for mk in pol.iter().filter(|x| x.value == "neg") {
        if mk.tj < m.ti && m.ti - mk.tj <= 2 && same_clause(mk.tj, m.ti) {
            let t = mk.text.as_str();
            let adjacent = m.ti - mk.tj == 1;
            // Only a light verb may stand between: لم يتم القبض، لم تتوصل إلى اتفاق.
            let light = (mk.tj + 1..m.ti).all(|k| member(&words().light_verbs, ctx.w(k)));
            let ok = match t {
                "ما" | "غير" | "عدم" => adjacent,
                _ => adjacent || light,
            };
            // لا سيما، لا يزال are not negations.
            let next = ctx.w(mk.tj + 1);
            // كما is not ك + ما: the negator must be its own word (a conjunction may precede it).
            let word = ctx.w(mk.ti);
            let own_word = mk.ti != mk.tj || word == t || no_conj(word) == t;
            let idiom = !own_word
                || t == "لا"
                    && (next == "سيما" || next.starts_with("يزال") || next.starts_with("تزال"));
            if ok && !idiom {
                m.negated = true;
                if t == "لن" {
                    m.modality = "planned";
                }
            }
        }
    }
    let mut found: Vec<&str> = Vec::new();
    for mk in moda {
        let before = mk.tj < m.ti || (mk.ti <= m.ti && m.ti <= mk.tj);
        // صدت، تصدت: the word that repels is the fighting itself, which did not fail.
        let itself = mk.value == "failed" && mk.ti == m.ti && mk.tj == m.tj;
        if !before || itself {
            continue;
        }
        let gap = m.ti.saturating_sub(mk.tj);
        let near = match mk.value.as_str() {
            "failed" => {
                gap <= 9
                    && ctx.sent.get(mk.ti) == ctx.sent.get(m.ti)
                    && same_clause(mk.tj.min(m.ti), m.ti)
                    // «لم تتمكن من السيطرة عليها رغم القصف»: what comes after رغم happened.
                    && !(mk.tj + 1..m.ti).any(|k| {
                        matches!(no_conj(ctx.w(k)), "رغم" | "برغم" | "بالرغم" | "الرغم")
                    })
            }
            "retake" => gap <= 1,
            _ => {
                (gap <= 3 || mk.scope == "clause")
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
        if mk.value == "retake" {
            let t = no_conj(&mk.text);
            let purpose = t.starts_with('ل')
                || t.starts_with("من اجل")
                || t.starts_with("بهدف")
                || t.starts_with('س');
            if purpose && family(&m.kind) == "territory" {
                found.push("retake");
            }
            continue;
        }
        found.push(match mk.value.as_str() {
            "failed" => "failed",
            "planned" => "planned",
            "intended" => "intended",
            "possible" => "possible",
            _ => continue,
        });
    }
    // A yes/no question (هل انسحبت القوات فعلا؟) asserts nothing: at most it is possible.
    if m.ti > 0 && same_clause(m.ti.saturating_sub(3), m.ti) {
        let lo = m.ti.saturating_sub(3);
        let same = |k: usize| ctx.sent.get(k) == ctx.sent.get(m.ti);
        if (lo..m.ti).any(|k| same(k) && no_conj(ctx.w(k)) == "هل") {
            found.push("possible");
        }
    }
    // The future prefix سـ on the trigger or on the light verb before it.
    if m.prefix.contains('س')
        || (m.ti > 0 && is_future_verb(ctx.w(m.ti - 1)) && m.ti > region(ctx, m).0)
    {
        found.push("planned");
    }
    // لاستعادة، للسيطرة: a purpose.
    let pre = no_conj(&m.prefix);
    if !m.verb && (pre == "ل" || pre == "لل") {
        if m.retake && family(&m.kind) == "territory" {
            found.push("retake");
        } else {
            found.push("intended");
        }
    }
    for cand in ["failed", "retake", "planned", "intended", "possible"] {
        if found.contains(&cand) {
            m.modality = if cand == "retake" { "retake" } else { cand };
            return;
        }
    }
    if let Some(c) = m.claimant {
        match ctx.a.statements[c].cue.stance.as_str() {
            "promise" => m.modality = "planned",
            "demand" => m.modality = "intended",
            "estimate" if m.modality == "actual" => m.modality = "possible",
            _ => {}
        }
    }
}

/// A promise to retake a place says the speaker's side does not hold it now: the mention becomes
/// a denied `control` by the party that is to retake it.
fn retake(ctx: &Ctx, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        if ms[i].drop || ms[i].modality != "retake" {
            continue;
        }
        let prev = ms[..i].iter().rev().find(|p| {
            !p.drop && ctx.sent.get(p.ti) == ctx.sent.get(ms[i].ti) && p.claimant == ms[i].claimant
        });
        let who = prev.and_then(|p| {
            if !p.partners.is_empty() {
                Some(p.partners.clone())
            } else if !p.agents.is_empty() {
                Some(p.agents.clone())
            } else {
                None
            }
        });
        let m = &mut ms[i];
        if let Some(w) = who {
            m.agents = w;
        }
        // What is to be retaken is the object right after (لاستعادة البوكمال، لاستعادة السيطرة
        // عليها), not a region named later in the sentence.
        if let Some(e) = m.place {
            let first = ctx.ent_tok[e].map_or(usize::MAX, |r| r.0);
            let object = first > m.cont && first <= m.cont + 3;
            let pronoun = (m.cont + 1..=m.cont + 2)
                .any(|k| member(&words().place_pronoun, ctx.w(k)))
                || ctx.w(m.cont).ends_with("ها");
            if !object && !pronoun {
                m.place = None;
            }
        }
        // لاستعادة الاستقرار، لتحرير الفرد: retaking something that is not a place says nothing
        // about who holds what.
        if m.place.is_none() {
            m.drop = true;
            continue;
        }
        m.kind = "control".into();
        m.negated = true;
        m.modality = "actual";
    }
}

/// Where a claim's trigger is and whether it is tied to a particular event (see make_claims).
#[derive(Debug, Clone, Copy)]
struct ClaimInfo {
    at: usize,
    anchored: bool,
}

struct PropB {
    kind: String,
    parties: BTreeSet<String>,
    /// Agent parties named only by a nationality adjective.
    nisba: BTreeSet<String>,
    agents: Vec<usize>,
    targets: Vec<usize>,
    partners: Vec<usize>,
    place: Option<usize>,
    place_key: Option<String>,
    time: Option<usize>,
    window: Option<(NaiveDate, NaiveDate)>,
    quants: Vec<usize>,
    trigger: usize,
    last: usize,
    future: bool,
}

fn parties_of(ctx: &Ctx, ids: &[usize]) -> BTreeSet<String> {
    ids.iter().filter_map(|&e| ctx.party(e)).collect()
}

fn time_window(ctx: &Ctx, t: Option<usize>) -> Option<(NaiveDate, NaiveDate)> {
    let t = &ctx.a.times[t?];
    window(t.value.as_deref(), &t.relation, ctx.pubd)
}

fn quant_view(ctx: &Ctx, qs: &[usize]) -> ClaimView {
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
fn merge(ctx: &Ctx, ms: &mut [Mention]) -> Vec<Proposition> {
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
        let future = matches!(m.modality, "planned" | "intended");
        let mut best: Option<(usize, (u8, u8, u8, usize))> = None;
        for (pi, p) in props.iter().enumerate() {
            let kind_ok = p.kind == m.kind
                || (backref && family(&p.kind) == family(&m.kind) && family(&m.kind) != m.kind);
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
                    kind: m.kind.clone(),
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
    let w = words();
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
                (lo..=hi).any(|k| w.civilians.iter().any(|c| ctx.w(k).contains(c.as_str())))
            };
            Proposition {
                id: format!("p{}", pi + 1),
                kind: p.kind.clone(),
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
                acled: acled_for(&p.kind, &parties, civilian, &fold(&m.text)),
                plover: plover(&p.kind).map(str::to_string),
            }
        })
        .collect()
}

/// The claims: each mention's claimant holds its proposition true or false; a statement that
/// calls a report it quotes false denies what the report says.
fn make_claims(
    ctx: &Ctx,
    ms: &[Mention],
    denies: &[bool],
    cue_toks: &HashSet<usize>,
) -> (Vec<Claim>, HashMap<String, ClaimInfo>) {
    let mut claims: Vec<Claim> = Vec::new();
    let mut pos: HashMap<String, ClaimInfo> = HashMap::new();
    let w = words();
    // A denial is about the head of what is denied: the first event of the content.
    let mut head_of: HashMap<usize, usize> = HashMap::new();
    for (i, m) in ms.iter().enumerate() {
        if m.drop || m.presupposed || m.prop == usize::MAX {
            continue;
        }
        if let Some(c) = m.claimant {
            let e = head_of.entry(c).or_insert(i);
            if ms[*e].ti > m.ti {
                *e = i;
            }
        }
    }
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let mut order: Vec<usize> = (0..ms.len()).filter(|&i| !ms[i].drop).collect();
    order.sort_by_key(|&i| ms[i].ti);
    let mut push = |claims: &mut Vec<Claim>,
                    prop: usize,
                    by: String,
                    polarity: &str,
                    modality: &str,
                    info: ClaimInfo| {
        if !seen.insert((prop, by.clone())) {
            return;
        }
        let id = format!("c{}", claims.len() + 1);
        pos.insert(id.clone(), info);
        claims.push(Claim {
            id,
            proposition: format!("p{}", prop + 1),
            by,
            polarity: polarity.to_string(),
            modality: modality.to_string(),
        });
    };
    for &i in &order {
        let m = &ms[i];
        if m.prop == usize::MAX {
            continue;
        }
        let stmt_deny = m.claimant.is_some_and(|c| denies[c]);
        if m.presupposed && stmt_deny {
            continue;
        }
        let cue_deny = m
            .claimant
            .is_some_and(|c| ctx.a.statements[c].cue.stance == "deny");
        if cue_deny {
            let c = m.claimant.unwrap_or(0);
            let head = head_of.get(&c).copied();
            // نفى انسحاب القوات: the event heads the content; نفى أن تكون تركيا أبلغته بالعملية
            // denies the telling, not the operation.
            let near_start = ctx.content_tok[c].is_some_and(|(ci, _)| {
                m.ti <= ci + 6 && !(ci..m.ti).any(|k| cue_toks.contains(&k))
            });
            if head != Some(i) || !near_start {
                // Later events in a denied content are background, not what is denied.
                continue;
            }
        }
        // Evidence that this mention is about a particular event: its own place, an explicit
        // "this attack", or a content that is only the event noun (اعترفت بالانسحاب).
        let short = m
            .claimant
            .and_then(|c| ctx.content_tok[c])
            .is_some_and(|(ci, cj)| cj.saturating_sub(ci) <= 2);
        let demonstrative = m.ti > 0 && member(&w.demonstrative, ctx.w(m.ti - 1));
        let info = ClaimInfo {
            at: m.span[0],
            anchored: m.place.is_some() || short || demonstrative,
        };
        match m.claimant {
            None => {
                if m.topic {
                    continue;
                }
            }
            Some(c) => {
                // A bare "the clashes ..." opening a statement is its topic, not its claim, unless
                // the statement is only that noun (اعترفت بالانسحاب) or adds numbers to it.
                if let Some((ci, cj)) = ctx.content_tok[c] {
                    let bare = m.agents.is_empty() && m.place.is_none() && m.targets.is_empty();
                    let opens = m.ti <= ci + 1;
                    let short = cj.saturating_sub(ci) <= 2;
                    if bare && m.definite && opens && !short && m.quants.is_empty() {
                        continue;
                    }
                }
            }
        }
        let deny = m.negated || (stmt_deny && !m.presupposed);
        let polarity = if deny { "deny" } else { "affirm" };
        let modality = if m.modality == "retake" {
            "actual"
        } else {
            m.modality
        };
        let by = m
            .claimant
            .map_or_else(|| "author".to_string(), |c| ctx.a.statements[c].id.clone());
        push(&mut claims, m.prop, by, polarity, modality, info);
        // Statements sharing one content (يتهم ... وهو ما ينفيه ...) each hold it their way.
        if let Some(c) = m.claimant {
            let span = ctx.a.statements[c].content.span;
            for (ti, t) in ctx.a.statements.iter().enumerate() {
                if ti != c && t.content.span == span {
                    let deny = m.negated || (denies[ti] && !m.presupposed);
                    let pol = if deny { "deny" } else { "affirm" };
                    push(&mut claims, m.prop, t.id.clone(), pol, modality, info);
                }
            }
        }
        // Statements that deny a report they quote deny what it says.
        let mut cur = m.claimant;
        let mut guard = 0;
        while let Some(c) = cur {
            guard += 1;
            if guard > 16 {
                break;
            }
            let parent = ctx.a.statements[c]
                .embedded_in
                .as_deref()
                .and_then(|id| ctx.a.statements.iter().position(|s| s.id == id));
            if let Some(p) = parent {
                if denies[p] && !m.negated {
                    push(
                        &mut claims,
                        m.prop,
                        ctx.a.statements[p].id.clone(),
                        "deny",
                        modality,
                        info,
                    );
                }
            }
            cur = parent;
        }
    }
    anaphoric_claims(ctx, ms, denies, &mut claims, &mut push);
    (claims, pos)
}

/// What a statement holds when its content only points back (نفى المرصد ذلك، نفت الوزارة هذه
/// الأنباء): the propositions of the statement before it, or of the article's own words in the
/// sentence before, with the pointing statement's own stance.
fn anaphoric_claims(
    ctx: &Ctx,
    ms: &[Mention],
    denies: &[bool],
    claims: &mut Vec<Claim>,
    push: &mut impl FnMut(&mut Vec<Claim>, usize, String, &str, &str, ClaimInfo),
) {
    const POINTERS: &[&str] = &[
        "ذلك",
        "هذا",
        "الخبر",
        "هذا الخبر",
        "ذلك الخبر",
        "الانباء",
        "هذه الانباء",
        "تلك الانباء",
        "التقارير",
        "هذه التقارير",
        "تلك التقارير",
        "هذه المعلومات",
        "هذه الروايه",
        "هذه المزاعم",
        "هذه الادعاءات",
        "هذه الاتهامات",
        "الامر",
        "هذا الامر",
    ];
    for (c, st) in ctx.a.statements.iter().enumerate() {
        let f = fold(st.content.text.trim());
        let f = f.strip_prefix("صحه ").unwrap_or(&f);
        let f = f
            .trim_end_matches(|ch: char| !ch.is_alphanumeric())
            .trim_end_matches("جمله وتفصيلا")
            .trim_end_matches("قطعيا")
            .trim();
        if !POINTERS.contains(&f) {
            continue;
        }
        let cue = st.cue.span[0];
        let sent = |pos: usize| {
            ctx.toks
                .iter()
                .position(|t| t.e > pos)
                .and_then(|i| ctx.sent.get(i).copied())
        };
        let here = sent(cue);
        let near = |pos: usize| match (sent(pos), here) {
            (Some(a), Some(b)) => b >= a && b - a <= 1,
            _ => false,
        };
        // The nearest earlier statement of another source that holds something, else the
        // article's own claims just before.
        let prev = ctx
            .a
            .statements
            .iter()
            .enumerate()
            .filter(|(i, s)| *i != c && s.cue.span[0] < cue && near(s.cue.span[0]))
            .filter(|(_, s)| claims.iter().any(|x| x.by == s.id))
            .max_by_key(|(_, s)| s.cue.span[0])
            .map(|(_, s)| s.id.clone());
        let held: Vec<(usize, String)> = match &prev {
            Some(id) => claims
                .iter()
                .filter(|x| &x.by == id)
                .filter_map(|x| {
                    let p = x.proposition.strip_prefix('p')?.parse::<usize>().ok()? - 1;
                    Some((p, x.modality.clone()))
                })
                .collect(),
            None => ms
                .iter()
                .filter(|m| {
                    !m.drop
                        && m.prop != usize::MAX
                        && m.claimant.is_none()
                        && m.span[0] < cue
                        && near(m.span[0])
                })
                .filter(|m| {
                    claims
                        .iter()
                        .any(|x| x.by == "author" && x.proposition == format!("p{}", m.prop + 1))
                })
                .map(|m| (m.prop, m.modality.to_string()))
                .collect(),
        };
        let polarity = if denies[c] { "deny" } else { "affirm" };
        for (p, modality) in held {
            let info = ClaimInfo {
                at: cue,
                anchored: true,
            };
            push(claims, p, st.id.clone(), polarity, &modality, info);
        }
    }
}

fn ancestor(a: &Analysis, inner: &str, outer: &str) -> bool {
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
fn is_country_entity(a: &Analysis, id: &str) -> bool {
    let Some(e) = a.entity(id) else { return false };
    if e.canonical
        .as_ref()
        .is_some_and(|c| COUNTRY_NAMES.contains(&c.to_lowercase().as_str()))
    {
        return true;
    }
    member(&words().countries, &fold(&e.text))
}

fn source_key(a: &Analysis, by: &str) -> String {
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
fn overlapping(a: &Analysis, x: &str, y: &str) -> bool {
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
fn same_person(a: &Analysis, x: &str, y: &str) -> bool {
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

fn contradictions(a: &Analysis, info: &HashMap<String, ClaimInfo>) -> Vec<Contradiction> {
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
                    .is_some_and(|e| is_country_entity(a, e))
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
            }
        })
        .collect()
}
