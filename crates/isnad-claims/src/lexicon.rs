//! The trigger lexicon as isnad-claims matches it: `triggers.tsv` (the one trigger file, bundled
//! or the user's), with the article and accusative forms news text uses (الهجوم، هجوماً) and the
//! construct form that takes a pronoun (سيطرة → سيطرتها). Flags come from word classes, so they
//! hold for a form whoever lists it: `retake_stem`, `manner_stem` in `words.tsv`.

use crate::context::{contains_any, starts_with_any};
use isnad_lexicon::{Boundary, EventType, Lexicons, PhraseMatcher, Pos, WordClass, WordClasses};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone)]
pub struct Trig {
    pub kind: EventType,
    pub verb: bool,
    /// A form that can mean "retake" (استعادة، تحرير) when it expresses a purpose.
    pub retake: bool,
    /// Support "with the help of" (بدعم من): only an event of its own when nothing else is near.
    pub manner: bool,
}

pub struct TriggerLex {
    pub matcher: PhraseMatcher,
    /// For each matcher entry: the trigger it stands for.
    pub entries: Vec<Trig>,
}

fn ends_with_any(s: &str, ends: &[char]) -> bool {
    s.chars().last().is_some_and(|c| ends.contains(&c))
}

/// The spellings one lexicon form stands for in running text.
fn variants(form: &str, verb: bool, classes: &WordClasses) -> Vec<String> {
    let form = form.trim();
    let mut out = vec![form.to_string()];
    if verb || form.is_empty() {
        return out;
    }
    let words: Vec<&str> = form.split_whitespace().collect();
    let def = |w: &str| {
        if w.starts_with("ال")
            || w.chars().count() < 3
            || classes.has(WordClass::BarePrep, &isnad_text::fold(w))
        {
            w.to_string()
        } else {
            format!("ال{w}")
        }
    };
    if !form.starts_with("ال") {
        // الهجوم، القصف الجوي: the article on the head noun and on its adjective.
        out.push(def(words[0]) + &form[words[0].len()..]);
        if words.len() == 2 {
            out.push(format!("{} {}", def(words[0]), def(words[1])));
        }
    }
    if words.len() == 1 {
        let w = words[0];
        if !ends_with_any(w, &['ة', 'ا', 'ى', 'ي', 'ء', 'ه', 'ن']) {
            out.push(format!("{w}ا"));
            if !w.starts_with("ال") {
                out.push(format!("ال{w}"));
            }
        }
        if let Some(stem) = w.strip_suffix('ة') {
            // The construct form before a pronoun: سيطرتها، محاولته.
            out.push(format!("{stem}ت"));
        }
    }
    out.sort();
    out.dedup();
    out
}

fn build(lex: &Lexicons) -> TriggerLex {
    let mut forms: Vec<String> = Vec::new();
    let mut entries: Vec<Trig> = Vec::new();
    let mut add = |form: &str, t: Trig| {
        for v in variants(form, t.verb, &lex.words) {
            forms.push(v);
            entries.push(t.clone());
        }
    };
    for t in &lex.triggers {
        let trig = Trig {
            kind: t.kind,
            verb: t.pos == Pos::Verb,
            retake: false,
            manner: false,
        };
        add(&t.form, trig);
    }
    // Retake and manner are properties of the word whoever lists it.
    for (f, t) in forms.iter().zip(entries.iter_mut()) {
        let k = isnad_text::fold(f);
        if t.kind == EventType::Capture
            && starts_with_any(lex.words.list(WordClass::RetakeStem), &k)
        {
            t.retake = true;
        }
        if t.kind == EventType::Support && contains_any(lex.words.list(WordClass::MannerStem), &k) {
            t.manner = true;
        }
    }
    let matcher = PhraseMatcher::new(forms.iter().map(|s| s.as_str()), Boundary::Enclitic);
    TriggerLex { matcher, entries }
}

type Cache = Mutex<HashMap<usize, Arc<TriggerLex>>>;
static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();

/// The compiled trigger lexicon for these lexicons (built once per `Lexicons` value).
pub fn triggers(lex: &Lexicons) -> Arc<TriggerLex> {
    // Keyed by the trigger entries themselves, so a different user lexicon never gets stale data.
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for t in &lex.triggers {
            (&t.form, &t.kind, &t.pos).hash(&mut h);
        }
        // The retake and manner stems decide flags too.
        lex.words.list(WordClass::RetakeStem).hash(&mut h);
        lex.words.list(WordClass::MannerStem).hash(&mut h);
        h.finish() as usize
    };
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = match cache.lock() {
        Ok(m) => m,
        Err(p) => p.into_inner(),
    };
    if map.len() > 16 {
        map.clear();
    }
    map.entry(key)
        .or_insert_with(|| Arc::new(build(lex)))
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(form: &str, verb: bool) -> Vec<String> {
        super::variants(form, verb, isnad_lexicon::bundled_words())
    }

    #[test]
    fn variants_cover_article_accusative_and_construct() {
        let v = variants("هجوم", false);
        assert!(v.contains(&"الهجوم".to_string()));
        assert!(v.contains(&"هجوما".to_string()));
        let v = variants("سيطرة", false);
        assert!(v.contains(&"سيطرت".to_string()));
        let v = variants("قصف جوي", false);
        assert!(v.contains(&"القصف الجوي".to_string()));
        assert_eq!(variants("انسحب", true), vec!["انسحب".to_string()]);
    }

    /// The one trigger file: a form listed as verb and as noun gets the noun's article forms,
    /// and the nisba تركي is no «left me» (bare ترك is not listed).
    #[test]
    fn one_trigger_file_covers_both_readings() {
        let lex = Lexicons::bundled();
        let tl = triggers(&lex);
        let kinds = |s: &str| -> Vec<EventType> {
            let f = isnad_text::fold(s);
            tl.matcher
                .find(&f)
                .iter()
                .flat_map(|m| m.entries.iter().map(|&e| tl.entries[e].kind))
                .collect()
        };
        assert!(kinds("بدأ القصف على المدينة").contains(&EventType::Shelling));
        assert!(kinds("وقال خبير تركي إن").is_empty());
        assert!(kinds("تركت القوات مواقعها").contains(&EventType::Withdrawal));
    }
}
