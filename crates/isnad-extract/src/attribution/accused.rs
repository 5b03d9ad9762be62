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
        let t = cx.tok_from(ents[np].end);
        let charge = cx.toks().get(t)?;
        if !cx.word(t).starts_with('ب') || !self.no_punct(ents[np].end, t) {
            return None;
        }
        let speaker = self
            .subject_before_verb(m, fronted, ents)
            .or_else(|| self.previous(stmts, m.start).map(|p| p.source))?;
        let (_, sent_end) = cx.sentence_at(m.start);
        let end = self.trim(charge.start, sent_end).1;
        (end > ents[np].start).then(|| Stmt {
            source: speaker,
            cue: (m.start, m.word_end),
            stance: stance.to_string(),
            content: (ents[np].start, end),
            via: vec![],
            medium: None,
            direct: false,
            embedded_in: None,
        })
    }
}
