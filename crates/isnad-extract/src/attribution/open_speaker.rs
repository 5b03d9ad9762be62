//! Open-vocabulary speakers: the subject of a reporting verb is the speaker whatever it is, when
//! the syntax bounds it. The registry and the head nouns (heads.tsv) add identity and party;
//! they do not decide whether a statement exists.
//!
//! Construction: CUE + NP + (إن/أن/بأن… | «:» | an opening quote), the NP one to seven words with
//! no punctuation inside, not starting with a preposition or a complementiser, holding no other
//! cue and no event word. Between the NP and the complementiser may stand a time adverb
//! («قال الوزير أمس إن …»), the medium («في بيان»، «في حسابها على موقع "تويتر"») or an
//! apposition set off by commas («، رئيس مجموعة العمل الإنساني،»).
//!
//! «قال الكاتب والباحث السياسي حسن النيفي إن …» → the speaker is «الكاتب والباحث السياسي حسن النيفي»
//! «وقال المفاوض الروسي إن …» → «المفاوض الروسي» (a nominal speaker, party from the nisba)
//! «أكد رئيس البلدية للصحفيين أن …» → no speaker here (ل before the addressee ends the search).
//!
//! A verb whose object takes بـ (طالب، ندد، تعهد، أشاد، هدد …: the lexicon lists «طالب ب») closes
//! its subject where the بـ-object begins, not only at إن or a colon:
//! «وطالب الأهالي بحماية دولية للمدنيين» → the speaker is «الأهالي», what they asked «بحماية …».
//! A word that begins a known name (بشار الأسد، بغداد) is no such object.

use super::{Finder, Stmt, ADVERBS, MEDIUM_NOUNS, MEDIUM_PREPS};
use crate::entities::Ent;
use isnad_lexicon::PhraseMatch;

/// Words that cannot begin a speaker: prepositions and particles (قال في بيان، قال إنه).
const NOT_FIRST: &[&str] = &[
    "في",
    "علي",
    "عن",
    "من",
    "الي",
    "عبر",
    "خلال",
    "ل",
    "له",
    "لها",
    "لهم",
    "ان",
    "انه",
    "انها",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "كما",
    "بعد",
    "قبل",
    "امس",
    "اليوم",
    "ايضا",
    "بدوره",
    "بدورها",
    // a participle of saying continues the verb («وشدد قائلا:»), it is no subject
    "قايلا",
    "قايله",
    "قايلين",
    // time adverbs between the verb and its subject or content
    "اثناء",
    "خلال",
    "فجر",
    "صباح",
    "مساء",
    "ظهر",
    "يوم",
    "مؤخرا",
    "موخرا",
    "لاحقا",
    "سابقا",
    "منذ",
    "عقب",
    "اثر",
];

/// Words that end the search inside the phrase: a new clause or an addressee.
const STOPS: &[&str] = &[
    "عن",
    "نقلا",
    "ل",
    "قوله",
    "قولها",
    "الذي",
    "التي",
    "الذين",
    "بعد",
    "قبل",
];

/// Longest speaker phrase, in words; longest aside or medium after it.
const MAX_WORDS: usize = 7;
const MAX_ASIDE: usize = 16;

/// Where the scan is: in the speaker's name, in an aside set off by commas («، رئيس …،»), or in
/// the medium (في بيان، في حسابها على موقع "تويتر"، في حديث مع صحيفة …).
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Name,
    Aside,
    Medium,
}

impl Finder<'_, '_> {
    /// The open speaker phrase right after the cue ending at `pos`, as an index into `ents`.
    pub(super) fn open_speaker(
        &self,
        pos: usize,
        limit: usize,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> Option<usize> {
        let (a, b) = self.open_speaker_span(pos, limit, ents)?;
        if self.addressee_at(a, ents) {
            return None;
        }
        self.open_phrase(a, b, ents, stmts)
    }

    /// Whether the cue's verb takes its object with بـ (a lexicon row «طالب ب»).
    pub(super) fn takes_b_object(&self, m: &PhraseMatch) -> bool {
        self.lex
            .b_object_cues
            .contains(&self.cx.f()[m.start..m.end])
    }

    /// Whether token `k` begins the بـ-object of such a cue: بـ glued to a word of three letters
    /// or more (بحماية، بالانسحاب), not باسم (المتحدث باسم …) and not the start of a known name
    /// (بشار الأسد، بغداد).
    pub(super) fn b_object_at(&self, k: usize, ents: &[Ent]) -> bool {
        let cx = self.cx;
        let w = cx.word(k);
        self.b_object.get()
            && w.starts_with('ب')
            && w.chars().count() >= 4
            && w != "باسم"
            && cx
                .toks()
                .get(k)
                .is_some_and(|t| !ents.iter().any(|e| e.start == t.start))
    }

    /// Token range of the open speaker phrase, if the syntax closes it (for a cue that takes
    /// بـ, its بـ-object closes it too).
    fn open_speaker_span(&self, pos: usize, limit: usize, ents: &[Ent]) -> Option<(usize, usize)> {
        let cx = self.cx;
        let t0 = cx.tok_from(self.skip_spaces(pos));
        let first = cx.toks().get(t0)?;
        if first.start >= limit
            || cx.gap(pos, first.start).chars().any(|c| !c.is_whitespace())
            || NOT_FIRST.contains(&cx.word(t0))
            || cx.word(t0).chars().count() < 2
            || cx.is_complementiser(t0)
        {
            return None;
        }
        let mut phase = Phase::Name;
        let mut name_end = t0; // last token of the name
        let mut k = t0;
        while k < cx.toks().len() && k < t0 + MAX_WORDS + MAX_ASIDE {
            let tok = cx.toks()[k];
            if tok.start >= limit {
                return None;
            }
            if k > t0 {
                let g = cx.gap(cx.toks()[k - 1].end, tok.start);
                if g.contains(['"', '«', '“']) && phase == Phase::Medium {
                    // A short quoted platform name belongs to the medium (موقع "تويتر").
                    let at = cx.toks()[k - 1].end + g.find(['"', '«', '“']).unwrap_or(0);
                    if let Some(q) = cx
                        .quote_opening_at(at)
                        .filter(|q| q.closed && self.words_in(q.inner_start, q.inner_end) <= 3)
                    {
                        k = cx.tok_from(q.end).max(k + 1);
                        continue;
                    }
                }
                if g.contains(':') || g.contains(['"', '«', '“']) {
                    return (phase != Phase::Aside).then_some((t0, name_end));
                }
                if g.contains(['،', ',']) {
                    match phase {
                        // «وقالت وكالات الأنباء، إن …»: a comma before the complementiser.
                        Phase::Name if cx.is_complementiser(k) => {
                            return Some((t0, name_end));
                        }
                        // «وقال يان إيغلاند، رئيس مجموعة العمل …، إن»: an apposition.
                        Phase::Name => phase = Phase::Aside,
                        Phase::Aside | Phase::Medium => {
                            return cx.is_complementiser(k).then_some((t0, name_end));
                        }
                    }
                } else if g.contains(['.', '؛', '\n', '(', ')']) {
                    return None;
                }
            }
            if cx.is_complementiser(k) {
                return (k > t0 && phase != Phase::Aside).then_some((t0, name_end));
            }
            let in_time = self
                .times
                .iter()
                .any(|&(ts, te)| ts <= tok.start && tok.start < te);
            let w = cx.word(k);
            if phase == Phase::Name {
                if (in_time || ADVERBS.contains(&w)) && k > t0 {
                    phase = Phase::Medium; // «قال الوزير أمس إن»، «قال الوزير أيضاً إن»
                } else if k > t0
                    && MEDIUM_PREPS.contains(&w)
                    && MEDIUM_NOUNS.iter().any(|n| cx.stem(k + 1).starts_with(n))
                {
                    phase = Phase::Medium;
                } else if k > t0 && (self.b_object_at(k, ents) || self.an_object.get() && w == "عن")
                {
                    // «وأعرب عدد من السكان عن قلقهم»: the verb's عن after its subject.
                    return Some((t0, name_end));
                } else if k > t0 && matches!(w, "الي" | "علي") && cx.is_complementiser(k + 1)
                {
                    // «ولفت الخبير التركي إلى أن»: the verb's preposition after its subject.
                    return Some((t0, name_end));
                } else if k - t0 >= MAX_WORDS
                    || STOPS.contains(&w)
                    || matches!(w, "الي" | "علي")
                    || (k > t0 && self.cues.iter().any(|h| h.word_start == tok.start))
                    || !self.lex.trigger_matcher.find(w).is_empty()
                    || w.chars().any(|c| c.is_ascii_digit())
                {
                    return None;
                } else {
                    name_end = k;
                }
            }
            k += 1;
        }
        None
    }

    /// Makes the phrase tokens `a..=b` a speaker entity. A phrase with an indefinite word holds a
    /// name (الكاتب حسن النيفي، ماكرون): a person; an all-definite one (المفاوض الروسي) is a
    /// nominal speaker.
    fn open_phrase(
        &self,
        a: usize,
        b: usize,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> Option<usize> {
        let cx = self.cx;
        let before = ents.len();
        let i = self.phrase_entity(cx.toks()[a].start, cx.toks()[b].end, ents, stmts);
        if i == before && ents.len() == before + 1 && ents[i].class.as_deref() == Some("body") {
            let named = (a..=b).any(|k| {
                let s = cx.stem(k);
                !s.starts_with("ال") && !matches!(cx.word(k), "و" | "بن" | "ابن" | "ابو" | "ام")
            });
            if named {
                ents[i].kind = "PER".into();
                ents[i].class = Some("person".into());
                ents[i].nominal = false;
                ents[i].anaphor = false;
            } else {
                ents[i].nominal = true;
            }
        }
        Some(i)
    }
}
