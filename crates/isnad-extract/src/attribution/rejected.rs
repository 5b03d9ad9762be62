//! Rule `cue.report_object`: a verb of rejecting (رفض) reports a denial only when its object is
//! a report named as a noun (`report_noun` in `words.tsv`): «ورفضت الولايات المتحدة الاتهامات
//! الروسية» is a statement, «رفضت الفصائل الانسحاب» a refusal to act (no statement). With no
//! subject («وقد رفضت اتهامات روسية مماثلة»), the speaker is the one the text goes on with.

use super::{Finder, Stmt};
use crate::entities::Ent;
use isnad_lexicon::WordClass as C;

impl Finder<'_, '_> {
    /// The statement of a rejecting verb whose object is a report noun, if it has one.
    pub(super) fn rejected(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        stance: &str,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        let cx = self.cx;
        let t = cx.tok_from(m.word_end);
        if self.report_noun_at(t) {
            // No subject: the object follows the verb at once.
            let speaker = self.previous(stmts, m.start)?.source;
            let start = cx.toks()[t].start;
            let (_, sent_end) = cx.sentence_at(m.start);
            // Up to the next reporting cue (… وقالت إن …) or the sentence's end.
            let stop = cue_starts
                .iter()
                .copied()
                .filter(|&c| c > start)
                .min()
                .map_or(sent_end, |c| c.min(sent_end));
            let end = self.trim(start, stop).1;
            return (end > start)
                .then(|| Stmt::indirect(speaker, (m.start, m.word_end), stance, (start, end)));
        }
        self.verb(m, stance, true, ents, stmts, cue_starts)
            .filter(|st| self.report_noun_at(cx.tok_from(st.content.0)))
    }

    /// Whether a report noun starts at token `t`, after a demonstrative (هذه الاتهامات), a head
    /// word (صحة) or the preposition ب (بالاتهامات).
    fn report_noun_at(&self, t: usize) -> bool {
        let cx = self.cx;
        let w = &self.lex.words;
        let n = cx.toks().len();
        let is = |c: C, i: usize| {
            let word = cx.word(i);
            let word = word.strip_prefix('و').unwrap_or(word);
            w.has(c, word) || word.strip_prefix('ب').is_some_and(|r| w.has(c, r))
        };
        let k = if t < n && (is(C::Demonstrative, t) || is(C::PointerHead, t)) {
            t + 1
        } else {
            t
        };
        k < n && is(C::ReportNoun, k)
    }
}
