//! Statements with no finite verb of saying:
//!
//! - **Verbal noun with its speaker (masdar).** «بعد إعلان الجيش السيطرة على البلدة»، «رغم تأكيد
//!   الوزارة أن تكون قواتها انسحبت»: the genitive after the noun is the speaker, the object or
//!   the أن-clause the content. Without a speaker right after it (الإعلان عن، إعلانه، «إعلان
//!   جنيف») it is no statement.
//! - **A document that says (جاء في / ورد في).** «وجاء في بيان وزارة الدفاع أن …»: the body
//!   named after the document is the speaker; with no body named («وجاء في نص البيان المشترك
//!   أن …») the document is.
//!
//! Other passives (قيل، أُفيد، يُذكر أن) name nobody and give no statement.

use super::{Finder, Stmt, MEDIUM_NOUNS};
use crate::entities::Ent;
use isnad_lexicon::PhraseMatch;

impl Finder<'_, '_> {
    pub(super) fn masdar(
        &self,
        m: &PhraseMatch,
        stance: &str,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        let cx = self.cx;
        let prefix = cx.gap(m.word_start, m.start);
        // A definite noun (الإعلان) or one with a pronoun (إعلانه) has no genitive speaker.
        if prefix.ends_with("ال") || prefix.ends_with("لل") || m.word_end > m.end {
            return None;
        }
        let (_, sent_end) = cx.sentence_at(m.start);
        self.source_np(m.word_end, sent_end, ents, stmts)?;
        self.verb(m, stance, true, ents, stmts, cue_starts)
    }

    pub(super) fn document(
        &self,
        m: &PhraseMatch,
        stance: &str,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
        cue_starts: &[usize],
    ) -> Option<Stmt> {
        let cx = self.cx;
        let form = cx.gap(m.start, m.end);
        if !form.ends_with(" في") || m.word_end > m.end {
            return None;
        }
        let (_, sent_end) = cx.sentence_at(m.start);
        let mut t = cx.tok_from(m.end);
        if cx.stem(t) == "نص" {
            t += 1;
        }
        let doc = cx.toks().get(t)?;
        if !MEDIUM_NOUNS.iter().any(|n| cx.stem(t).starts_with(n)) {
            return None;
        }
        // The body whose document it is: «بيان وزارة الدفاع», «بيان للجيش».
        let next = cx.tok_from(doc.end);
        let body = cx.toks().get(next).and_then(|x| {
            if x.start >= sent_end || !self.no_punct(doc.end, next) {
                return None;
            }
            let at = if cx.word(next).starts_with('ل') && x.stem == x.start {
                x.start + 'ل'.len_utf8()
            } else {
                x.start
            };
            ents.iter()
                .enumerate()
                .filter(|(_, e)| (e.start == at || e.start == x.stem) && e.kind != "GPE")
                .max_by_key(|(_, e)| e.end)
                .map(|(i, _)| i)
        });
        let (source, after) = match body {
            Some(i) => (i, ents[i].end),
            None => {
                // The document with its adjectives (البيان المشترك، التقرير الأممي).
                let mut end = doc.end;
                let mut k = t + 1;
                while k < cx.toks().len()
                    && cx.word(k).starts_with("ال")
                    && !matches!(cx.word(k), "الذي" | "التي" | "الذين")
                    && self.no_punct(end, k)
                    && !cx.is_complementiser(k)
                {
                    end = cx.toks()[k].end;
                    k += 1;
                }
                let i = self.phrase_entity(doc.start, end, ents, stmts);
                (i, end)
            }
        };
        let (content, direct, _) = self.locate_content(after, sent_end, false, m, cue_starts)?;
        (content.0 < content.1).then(|| Stmt {
            source,
            cue: (m.start, m.end),
            stance: stance.to_string(),
            content,
            via: vec![],
            medium: None,
            direct,
            embedded_in: None,
        })
    }
}
