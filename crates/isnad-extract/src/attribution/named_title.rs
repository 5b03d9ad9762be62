//! Who a speaker phrase names when the name is not where the phrase is. Rule
//! `speaker.name_after_title`: a speaker given by a title whose post runs over a place or a
//! body, with the holder's name after it, set off by commas or after a quoted body name:
//!
//! «ويوضح الخبير في شؤون الفصائل في "معهد الدراسات" , سامر الحلبي , للوكالة , أن …»
//! «وقال المستشار في الإدارة الذاتية سامر الحلبي "…"»
//!
//! The speaker phrase stops before the name (a quote or a comma ends it); the name that follows,
//! before the content begins and with no other reporting verb between, is who spoke. The guide
//! takes the name as the source, the title being its apposition.

use super::Stmt;
use crate::context::Context;
use crate::entities::Ent;
use isnad_lexicon::Lexicons;

/// The furthest a name may stand after its title's phrase (tokens).
const MAX_GAP_TOKENS: usize = 14;

/// Moves each title-only speaker to the person's name that follows it, when there is one.
pub(super) fn name_after_title(
    cx: &Context,
    lex: &Lexicons,
    ents: &[Ent],
    stmts: &mut [Stmt],
    cue_starts: &[usize],
) {
    let is_title = |e: &Ent| cx.titled_at(lex, e.start);
    for st in stmts.iter_mut() {
        let src = &ents[st.source];
        // The speaker after its verb (VSO), the content after both; a named person already is one.
        if st.cue.1 > src.start || src.end >= st.content.0 || !is_title(src) {
            continue;
        }
        let named = cx.toks()[cx.tok_at(src.start)..cx.tok_from(src.end)]
            .iter()
            .any(|t| {
                ents.iter().any(|e| {
                    e.kind == "PER" && e.start <= t.start && t.end <= e.end && !is_title(e)
                })
            });
        if named {
            continue;
        }
        let sent = cx.sentence_at(src.start);
        let name = ents.iter().position(|e| {
            e.kind == "PER"
                && !e.nominal
                && !is_title(e)
                && e.start >= src.end
                && e.end <= st.content.0
                && e.end <= sent.1
                && cx.tok_from(e.start) - cx.tok_from(src.end) <= MAX_GAP_TOKENS
                && !cue_starts.iter().any(|&c| src.end <= c && c < e.start)
        });
        if let Some(n) = name {
            st.source = n;
        }
    }
}

/// Rule `speaker.in_it`: «أصدر التنظيم بياناً اعتبر فيه أن …», «تصريحات الوزير التي دعا فيها …»,
/// «عقد مؤتمراً أكد خلاله أن …»: the phrase after the verb is «in it», pointing back to a statement
/// or an occasion; the speaker is the nearest person or body named before the verb in the same
/// sentence (else the speaker the text goes on with).
pub(super) fn in_it(cx: &Context, lex: &Lexicons, ents: &[Ent], stmts: &mut [Stmt]) {
    use isnad_lexicon::WordClass;
    for i in 0..stmts.len() {
        let src = &ents[stmts[i].source];
        if src.start < stmts[i].cue.1
            || !lex.words.has(WordClass::InIt, &cx.f()[src.start..src.end])
        {
            continue;
        }
        let (sent_start, _) = cx.sentence_at(stmts[i].cue.0);
        let before = ents
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                matches!(e.kind.as_str(), "PER" | "ORG")
                    && e.start >= sent_start
                    && e.end <= stmts[i].cue.0
            })
            .max_by_key(|(_, e)| e.end)
            .map(|(k, _)| k);
        let earlier = stmts[..i]
            .iter()
            .rev()
            .find(|s| s.cue.0 < stmts[i].cue.0)
            .map(|s| s.source);
        if let Some(k) = before.or(earlier) {
            stmts[i].source = k;
        }
    }
}

/// Words that introduce a person's name after a description (شاهد عيان يدعى سليم منصور).
const NAMED: &[&str] = &["يدعي", "تدعي", "يسمي", "تسمي", "اسمه", "اسمها"];

/// Rule `speaker.called`: «وقال شاهد عيان يدعى سامر الخطيب إن …»: the name after «called» is
/// the speaker the description introduces.
pub(super) fn called(cx: &Context, ents: &[Ent], stmts: &mut [Stmt]) {
    for st in stmts.iter_mut() {
        let src = &ents[st.source];
        let t = cx.tok_from(src.end);
        if !NAMED.contains(&cx.word(t)) || !cx.gap(src.end, cx.toks()[t].start).trim().is_empty() {
            continue;
        }
        let name_at = cx.toks().get(t + 1).map_or(usize::MAX, |x| x.start);
        if let Some(n) = ents.iter().position(|e| {
            e.kind == "PER" && e.start == name_at && e.end <= st.content.0.max(st.cue.0)
        }) {
            st.source = n;
        }
    }
}
