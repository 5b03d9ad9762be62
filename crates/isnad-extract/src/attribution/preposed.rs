//! Speakers that stand before the verb (SVO), beyond the plain «المرصد قال»:
//!
//! - **Apposition between the subject and the verb.** «العقيد سامر حداد، قائد اللواء، قال إن …»:
//!   the clause opens with a name, an apposition set off by commas follows, then the verb.
//! - **A surname taken up again.** «حداد أشار إلى أن …»: a clause-initial word that is the last
//!   name of a person already named in the article is that person.
//!
//! Both are bounded by the clause: nothing but the subject, its apposition and commas stands
//! between the clause start and the verb.

use super::Finder;
use crate::entities::Ent;

/// Words that may open a clause before its subject (و is a proclitic and already stripped).
/// Circumstantial participles of turning to an addressee (folded): «وقال متوجهاً إلى …».
const ADDRESSING: &[&str] = &["متوجها", "مخاطبا", "موجها", "متوجه", "مخاطب"];

const OPENERS: &[&str] = &["بدوره", "بدورها", "بدورهم", "من جهته", "من جهتها", "اما"];

impl Finder<'_, '_> {
    /// From `pos` (right after a verb with no subject), steps over an addressee (للصحفيين،
    /// لقناة الغد), a time (فجر اليوم، أثناء زيارته) or «قائلاً» to the content's opener (إن،
    /// a colon, a quote), if one comes within eight words; otherwise returns `pos`.
    pub(super) fn skip_to_opener(&self, pos: usize, limit: usize, ents: &[Ent]) -> usize {
        let cx = self.cx;
        let t0 = cx.tok_from(pos);
        let Some(first) = cx.toks().get(t0) else {
            return pos;
        };
        let timed = self
            .times
            .iter()
            .any(|&(a, b)| a <= first.start + 2 && first.start < b);
        let w = cx.word(t0);
        // «وقال في كلمة ألقاها في جامعة "…" إن …»، «وقال متوجهاً إلى سكان المدينة "…"»: the
        // occasion (في/خلال + a medium noun) or the turn to an addressee (متوجهاً، مخاطباً إلى)
        // may be longer and hold a short quoted name.
        let occasion = super::MEDIUM_PREPS.contains(&w)
            && super::MEDIUM_NOUNS
                .iter()
                .any(|n| cx.stem(t0 + 1).starts_with(n));
        let turning = ADDRESSING.iter().any(|p| w.starts_with(p));
        if !(self.addressee_at(t0, ents)
            || timed
            || occasion
            || turning
            || matches!(w, "قايلا" | "قايله" | "قايلين" | "اثناء" | "خلال"))
        {
            return pos;
        }
        let window = if occasion || turning { 16 } else { 8 };
        let mut prev_end = pos;
        let mut k = t0;
        while k < (t0 + window).min(cx.toks().len()) {
            let tok = cx.toks()[k];
            let gap = cx.gap(prev_end, tok.start);
            if tok.start >= limit || gap.contains(['.', '\n', '؛']) {
                break;
            }
            if (occasion || turning) && k > t0 && gap.contains(['"', '«', '“']) {
                // A short quoted name inside the occasion («جامعة "تل أبيب"») with more of it,
                // or the opener, after it.
                let at = prev_end + gap.find(['"', '«', '“']).unwrap_or(0);
                if let Some(q) = cx
                    .quote_opening_at(at)
                    .filter(|q| q.closed && self.words_in(q.inner_start, q.inner_end) <= 3)
                {
                    let next = cx.tok_from(q.end);
                    if next < cx.toks().len() && cx.toks()[next].start < limit {
                        prev_end = q.end;
                        k = next;
                        continue;
                    }
                }
            }
            if gap.contains(':') || gap.contains(['"', '«', '“']) || cx.is_complementiser(k) {
                return prev_end;
            }
            prev_end = tok.end;
            k += 1;
        }
        pos
    }

    /// «إن X قال …»: the noun phrase between إنّ/أنّ and the verb is its subject, and the noun
    /// after the verb an object («… إن الوزير سامر حداد اتهم المعارضة بخرق الهدنة»). The phrase
    /// is one to five words with no punctuation, no other cue and no event word, headed by a known
    /// entity or a speaker noun.
    pub(super) fn subject_after_complementiser(
        &self,
        cue_word_start: usize,
        ents: &mut Vec<Ent>,
        stmts: &[super::Stmt],
    ) -> Option<usize> {
        let cx = self.cx;
        let ti = cx.tok_at(cue_word_start);
        let k0 = (ti.saturating_sub(6)..ti)
            .rev()
            .find(|&k| cx.is_complementiser(k))?;
        let (a, b) = (k0 + 1, ti);
        if a >= b || !self.no_punct(cx.toks()[k0].end, b) {
            return None;
        }
        if (a..b).any(|k| {
            cx.is_complementiser(k)
                || self.cues.iter().any(|h| h.word_start == cx.toks()[k].start)
                || !self.lex.trigger_matcher.find(cx.word(k)).is_empty()
        }) {
            return None;
        }
        let (s, e) = (
            cx.toks()[a].stem.max(cx.toks()[a].start),
            cx.toks()[b - 1].end,
        );
        let known = ents.iter().any(|x| {
            (x.actor.is_some() || x.kind != "GPE") && x.end <= e && x.start >= cx.toks()[a].start
        });
        if !known && self.head_class(a).is_none() {
            return None;
        }
        // The longest entity that is the whole phrase, else the phrase itself.
        if let Some(i) = ents.iter().position(|x| {
            x.end == e && x.start <= cx.toks()[a].end && x.start >= cx.toks()[a].start
        }) {
            return Some(i);
        }
        Some(self.phrase_entity(s, e, ents, stmts))
    }

    /// The subject of a clause-initial NP + «،» apposition «،» + verb, if the cue at
    /// `cue_word_start` is that verb.
    pub(super) fn subject_with_apposition(
        &self,
        cue_word_start: usize,
        ents: &[Ent],
    ) -> Option<usize> {
        let cx = self.cx;
        let (sent_start, _) = cx.sentence_at(cue_word_start);
        let ti = cx.tok_at(cue_word_start);
        if ti == 0
            || !cx
                .gap(cx.toks()[ti - 1].end, cue_word_start)
                .contains(['،', ','])
        {
            return None;
        }
        let mut first = cx.tok_from(sent_start);
        let opener = cx.gap(cx.toks().get(first)?.start, cx.toks().get(first + 1)?.end);
        if OPENERS.contains(&cx.word(first)) {
            first += 1;
        } else if OPENERS.contains(&opener) {
            first += 2;
        }
        // At most a dozen words from the clause start to the verb.
        if ti <= first || ti - first > 14 {
            return None;
        }
        let start = cx.toks().get(first)?;
        // A rank before the name (العقيد، الشيخ) may or may not be part of the entity.
        let name_start = if self.is_rank(first) {
            cx.toks().get(first + 1).map_or(start.start, |t| t.start)
        } else {
            start.start
        };
        let before_verb = cx.toks()[ti - 1].end;
        // The subject: a name at the clause start, or a person named in the apposition after a
        // title («القيادي في الجبهة، العقيد محمد الأحمد، قال»); never a place.
        let at_start = ents
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                (e.start == start.start || e.start == start.stem || e.start == name_start)
                    && e.kind != "GPE"
                    && e.end <= before_verb
            })
            .max_by_key(|(_, e)| e.end)
            .map(|(i, _)| i);
        let person = |e: &Ent| e.kind == "PER" && !e.nominal;
        let subj = match at_start {
            Some(i) if person(&ents[i]) || ents[i].actor.is_some() => i,
            _ => {
                ents.iter()
                    .enumerate()
                    .filter(|(_, e)| person(e) && e.start >= start.start && e.end <= before_verb)
                    .filter(|(_, e)| {
                        cx.gap(cx.toks()[cx.tok_at(e.start).saturating_sub(1)].end, e.start)
                        .contains(['،', ','])
                        || self.is_rank(cx.tok_at(e.start).saturating_sub(1))
                        // a title before the name: «الناشط عمر حداد، …»
                        || (cx.tok_at(e.start) <= first + 3
                            && !cx.gap(start.start, e.start).contains(['،', ',']))
                    })
                    .min_by_key(|(_, e)| e.start)?
                    .0
            }
        };
        // The subject is closed by a comma; what follows up to the verb holds no clause of its
        // own (no complementiser, no other cue, no quote).
        let rest = cx.gap(ents[subj].end, cue_word_start);
        let whole = cx.gap(start.start, cue_word_start);
        if !rest.trim_start().starts_with(['،', ',']) || whole.contains(['"', '«', '.', ':', '؛'])
        {
            return None;
        }
        let k0 = cx.tok_from(start.start);
        if (k0..ti).any(|k| {
            cx.is_complementiser(k) || self.cues.iter().any(|h| h.word_start == cx.toks()[k].start)
        }) {
            return None;
        }
        Some(subj)
    }

    /// The subject before the verb in any of the shapes above: after إنّ (`fronted`, found by
    /// the caller), right before the cue, with an apposition, or a surname taken up again.
    pub(super) fn subject_before_verb(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        fronted: Option<usize>,
        ents: &mut Vec<Ent>,
    ) -> Option<usize> {
        fronted
            .or_else(|| self.source_before(m.word_start, ents))
            .or_else(|| self.subject_with_apposition(m.word_start, ents))
            .or_else(|| self.surname_subject(m.word_start, ents))
    }

    /// A clause-initial surname of a person named earlier, right before the verb.
    pub(super) fn surname_subject(
        &self,
        cue_word_start: usize,
        ents: &mut Vec<Ent>,
    ) -> Option<usize> {
        let cx = self.cx;
        let ti = cx.tok_at(cue_word_start);
        if ti == 0 {
            return None;
        }
        let t = ti - 1;
        let tok = cx.toks()[t];
        let (sent_start, _) = cx.sentence_at(cue_word_start);
        let clause_start = cx.tok_from(sent_start) == t
            || cx
                .gap(cx.toks().get(t.wrapping_sub(1))?.end, tok.start)
                .contains(['،', ',']);
        if !clause_start || !cx.gap(tok.end, cue_word_start).trim().is_empty() {
            return None;
        }
        let w = cx.stem(t);
        if w.chars().count() < 3 {
            return None;
        }
        let f = self.f();
        let named = ents.iter().position(|e| {
            e.end <= tok.start
                && (e.kind == "PER" || e.class.as_deref() == Some("person"))
                && !e.nominal
                && f[e.start..e.end].split(' ').count() >= 2
                && f[e.start..e.end].rsplit(' ').next() == Some(w)
        })?;
        let mut e = ents[named].clone();
        e.start = tok.stem.max(tok.start);
        e.end = tok.end;
        if e.canonical.is_none() {
            e.canonical = Some(cx.span(ents[named].start, ents[named].end).1);
        }
        ents.push(e);
        Some(ents.len() - 1)
    }
}
