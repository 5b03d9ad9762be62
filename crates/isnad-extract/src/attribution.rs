//! Attribution: every act of reported speech as a statement with its source, cue, content and
//! chain of transmission (outlet ← via ← source).
//!
//! Shapes read here: `قال X إن …` (VSO, the usual news order), `X قال …` (SVO), `نقلت Y عن X
//! قوله إن …` (chains), `ذكرت Y نقلاً عن X أن …`, `بحسب X` / `وفقاً لـ X` (prepositional), a colon or
//! a quote after the speaker, object content without a complementiser (`نفى X انسحاب …`),
//! participles and bare continuation verbs that go on with the previous speaker (`موضحاً أن`,
//! `وأضاف أن`), and statements inside another statement's content (`كل ما أعلنه تنظيم داعش …`).

use crate::context::Context;
use crate::entities::{nisba_party, Ent};
use isnad_lexicon::Lexicons;
use isnad_schema::{Analysis, Cue, SpanRef, Statement};

mod accused;
mod content;
mod headline;
mod named_title;
mod nominal;
mod open_speaker;
mod preposed;
mod rejected;
mod speaker;

/// Where content was found: its folded range, whether it is a direct quote, and the medium.
type Located = ((usize, usize), bool, Option<(usize, usize)>);

#[derive(Debug, Clone)]
pub struct Stmt {
    pub source: usize,
    pub cue: (usize, usize),
    pub stance: String,
    pub content: (usize, usize),
    pub via: Vec<usize>,
    pub medium: Option<(usize, usize)>,
    pub direct: bool,
    pub embedded_in: Option<usize>,
}

impl Stmt {
    /// An indirect statement with no relay or medium (its embedding is set once all are found).
    pub(crate) fn indirect(
        source: usize,
        cue: (usize, usize),
        stance: &str,
        content: (usize, usize),
    ) -> Stmt {
        Stmt {
            source,
            cue,
            stance: stance.to_string(),
            content,
            via: vec![],
            medium: None,
            direct: false,
            embedded_in: None,
        }
    }
}

/// Nouns that name where something was said (في بيان، عبر منشور، في تصريح لقناة …).
const MEDIUM_NOUNS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "منشور",
    "تغريده",
    "تغريدات",
    "حساب",
    "صفحه",
    "صفحت",
    "مقابله",
    "حديث",
    "موتمر",
    "رساله",
    "كلمه",
    "خطاب",
    "اتصال",
    "تسجيل",
    "فيديو",
    "موقع",
    "قناه",
    "حوار",
    "لقاء",
    "تقرير",
    "بث",
    "بلاغ",
    "ايجاز",
    "مداخله",
];
/// Object pronouns that take back a noun (folded): أعلنها، بثّه، رفضته.
const ENCLITIC_OBJECTS: &[&str] = &["ه", "ها", "هم", "هما", "هن"];

/// Adverbs that may stand between a speaker and what was said («ودعا الوزير أيضاً إلى …»): they
/// end the speaker's phrase and do not begin the content.
const ADVERBS: &[&str] = &[
    "ايضا",
    "كذلك",
    "بدوره",
    "بدورها",
    "بدورهم",
    "مجددا",
    "مجدداً",
];

const MEDIUM_PREPS: &[&str] = &["عبر", "في", "خلال", "علي", "ضمن", "من"];

/// Where non-quoted content stops: a new clause that is no longer the speaker's.
const CLAUSE_BREAKS: &[&str] = &[
    "، بينما",
    "، فيما",
    " بينما ",
    "، في حين",
    "، لكن",
    "، الا ان",
    "، التي ",
    "، الذي ",
    "، حيث ",
    ", بينما",
    ", فيما",
    ", لكن",
    ", التي ",
    ", الذي ",
];

/// Assertion verbs that take their content as a direct object (أعلن الجيش السيطرة على …).
const OBJECT_ASSERT: &[&str] = &[
    "اعلن",
    "اعلان",
    "تعلن",
    "يعلن",
    "كشف",
    "تكشف",
    "يكشف",
    // Monitors' verbs take what they recorded as their object: «ووثّقت الشبكة مقتل 20 مدنياً».
    "وثق",
    "توثق",
    "يوثق",
    "رصد",
    "ترصد",
    "يرصد",
    "احصي",
    "تحصي",
    "يحصي",
];

/// Words that may stand between a preposed speaker and the verb (وكانت الوزارة قد نفت).
const AUX: &[&str] = &["قد", "لقد", "كان", "كانت", "كانوا", "وكان", "وكانت", "فقد"];

struct Finder<'c, 'a> {
    cx: &'c Context<'a>,
    lex: &'c Lexicons,
    /// Every cue match of the article, in text order.
    cues: Vec<isnad_lexicon::PhraseMatch>,
    /// Time expressions (folded ranges): an adverb between the speaker and the content is not content.
    times: &'c [(usize, usize)],
    /// Whether the cue being read takes its object with بـ (see `open_speaker.rs`): then a
    /// بـ-object ends the speaker's phrase.
    b_object: std::cell::Cell<bool>,
    /// Likewise for a cue whose عن opens what was said (أعرب عن): عن ends an open speaker.
    an_object: std::cell::Cell<bool>,
}

pub fn find(
    cx: &Context,
    lex: &Lexicons,
    ents: &mut Vec<Ent>,
    times: &[(usize, usize)],
) -> Vec<Stmt> {
    // Entities before this index came from the lexicons, the gazetteer and the recogniser; the
    // rest are speaker phrases made here, kept only if a statement names them.
    let found = ents.len();
    let fd = Finder {
        cx,
        lex,
        times,
        b_object: std::cell::Cell::new(false),
        an_object: std::cell::Cell::new(false),
        cues: cx
            .hits
            .find(&lex.cue_matcher, cx.view())
            .into_owned()
            .into_iter()
            .filter(|m| verb_form_ok(cx, lex, m) && expressed_ok(cx, m) && claims_not_named(cx, m))
            .filter(|m| !negated(cx, m))
            .collect(),
    };
    let mut stmts: Vec<Stmt> = Vec::new();
    let cues = &fd.cues;
    let cue_starts: Vec<usize> = cues.iter().map(|m| m.word_start).collect();
    let participle_starts: Vec<usize> = cues
        .iter()
        .filter(|m| shape_of(lex, m) == "participle")
        .map(|m| m.word_start)
        .collect();
    // Where indirect content stops: a participle that takes over (مضيفاً أن) or a new reporting
    // verb joined by و after a comma («… , وأضاف "…"»).
    let mut content_stops = participle_starts.clone();
    content_stops.extend(
        cues.iter()
            .filter(|m| {
                shape_of(lex, m) == "verb" && cx.f()[m.word_start..m.start].starts_with('و')
            })
            .filter(|m| {
                let t = cx.tok_at(m.word_start);
                t > 0
                    && cx
                        .gap(cx.toks()[t - 1].end, m.word_start)
                        .contains(['،', ','])
            })
            .map(|m| m.word_start),
    );
    // «…، وهو ما نفته الوزارة»: what was said stops where the pronoun takes it up.
    content_stops.extend(
        cues.iter()
            .filter(|m| {
                matches!(
                    best_entry(lex, m).stance,
                    isnad_lexicon::Stance::Deny
                        | isnad_lexicon::Stance::Acknowledge
                        | isnad_lexicon::Stance::Confirm
                )
            })
            .filter_map(|m| fd.resumptive_before(cx.tok_at(m.word_start)))
            .map(|p| cx.toks()[p].start),
    );
    content_stops.sort_unstable();
    for m in cues {
        // A cue word inside a name (the بيان of a body's name) is not a cue.
        if ents
            .iter()
            .any(|e| e.start <= m.start && m.end <= e.end && e.end - e.start > m.end - m.start)
        {
            continue;
        }
        // Part of an earlier statement's speaker or chain (ذكرت Y نقلاً عن X أن …).
        if stmts
            .iter()
            .any(|s| s.cue.0 < m.start && m.start < s.content.0 && !s.direct)
        {
            continue;
        }
        let entry = best_entry(lex, m);
        let stance = match entry.stance.as_str() {
            "accuse" => "assert".to_string(),
            s => s.to_string(),
        };
        let object = entry.stance != isnad_lexicon::Stance::Assert;
        // Rule `cue.report_object`: رفضت واشنطن الاتهامات الروسية is a denial; without a report
        // noun as object the form's other reading holds.
        let rejected = m
            .entries
            .iter()
            .map(|&i| &lex.cues[i])
            .find(|c| c.shape == "report_object")
            .and_then(|e| fd.rejected(m, e.stance.as_str(), ents, &stmts, &cue_starts));
        let st = match entry.shape.as_str() {
            _ if rejected.is_some() => rejected,
            "participle" => fd.participle(m, &stance, &stmts, &cue_starts),
            // فحسب ("only") reads as ف + حسب to the matcher.
            "according" if cx.gap(m.word_start, m.word_end) == "فحسب" => None,
            "according" => fd
                .according(m, &stance, ents, &stmts)
                .map(|st| fd.with_verb_after(st, m)),
            "verb" | "demand_phrase" | "" => fd.verb(m, &stance, object, ents, &stmts, &cue_starts),
            "masdar" => fd.masdar(m, &stance, ents, &stmts, &cue_starts),
            "passive" => fd.document(m, &stance, ents, &stmts, &cue_starts),
            _ => None,
        };
        if let Some(mut st) = st {
            if stmts.iter().any(|s| s.cue == st.cue) || st.content.1 <= st.content.0 {
                continue;
            }
            st.content.1 = fd.cut_content(st.content.0, st.content.1, st.direct, &content_stops);
            st.content.1 = cap_content(cx, st.content.0, st.content.1);
            // Content is words, not a date or a stray number ("وفقاً لـ … 2014/2/28").
            let words = cx.toks()[cx.tok_from(st.content.0)..cx.tok_from(st.content.1)]
                .iter()
                .filter(|t| t.text(cx.f()).chars().any(|c| c.is_alphabetic()))
                .count();
            if st.content.1 <= st.content.0 || words == 0 {
                continue;
            }
            fd.adjust_stance(&mut st);
            stmts.push(st);
        }
    }
    named_title::name_after_title(cx, lex, ents, &mut stmts, &cue_starts);
    named_title::in_it(cx, lex, ents, &mut stmts);
    named_title::called(cx, ents, &mut stmts);
    let heads = fd.headlines(ents, &stmts);
    stmts.extend(heads);
    stmts.sort_by_key(|s| s.cue.0);
    trailing_relay(&fd, &mut stmts);
    // Statements whose cue lies inside another statement's content are embedded in the innermost.
    for i in 0..stmts.len() {
        let c = stmts[i].cue.0;
        stmts[i].embedded_in = (0..stmts.len())
            .filter(|&j| j != i && stmts[j].content.0 <= c && c < stmts[j].content.1)
            .min_by_key(|&j| stmts[j].content.1 - stmts[j].content.0);
    }
    drop_unspoken(ents, found, &mut stmts);
    stmts
}

/// Rule `content.trailing_relay`: «اتهم رئيس الأركان الولايات المتحدة بتدريب مقاتلين، وفق ما
/// نقلت وكالة رويترز»: a relay named after what it relays wraps the sentence, so the first
/// statement's content stops before the relay's cue. Two statements never hold each other's cue.
fn trailing_relay(fd: &Finder, stmts: &mut [Stmt]) {
    let holds = |a: &Stmt, pos: usize| a.content.0 <= pos && pos < a.content.1;
    for i in 0..stmts.len() {
        let later = (i + 1..stmts.len())
            .filter(|&j| holds(&stmts[i], stmts[j].cue.0) && holds(&stmts[j], stmts[i].cue.0))
            .map(|j| stmts[j].cue.0)
            .min();
        if let Some(cut) = later {
            let (s, e) = fd.trim(stmts[i].content.0, cut);
            if e > s {
                stmts[i].content = (s, e);
            }
        }
    }
}

/// Removes speaker phrases made at or after `found` that no statement kept (a phrase read while
/// trying a cue that then gave no statement), renumbering the statements' references.
fn drop_unspoken(ents: &mut Vec<Ent>, found: usize, stmts: &mut [Stmt]) {
    let used = |i: usize| stmts.iter().any(|s| s.source == i || s.via.contains(&i));
    let keep: Vec<bool> = (0..ents.len()).map(|i| i < found || used(i)).collect();
    let mut new_index = vec![usize::MAX; ents.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        if *k {
            new_index[i] = n;
            n += 1;
        }
    }
    for s in stmts.iter_mut() {
        s.source = new_index[s.source];
        for v in &mut s.via {
            *v = new_index[*v];
        }
    }
    crate::entities::retain_marked(ents, &keep);
}

/// Longest content kept, in folded bytes (about 1,500 Arabic letters, ten times the longest
/// statement in the gold): text without sentence ends (a pasted dump, a hostile input) would
/// otherwise give every cue the rest of the window, and output would grow with the square of
/// the input.
const MAX_CONTENT: usize = 3000;

/// Cuts a content longer than [`MAX_CONTENT`] at the end of its last whole word within it.
fn cap_content(cx: &Context, s: usize, e: usize) -> usize {
    if e - s <= MAX_CONTENT {
        return e;
    }
    let k = cx.tok_from(s + MAX_CONTENT);
    cx.toks()[..k]
        .iter()
        .rev()
        .map(|t| t.end)
        .find(|&end| end > s && end <= s + MAX_CONTENT)
        .unwrap_or(e)
}

/// «يُدعى "أبو الشيخ"» (is called) is spelled as «يدّعي أن» (claims): only the second has a
/// complementiser after it, within six words.
fn claims_not_named(cx: &Context, m: &isnad_lexicon::PhraseMatch) -> bool {
    if !matches!(&cx.f()[m.start..m.end], "يدعي" | "تدعي") {
        return true;
    }
    // A quoted name right after it is what someone is called.
    if cx.quote_opening_at(m.word_end).is_some() {
        return false;
    }
    let t = cx.tok_at(m.word_start);
    (t + 1..(t + 7).min(cx.toks().len())).any(|k| cx.is_complementiser(k))
}

/// A reporting verb under لم/لن/لا reports nothing said («لم يكشف الكرملين أي معلومات»).
fn negated(cx: &Context, m: &isnad_lexicon::PhraseMatch) -> bool {
    let t = cx.tok_at(m.word_start);
    t > 0
        && cx.f()[m.word_start..m.start].is_empty()
        && matches!(cx.word(t - 1), "لم" | "لن" | "ولم" | "ولن")
}

/// «عبّر X عن …» (expressed) and not «عبر» "via" or "crossed": at a clause start (after و/ف, a
/// comma or full stop, or كما/قد/حيث) with عن within ten words in the same sentence.
fn expressed_ok(cx: &Context, m: &isnad_lexicon::PhraseMatch) -> bool {
    let f = cx.f();
    if !matches!(&f[m.start..m.end], "عبر" | "عبرت" | "عبروا") {
        return true;
    }
    let t = cx.tok_at(m.word_start);
    let glued = !f[m.word_start..m.start].is_empty();
    let starts = t == 0
        || glued
        || cx
            .gap(cx.toks()[t - 1].end, m.word_start)
            .contains(['،', ',', '.', '\n'])
        || matches!(cx.word(t - 1), "كما" | "قد" | "وقد" | "حيث");
    let (_, sent_end) = cx.sentence_at(m.start);
    starts
        && (t + 1..(t + 11).min(cx.toks().len()))
            .take_while(|&k| cx.toks()[k].start < sent_end)
            .any(|k| cx.word(k) == "عن")
}

/// A verb takes only و، ف، ل and س before it («بحث» is not ب + حث) and no ي after it («ذكرى»
/// is not ذكر + ي: a verb's «me» is ني).
fn verb_form_ok(cx: &Context, lex: &Lexicons, m: &isnad_lexicon::PhraseMatch) -> bool {
    let shape = shape_of(lex, m);
    if shape != "verb" && shape != "passive" {
        return true;
    }
    let f = cx.f();
    f[m.word_start..m.start]
        .chars()
        .all(|c| matches!(c, 'و' | 'ف' | 'ل' | 'س'))
        && &f[m.end..m.word_end] != "ي"
}

fn shape_of<'l>(lex: &'l Lexicons, m: &isnad_lexicon::PhraseMatch) -> &'l str {
    best_entry(lex, m).shape.as_str()
}

fn best_entry<'l>(
    lex: &'l Lexicons,
    m: &isnad_lexicon::PhraseMatch,
) -> &'l isnad_lexicon::CueEntry {
    // Several entries may share a folded form; prefer the verb reading.
    m.entries
        .iter()
        .map(|&i| &lex.cues[i])
        .find(|c| c.shape == "verb")
        .unwrap_or(&lex.cues[m.entries[0]])
}

impl Finder<'_, '_> {
    fn f(&self) -> &str {
        self.cx.f()
    }

    /// «حسبما أفادت X»، «بحسب ما ذكرت X»، «وفق ما نقلت X عن Y»: the reporting verb right after
    /// the particle is part of the cue, which then spans both (annotators mark either the verb
    /// or the whole; the particle alone names nobody's act of saying).
    fn with_verb_after(&self, mut st: Stmt, m: &isnad_lexicon::PhraseMatch) -> Stmt {
        let cx = self.cx;
        if !cx.f()[m.start..m.end].ends_with("ما") {
            return st;
        }
        let next = cx.tok_from(m.word_end);
        let Some(t) = cx.toks().get(next) else {
            return st;
        };
        if !self.no_punct(m.word_end, next) {
            return st;
        }
        if let Some(v) = self
            .cues
            .iter()
            .find(|h| h.word_start == t.start && shape_of(self.lex, h) == "verb")
        {
            st.cue.1 = st.cue.1.max(v.word_end);
        }
        st
    }

    /// Skips spaces, dashes and commas from `pos`.
    fn skip_punct(&self, mut pos: usize) -> usize {
        let f = self.f();
        while let Some(c) = f[pos..].chars().next().filter(|c| " -–—،,".contains(*c)) {
            pos += c.len_utf8();
        }
        pos
    }

    /// Skips spaces (not punctuation) from `pos`.
    fn skip_spaces(&self, mut pos: usize) -> usize {
        let f = self.f();
        while pos < f.len() && f[pos..].starts_with(' ') {
            pos += 1;
        }
        pos
    }

    #[allow(clippy::too_many_arguments)]
    fn verb(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        stance: &str,
        object: bool,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        self.b_object.set(self.takes_b_object(m));
        self.an_object.set(
            self.lex
                .an_object_cues
                .contains(&self.cx.f()[m.start..m.end]),
        );
        let st = self.verb_inner(m, stance, object, ents, stmts, cue_starts);
        self.b_object.set(false);
        self.an_object.set(false);
        st
    }

    fn verb_inner(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        stance: &str,
        object: bool,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        let cx = self.cx;
        // «الاستراتيجية التي أعلنها الشهر الماضي»، «الخطاب الذي بثه التلفزيون»: a relative
        // clause whose verb takes back its noun as a pronoun says what the noun is, it reports
        // nothing new — unless what follows opens content of its own.
        let ti = cx.tok_at(m.word_start);
        let takes_back =
            m.word_end > m.end && ENCLITIC_OBJECTS.contains(&&cx.f()[m.end..m.word_end]);
        if takes_back
            && ti > 0
            && matches!(
                cx.word(ti - 1),
                "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
            )
        {
            let next = cx.tok_from(m.word_end);
            let opens_own =
                (next..(next + 6).min(cx.toks().len())).any(|k| cx.is_complementiser(k));
            if !opens_own {
                return None;
            }
        }
        let (_, sent_end) = cx.sentence_at(m.start);
        let limit = cx
            .quote_around(m.start)
            .map_or(sent_end, |q| q.inner_end.min(sent_end.max(q.inner_end)));
        let mut cue = (m.start, m.word_end);
        let mut via = Vec::new();
        let mut after;
        // Set when the content's opener was found past an addressee: it is the content whatever
        // its length.
        let mut opened = false;
        // «… إن الأسد شكر بوتين»: after إنّ/أنّ the noun before the verb is its subject, and
        // the noun after it an object.
        let fronted = self.subject_after_complementiser(m.word_start, ents, stmts);
        // A subject takes no preposition: «قال لعنب بلدي إن …» names the addressee.
        let addressee = self.addressee_at(cx.tok_from(m.word_end), ents);
        let found = match fronted {
            Some(_) => None,
            None if addressee => None,
            None => self.source_np(m.word_end, limit, ents, stmts),
        };
        if let Some(st) = self.accused_not_accuser(m, found, fronted, stance, ents, stmts) {
            return Some(st);
        }
        let source = match found {
            Some(s) => {
                let mut s = s;
                after = ents[s].end;
                // Chains: Y عن X / Y نقلا عن X: the nearer one is the outlet's informant.
                loop {
                    let t = cx.tok_from(after);
                    let hop = match (cx.word(t), cx.word(t + 1)) {
                        ("عن", _) if self.no_punct(after, t) => Some(t + 1),
                        ("نقلا", "عن") if self.no_punct(after, t) => Some(t + 2),
                        _ => None,
                    };
                    let Some(next) = hop.filter(|&n| n < cx.toks().len()) else {
                        break;
                    };
                    match self.source_np(cx.toks()[next].start, limit, ents, stmts) {
                        Some(x) => {
                            via.push(s);
                            s = x;
                            after = ents[x].end;
                        }
                        None => break,
                    }
                }
                // "طالب المعلم - وفق وكالة إنترفاكس - بـ…": an aside naming the relay.
                let t = cx.tok_from(after);
                if let Some(h) = self
                    .cues
                    .iter()
                    .find(|h| cx.toks().get(t).is_some_and(|x| h.word_start == x.start))
                {
                    if best_entry(self.lex, h).shape == "according" {
                        if let Some(v) = self.source_np(h.end, limit, ents, stmts) {
                            // Rule `speaker.mouthpiece`: «دعت روسيا على لسان الناطق باسم
                            // الكرملين …»: the words are the mouthpiece's own, spoken for the
                            // body; he is the speaker, not a relay.
                            if cx.f()[h.start..h.end].ends_with("لسان") {
                                // Speaking for the body, he holds its party when his own
                                // name gives none (الحكومة على لسان وزير الإعلام).
                                if let Some(body) = ents[s].actor.clone() {
                                    match &mut ents[v].actor {
                                        Some(own) if own.party.is_none() => own.party = body.party,
                                        Some(_) => {}
                                        None => ents[v].actor = Some(body),
                                    }
                                }
                                s = v;
                            } else {
                                via.push(v);
                            }
                            after = ents[v].end;
                        }
                    }
                }
                // "أعلن التنظيم، عبر وكالة أعماق التابعة له، …": a relay named with عبر.
                let t = cx.tok_from(after);
                if cx.word(t) == "عبر" {
                    if let Some(v) = self.source_np(cx.toks()[t].end, limit, ents, stmts) {
                        // Only a known outlet is a relay; "عبر حسابه" is a medium, not a link.
                        if ents[v].class.as_deref() == Some("media")
                            && ents[v].canonical.is_some()
                            && !ents[v].anaphor
                        {
                            via.push(v);
                            after = ents[v].end;
                            // "التابعة له" names whose relay it is: part of the aside.
                            let k = cx.tok_from(after);
                            if cx.word(k).starts_with("التابع") {
                                after = cx.toks()[k].end;
                                if matches!(cx.word(k + 1), "له" | "لها" | "لهم") {
                                    after = cx.toks()[k + 1].end;
                                }
                            }
                        }
                    }
                }
                // A title in apposition after the name («بيسكوف المتحدث باسم الكرملين») is
                // part of the speaker's aside.
                let t = cx.tok_from(after);
                if self.head_class(t).is_some_and(|(c, _)| c == "person") && self.no_punct(after, t)
                {
                    if let Some(e) = ents
                        .iter()
                        .filter(|e| e.start == cx.toks()[t].start || e.start == cx.toks()[t].stem)
                        .map(|e| e.end)
                        .max()
                    {
                        after = e;
                    }
                }
                let t = cx.tok_from(after);
                if matches!(cx.word(t), "قوله" | "قولها" | "قولهم" | "قولهما" | "قوله:")
                {
                    cue = (cx.toks()[t].start, cx.toks()[t].end);
                    after = cx.toks()[t].end;
                }
                s
            }
            None => {
                after = m.word_end;
                let before = self.subject_before_verb(m, fronted, ents);
                match before {
                    Some(s) => s,
                    None => match self.open_speaker(m.word_end, limit, ents, stmts) {
                        Some(s) => {
                            after = ents[s].end;
                            s
                        }
                        None => {
                            // A bare continuation (وأضاف أن، وقالت: "…") goes on with the last
                            // speaker, also past an addressee, a time or «قائلاً»
                            // («وأضاف للصحفيين في جنيف "…"»).
                            // With no subject, a quote right after is what was said, however short.
                            after = self.skip_to_opener(after, limit, ents);
                            opened = true;
                            let t = cx.tok_from(after);
                            let opens = cx.is_complementiser(t)
                                || self.gap_has(
                                    after,
                                    cx.toks().get(t).map_or(after, |x| x.start),
                                    ':',
                                )
                                || cx.quote_opening_at(after).is_some();
                            if !opens {
                                return None;
                            }
                            // «" … أعتقد أن أهم شيء … "»: a verb of belief with no subject inside
                            // someone's quoted words is their own hedge, part of what they said,
                            // not a second report.
                            if stance == "estimate" && cx.quote_around(m.start).is_some() {
                                return None;
                            }
                            let prev = self.previous(stmts, m.start)?;
                            via = prev.via.clone();
                            prev.source
                        }
                    },
                }
            }
        };
        // Rule `content.resumptive`: "…، وهو ما ينفيه X" and "… وهي مزاعم تنفيها موسكو": the
        // pronoun takes up what was just said, the previous statement's content when it ends in
        // this sentence, else the sentence up to the pronoun.
        // Only a denial, acknowledgement or confirmation takes the clause before it as its
        // object; other verbs say something of their own after (وهو ما اعتبرته انخفاضاً).
        let takes_clause = matches!(stance, "deny" | "acknowledge" | "confirm");
        if let Some(pron) = self
            .resumptive_before(cx.tok_at(m.word_start))
            .filter(|_| takes_clause)
        {
            let (sent_start, _) = cx.sentence_at(m.start);
            let at = cx.toks()[pron].start;
            let content = match stmts.last() {
                Some(prev) if prev.content.1 > sent_start && prev.content.1 <= at => prev.content,
                _ => self.trim(sent_start, at),
            };
            if content.1 > content.0 {
                return Some(Stmt {
                    source,
                    cue,
                    stance: stance.to_string(),
                    content,
                    via,
                    medium: None,
                    direct: false,
                    embedded_in: None,
                });
            }
        }
        let (content, direct, medium) = if opened && cx.quote_opening_at(after).is_some() {
            self.content_from(after, limit, None)
        } else {
            self.locate_content(after, limit, object, m, cue_starts)?
        };
        if content.0 >= content.1 {
            return None;
        }
        Some(Stmt {
            source,
            cue,
            stance: stance.to_string(),
            content,
            via,
            medium,
            direct,
            embedded_in: None,
        })
    }

    /// The token of a resumptive pronoun before a cue at token `ti`: «وهو ما» or «وهي» with a
    /// report noun between (وهي مزاعم تنفيها موسكو).
    fn resumptive_before(&self, ti: usize) -> Option<usize> {
        let cx = self.cx;
        let pronoun =
            |k: usize| matches!(cx.word(k), "وهو" | "وهي" | "هو" | "هي" | "وهذا" | "وذلك");
        if ti < 2 {
            return None;
        }
        let mid = cx.word(ti - 1);
        let noun = self
            .lex
            .words
            .has(isnad_lexicon::WordClass::ReportNoun, mid);
        ((mid == "ما" || noun) && pronoun(ti - 2)).then_some(ti - 2)
    }

    fn participle(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        stance: &str,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        let prev = self.previous(stmts, m.start)?;
        // The previous statement must be close: the same or the previous sentence.
        if m.start.saturating_sub(prev.content.1) > 400 {
            return None;
        }
        let (_, sent_end) = self.cx.sentence_at(m.start);
        let limit = self
            .cx
            .quote_around(m.start)
            .map_or(sent_end, |q| q.inner_end);
        let (content, direct, medium) =
            self.locate_content(m.word_end, limit, true, m, cue_starts)?;
        let mut cue = (m.start, m.word_end);
        let t = self.cx.tok_from(m.word_end);
        if self.cx.is_complementiser(t) && content.0 >= self.cx.toks()[t].end {
            cue.1 = self.cx.toks()[t].end;
        }
        Some(Stmt {
            source: prev.source,
            cue,
            stance: stance.to_string(),
            content,
            via: prev.via.clone(),
            medium,
            direct,
            embedded_in: None,
        })
    }

    fn according(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        stance: &str,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> Option<Stmt> {
        let cx = self.cx;
        let (sent_start, sent_end) = cx.sentence_at(m.start);
        // حسبما ذكرت وكالة …، بحسب ما أفادت به مصادر …: the reporting verb (and its به) comes
        // between the cue and the speaker.
        let mut from = m.end;
        let t = cx.tok_from(from);
        if let Some(v) = self.cues.iter().find(|h| {
            cx.toks().get(t).is_some_and(|x| h.word_start == x.start)
                && best_entry(self.lex, h).shape == "verb"
        }) {
            from = v.word_end;
            let t2 = cx.tok_from(from);
            if matches!(cx.word(t2), "به" | "بها" | "اليه" | "عنه" | "فيه") {
                from = cx.toks()[t2].end;
            }
        }
        let source = self.source_np(from, sent_end, ents, stmts)?;
        let src_end = ents[source].end;
        let before = cx
            .gap(sent_start, m.word_start)
            .trim_matches(|c: char| !c.is_alphanumeric());
        let content = if before.chars().count() <= 1 {
            // Clause-initial: "وبحسب المصادر، فإن …" — the content follows, after a relative
            // clause on the speaker (وبحسب بيان للاتحاد الذي ينظم المؤتمر، فإن …) if any.
            let mut t = cx.tok_from(src_end);
            if matches!(cx.word(t), "الذي" | "التي" | "الذين") {
                let mut k = t + 1;
                while k < cx.toks().len() && cx.toks()[k].start < sent_end {
                    let g = cx.gap(cx.toks()[k - 1].end, cx.toks()[k].start);
                    if g.contains(['،', ',']) || matches!(cx.word(k), "فان" | "فانه" | "فانها")
                    {
                        t = k;
                        break;
                    }
                    k += 1;
                }
            }
            if matches!(cx.word(t), "فان" | "ان" | "فانه" | "فانها") {
                t += 1;
            }
            (cx.toks().get(t).map_or(sent_end, |x| x.start), sent_end)
        } else {
            // Clause-final: the content is what precedes in the sentence.
            let start = self.clause_start(sent_start, m.word_start);
            (start, m.word_start)
        };
        Some(Stmt {
            source,
            cue: (m.start, m.end),
            stance: stance.to_string(),
            content: self.trim(content.0, content.1),
            via: vec![],
            medium: None,
            direct: false,
            embedded_in: None,
        })
    }

    /// The start of the clause ending at `end`: after the last clause break before it.
    fn clause_start(&self, sent_start: usize, end: usize) -> usize {
        let f = self.f();
        let seg = self.cx.gap(sent_start, end);
        let mut start = sent_start;
        for b in CLAUSE_BREAKS {
            if let Some(i) = seg.rfind(b) {
                start = start.max(sent_start + i + b.len());
            }
        }
        let mut s = start;
        while s < end && !f[s..].starts_with(|c: char| c.is_alphanumeric()) {
            s += f[s..].chars().next().map_or(1, |c| c.len_utf8());
        }
        s
    }

    /// The most recent statement that is not itself inside another's content.
    fn previous<'s>(&self, stmts: &'s [Stmt], before: usize) -> Option<&'s Stmt> {
        stmts.iter().rev().find(|s| {
            s.cue.0 < before
                && !stmts
                    .iter()
                    .any(|o| o.content.0 <= s.cue.0 && s.cue.0 < o.content.1 && o.cue != s.cue)
        })
    }

    fn gap_has(&self, a: usize, b: usize, c: char) -> bool {
        self.cx.gap(a, b).contains(c)
    }

    /// No sentence or clause punctuation between `pos` and token `t`.
    fn no_punct(&self, pos: usize, t: usize) -> bool {
        let Some(tok) = self.cx.toks().get(t) else {
            return false;
        };
        !self
            .cx
            .gap(pos, tok.start)
            .contains(['.', '،', ',', ':', '؛', '\n'])
    }

    /// The end of a back-pointing object starting at token `t` (ذلك، هذا، هذه الأنباء، تلك
    /// التقارير، صحة هذه المعلومات), if there is one: an optional `pointer_head`, then a
    /// demonstrative with a report noun or a pointer after it, or a pointer alone (`words.tsv`).
    fn pointer_at(&self, t: usize) -> Option<usize> {
        use isnad_lexicon::WordClass as C;
        let cx = self.cx;
        let w = &self.lex.words;
        let n = cx.toks().len();
        let mut k = t;
        if k < n && w.has(C::PointerHead, cx.word(k)) {
            k += 1;
        }
        if k >= n {
            return None;
        }
        let word = cx.word(k);
        let next = (k + 1 < n).then(|| cx.word(k + 1));
        if w.has(C::Demonstrative, word)
            && next.is_some_and(|x| w.has(C::ReportNoun, x) || w.has(C::Pointer, x))
        {
            return Some(cx.toks()[k + 1].end);
        }
        w.has(C::Pointer, word).then(|| cx.toks()[k].end)
    }

    /// Falsity words in the content turn an assertion into a denial; a first-person future in a
    /// direct quote makes it a promise.
    fn adjust_stance(&self, st: &mut Stmt) {
        let (s, e) = st.content;
        let seg = self.cx.gap(s, e);
        // A report quoted inside someone's words (كل ما أعلنه التنظيم … أقاويل لا أساس لها) is
        // not itself a denial: the verdict is the quoting speaker's.
        let quoted = self.cx.quote_around(st.cue.0).is_some();
        if matches!(st.stance.as_str(), "assert" | "confirm") && !quoted {
            let falsity = self.lex.polarity_matcher.find(seg).iter().any(|h| {
                h.entries
                    .iter()
                    .any(|&i| self.lex.polarity[i].value == isnad_lexicon::MarkerValue::False)
            });
            if falsity {
                st.stance = "deny".into();
                return;
            }
        }
        if st.direct && st.stance == "assert" {
            let first = seg.split_whitespace().next().unwrap_or("");
            let first = first.trim_start_matches(['و', 'ف']);
            let future_we = first.starts_with("سن") && first.chars().count() >= 4;
            let sawfa = seg
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| w[0] == "سوف" && w[1].starts_with('ن'));
            if future_we || sawfa {
                st.stance = "promise".into();
            }
        }
    }
}

/// Writes statements as schema items. `remap` maps entity indices to their emitted order.
pub fn emit(cx: &Context, stmts: &[Stmt], ents: &[Ent], remap: &[usize], out: &mut Analysis) {
    let sref = |s: usize, e: usize, ent: Option<usize>| {
        let (span, text) = cx.span(s, e);
        SpanRef {
            text,
            span,
            entity: ent
                .map(|i| ents[remap[i]].id.clone())
                .filter(|id| !id.is_empty()),
        }
    };
    for (k, st) in stmts.iter().enumerate() {
        let src = &ents[remap[st.source]];
        let (cspan, ctext) = cx.span(st.cue.0, st.cue.1);
        out.statements.push(Statement {
            id: format!("s{}", k + 1),
            source: sref(src.start, src.end, Some(st.source)),
            cue: Cue {
                text: ctext,
                span: cspan,
                stance: st.stance.clone(),
            },
            content: sref(st.content.0, st.content.1, None),
            via: st
                .via
                .iter()
                .map(|&v| {
                    let e = &ents[remap[v]];
                    sref(e.start, e.end, Some(v))
                })
                .collect(),
            medium: st.medium.map(|(s, e)| sref(s, e, None)),
            direct: st.direct,
            embedded_in: st.embedded_in.map(|j| format!("s{}", j + 1)),
        });
    }
}
