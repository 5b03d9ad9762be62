//! The name index and the matcher over folded text.

use ahash::AHashMap as HashMap;
use smallvec::SmallVec;

use isnad_text::{fold, is_word_char};

use crate::{Place, PlaceRef};

/// A word that makes the next name a place mention even when the name is also a common word.
const PLACE_WORDS: &[&str] = &[
    "مدينه",
    "بلده",
    "قريه",
    "ريف",
    "محافظه",
    "منطقه",
    "حي",
    "مخيم",
    "ناحيه",
    "قضاء",
    "مطار",
    "قاعده",
    "معبر",
    "بلدات",
    "قري",
    "مدن",
    "احياء",
    "مدينتي",
    "بلدتي",
    "قريتي",
    "العاصمه",
    "اطراف",
    "محيط",
    "مناطق",
    "بلدتا",
    "مدينتا",
    "شرق",
    "غرب",
    "شمال",
    "جنوب",
    "شرقي",
    "غربي",
    "شمالي",
    "جنوبي",
    "وسط",
    "مركز",
    "داخل",
    "مشارف",
    "جبل",
    "سهل",
    "وادي",
    "نهر",
    "سد",
    "حقل",
    "مدخل",
    "ضواحي",
    "جرود",
    "بادية",
    "باديه",
    "قلعه",
    "بلديه",
    "مزرعه",
];

/// First words that news text also writes joined to the next (البو كمال / البوكمال).
const JOINERS: &[&str] = &[
    "ابو", "البو", "ام", "دير", "بيت", "كفر", "عين", "تل", "راس", "خان", "جسر", "بير", "عبد",
    "ابي", "بني", "مار", "سيدي", "بنت", "قصر", "مرج", "برج", "عرب", "حمام",
];

/// What stands before the name in a mention's phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum MatchPrefix {
    /// ريف X: the countryside of X.
    Rif,
    /// محافظة X.
    Governorate,
    /// منطقة X.
    Area,
    /// شرق/غرب/شمال/جنوب X, شرقي X, وسط X.
    Direction,
}

/// A place mention found in folded text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    /// Start of the whole phrase (folded byte offset; proclitics و ف ب ل ك excluded).
    pub start: usize,
    /// End of the whole phrase (folded byte offset).
    pub end: usize,
    /// Start of the place name itself (after `ريف ` etc.).
    pub name_start: usize,
    /// End of the place name itself.
    pub name_end: usize,
    /// The phrase word before the name, if any.
    pub prefix: Option<MatchPrefix>,
    /// Places the name may refer to (never empty).
    pub candidates: Vec<PlaceRef>,
    /// A place word (مدينة، بلدة، ريف …) stands right before the name or the phrase.
    pub after_place_word: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StopRule {
    Never,
    Trigger,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    /// Folded name without a leading article, words joined by one space -> places, each with
    /// how the data writes it (WITH_ARTICLE / WITHOUT_ARTICLE bits).
    names: HashMap<String, Vec<(PlaceRef, u8)>>,
    stop: HashMap<String, StopRule>,
    /// First word of each key -> the most words a key starting with it has (lets the matcher
    /// skip, without allocating, the many words that begin no name).
    firsts: HashMap<String, usize>,
}

/// Splits folded text into words: (start, end) byte offsets of runs of word characters.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Proclitic prefixes: (letters before the stem, bytes before the span start, has article).
fn prefixes() -> &'static [(String, usize, bool)] {
    static P: std::sync::OnceLock<Vec<(String, usize, bool)>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut out = Vec::new();
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل", "ك"] {
                for art in [false, true] {
                    if conj.is_empty() && prep.is_empty() && !art {
                        continue;
                    }
                    if prep == "ل" && art {
                        // ل + ال is written لل: the span cannot keep the article apart.
                        let p = format!("{conj}لل");
                        out.push((p.clone(), p.len(), true));
                    } else {
                        let lead = format!("{conj}{prep}");
                        let p = format!("{lead}{}", if art { "ال" } else { "" });
                        out.push((p, lead.len(), art));
                    }
                }
            }
        }
        out
    })
}

/// The prefixes of [`prefixes`] that begin with `first`.
fn prefixes_from(first: char) -> &'static [(String, usize, bool)] {
    type Groups = Vec<(char, Vec<(String, usize, bool)>)>;
    static G: std::sync::OnceLock<Groups> = std::sync::OnceLock::new();
    let groups = G.get_or_init(|| {
        let mut g: Groups = Vec::new();
        for p in prefixes() {
            let c = p.0.chars().next().expect("prefixes are not empty");
            match g.iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1.push(p.clone()),
                None => g.push((c, vec![p.clone()])),
            }
        }
        g
    });
    groups
        .iter()
        .find(|x| x.0 == first)
        .map_or(&[], |x| x.1.as_slice())
}

/// The ways a word may split into proclitics and a stem: (bytes before the span start, bytes
/// before the stem, has article). Least stripping first.
fn splits(word: &str) -> SmallVec<[(usize, usize, bool); 8]> {
    let mut out: SmallVec<[(usize, usize, bool); 8]> = SmallVec::new();
    out.push((0, 0, false));
    // Every prefix starts with one of these letters (or ا of the article): most words need no
    // string compare at all. Runs for every word of every article.
    let Some(first) = word.chars().next() else {
        return out;
    };
    // Only the prefixes that begin with the word's first letter (one for ا, eight for و); most
    // words begin with none. Runs for every word of every article.
    for (p, lead, art) in prefixes_from(first) {
        if word.starts_with(p.as_str()) && word.len() >= p.len() + 4 {
            out.push((*lead, p.len(), *art));
        }
    }
    out.sort_by_key(|s| (s.1, s.0));
    out.dedup();
    out
}

/// Strips "(…)" disambiguation notes from a name as written in the data.
fn strip_notes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn name_words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A key short enough to be noise: one word of under three letters (T2-like codes excepted).
fn too_short(key: &str) -> bool {
    !key.contains(' ')
        && key.chars().count() < 3
        && !(key.chars().count() == 2 && key.chars().any(|c| c.is_ascii_digit()))
}

const WITH_ARTICLE: u8 = 1;
const WITHOUT_ARTICLE: u8 = 2;

fn strip_article(w: &str) -> (&str, bool) {
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => (rest, true),
        _ => (w, false),
    }
}

impl NameIndex {
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn load_stoplist(&mut self, text: &str) {
        for line in text.lines() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let form = fold(cols.next().unwrap_or("").trim());
            let rule = match cols.next().map(str::trim) {
                Some("trigger") => StopRule::Trigger,
                _ => StopRule::Never,
            };
            let form = name_words(&form).join(" ");
            if !form.is_empty() {
                self.stop.insert(form, rule);
            }
        }
    }

    fn insert_key(&mut self, key: String, r: PlaceRef, flag: u8) {
        if key.is_empty() || too_short(&key) {
            return;
        }
        let n_words = key.split(' ').count();
        let first = key.split(' ').next().unwrap_or("");
        match self.firsts.get_mut(first) {
            Some(m) => *m = (*m).max(n_words),
            None => {
                self.firsts.insert(first.to_string(), n_words);
            }
        }
        let v = self.names.entry(key).or_default();
        match v.iter_mut().find(|e| e.0 == r) {
            Some(e) => e.1 |= flag,
            None => v.push((r, flag)),
        }
    }

    /// The index keys of one Arabic (or Latin code) name, with its spelling variants.
    fn keys_for(name: &str) -> Vec<(String, u8)> {
        let folded = fold(&strip_notes(name));
        let ws = name_words(&folded);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut variants: Vec<Vec<String>> = vec![ws.iter().map(|w| w.to_string()).collect()];
        // "البو كمال" is also written "البوكمال", "كفر نبل" "كفرنبل".
        if ws.len() >= 2 && JOINERS.contains(&ws[0]) {
            let mut joined = vec![format!("{}{}", ws[0], ws[1])];
            joined.extend(ws[2..].iter().map(|w| w.to_string()));
            variants.push(joined);
        }
        variants
            .into_iter()
            .map(|v| {
                let (first, art) = strip_article(&v[0]);
                let mut key = first.to_string();
                for w in &v[1..] {
                    key.push(' ');
                    key.push_str(w);
                }
                (key, if art { WITH_ARTICLE } else { WITHOUT_ARTICLE })
            })
            .collect()
    }

    /// Indexes one name of a place.
    pub(crate) fn add_name(&mut self, name: &str, r: PlaceRef) {
        for (key, flag) in Self::keys_for(name) {
            self.insert_key(key, r, flag);
        }
    }

    /// Removes from a name's entries the places `drop` selects other than `keep` (a curated
    /// place's name is authoritative over GeoNames namesakes in the same country).
    pub(crate) fn prune_namesakes(
        &mut self,
        name: &str,
        keep: PlaceRef,
        drop: impl Fn(PlaceRef) -> bool,
    ) {
        for (key, _) in Self::keys_for(name) {
            if let Some(v) = self.names.get_mut(&key) {
                v.retain(|e| e.0 == keep || !drop(e.0));
            }
        }
    }

    /// Places for a folded name as written.
    pub(crate) fn lookup(&self, folded: &str) -> Vec<PlaceRef> {
        let ws = name_words(folded);
        if ws.is_empty() {
            return Vec::new();
        }
        let (first, _) = strip_article(ws[0]);
        let mut key = first.to_string();
        for w in &ws[1..] {
            key.push(' ');
            key.push_str(w);
        }
        self.names
            .get(&key)
            .map(|v| v.iter().map(|e| e.0).collect())
            .unwrap_or_default()
    }

    fn is_place_word(text: &str, w: (usize, usize)) -> bool {
        let word = &text[w.0..w.1];
        splits(word)
            .iter()
            .any(|&(_, stem, art)| !art && PLACE_WORDS.contains(&&word[stem..]))
            || PLACE_WORDS.contains(&word)
    }

    /// The phrase word of `word` (ريف، محافظة …) with the byte offset where it starts after
    /// proclitics.
    fn prefix_word(text: &str, w: (usize, usize)) -> Option<(MatchPrefix, usize)> {
        let word = &text[w.0..w.1];
        for (lead, stem, art) in splits(word) {
            if art || lead != stem {
                continue;
            }
            let kind = match &word[stem..] {
                "ريف" => MatchPrefix::Rif,
                "محافظه" => MatchPrefix::Governorate,
                "منطقه" => MatchPrefix::Area,
                "شرق" | "غرب" | "شمال" | "جنوب" | "شرقي" | "غربي" | "شمالي" | "جنوبي" | "وسط" => {
                    MatchPrefix::Direction
                }
                _ => continue,
            };
            return Some((kind, w.0 + stem));
        }
        None
    }

    pub(crate) fn find(&self, text: &str, places: &[Place]) -> Vec<PlaceMatch> {
        let ws = words(text);
        let mut found: Vec<(usize, usize, usize, usize, Vec<PlaceRef>)> = Vec::new(); // start,end,first word,last word,cands
        let mut key_buf = String::new();
        let mut key_ends: SmallVec<[usize; 8]> = SmallVec::new();
        for i in 0..ws.len() {
            let (s, e) = ws[i];
            let word = &text[s..e];
            for (lead, stem, art) in splits(word) {
                let Some(&longest) = self.firsts.get(&word[stem..]) else {
                    continue;
                };
                let max_n = longest.min(ws.len() - i);
                // The longest key once, in a reused buffer; shorter keys are its prefixes.
                key_buf.clear();
                key_ends.clear();
                key_buf.push_str(&word[stem..]);
                key_ends.push(key_buf.len());
                for j in 1..max_n {
                    key_buf.push(' ');
                    key_buf.push_str(&text[ws[i + j].0..ws[i + j].1]);
                    key_ends.push(key_buf.len());
                }
                for n in (1..=max_n).rev() {
                    let key = &key_buf[..key_ends[n - 1]];
                    let Some(cands) = self.names.get(key) else {
                        continue;
                    };
                    let surface = if art {
                        format!("ال{key}")
                    } else {
                        key.to_string()
                    };
                    // A bare form is at least as doubtful as the same name with the article.
                    let rule = self.stop.get(&surface).or_else(|| {
                        if art {
                            None
                        } else {
                            self.stop.get(&format!("ال{key}"))
                        }
                    });
                    let after_place = i > 0 && Self::is_place_word(text, ws[i - 1]);
                    match rule {
                        Some(StopRule::Never) => continue,
                        Some(StopRule::Trigger) if !after_place => continue,
                        _ => {}
                    }
                    // The article must agree with how the data writes the name ("سورية" is Syria,
                    // "السورية" the adjective); a name written with the article may appear bare
                    // ("عراق") only for well-known places with a name long enough to be distinctive.
                    let cands: Vec<PlaceRef> = cands
                        .iter()
                        .filter(|&&(r, flags)| {
                            let Some(p) = places.get(r as usize) else {
                                return false;
                            };
                            if art {
                                flags & WITH_ARTICLE != 0
                            } else {
                                flags & WITHOUT_ARTICLE != 0
                                    || (key.chars().count() >= 4
                                        && (p.is_country || p.population >= 100_000))
                            }
                        })
                        .map(|e| e.0)
                        .collect();
                    if cands.is_empty() {
                        continue;
                    }
                    found.push((s + lead, ws[i + n - 1].1, i, i + n - 1, cands));
                    break;
                }
            }
        }
        // Longest first, then leftmost; keep what does not overlap.
        found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut chosen: Vec<(usize, usize, usize, usize, Vec<PlaceRef>)> = Vec::new();
        for f in found {
            if chosen.iter().all(|c| f.1 <= c.0 || f.0 >= c.1) {
                chosen.push(f);
            }
        }
        chosen.sort_by_key(|c| c.0);
        let mut out: Vec<PlaceMatch> = Vec::with_capacity(chosen.len());
        for (k, (start, end, wi, wj, candidates)) in chosen.iter().cloned().enumerate() {
            let prev_end = if k > 0 { chosen[k - 1].1 } else { 0 };
            let next_start = chosen.get(k + 1).map(|c| c.0).unwrap_or(text.len());
            let mut m = PlaceMatch {
                start,
                end,
                name_start: start,
                name_end: end,
                prefix: None,
                candidates,
                after_place_word: wi > 0 && Self::is_place_word(text, ws[wi - 1]),
            };
            // Phrase words before the name: up to two (شمال شرق X, ريف محافظة X).
            let mut w = wi;
            for _ in 0..2 {
                if w == 0 || ws[w - 1].1 <= prev_end {
                    break;
                }
                let Some((kind, at)) = Self::prefix_word(text, ws[w - 1]) else {
                    break;
                };
                // Only when nothing but spaces separates the phrase word from what follows.
                if !text[ws[w - 1].1..ws[w].0].chars().all(char::is_whitespace) {
                    break;
                }
                m.start = at;
                m.prefix = Some(match (m.prefix, kind) {
                    (Some(MatchPrefix::Rif), _) => MatchPrefix::Rif,
                    (Some(MatchPrefix::Governorate), MatchPrefix::Direction) => {
                        MatchPrefix::Governorate
                    }
                    _ => kind,
                });
                m.after_place_word =
                    m.after_place_word || w >= 2 && Self::is_place_word(text, ws[w - 2]);
                w -= 1;
            }
            // ريف X الشمالي: the direction adjective after the name belongs to the phrase.
            if m.prefix == Some(MatchPrefix::Rif) {
                let mut j = wj + 1;
                while j < ws.len() && j <= wj + 2 && ws[j].0 < next_start {
                    let adj = &text[ws[j].0..ws[j].1];
                    let gap_ok = text[ws[j - 1].1..ws[j].0].chars().all(char::is_whitespace);
                    if gap_ok && matches!(adj, "الشمالي" | "الجنوبي" | "الشرقي" | "الغربي")
                    {
                        m.end = ws[j].1;
                        j += 1;
                    } else {
                        break;
                    }
                }
            }
            out.push(m);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_cover_proclitics_and_article() {
        let w = "وبالرقه";
        let s = splits(w);
        assert!(s
            .iter()
            .any(|&(lead, stem, art)| art && &w[stem..] == "رقه" && &w[..lead] == "وب"));
        let w = "للموصل";
        assert!(splits(w)
            .iter()
            .any(|&(_, stem, art)| art && &w[stem..] == "موصل"));
    }

    #[test]
    fn words_split_on_punctuation() {
        let t = "حلب، دمشق-حمص";
        let ws = words(t);
        assert_eq!(ws.len(), 3);
        assert_eq!(&t[ws[2].0..ws[2].1], "حمص");
    }
}
