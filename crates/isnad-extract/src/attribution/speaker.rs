//! Who said it: the noun phrase of a speaker after the cue (a known entity, a head noun with its
//! complement, a title and the holder's name), before it (SVO, with a title in apposition), an
//! addressee that is never the speaker, and the entity a phrase becomes (with its party, or the
//! antecedent of an anaphor).

use super::*;

impl Finder<'_, '_> {
    /// Whether token `t` is a name or a head noun with ل or ب glued on (لعنب بلدي، لقناة الغد):
    /// an addressee or a medium, never a subject.
    pub(super) fn addressee_at(&self, t: usize, ents: &[Ent]) -> bool {
        let cx = self.cx;
        let Some(tok) = cx.toks().get(t) else {
            return false;
        };
        let w = cx.word(t);
        // ل with the article (للصحفيين، للوكالة) is always the preposition.
        if w.starts_with("لل") && w.chars().count() > 4 {
            return true;
        }
        let Some(rest) = w.strip_prefix('ل').or_else(|| w.strip_prefix('ب')) else {
            return false;
        };
        let after = tok.start + 2;
        ents.iter().any(|e| e.start == after)
            || (!rest.starts_with("ل") && self.lex.heads.contains_key(rest))
    }

    /// Whether token `k` is an addressee written with لل right before what was said: «وقال الوزير
    /// للصحفيين " … "» or «… للصحفيين إن …». Elsewhere لل may belong to the speaker's title
    /// («المبعوث الخاص للأمم المتحدة»), so only the content after it decides.
    pub(super) fn addressee_before_content(&self, k: usize) -> bool {
        let cx = self.cx;
        let w = cx.word(k);
        let Some(tok) = cx.toks().get(k) else {
            return false;
        };
        let next = cx.toks().get(k + 1).map_or(tok.end, |t| t.start);
        w.starts_with("لل")
            && w.chars().count() > 4
            && (cx.is_complementiser(k + 1) || cx.gap(tok.end, next).contains(['"', '«', '“', ':']))
    }

    /// Whether token `t` asks for a name after it: a noun with the preposition ل or ب glued on
    /// (لقناة، لصحيفة) or a medium that is named (قناة، موقع، وكالة).
    pub(super) fn names_follow(&self, t: usize) -> bool {
        let cx = self.cx;
        let Some(tok) = cx.toks().get(t) else {
            return false;
        };
        let w = cx.word(t);
        (tok.stem > tok.start && (w.starts_with('ل') || w.starts_with('ب')))
            || w == "ل"
            || self
                .lex
                .heads
                .get(cx.stem(t))
                .is_some_and(|(c, _)| c == "media")
    }

    pub(super) fn words_in(&self, s: usize, e: usize) -> usize {
        self.cx
            .toks()
            .iter()
            .filter(|t| t.start >= s && t.end <= e)
            .count()
    }

    /// A speaker phrase starting at `pos`: a known entity, a short quoted name, or a phrase headed
    /// by a speaker noun (المتحدث باسم …، مصادر محلية). Returns an index into `ents`.
    pub(super) fn source_np(
        &self,
        pos: usize,
        limit: usize,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> Option<usize> {
        let cx = self.cx;
        let pos = self.skip_spaces(pos);
        if pos >= limit {
            return None;
        }
        // A short quoted name right after the cue: نفى "قائد المجموعة …" انسحاب …
        if let Some(q) = cx.quote_opening_at(pos) {
            let n = self.words_in(q.inner_start, q.inner_end);
            // A name, not a sentence: short, and not opening with a pronoun or a particle
            // («وقال " هم في واقع الأمر يتدربون هناك "» is what he said).
            let first = cx.word(cx.tok_from(q.inner_start));
            let sentence_like = matches!(
                first,
                "هم" | "هو"
                    | "هي"
                    | "نحن"
                    | "انا"
                    | "انت"
                    | "انتم"
                    | "لا"
                    | "لن"
                    | "لم"
                    | "ما"
                    | "ان"
                    | "انه"
                    | "انها"
                    | "انهم"
                    | "قد"
                    | "لقد"
                    | "هذا"
                    | "هذه"
                    | "هناك"
                    | "كان"
            );
            // A quote holding a complementiser or a reporting verb is a sentence too
            // («وأضاف " أعتقد أن أهم شيء … " للصراع»): names hold neither.
            let (qa, qb) = (cx.tok_from(q.inner_start), cx.tok_from(q.inner_end));
            let sentence_like = sentence_like
                || (qa..qb).any(|k| cx.is_complementiser(k))
                || self
                    .cues
                    .iter()
                    .any(|h| q.inner_start <= h.word_start && h.word_start < q.inner_end);
            // …and something must follow it in the sentence: «وأضاف " حان الوقت للحل "» ends
            // with the quote, which is then what he said.
            let more = cx
                .toks()
                .get(cx.tok_from(q.end))
                .is_some_and(|t| t.start < limit);
            if q.closed && (1..=9).contains(&n) && more && !sentence_like {
                return Some(self.phrase_entity(q.inner_start, q.inner_end, ents, stmts));
            }
            return None;
        }
        let t = cx.tok_at(pos);
        let tok = *cx.toks().get(t)?;
        // A lone letter («ب - "…"») is a preposition written apart, never a speaker.
        if tok.start > pos + 2 || cx.word(t).chars().count() < 2 {
            return None;
        }
        // A known entity starting in this word (after its proclitics).
        if let Some(i) = ents
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.start >= pos && e.start <= tok.stem.max(pos) + 1 && e.kind != "GPE"
                    || (e.start >= pos && e.start <= tok.stem.max(pos) + 1 && e.actor.is_some())
            })
            .max_by_key(|(_, e)| e.end)
            .map(|(i, _)| i)
        {
            // A nominal head (الناطق، السفير، شهود) goes on as a phrase when more words follow
            // without punctuation (الناطق باسم وفد المعارضة، شهود العيان); a name stands alone.
            let e = &ents[i];
            let next = cx.tok_from(e.end);
            // Only people and unnamed sources take a complement (باسم …، a definite adjective or
            // genitive); "وأكد البيان نجاح …" goes straight on to the content.
            let next_word = cx.word(next);
            let continues = (e.nominal || e.anaphor)
                && self
                    .head_class(t)
                    .is_some_and(|(c, _)| c == "person" || c == "sources")
                && (next_word == "باسم" || next_word.starts_with("ال"))
                && self.no_punct(e.end, next)
                && !cx.is_complementiser(next)
                && !matches!(
                    cx.word(next),
                    "عن" | "نقلا" | "ل" | "قوله" | "قولها" | "الي" | "في"
                );
            if e.start <= tok.start + 6 && !continues {
                // A title followed by the holder's name (وزير الخارجية الروسي سيرغي لافروف): the
                // name is the speaker.
                // Only a title hands over to a name: «ديمتري بيسكوف المتحدث باسم الكرملين» keeps
                // the name it starts with.
                let title = e.nominal || self.head_class(t).is_some();
                if title && (e.kind == "PER" || e.class.as_deref() == Some("person")) {
                    let mut after = cx.tok_from(e.end);
                    // «السفير السوري في الأمم المتحدة بشار الجعفري»: the post's place or body
                    // (في/لدى + a known body or place) may stand between title and name.
                    if matches!(cx.word(after), "في" | "لدي") && self.no_punct(e.end, after) {
                        if let Some(b) = cx.toks().get(after + 1).and_then(|x| {
                            ents.iter()
                                .filter(|b| {
                                    (b.start == x.start || b.start == x.stem)
                                        && matches!(b.kind.as_str(), "ORG" | "GPE")
                                })
                                .map(|b| b.end)
                                .max()
                        }) {
                            if self.no_punct(b, cx.tok_from(b)) {
                                after = cx.tok_from(b);
                            }
                        }
                    }
                    // … باسم التحالف الدولي العقيد ريان ديلون: a rank may come before the name.
                    let after = if self.is_rank(after) {
                        after + 1
                    } else {
                        after
                    };
                    let name = ents.iter().position(|n| {
                        n.kind == "PER"
                            && n.canonical.is_some()
                            && !n.nominal
                            && self.head_class(cx.tok_at(n.start)).is_none()
                            && cx
                                .toks()
                                .get(after)
                                .is_some_and(|x| n.start == x.start || n.start == x.stem)
                    });
                    if let Some(n) = name.filter(|_| self.no_punct(e.end, after)) {
                        return Some(n);
                    }
                }
                return Some(self.resolve_if_anaphor(i, ents, stmts));
            }
        }
        // Only a speaker noun (المتحدث، مصادر، وكالة …) starts a phrase.
        self.head_class(t)?;
        // A phrase headed by a speaker noun.
        let mut end = tok.end;
        let mut k = t + 1;
        let mut content_stop = false;
        let mut cap = t + 8;
        while k < cx.toks().len() && k < cap {
            // A rank announces a name: «… باسم القوات المسلحة المصرية العميد تامر الرفاعي».
            if self.is_rank(k) {
                cap = cap.max(k + 4);
            }
            let g = cx.gap(cx.toks()[k - 1].end, cx.toks()[k].start);
            let w = cx.word(k);
            // A short quoted name after في/من belongs to the phrase: مصدر في "هيئة تحرير الشام".
            if matches!(cx.word(k - 1), "في" | "من" | "باسم") && g.contains(['"', '«', '“'])
            {
                if let Some(q) = cx
                    .quote_opening_at(cx.toks()[k - 1].end + g.find(['"', '«', '“']).unwrap_or(0))
                    .filter(|q| q.closed && self.words_in(q.inner_start, q.inner_end) <= 5)
                {
                    end = end.max(q.inner_end);
                    // Always move forward, whatever the quote's shape.
                    k = cx.tok_from(q.end).max(k + 1);
                    continue;
                }
            }
            if g.contains(['،', ',', '.', ':', '"', '«', '“', '\n', '؛'])
                || self
                    .times
                    .iter()
                    .any(|&(ts, te)| ts <= cx.toks()[k].start && cx.toks()[k].start < te)
                || cx.is_complementiser(k)
                || matches!(w, "عن" | "نقلا" | "ل" | "الي" | "علي" | "قوله" | "قولها")
                // a relative clause on the speaker is not part of its name
                || matches!(w, "الذي" | "التي" | "الذين")
                || ADVERBS.contains(&w)
                || self.b_object_at(k, ents)
                || self.addressee_before_content(k)
                || cx.toks()[k].start >= limit
                || (MEDIUM_PREPS.contains(&w)
                    && MEDIUM_NOUNS.iter().any(|n| cx.stem(k + 1).starts_with(n)))
                || self.cues.iter().any(|h| h.word_start == cx.toks()[k].start)
                // An event word ends the speaker ("نفى مراسل القناة سيطرة الميليشيا على المطار");
                // checked per word: only speaker phrases need it.
                || !self.lex.trigger_matcher.find(w).is_empty()
                // A pointer or a report noun after a definite word starts what is denied
                // («ونفت الحكومة ذلك»، «نفت الوزارة هذا الخبر»، «رفض الحزب الاتهامات»); after
                // a noun in construct it is a genitive (وكالة الأنباء).
                || (self.points_or_reports(w) && cx.word(k - 1).starts_with("ال"))
            {
                break;
            }
            if self.is_content_noun(k) {
                content_stop = true;
                break;
            }
            // Entities inside the phrase extend it to their end.
            end = cx.toks()[k].end;
            if let Some(e) = ents
                .iter()
                .find(|e| e.start >= cx.toks()[k].start && e.start < cx.toks()[k].end)
            {
                end = end.max(e.end);
                while k + 1 < cx.toks().len() && cx.toks()[k + 1].end <= e.end {
                    k += 1;
                }
            }
            k += 1;
        }
        // A phrase ended by a content noun does not keep the bare preposition before it
        // («حذر مسؤولون من استمرار …»: the speaker is مسؤولون).
        while let Some(last) = (t + 1..k)
            .rev()
            .find(|&j| content_stop && cx.toks()[j].end <= end)
        {
            if !matches!(cx.word(last), "من" | "على" | "في" | "عن" | "الي" | "حول") {
                break;
            }
            end = cx.toks()[last - 1].end;
            k = last;
        }
        // A title phrase ending in the holder's name («وزير الخارجية الروسي سيرغي لافروف»,
        // «المتحدث باسم التحالف العقيد ريان ديلون»): the name is the speaker.
        // A rank alone before the name stays with it («العقيد ريان ديلون»).
        let named = ents
            .iter()
            .position(|x| x.kind == "PER" && !x.nominal && x.start > tok.start && x.end == end);
        if let Some(n) = named.filter(|_| !self.is_rank(t)) {
            return Some(n);
        }
        Some(self.phrase_entity(tok.start, end, ents, stmts))
    }

    /// Whether a folded word is a demonstrative, a pointer (or its head) or a report noun
    /// (`words.tsv`).
    fn points_or_reports(&self, w: &str) -> bool {
        use isnad_lexicon::WordClass as C;
        let words = &self.lex.words;
        [C::Demonstrative, C::Pointer, C::PointerHead, C::ReportNoun]
            .iter()
            .any(|&c| words.has(c, w))
    }

    /// Head-noun class of token `t` (stem or whole word); content nouns are never a speaker's head.
    pub(super) fn head_class(&self, t: usize) -> Option<(String, String)> {
        match self.any_head_class(t)? {
            (c, _) if c == "content" => None,
            (c, k) if c == "rank" => Some(("person".to_string(), k)),
            x => Some(x),
        }
    }

    /// Whether token `t` is a military or honorific rank (class `rank` in heads.tsv: العقيد،
    /// اللواء، الشيخ), which a name follows.
    pub(super) fn is_rank(&self, t: usize) -> bool {
        self.any_head_class(t).is_some_and(|(c, _)| c == "rank")
    }

    /// Whether token `t` is a noun that heads reported content (class `content` in heads.tsv:
    /// وجود، استدعاء، العزم …): it ends a speaker phrase, as in «نفت الحكومة وجود أي تعاقدات».
    pub(super) fn is_content_noun(&self, t: usize) -> bool {
        self.any_head_class(t).is_some_and(|(c, _)| c == "content")
    }

    pub(super) fn any_head_class(&self, t: usize) -> Option<(String, String)> {
        self.cx.head(self.lex, t).cloned()
    }

    /// An entity for a speaker phrase, reusing an existing one with the same span.
    pub(super) fn phrase_entity(
        &self,
        s: usize,
        e: usize,
        ents: &mut Vec<Ent>,
        stmts: &[Stmt],
    ) -> usize {
        let (s, e) = self.trim(s, e);
        if let Some(i) = ents.iter().position(|x| x.start == s && x.end == e) {
            return self.resolve_if_anaphor(i, ents, stmts);
        }
        // The main known entity inside (covering most of the phrase) lends its identity.
        let inner = ents
            .iter()
            .enumerate()
            .filter(|(_, x)| x.start >= s && x.end <= e && x.actor.is_some())
            .max_by_key(|(_, x)| x.end - x.start)
            .map(|(i, _)| i);
        if let Some(i) = inner {
            if (ents[i].end - ents[i].start) * 10 >= (e - s) * 7 {
                return self.resolve_if_anaphor(i, ents, stmts);
            }
        }
        let t = self.cx.tok_from(s);
        let (class, kind) = self
            .head_class(t)
            .unwrap_or_else(|| ("body".to_string(), "ORG".to_string()));
        let nisba = nisba_party(self.cx, self.lex, s, e);
        let mut actor = inner.and_then(|i| ents[i].actor.clone());
        if let Some(p) = nisba {
            // The speaker's own nationality beats that of a body it is attached to only when no
            // known actor is named inside.
            if actor.is_none() {
                let text = self.cx.gap(s, e);
                let role = if ["عسكر", "قائد", "جيش", "قوات", "ضابط", "حربي"]
                    .iter()
                    .any(|w| text.contains(w))
                {
                    "military"
                } else if class == "media" {
                    "media"
                } else {
                    "government"
                };
                actor = Some(isnad_schema::Actor {
                    id: format!("{p}.{}", &role[..3].to_uppercase()),
                    party: Some(p),
                    role: role.to_string(),
                });
            }
        }
        let words = self.words_in(s, e);
        let definite = self.cx.gap(s, e).starts_with("ال");
        let mut ent = Ent {
            start: s,
            end: e,
            kind,
            canonical: None,
            actor,
            place: None,
            nominal: class == "sources" || (definite && words <= 2),
            class: Some(class.clone()),
            id: String::new(),
            anaphor: definite
                && words <= 2
                && inner.is_none()
                && nisba_party(self.cx, self.lex, s, e).is_none(),
        };
        if ent.anaphor {
            if let Some(a) = self.antecedent(&class, s, ents, stmts) {
                ent.canonical = ents[a].canonical.clone();
                ent.actor = ents[a].actor.clone();
                if ent.canonical.is_none() {
                    ent.canonical = Some(self.cx.span(ents[a].start, ents[a].end).1);
                }
            }
        }
        ents.push(ent);
        ents.len() - 1
    }

    pub(super) fn resolve_if_anaphor(&self, i: usize, ents: &mut [Ent], stmts: &[Stmt]) -> usize {
        if ents[i].anaphor && ents[i].actor.as_ref().is_none_or(|a| a.party.is_none()) {
            let class = ents[i].class.clone().unwrap_or_default();
            if let Some(a) = self.antecedent(&class, ents[i].start, ents, stmts) {
                ents[i].actor = ents[a].actor.clone();
                ents[i].canonical = ents[a]
                    .canonical
                    .clone()
                    .or_else(|| Some(self.cx.span(ents[a].start, ents[a].end).1));
            }
        }
        i
    }

    /// The earlier speaker (or chain member, or entity) a definite mention refers back to.
    pub(super) fn antecedent(
        &self,
        class: &str,
        before: usize,
        ents: &[Ent],
        stmts: &[Stmt],
    ) -> Option<usize> {
        let want = |e: &Ent| -> bool {
            let c = e.class.as_deref().unwrap_or("");
            let ok = match class {
                "statement" => c == "body" || c == "media",
                "person" => c == "person",
                other => c == other,
            };
            ok && e.start < before && !e.anaphor
        };
        for s in stmts.iter().rev() {
            for &i in std::iter::once(&s.source).chain(s.via.iter()) {
                if want(&ents[i]) {
                    return Some(i);
                }
            }
        }
        ents.iter()
            .enumerate()
            .filter(|(_, e)| want(e) && (e.actor.is_some() || e.canonical.is_some()))
            .max_by_key(|(_, e)| e.start)
            .map(|(i, _)| i)
    }

    /// A speaker just before the cue (SVO): `المرصد السوري قال …`, `وكانت الوزارة قد نفت …`.
    pub(super) fn source_before(
        &self,
        cue_word_start: usize,
        ents: &mut Vec<Ent>,
    ) -> Option<usize> {
        let cx = self.cx;
        let mut t = cx.tok_from(cue_word_start);
        while t > 0 {
            t -= 1;
            if !AUX.contains(&cx.word(t)) {
                break;
            }
        }
        let tok = *cx.toks().get(t)?;
        // Nor into a quote: «وقال الوزير " أعتقد …"» — a verb inside a quote that opens after the
        // noun is not the noun's (a quoted name before the verb, «" جبهة النصرة " أعلنت», is).
        let opens_between = cx
            .quote_around(cue_word_start)
            .is_some_and(|q| q.inner_start >= tok.end);
        if tok.end > cue_word_start
            || opens_between
            || cx
                .gap(tok.end, cue_word_start)
                .contains(['،', ',', '.', ':', '\n'])
        {
            return None;
        }
        if let Some(i) = ents
            .iter()
            .position(|e| e.end == tok.end && e.kind != "GPE")
        {
            return Some(self.name_before_title(i, ents));
        }
        let (class, kind) = self.head_class(t)?;
        if class != "sources" {
            return None;
        }
        ents.push(Ent {
            start: tok.stem.max(tok.start),
            end: tok.end,
            kind,
            canonical: None,
            actor: None,
            place: None,
            nominal: true,
            class: Some(class),
            id: String::new(),
            anaphor: false,
        });
        Some(ents.len() - 1)
    }

    /// A title in apposition after a name, before the verb, gives the name: «وكان دميتري بيسكوف
    /// السكرتير الصحفي للرئيس الروسي قد أعلن» → بيسكوف, not the title. Only a person's title (a
    /// nominal phrase) right after a named person, with nothing between them.
    pub(super) fn name_before_title(&self, i: usize, ents: &[Ent]) -> usize {
        let cx = self.cx;
        let e = &ents[i];
        let t = cx.tok_at(e.start);
        // A title is a nominal phrase: a person head noun, or every word definite («السكرتير
        // الصحفي للرئيس الروسي»); a name has an indefinite word (بيسكوف).
        let definite = (t..cx.tok_from(e.end)).all(|k| {
            let w = cx.word(k);
            w.starts_with("ال") || w.starts_with("لل") || w.starts_with("وال")
        });
        let title = (e.kind == "PER" || e.class.as_deref() == Some("person"))
            && (e.nominal && self.head_class(t).is_some_and(|(c, _)| c == "person")
                || definite && cx.tok_from(e.end) > t + 1);
        if !title || t == 0 {
            return i;
        }
        let prev_end = cx.toks()[t - 1].end;
        ents.iter()
            .position(|n| {
                n.kind == "PER"
                    && !n.nominal
                    && n.end == prev_end
                    && cx.gap(n.end, e.start).trim().is_empty()
            })
            .unwrap_or(i)
    }
}
