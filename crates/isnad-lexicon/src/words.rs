//! Word classes (`lexicons/words.tsv`): closed lists of words that the claims engine's rules test
//! a word against (verbs that foil, nouns that name members of a group, locative prepositions …).
//! Each row gives one form and the classes it belongs to; the class names are the [`WordClass`]
//! variants, and a name the engine does not know is an error naming the file and line.

use crate::tsv::{LexError, Table};
use ahash::AHashSet as HashSet;

macro_rules! classes {
    ($($(#[$doc:meta])* $v:ident = $name:literal,)*) => {
        /// A class of `words.tsv`. How a class is matched (the whole word, or a stem it contains,
        /// starts or ends with) is the rule's business; `lexicons/README.md` says it per class.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WordClass { $($(#[$doc])* $v,)* }

        impl WordClass {
            pub const ALL: &'static [WordClass] = &[$(WordClass::$v,)*];

            /// The class's name in `words.tsv`.
            pub fn name(self) -> &'static str {
                match self { $(WordClass::$v => $name,)* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($name => Some(WordClass::$v),)* _ => None }
            }
        }
    };
}

classes! {
    Relative = "relative",
    Lose = "lose",
    Intransitive = "intransitive",
    Weak = "weak",
    LightVerb = "light_verb",
    Demonstrative = "demonstrative",
    PlacePronoun = "place_pronoun",
    PronounWord = "pronoun_word",
    Locative = "locative",
    Classifier = "classifier",
    Topic = "topic",
    Presupposing = "presupposing",
    Preposition = "preposition",
    CityAnaphor = "city_anaphor",
    Country = "country",
    AttemptNoun = "attempt_noun",
    MemberNoun = "member_noun",
    AimedVerb = "aimed_verb",
    FoilVerb = "foil_verb",
    FallVerb = "fall_verb",
    IntoHands = "into_hands",
    Hand = "hand",
    ArmsAdjective = "arms_adjective",
    Concessive = "concessive",
    Pointer = "pointer",
    PointerHead = "pointer_head",
    PointerTail = "pointer_tail",
    RegionWord = "region_word",
    TownWord = "town_word",
    Aircraft = "aircraft",
    Artillery = "artillery",
    Civilian = "civilian",
    Instrument = "instrument",
    Disaster = "disaster",
    NotFuture = "not_future",
    LaIdiom = "la_idiom",
    Purpose = "purpose",
    RetakeStem = "retake_stem",
    MannerStem = "manner_stem",
    FromPrep = "from_prep",
    TowardPrep = "toward_prep",
    OnPrep = "on_prep",
    InPrep = "in_prep",
    WithPrep = "with_prep",
    BarePrep = "bare_prep",
    AdjacentNegator = "adjacent_negator",
    TriggerInName = "trigger_in_name",
    NameRest = "name_rest",
    BombardStem = "bombard_stem",
    StrikeStem = "strike_stem",
    BoundMin = "bound_min",
    BoundMax = "bound_max",
    BoundAbout = "bound_about",
    SuicideStem = "suicide_stem",
    BaseStem = "base_stem",
    AbductionStem = "abduction_stem",
    TalksNoun = "talks_noun",
    Outside = "outside",
    /// «There is», «any», «occurrence»: words a negation reaches through to the event it denies
    /// (لم تعد هناك مناطق تحت سيطرة، دون وقوع إصابات، لم تدخل أي قافلة).
    Existential = "existential",
    /// Stems of «hit» (أصاب، لم تصب، أصيبت): an aircraft hit is a shootdown.
    HitStem = "hit_stem",
    /// Place names spelled like a feminine nationality adjective (سورية): after an indefinite
    /// noun they are the adjective (ليرة سورية، بطارية سورية), not the place.
    NisbaHomograph = "nisba_homograph",
    /// «In it», «during it» (فيه، خلاله): after a reporting verb they point back to a statement
    /// or an occasion named before, whose author is the speaker; never a speaker themselves.
    InIt = "in_it",
    /// Stems of arrival and entry (وصل، وصول، دخول، تقدم): a military move only with forces.
    MovementStem = "movement_stem",
    /// Words for armed forces (قوات، جيش، عناصر، تعزيزات، رتل): what makes a movement military.
    ForceNoun = "force_noun",
    /// A report named as a noun (الاتهامات، مزاعم، الأنباء): a content that is only such a noun
    /// answers an earlier statement.
    ReportNoun = "report_noun",
    /// Stems of «withdraw» as a transitive verb (سحب، سحبت، يسحب): a military withdrawal only
    /// with a force or aircraft as what is withdrawn.
    WithdrawStem = "withdraw_stem",
    /// The aircraft themselves (طائرة، مقاتلة، مروحية), which can be hit or downed.
    Craft = "craft",
}

/// The word classes of the bundled `words.tsv` alone, for code that has no lexicons at hand
/// (the conflict views the store builds, the ACLED mapping): user files do not change these.
pub fn bundled_words() -> &'static WordClasses {
    static W: std::sync::OnceLock<WordClasses> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let text = crate::BUNDLED
            .iter()
            .find(|(n, _)| *n == "words.tsv")
            .map_or("", |(_, t)| t);
        crate::parse_tsv("words.tsv", text)
            .and_then(|t| WordClasses::from_table(&t))
            .unwrap_or_default()
    })
}

/// Every class's folded forms, as a set (whole-word tests) and in file order (stem tests).
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    sets: Vec<HashSet<String>>,
    lists: Vec<Vec<String>>,
}

impl WordClasses {
    /// Reads the merged `words.tsv` table (`form`, `classes`: a comma list).
    pub fn from_table(t: &Table) -> Result<Self, LexError> {
        let n = WordClass::ALL.len();
        let mut out = WordClasses {
            sets: vec![HashSet::new(); n],
            lists: vec![Vec::new(); n],
        };
        for r in &t.rows {
            let form = isnad_text::fold(r.get("form"));
            for name in r.get("classes").split(',').map(str::trim) {
                let Some(c) = WordClass::parse(name) else {
                    let (file, line) = r.origin.rsplit_once(':').unwrap_or((&r.origin, "0"));
                    return Err(LexError::Format {
                        file: file.to_string(),
                        line: line.parse().unwrap_or(0),
                        msg: format!(
                            "unknown word class {name:?} (one of: {})",
                            WordClass::ALL
                                .iter()
                                .map(|c| c.name())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    });
                };
                if out.sets[c as usize].insert(form.clone()) {
                    out.lists[c as usize].push(form.clone());
                }
            }
        }
        Ok(out)
    }

    /// Whether a folded word is one of the class's forms.
    pub fn has(&self, c: WordClass, folded: &str) -> bool {
        self.sets[c as usize].contains(folded)
    }

    /// The class's folded forms in file order (for stems matched inside a word).
    pub fn list(&self, c: WordClass) -> &[String] {
        &self.lists[c as usize]
    }
}
