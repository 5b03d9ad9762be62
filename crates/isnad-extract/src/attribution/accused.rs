//! Rule `speaker.accused_not_accuser`: after an accusing verb, one noun phrase followed by the
//! charge with بـ is the accused, not the accuser.

use super::{best_entry, Finder, Stmt};
use crate::entities::Ent;

impl Finder<'_, '_> {
    /// Rule `speaker.accused_not_accuser`: after an accusing verb, one noun phrase followed by
    /// the charge with بـ is the accused, not the accuser: «الهيئة اتهمت التنظيم بالتواطؤ»,
    /// «… واتهمت الجيش بالسماح للمقاتلين بالعبور». The accuser is the subject before the verb,
    /// or the speaker the sentence goes on with; what was said starts at the accused. (With two
    /// noun phrases, «اتهم رئيس الأركان الولايات المتحدة بتدريب …», the first is the accuser.)
    pub(super) fn accused_not_accuser(
        &self,
        m: &isnad_lexicon::PhraseMatch,
        found: Option<usize>,
        fronted: Option<usize>,
        stance: &str,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> Option<Stmt> {
        let cx = self.cx;
        if best_entry(self.lex, m).stance != isnad_lexicon::Stance::Accuse {
            return None;
        }
        let np = found?;
        let (_, sent_end) = cx.sentence_at(m.start);
        let (ps, pe) = (ents[np].start, ents[np].end);
        // Rule `speaker.accuser_then_accused`: a known name right before the charge (بـ) that
        // starts after the speaker phrase's first word is the accused, and the words before it
        // the accuser: the phrase read both as one («ويتهم ناشطون روسيا بقتل …»), or the accuser
        // goes on with a conjunct («يتهم معارضو الأسد والحكومات الغربية روسيا بقتل …»).
        let charged = |x: &Ent| {
            let t = cx.tok_from(x.end);
            cx.toks().get(t).is_some() && cx.word(t).starts_with('ب') && self.no_punct(x.end, t)
        };
        let conjunct = {
            let t = cx.tok_from(pe);
            cx.toks().get(t).is_some() && cx.word(t).starts_with("وال") && self.no_punct(pe, t)
        };
        let within =
            |x: &Ent| x.end == pe || (conjunct && cx.tok_from(x.start) <= cx.tok_from(pe) + 4);
        if let Some(acc) = ents.iter().position(|x| {
            x.start > ps && x.end >= pe && x.canonical.is_some() && within(x) && charged(x)
        }) {
            let accused = ents[acc].start;
            let charge = cx.toks()[cx.tok_from(ents[acc].end)].start;
            let accuser = self.phrase_entity(ps, accused, ents, stmts);
            let end = self.trim(charge, sent_end).1;
            return (end > accused && ents[accuser].end <= accused)
                .then(|| Stmt::indirect(accuser, (m.start, m.word_end), stance, (accused, end)));
        }
        let t = cx.tok_from(pe);
        let charge = cx.toks().get(t)?;
        if !cx.word(t).starts_with('ب') || !self.no_punct(pe, t) {
            return None;
        }
        let speaker = self
            .subject_before_verb(m, fronted, ents)
            .or_else(|| self.previous(stmts, m.start).map(|p| p.source))?;
        let end = self.trim(charge.start, sent_end).1;
        (end > ents[np].start).then(|| {
            Stmt::indirect(
                speaker,
                (m.start, m.word_end),
                stance,
                (ents[np].start, end),
            )
        })
    }
}
