//! Where what was said begins and ends: after the speaker a complementiser, a colon or a quote
//! opens the content, or a verb that takes an object has it right after the speaker; content
//! stops at the next statement's participle or a new reporting verb, and is trimmed of
//! punctuation.

use super::*;

impl Finder<'_, '_> {
    /// After the speaker: a complementiser, a colon or a quote opens the content; otherwise verbs
    /// that take an object (نفى، اعترف ب…) have it right after the speaker.
    pub(super) fn locate_content(
        &self,
        pos: usize,
        limit: usize,
        object: bool,
        m: &isnad_lexicon::PhraseMatch,
        cue_starts: &[usize],
    ) -> Option<Located> {
        let cx = self.cx;
        let mut medium: Option<(usize, usize)> = None;
        let first = cx.tok_from(pos);
        // «نفت الهيئة ذلك في بيان مقتضب»: an object that points back (ذلك، هذه الأنباء) is the
        // whole content, whatever medium follows; the claims stage resolves what it points to.
        if object {
            if let Some(end) = self.pointer_at(first) {
                if cx.toks()[first].start < limit && self.no_punct(pos, first) {
                    return Some(((cx.toks()[first].start, end), false, None));
                }
            }
        }
        let mut prev_end = pos;
        // A relative clause on the speaker («المصدر، الذي طلب عدم الكشف عن اسمه، أن …») may hold
        // a cue word of its own (طلب): it does not start another statement.
        let mut relative = false;
        for j in first..(first + 32).min(cx.toks().len()) {
            let t = cx.toks()[j];
            if t.start >= limit {
                break;
            }
            let gap = cx.gap(prev_end, t.start);
            // Past a dozen words only a comma-led «، إن» resumes the speech after a long aside
            // («وقال X، في احتفال أقامه الحزب في بلدة …، إن …»).
            if j >= first + 14 {
                if gap.contains(['.', '\n', '؛', ':', '"', '«']) || cue_starts.contains(&t.start)
                {
                    break;
                }
                if gap.contains(['،', ',']) && cx.is_complementiser(j) {
                    return Some(self.content_from(t.end, limit, medium));
                }
                prev_end = t.end;
                continue;
            }
            if gap.contains(':') {
                let after = prev_end + gap.find(':').unwrap() + 1;
                return Some(self.content_from(after, limit, medium));
            }
            // Another reporting cue starts its own statement (وأكد البيان …، مشيراً إلى أن …);
            // a cue noun that is the medium itself (في مؤتمر صحافي) does not.
            let in_medium = medium.is_some_and(|(a, b)| a <= t.start && t.start < b);
            if matches!(cx.word(j), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
            {
                relative = true;
            } else if relative && gap.contains(['،', ',']) {
                relative = false;
            }
            if gap.contains(['.', '\n', '؛'])
                || (j > first && cue_starts.contains(&t.start) && !in_medium && !relative)
            {
                break;
            }
            // A quote after the speaker and its asides is the content («وقال X في مؤتمر صحفي
            // مع Y " …"»), unless it is a short name that a word before it asks for (لقناة
            // "الجزيرة"، عبر موقع "عنب بلدي").
            if let Some(q) = cx.quote_opening_at(prev_end) {
                let n = self.words_in(q.inner_start, q.inner_end);
                let min = if j == first {
                    7
                } else if self.names_follow(j - 1) {
                    6
                } else {
                    3
                };
                if n >= min {
                    return Some(self.content_from(q.open, limit, medium));
                }
            }
            if cx.is_complementiser(j) {
                return Some(self.content_from(t.end, limit, medium));
            }
            if medium.is_none()
                && MEDIUM_PREPS.contains(&cx.word(j))
                && MEDIUM_NOUNS.iter().any(|n| cx.stem(j + 1).starts_with(n))
            {
                let ms = cx.toks()[j + 1].start;
                let mut me = cx.toks()[j + 1].end;
                let mut after_prep = false;
                for k in j + 2..(j + 12).min(cx.toks().len()) {
                    let g = cx.gap(cx.toks()[k - 1].end, cx.toks()[k].start);
                    if g.contains(['،', ',', '.', ':'])
                        || cx.is_complementiser(k)
                        || cx.toks()[k].start >= limit
                    {
                        break;
                    }
                    // The medium's name goes on through prepositions, genitives, adjectives and a
                    // quoted platform name; an indefinite noun after it is already the content
                    // (في بيان مقتل … → the content is مقتل …).
                    let w = cx.word(k);
                    let prep = matches!(w, "علي" | "في" | "عبر" | "من")
                        || ((w.starts_with('ب') || w.starts_with('ل'))
                            && cx.toks()[k].stem > cx.toks()[k].start);
                    // A quoted platform name is short and asked for (لقناة "الجزيرة"); a longer
                    // quote is already the content («في بيان " لم نستغرب هذه التصريحات "»).
                    let quoted = g.contains(['"', '«', '“'])
                        && cx.quote_opening_at(cx.toks()[k - 1].end).is_none_or(|q| {
                            self.words_in(q.inner_start, q.inner_end)
                                < if self.names_follow(k - 1) { 6 } else { 3 }
                        });
                    if g.contains(['"', '«', '“']) && !quoted {
                        break;
                    }
                    let fits = prep
                        || after_prep
                        || w.starts_with("ال")
                        || w.ends_with('ي')
                        || quoted
                        || (w.starts_with('ب') || w.starts_with('ل'));
                    if !fits {
                        break;
                    }
                    after_prep = prep;
                    me = cx.toks()[k].end;
                }
                // A closing quote glued to the medium's last word belongs to it.
                let f = self.f();
                if let Some(c) = f[me..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '"' | '»' | '”'))
                {
                    // » and ” are two and three bytes: step over the whole mark.
                    me += c.len_utf8();
                }
                medium = Some((ms, me));
            }
            prev_end = t.end;
        }
        // No complementiser: object content right after the speaker, for object-taking cues.
        let mut start = medium.map_or(pos, |(_, e)| e);
        let mut t = cx.tok_from(start);
        // An addressee: قالت مصادر لـ"العربي الجديد"، …
        if cx.word(t) == "ل" {
            let after_l = cx.toks()[t].end;
            start = match cx.quote_opening_at(self.skip_punct(after_l)) {
                Some(q) => q.end,
                None => cx.toks().get(t + 1).map_or(start, |x| x.end),
            };
            t = cx.tok_from(start);
        }
        while ADVERBS.contains(&cx.word(t)) {
            start = cx.toks()[t].end;
            t += 1;
        }
        // The verb's preposition after the speaker: أشار X إلى …، شدد X على …
        let prep = matches!(cx.word(t), "الي" | "علي");
        if prep {
            start = cx.toks()[t].end;
            t += 1;
        }
        let next_word = cx.word(t);
        let cue_word = &self.f()[m.start..m.word_end];
        let object_cue = object
            || OBJECT_ASSERT.iter().any(|v| cue_word.starts_with(v))
            || cue_word.ends_with("عن")
            || self.f()[m.start..m.word_end].ends_with("الي")
            || prep
            || (next_word.starts_with('ب') && next_word.chars().count() > 3);
        if !object_cue && next_word != "عن" {
            return None;
        }
        if next_word == "عن" {
            start = cx.toks().get(t).map_or(start, |x| x.end);
        }
        let (c, d, _) = self.content_from(start, limit, medium);
        Some((c, d, medium))
    }

    pub(super) fn content_from(
        &self,
        pos: usize,
        limit: usize,
        medium: Option<(usize, usize)>,
    ) -> Located {
        let cx = self.cx;
        if let Some(q) = cx.quote_opening_at(pos) {
            // Spaced quotes (" نص ") leave blanks inside: the content starts at its first word.
            let g = cx.gap(q.inner_start, q.inner_end);
            let lead = g.len() - g.trim_start().len();
            return ((q.inner_start + lead, q.inner_end), true, medium);
        }
        let f = self.f();
        let skip = |mut s: usize| {
            while s < limit && !f[s..].starts_with(|c: char| c.is_alphanumeric()) {
                s += f[s..].chars().next().map_or(1, |c| c.len_utf8());
            }
            s
        };
        let mut s = skip(pos);
        // "نفت الوزارة، اليوم الإثنين، انسحاب …": step over a time adverb set off by commas.
        if let Some(&(_, te)) = self.times.iter().find(|t| t.0 <= s + 2 && s < t.1) {
            if f[te..].trim_start().starts_with(['،', ',']) {
                s = skip(te);
            }
        }
        ((s, limit.max(s)), false, medium)
    }

    /// Ends indirect content at a clause break or where a participle takes over.
    pub(super) fn cut_content(
        &self,
        s: usize,
        e: usize,
        direct: bool,
        participles: &[usize],
    ) -> usize {
        if direct {
            return self.trim(s, e).1;
        }
        let seg = self.cx.gap(s, e);
        let mut end = e;
        for b in CLAUSE_BREAKS {
            if let Some(i) = seg.find(b) {
                end = end.min(s + i);
            }
        }
        if let Some(&p) = participles.iter().find(|&&p| p > s && p < end) {
            end = p;
        }
        self.trim(s, end).1
    }

    pub(super) fn trim(&self, s: usize, e: usize) -> (usize, usize) {
        let seg = self.cx.gap(s, e);
        let lead = seg.len()
            - seg
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '"' && c != '«')
                .len();
        let body = &seg[lead..];
        let trail = body.len()
            - body
                .trim_end_matches(|c: char| c.is_whitespace() || "،,.:؛".contains(c))
                .len();
        (s + lead, (e - trail).max(s + lead))
    }
}
