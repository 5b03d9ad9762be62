//! Headline statements: «X: …» at the start of a line, where X is who speaks.
//!
//! Construction: at a line start, a noun phrase (one to six words, no punctuation, no digits,
//! not a reporting verb), a colon, then the content (at least two words) to the end of the line
//! or sentence. News sites put the speaker of the lead quote before a colon, as in
//! «الكرملين: بوتين التقى الأسد في سوتشي» or «المرصد السوري: مقتل 12 مدنياً في غارات على
//! إدلب». Page chrome of the same shape («اقرأ أيضاً:»، «المصدر:») is not speech.

use super::{Finder, Stmt};
use crate::entities::Ent;

/// First words of chrome lines that look like «X: …».
const CHROME: &[&str] = &[
    "اقرا",
    "المصدر",
    "مصدر",
    "تاريخ",
    "التاريخ",
    "شاهد",
    "شاهدوا",
    "تابع",
    "تابعوا",
    "فيديو",
    "صور",
    "عاجل",
    "حصري",
    "تحديث",
    "ملاحظه",
    "العنوان",
    "الرابط",
    "رابط",
    "كلمات",
    "الكلمات",
    "وسوم",
    "المزيد",
    "اضغط",
    "انظر",
    "للمزيد",
    "تصوير",
    "ترجمه",
    "اعداد",
    "تحرير",
    "بقلم",
    "كتب",
    "الكاتب",
    "مراسل",
    "نشر",
    "اخر",
    "المصادر",
    "ملف",
    "سؤال",
    "جواب",
    "س",
    "ج",
];

const MAX_WORDS: usize = 6;

impl Finder<'_, '_> {
    /// Statements of the «X: …» shape, one per line at most, not overlapping `stmts`.
    pub(super) fn headlines(&self, ents: &mut Vec<Ent>, stmts: &[Stmt]) -> Vec<Stmt> {
        let cx = self.cx;
        let f = cx.f();
        let mut out = Vec::new();
        let mut line_start = 0usize;
        for line in f.split_inclusive('\n') {
            let lstart = line_start;
            line_start += line.len();
            let Some(colon) = line.find(':') else {
                continue;
            };
            let colon = lstart + colon;
            // Headlines run together on one line («… . . الأسد : مستعدون للحوار»): the head
            // starts at the line or at the sentence holding the colon, whichever is later.
            let start = cx.sentence_at(colon).0.max(lstart);
            let line = &f[start..line_start];
            let (a, b) = (cx.tok_from(start), cx.tok_from(colon));
            if a >= b || b - a > MAX_WORDS || cx.toks()[a].start < start {
                continue;
            }
            let head = cx.gap(cx.toks()[a].start, cx.toks()[b - 1].end);
            let bad_word = (a..b).any(|k| {
                let w = cx.word(k);
                w.chars()
                    .any(|c| c.is_ascii_digit() || c.is_ascii_alphabetic())
                    || self.cues.iter().any(|h| h.word_start == cx.toks()[k].start)
                    || self
                        .times
                        .iter()
                        .any(|&(s, e)| s <= cx.toks()[k].start && cx.toks()[k].start < e)
            });
            if bad_word
                || head.contains(['،', ',', '.', '"', '«', '»', '؛', '(', ')', '|', '-'])
                || CHROME.contains(&cx.word(a))
                || cx
                    .gap(start, cx.toks()[a].start)
                    .chars()
                    .any(|c| !c.is_whitespace())
            {
                continue;
            }
            let line_end = start + line.trim_end().len();
            let (_, sent_end) = cx.sentence_at(colon + 1);
            // The next reporting cue on the line starts another statement.
            let next_cue = self
                .cues
                .iter()
                .map(|h| h.word_start)
                .find(|&w| w > colon && w < line_end)
                .map_or(line_end, |w| self.trim(colon + 1, w).1);
            let end = sent_end.min(line_end).min(next_cue).max(colon + 1);
            let content_start = cx.toks().get(b).map_or(end, |t| t.start);
            if self.words_in(content_start, end) < 2
                || stmts.iter().any(|s| start <= s.cue.0 && s.cue.0 < end)
            {
                continue;
            }
            let source = self.phrase_entity(cx.toks()[a].start, cx.toks()[b - 1].end, ents, stmts);
            out.push(Stmt {
                source,
                cue: (colon, colon + 1),
                stance: "assert".into(),
                content: (content_start, end),
                via: Vec::new(),
                medium: None,
                direct: false,
                embedded_in: None,
            });
        }
        out
    }
}
