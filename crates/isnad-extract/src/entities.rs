//! Entities: actor-lexicon mentions (extended over their quoted names and nationality adjectives),
//! source phrases found by attribution, and places from the gazetteer.

use crate::context::Context;
use isnad_lexicon::Lexicons;
use isnad_schema::{Actor, Analysis, Entity, Place};

#[derive(Debug, Clone)]
pub struct Ent {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub canonical: Option<String>,
    pub actor: Option<Actor>,
    pub place: Option<Place>,
    pub nominal: bool,
    /// Head-noun class (person, media, sources, body, statement) for resolving later mentions.
    pub class: Option<String>,
    /// A later mention (الوكالة، القناة) whose identity comes from an earlier speaker.
    pub anaphor: bool,
    /// Emitted entity id, assigned in text order by `emit`.
    pub id: String,
}

/// Generic heads that name the kind of organisation before a quoted or bare name
/// (وكالة "نوفوستي"، تنظيم "داعش").
const ORG_HEADS: &[&str] = &[
    "وكاله",
    "قناه",
    "صحيفه",
    "موقع",
    "تنظيم",
    "حركه",
    "جماعه",
    "ميليشيا",
    "مليشيا",
    "لواء",
    "فصيل",
    "جبهه",
    "شبكه",
    "اذاعه",
    "تلفزيون",
];

fn class_of_role(kind: &str, role: &str, nominal: bool) -> &'static str {
    match (kind, role) {
        (_, "media") => "media",
        ("PER", _) if nominal => "sources",
        ("PER", _) => "person",
        _ => "body",
    }
}

pub fn find(cx: &Context, lex: &Lexicons) -> Vec<Ent> {
    let mut out = Vec::new();
    for m in cx.hits.find(&lex.actor_matcher, cx.view()).iter() {
        let Some(a) = m.entries.first().map(|&i| &lex.actors[i]) else {
            continue;
        };
        // Generic words with no party (أهالي، البيان) are entities only when they speak (attribution
        // creates them then). A back-reference to a force (الجيش، القوات) takes the identity of
        // the latest earlier actor of the same role when there is one.
        // People named by nationality (السوريين، الإيرانيين) are people, not an organisation:
        // entities only when they speak (attribution creates them then).
        if a.nominal && a.role == "other" {
            continue;
        }
        let mut inherited: Option<(Actor, Option<String>)> = None;
        if (a.nominal || a.anaphor) && a.party.is_none() {
            // Only fighting forces: speakers (الوكالة، المسؤول) are resolved by attribution,
            // which knows who spoke last.
            let force = matches!(a.role.as_str(), "military" | "armed_group");
            let prior = (a.anaphor && force).then(|| {
                out.iter().rev().find(|e: &&Ent| {
                    e.end <= m.start
                        && e.actor
                            .as_ref()
                            .is_some_and(|x| x.role == a.role && x.party.is_some())
                })
            });
            match prior.flatten() {
                Some(p) => {
                    inherited = Some((p.actor.clone().expect("filtered"), p.canonical.clone()))
                }
                None => continue,
            }
        }
        let mut start = m.start;
        let mut end = m.end;
        let ti = cx.tok_at(m.start);
        let last = cx.tok_at(m.end.saturating_sub(1));
        // A generic head just before the name belongs to it.
        if a.kind != "GPE" && ti > 0 && ORG_HEADS.contains(&cx.stem(ti - 1)) {
            let p = &cx.toks()[ti - 1];
            if cx
                .gap(p.end, cx.toks()[ti].start)
                .chars()
                .all(|c| c == ' ' || c == '"' || c == '«' || c == '“')
            {
                start = p.stem.max(p.start);
            }
        }
        // Nationality and quality adjectives after an organisation's name (الروسية، الإرهابي).
        if a.kind != "GPE" {
            let mut j = last + 1;
            while j < cx.toks().len() && j <= last + 2 {
                let w = cx.word(j);
                let gap = cx.gap(cx.toks()[j - 1].end, cx.toks()[j].start);
                let adjective = w.starts_with("ال")
                    && (w.ends_with('ي') || w.ends_with("يه"))
                    && w.chars().count() >= 5;
                if !adjective || gap.contains(['،', ',', '.', ':']) {
                    break;
                }
                end = cx.toks()[j].end;
                j += 1;
            }
        }
        let (actor, canonical) = match inherited {
            Some((x, c)) => (Some(x), c),
            None => (
                (a.kind != "GPE" || a.party.is_some()).then(|| Actor {
                    id: a.id.clone(),
                    party: a.party.clone(),
                    role: a.role.clone(),
                }),
                Some(a.canonical.clone()).filter(|c| !c.is_empty()),
            ),
        };
        out.push(Ent {
            start,
            end,
            kind: a.kind.clone(),
            canonical,
            actor,
            place: None,
            nominal: a.nominal || a.anaphor,
            class: Some(class_of_role(&a.kind, &a.role, a.nominal).to_string()),
            anaphor: a.anaphor,
            id: String::new(),
        });
    }
    out
}

/// Party from the first nationality adjective inside a folded range.
pub fn nisba_party(cx: &Context, lex: &Lexicons, s: usize, e: usize) -> Option<String> {
    let f = cx.f();
    if s >= e || e > f.len() {
        return None;
    }
    lex.nisba_matcher
        .find(&f[s..e])
        .first()
        .and_then(|m| m.entries.first())
        .map(|&i| lex.nisba[i].1.clone())
}

/// Writes entities in text order with ids e1, e2, ... and records each id back.
pub fn emit(cx: &Context, ents: &[Ent], out: &mut Analysis) {
    for e in ents {
        let (span, text) = cx.span(e.start, e.end);
        if text.is_empty() || e.id.is_empty() {
            continue;
        }
        out.entities.push(Entity {
            id: e.id.clone(),
            text,
            span,
            kind: e.kind.clone(),
            canonical: e.canonical.clone(),
            actor: e.actor.clone(),
            place: e.place.clone(),
            nominal: e.nominal,
        });
    }
}

/// Mentions that serve the analysis but are not entities in the guide's sense (named persons,
/// organisations and places), so `number` leaves them unnamed:
///
/// - Rule `entity.document_source`: a document that speaks («وقال البيان»، «وأشار التقرير إلى»،
///   «وجاء في الوثيقة») is a statement's source but no entity. Its issuer, when the phrase names
///   one («بيان وزارة الدفاع»), is an entity of its own inside it. A document is a mention whose
///   first word is a `statement` head (heads.tsv).
/// - Rule `entity.bare_weapon`: weapons with no party («الطائرات الحربية»، «المدفعية»، «طائرات
///   مروحية») are instruments, not organisations; a party the mention itself names makes them a force (الطيران الروسي).
///   A weapon is a mention whose first word's stem begins with an `instrument` word (words.tsv)
///   or is طيران.
///
/// Either holds only when no other entity lies inside the mention.
pub fn unnamed(cx: &Context, lex: &Lexicons, ents: &[Ent]) -> Vec<bool> {
    use isnad_lexicon::WordClass;
    let instruments = lex.words.list(WordClass::Instrument);
    ents.iter()
        .enumerate()
        .map(|(i, e)| {
            let t = cx.tok_from(e.start);
            if cx.toks().get(t).is_none_or(|tok| tok.start >= e.end) {
                return false;
            }
            let document = cx
                .head(lex, t)
                .is_some_and(|(class, _)| class == "statement");
            // The party must be written in the mention; one inherited from an earlier force
            // (nominal) does not make a weapon a named force.
            let party = !e.nominal && e.actor.as_ref().is_some_and(|a| a.party.is_some());
            let stem = cx.stem(t);
            let weapon = !party
                && (stem == "طيران" || instruments.iter().any(|w| stem.starts_with(w.as_str())));
            (document || weapon)
                && !ents.iter().enumerate().any(|(j, x)| {
                    j != i
                        && x.start >= e.start
                        && x.end <= e.end
                        && (x.start, x.end) != (e.start, e.end)
                })
        })
        .collect()
}

/// Sorts entities in text order and numbers them (stable: attribution refers to them by index
/// before this runs, so it returns the old-to-new index map). Those marked in `unnamed` (see
/// [`unnamed`]) keep an empty id: statements still point at their span, and `emit` leaves them
/// out.
pub fn number(ents: &mut Vec<Ent>, unnamed: &[bool]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ents.len()).collect();
    order.sort_by_key(|&i| (ents[i].start, std::cmp::Reverse(ents[i].end)));
    let mut remap = vec![0; ents.len()];
    let mut next = 0;
    let sorted: Vec<Ent> = order
        .iter()
        .enumerate()
        .map(|(new, &old)| {
            remap[old] = new;
            let mut e = ents[old].clone();
            e.id = if unnamed.get(old).copied().unwrap_or(false) {
                String::new()
            } else {
                next += 1;
                format!("e{next}")
            };
            e
        })
        .collect();
    *ents = sorted;
    remap
}

/// Places from the gazetteer. A place inside a person's or organisation's name stays part of that
/// name (قاعدة حميميم in «القناة المركزية لقاعدة حميميم»); a country the actor lexicon already
/// found as a party gets its place attached.
pub fn add_places(cx: &Context, gaz: &isnad_geo::Gazetteer, ents: &mut Vec<Ent>) {
    for loc in gaz.locate(cx.f()) {
        let p = gaz.place(loc.place);
        let (s, e) = (loc.m.start, loc.m.end);
        let place = Place {
            geonames_id: p.geonames_id,
            name: Some(p.name.clone()),
            lat: p.lat,
            lon: p.lon,
            country: p.country.clone(),
            admin1: p.admin1.clone(),
        };
        if let Some(x) = ents.iter_mut().find(|x| x.start < e && s < x.end) {
            if matches!(x.kind.as_str(), "GPE" | "LOC" | "FAC") {
                x.place.get_or_insert(place);
                x.start = x.start.min(s);
                x.end = x.end.max(e);
            }
            continue;
        }
        ents.push(Ent {
            start: s,
            end: e,
            kind: p.kind.as_str().to_string(),
            canonical: Some(p.canonical.clone()).filter(|c| !c.is_empty()),
            actor: None,
            place: Some(place),
            nominal: false,
            class: None,
            anaphor: false,
            id: String::new(),
        });
    }
}

/// Rule `place.nisba_homograph`: a place name spelled like a feminine nationality adjective
/// (`nisba_homograph` in words.tsv: سورية) is the adjective after an indefinite noun ending in ة
/// or ات (ليرة سورية، بطارية سورية، مباحثات سورية) or before «- X-ية» (سورية - إسرائيلية).
pub fn drop_adjective_homographs(cx: &Context, lex: &Lexicons, ents: &mut Vec<Ent>) {
    let keep: Vec<bool> = ents
        .iter()
        .map(|x| !adjective_use(cx, lex, x.start, x.end))
        .collect();
    retain_marked(ents, &keep);
}

fn adjective_use(cx: &Context, lex: &Lexicons, s: usize, e: usize) -> bool {
    use isnad_lexicon::WordClass;
    if !lex.words.has(WordClass::NisbaHomograph, &cx.f()[s..e]) {
        return false;
    }
    let t = cx.tok_at(s);
    let toks = cx.toks();
    let after_noun = t > 0 && cx.toks()[t].start == s && {
        let prev = &toks[t - 1];
        let w = cx.word(t - 1);
        let (a, b) = cx.n.orig_span(prev.start, prev.end);
        let orig = cx.n.orig_text(a, b);
        cx.gap(prev.end, s).trim().is_empty()
            && !w.starts_with("ال")
            && !lex.words.has(WordClass::Preposition, w)
            && (orig.ends_with('ة') || orig.ends_with("ات"))
    };
    // The next word is the pair's other adjective when a dash stands between.
    let n = cx.tok_from(e);
    let nisba = |k: usize| toks.get(k).is_some_and(|x| x.text(cx.f()).ends_with("يه"));
    let paired = toks.get(n).is_some_and(|x| {
        (cx.gap(e, x.start).contains('-') && nisba(n)) || (x.text(cx.f()) == "-" && nisba(n + 1))
    });
    after_noun || paired
}

/// Names no list holds, from the learned recogniser (`isnad-ner`), with what the registry and
/// gazetteer found passed to it as hints. A name overlapping a known entity is left to the
/// known one (it has identity and party); the rest are added without an actor.
pub fn add_learned(cx: &Context, ents: &mut Vec<Ent>) {
    use isnad_ner::{Hint, Kind, Ner};
    let hints: Vec<Hint> = ents
        .iter()
        .filter_map(|e| {
            let kind = match e.kind.as_str() {
                "PER" => Kind::Per,
                "ORG" => Kind::Org,
                "GPE" | "LOC" | "FAC" => Kind::Loc,
                _ => return None,
            };
            Some(Hint {
                start: e.start,
                end: e.end,
                kind,
            })
        })
        .collect();
    let found = Ner::bundled().tag_tokens(cx.f(), cx.toks(), cx.n.sentences(), &hints);
    for m in found {
        if ents.iter().any(|x| x.start < m.end && m.start < x.end) {
            continue;
        }
        // A lone letter (ب written apart before a quote) names nothing.
        if cx.f()[m.start..m.end].chars().count() < 2 {
            continue;
        }
        // A single place name the gazetteer does not know is too often a common noun.
        let words = cx.toks()[m.tokens.0..m.tokens.1].len();
        if m.kind == Kind::Loc && words < 2 && m.score < 0.9 {
            continue;
        }
        ents.push(Ent {
            start: m.start,
            end: m.end,
            kind: match m.kind {
                Kind::Per => "PER",
                Kind::Org => "ORG",
                Kind::Loc => "GPE",
            }
            .to_string(),
            canonical: None,
            actor: None,
            place: None,
            nominal: false,
            class: (m.kind == Kind::Per).then(|| "person".to_string()),
            anaphor: false,
            id: String::new(),
        });
    }
}

/// A title right before the holder's name is one mention, and the name is what names it:
/// «الرئيس الروسي فلاديمير بوتين», «وزير الدفاع الروسي الجنرال سيرغي شويغو» give the entity
/// بوتين / شويغو (as the guide has it), and the title lends its party when the name has none.
/// Titles are phrases headed by a person noun (heads.tsv).
pub fn titles_to_names(cx: &Context, lex: &Lexicons, ents: &mut Vec<Ent>) {
    let is_title = |e: &Ent| e.kind == "PER" && cx.titled_at(lex, e.start);
    let mut order: Vec<usize> = (0..ents.len()).collect();
    order.sort_by_key(|&i| (ents[i].start, std::cmp::Reverse(ents[i].end)));
    let mut drop = vec![false; ents.len()];
    for w in order.windows(2) {
        let (t, n) = (w[0], w[1]);
        if drop[t] || !is_title(&ents[t]) || ents[n].kind != "PER" || is_title(&ents[n]) {
            continue;
        }
        // Only spaces, or a rank (الجنرال، العقيد), between the title and the name.
        let gap = cx.gap(ents[t].end, ents[n].start);
        let between = cx.tok_from(ents[t].end)..cx.tok_at(ents[n].start);
        let rank_only = between
            .clone()
            .all(|k| cx.head(lex, k).is_some_and(|(c, _)| c == "rank"))
            && between.len() <= 1;
        if ents[n].start <= ents[t].end
            || !rank_only
            || gap.contains(|c: char| !c.is_whitespace() && !c.is_alphabetic())
        {
            continue;
        }
        let actor = ents[t].actor.clone();
        let name = &mut ents[n];
        if name.actor.as_ref().is_none_or(|a| a.party.is_none()) {
            name.actor = actor.or(name.actor.take());
        }
        drop[t] = true;
    }
    let keep: Vec<bool> = drop.iter().map(|d| !d).collect();
    retain_marked(ents, &keep);
}

/// Keeps the entities whose `keep` flag is set, in order.
pub fn retain_marked(ents: &mut Vec<Ent>, keep: &[bool]) {
    let mut flags = keep.iter();
    ents.retain(|_| *flags.next().unwrap_or(&true));
}
