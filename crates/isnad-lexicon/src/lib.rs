//! Lexicons are TSV files a person can read and extend (see `lexicons/README.md`). They are bundled
//! into the binary and compiled once at start into [`PhraseMatcher`]s; a user's folder adds to
//! (or, with a leading `-`, removes from) the bundled entries without recompiling.

mod matcher;
mod tsv;
mod union;
mod values;
mod words;

use std::path::Path;

pub use matcher::{Boundary, PhraseMatch, PhraseMatcher};
pub use tsv::{parse_tsv, LexError, Row, Table};
pub use union::{DocHits, Union};
pub use values::{EventType, MarkerValue, Pos, Scope, Stance};
pub use words::{bundled_words, WordClass, WordClasses};

/// The bundled lexicon files, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("actors.tsv", include_str!("../../../lexicons/actors.tsv")),
    ("cues.tsv", include_str!("../../../lexicons/cues.tsv")),
    (
        "triggers.tsv",
        include_str!("../../../lexicons/triggers.tsv"),
    ),
    (
        "polarity.tsv",
        include_str!("../../../lexicons/polarity.tsv"),
    ),
    (
        "modality.tsv",
        include_str!("../../../lexicons/modality.tsv"),
    ),
    ("heads.tsv", include_str!("../../../lexicons/heads.tsv")),
    ("nisba.tsv", include_str!("../../../lexicons/nisba.tsv")),
    ("words.tsv", include_str!("../../../lexicons/words.tsv")),
    ("chrome.tsv", include_str!("../../../lexicons/chrome.tsv")),
];

/// A page-chrome phrase (`chrome.tsv`): a line holding it is not part of the article.
#[derive(Debug, Clone)]
pub struct ChromeEntry {
    /// Folded.
    pub form: String,
    /// The phrase heads a list of related headlines (`list`), or marks its own line (`line`).
    pub list: bool,
    /// The longest line, in words, that the phrase makes chrome.
    pub max_words: usize,
}

#[derive(Debug, Clone)]
pub struct ActorEntry {
    pub alias: String,
    pub id: String,
    pub canonical: String,
    pub kind: String,
    pub party: Option<String>,
    pub role: String,
    pub nominal: bool,
    pub title: bool,
    pub anaphor: bool,
}

#[derive(Debug, Clone)]
pub struct CueEntry {
    pub form: String,
    pub stance: Stance,
    pub shape: String,
}

#[derive(Debug, Clone)]
pub struct TriggerEntry {
    pub form: String,
    pub kind: EventType,
    pub pos: Pos,
}

/// Polarity (`neg`, `false`) and modality (`planned`, `failed`, ...) cues share one shape.
#[derive(Debug, Clone)]
pub struct MarkerEntry {
    pub form: String,
    pub value: MarkerValue,
    /// An empty cell is `next`.
    pub scope: Scope,
}

/// All lexicons with their compiled matchers.
pub struct Lexicons {
    pub actors: Vec<ActorEntry>,
    pub cues: Vec<CueEntry>,
    pub triggers: Vec<TriggerEntry>,
    pub polarity: Vec<MarkerEntry>,
    pub modality: Vec<MarkerEntry>,
    /// Head nouns of source phrases: folded form -> (class, entity type).
    pub heads: std::collections::HashMap<String, (String, String)>,
    /// Nationality adjectives: (form, party), matched by `nisba_matcher`.
    pub nisba: Vec<(String, String)>,
    pub nisba_matcher: PhraseMatcher,
    /// Folded verb cues whose object takes بـ: those the cue lexicon also lists as «FORM ب»
    /// (طالب ب، ندد ب، تعهد ب). Their subject ends where the بـ-object begins.
    pub b_object_cues: std::collections::HashSet<String>,
    /// Folded verb cues listed as «FORM عن» whose عن opens what was said (أعرب عن، كشف عن،
    /// تحدث عن), not the relay verb نقل, whose عن names its source (نقل X عن Y).
    pub an_object_cues: std::collections::HashSet<String>,
    /// Page chrome phrases (`chrome.tsv`).
    pub chrome: Vec<ChromeEntry>,
    /// Word classes of the claims engine's rules (`words.tsv`).
    pub words: WordClasses,
    pub actor_matcher: PhraseMatcher,
    pub cue_matcher: PhraseMatcher,
    pub trigger_matcher: PhraseMatcher,
    pub polarity_matcher: PhraseMatcher,
    pub modality_matcher: PhraseMatcher,
}

impl Lexicons {
    /// The party a folded word names when the whole word is a nationality adjective
    /// (روسية → RUS), by the lexicon's own nisba matcher.
    pub fn nisba_party(&self, word: &str) -> Option<&str> {
        let m = self.nisba_matcher.find(word);
        let m = m.iter().find(|m| m.start == 0 && m.end == word.len())?;
        self.nisba.get(*m.entries.first()?).map(|x| x.1.as_str())
    }

    /// The bundled lexicons only.
    pub fn bundled() -> Self {
        Self::load::<&Path>(&[]).expect("bundled lexicons are valid (checked by tests)")
    }

    /// The bundled lexicons plus every user folder, in order.
    pub fn load<P: AsRef<Path>>(extra_dirs: &[P]) -> Result<Self, LexError> {
        let mut tables: Vec<Table> = BUNDLED
            .iter()
            .map(|(name, text)| parse_tsv(name, text))
            .collect::<Result<_, _>>()?;
        for dir in extra_dirs {
            let dir = dir.as_ref();
            let entries = std::fs::read_dir(dir).map_err(|e| LexError::io(dir, e))?;
            let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            files.sort();
            for path in files {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                let Some(table) = tables.iter_mut().find(|t| t.name == name) else {
                    continue; // other files (README, time words) belong to other crates
                };
                let text = std::fs::read_to_string(&path).map_err(|e| LexError::io(&path, e))?;
                let user = parse_tsv(&path.display().to_string(), &text)?;
                table.merge(user)?;
            }
        }
        let get = |n: &str| tables.iter().find(|t| t.name == n).expect("bundled table");
        let actors: Vec<ActorEntry> = get("actors.tsv")
            .rows
            .iter()
            .map(|r| {
                let flags = r.get("flags");
                let has = |f: &str| flags.split(',').any(|x| x.trim() == f);
                ActorEntry {
                    alias: r.get("alias").to_string(),
                    id: r.get("id").to_string(),
                    canonical: r.get("canonical").to_string(),
                    kind: r.get("type").to_string(),
                    party: Some(r.get("party").to_string()).filter(|p| !p.is_empty()),
                    role: r.get("role").to_string(),
                    nominal: has("nominal"),
                    title: has("title"),
                    anaphor: has("anaphor"),
                }
            })
            .collect();
        let cues: Vec<CueEntry> = get("cues.tsv")
            .rows
            .iter()
            .map(|r| {
                Ok(CueEntry {
                    form: r.get("form").to_string(),
                    stance: Stance::from_row(r, "stance")?,
                    shape: r.get("shape").to_string(),
                })
            })
            .collect::<Result<_, LexError>>()?;
        let triggers: Vec<TriggerEntry> = get("triggers.tsv")
            .rows
            .iter()
            .map(|r| {
                Ok(TriggerEntry {
                    form: r.get("form").to_string(),
                    kind: EventType::from_row(r, "type")?,
                    pos: Pos::from_row(r, "pos")?,
                })
            })
            .collect::<Result<_, LexError>>()?;
        // Polarity takes neg and false, modality the others.
        let markers = |name: &str, col: &str, allowed: &[MarkerValue]| {
            get(name)
                .rows
                .iter()
                .map(|r| {
                    let value = MarkerValue::from_row(r, col)
                        .ok()
                        .filter(|v| allowed.contains(v));
                    let Some(value) = value else {
                        let names = allowed.iter().map(|v| v.as_str());
                        return Err(values::unknown(r, col, r.get(col), names));
                    };
                    let scope = match r.get("scope") {
                        "" => Scope::Next,
                        _ => Scope::from_row(r, "scope")?,
                    };
                    Ok(MarkerEntry {
                        form: r.get("form").to_string(),
                        value,
                        scope,
                    })
                })
                .collect::<Result<Vec<MarkerEntry>, LexError>>()
        };
        use MarkerValue as V;
        let polarity = markers("polarity.tsv", "value", &[V::Neg, V::False])?;
        let modality = markers(
            "modality.tsv",
            "modality",
            &[V::Planned, V::Intended, V::Failed, V::Possible, V::Retake],
        )?;
        // Names take no pronoun suffixes; verbs and event nouns do (أعلنه، سيطرتها).
        let actor_matcher =
            PhraseMatcher::new(actors.iter().map(|a| a.alias.as_str()), Boundary::Word);
        let cue_matcher =
            PhraseMatcher::new(cues.iter().map(|c| c.form.as_str()), Boundary::Enclitic);
        let trigger_matcher =
            PhraseMatcher::new(triggers.iter().map(|t| t.form.as_str()), Boundary::Enclitic);
        let polarity_matcher =
            PhraseMatcher::new(polarity.iter().map(|t| t.form.as_str()), Boundary::Enclitic);
        let modality_matcher =
            PhraseMatcher::new(modality.iter().map(|t| t.form.as_str()), Boundary::Enclitic);
        let heads = get("heads.tsv")
            .rows
            .iter()
            .map(|r| {
                (
                    isnad_text::fold(r.get("form")),
                    (r.get("class").to_string(), r.get("type").to_string()),
                )
            })
            .collect();
        let nisba: Vec<(String, String)> = get("nisba.tsv")
            .rows
            .iter()
            .map(|r| (r.get("form").to_string(), r.get("party").to_string()))
            .collect();
        let nisba_matcher = PhraseMatcher::new(nisba.iter().map(|n| n.0.as_str()), Boundary::Word);
        let words = WordClasses::from_table(get("words.tsv"))?;
        let b_object_cues = cues
            .iter()
            .filter(|c| c.shape == "verb")
            .filter_map(|c| c.form.trim().strip_suffix(" ب"))
            .map(|f| isnad_text::fold(f.trim()))
            .collect();
        let an_object_cues = cues
            .iter()
            .filter(|c| c.shape == "verb")
            .filter_map(|c| c.form.trim().strip_suffix(" عن"))
            .map(|f| isnad_text::fold(f.trim()))
            .filter(|f| !f.starts_with("نقل") && !f.starts_with("ينقل") && !f.starts_with("تنقل"))
            .collect();
        let chrome = get("chrome.tsv")
            .rows
            .iter()
            .map(|r| {
                let list = match r.get("kind") {
                    "list" => true,
                    "line" | "" => false,
                    other => {
                        return Err(values::unknown(
                            r,
                            "kind",
                            other,
                            ["line", "list"].into_iter(),
                        ))
                    }
                };
                Ok(ChromeEntry {
                    form: isnad_text::fold(r.get("form").trim()),
                    list,
                    max_words: r.get("max_words").parse().unwrap_or(12),
                })
            })
            .collect::<Result<Vec<_>, LexError>>()?;
        Ok(Lexicons {
            chrome,
            b_object_cues,
            an_object_cues,
            words,
            heads,
            nisba,
            nisba_matcher,
            actors,
            cues,
            triggers,
            polarity,
            modality,
            actor_matcher,
            cue_matcher,
            trigger_matcher,
            polarity_matcher,
            modality_matcher,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes_load_and_a_user_file_adds_removes_and_is_checked() {
        let lex = Lexicons::bundled();
        // أحبط is written with hamza in the file and found in its folded spelling.
        assert!(lex.words.has(WordClass::FoilVerb, "احبط"));
        assert!(lex.words.has(WordClass::Relative, "اللواتي"));
        assert!(!lex.words.list(WordClass::Aircraft).is_empty());
        for c in WordClass::ALL {
            assert!(
                !lex.words.list(*c).is_empty(),
                "class {} is empty",
                c.name()
            );
            assert_eq!(WordClass::parse(c.name()), Some(*c));
        }
        let dir = std::env::temp_dir().join(format!("isnad-words-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("words.tsv"),
            "form\tclasses\nأجهضت\tfoil_verb\n-اللواتي\n",
        )
        .unwrap();
        let lex = Lexicons::load(&[&dir]).unwrap();
        assert!(lex.words.has(WordClass::FoilVerb, "اجهضت"));
        assert!(!lex.words.has(WordClass::Relative, "اللواتي"));
        std::fs::write(dir.join("words.tsv"), "form\tclasses\nأجهضت\tfoil_verbs\n").unwrap();
        let err = Lexicons::load(&[&dir]).err().unwrap().to_string();
        assert!(err.contains("words.tsv:2:"), "{err}");
        assert!(err.contains("foil_verbs"), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_typo_in_a_users_value_names_file_line_and_value() {
        let dir = std::env::temp_dir().join(format!("isnad-values-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let load = |file: &str, text: &str| {
            std::fs::write(dir.join(file), text).unwrap();
            let r = Lexicons::load(&[&dir]).err().map(|e| e.to_string());
            std::fs::remove_file(dir.join(file)).ok();
            r
        };
        let err = load("triggers.tsv", "form\ttype\tpos\nاجتاحت\tcaptre\tverb\n").unwrap();
        assert!(
            err.contains("triggers.tsv:2: unknown event type \"captre\""),
            "{err}"
        );
        let err = load("cues.tsv", "form\tstance\tshape\nأوضح\tasert\tverb\n").unwrap();
        assert!(
            err.contains("cues.tsv:2: unknown stance \"asert\""),
            "{err}"
        );
        // A modality value in the polarity file is a typo too.
        let err = load("polarity.tsv", "form\tvalue\tscope\nلم يعد\tfailed\tnext\n").unwrap();
        assert!(
            err.contains("polarity.tsv:2:") && err.contains("\"failed\""),
            "{err}"
        );
        // An empty scope is `next`; a known value loads with its type.
        assert_eq!(
            load("polarity.tsv", "form\tvalue\tscope\nلم يعد\tneg\n"),
            None
        );
        let lex = Lexicons::bundled();
        let t = lex.triggers.iter().find(|t| t.form == "انسحبت").unwrap();
        assert_eq!((t.kind, t.pos), (EventType::Withdrawal, Pos::Verb));
        assert_eq!(EventType::Withdrawal.as_str(), "withdrawal");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn word_classes_match_the_lexicon_checker() {
        // tools/check_lexicons.py validates users' files with the same class names.
        let checker = include_str!("../../../tools/check_lexicons.py");
        for c in WordClass::ALL {
            assert!(
                checker.contains(&format!("\"{}\"", c.name())),
                "{} missing in check_lexicons.py",
                c.name()
            );
        }
    }

    #[test]
    fn bundled_lexicons_parse() {
        let l = Lexicons::bundled();
        assert!(!l.actors.is_empty());
        assert!(!l.cues.is_empty());
    }

    #[test]
    fn user_folder_adds_and_removes_entries() {
        let dir = std::env::temp_dir().join(format!("isnad-lex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("actors.tsv"),
            "alias\tid\tcanonical\ttype\tparty\trole\tflags\nلواء الاختبار الشمالي\tTEST.BRIG\tTest Brigade\tORG\tSYR.OPP\tarmed_group\t\n",
        )
        .unwrap();
        let l = Lexicons::load(&[&dir]).unwrap();
        let n = isnad_text::Normalized::new("هاجم لواء الاختبار الشمالي المدينة");
        let hits = l.actor_matcher.find(n.folded());
        let a = hits
            .iter()
            .flat_map(|h| h.entries.iter())
            .map(|&i| &l.actors[i])
            .find(|a| a.id == "TEST.BRIG")
            .expect("user actor matched");
        assert_eq!(a.party.as_deref(), Some("SYR.OPP"));
        std::fs::write(
            dir.join("actors.tsv"),
            "alias\tid\tcanonical\ttype\tparty\trole\tflags\nbroken line\n",
        )
        .unwrap();
        let err = Lexicons::load(&[&dir])
            .err()
            .expect("malformed line rejected");
        assert!(err.to_string().contains(":2"), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
