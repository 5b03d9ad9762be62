//! The closed vocabularies of the lexicon files (event types, stances, marker values …), parsed
//! once at load: a value isnad does not know is an error naming the file, the line and the value,
//! so a typo in a user's lexicon is caught at start instead of silently matching nothing. Each
//! value serialises to the same string it is written with (`as_str`).

use crate::tsv::{LexError, Row};

macro_rules! vocabulary {
    ($(#[$doc:meta])* $ty:ident, $what:literal { $($v:ident = $name:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty { $($v,)* }

        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$v,)*];

            /// The value as written in the lexicons and the `isnad/1` output.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$v => $name,)* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($name => Some($ty::$v),)* _ => None }
            }

            /// The value of a row's column, or an error naming the file, line and value.
            pub fn from_row(row: &Row, col: &str) -> Result<Self, LexError> {
                let v = row.get(col);
                Self::parse(v).ok_or_else(|| unknown(row, $what, v, Self::ALL.iter().map(|x| x.as_str())))
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The error for a value outside its vocabulary, at the row's `file:line`.
pub(crate) fn unknown<'a>(
    row: &Row,
    what: &str,
    value: &str,
    allowed: impl Iterator<Item = &'a str>,
) -> LexError {
    let (file, line) = row.origin.rsplit_once(':').unwrap_or((&row.origin, "0"));
    LexError::Format {
        file: file.to_string(),
        line: line.parse().unwrap_or(0),
        msg: format!(
            "unknown {what} {value:?} (one of: {})",
            allowed.collect::<Vec<_>>().join(", ")
        ),
    }
}

vocabulary! {
    /// A proposition type of EVENTS.md (`triggers.tsv`, column `type`).
    EventType, "event type" {
        Control = "control",
        Capture = "capture",
        Withdrawal = "withdrawal",
        Advance = "advance",
        Attack = "attack",
        Clash = "clash",
        Airstrike = "airstrike",
        Shelling = "shelling",
        Bombing = "bombing",
        Shootdown = "shootdown",
        Casualties = "casualties",
        Siege = "siege",
        Support = "support",
        Deployment = "deployment",
        Agreement = "agreement",
        Arrest = "arrest",
        Protest = "protest",
        Displacement = "displacement",
        Other = "other",
    }
}

vocabulary! {
    /// A trigger's part of speech (`triggers.tsv`, column `pos`).
    Pos, "part of speech" {
        Verb = "verb",
        Noun = "noun",
    }
}

vocabulary! {
    /// A reporting cue's stance (`cues.tsv`, column `stance`).
    Stance, "stance" {
        Assert = "assert",
        Deny = "deny",
        Acknowledge = "acknowledge",
        Confirm = "confirm",
        Claim = "claim",
        Estimate = "estimate",
        Demand = "demand",
        Promise = "promise",
        Accuse = "accuse",
    }
}

vocabulary! {
    /// What a polarity or modality marker says (`polarity.tsv` column `value`: neg, false;
    /// `modality.tsv` column `modality`: the others).
    MarkerValue, "marker value" {
        Neg = "neg",
        False = "false",
        Planned = "planned",
        Intended = "intended",
        Failed = "failed",
        Possible = "possible",
        Retake = "retake",
    }
}

vocabulary! {
    /// How far a marker reaches (`polarity.tsv`, `modality.tsv`, column `scope`).
    Scope, "scope" {
        Next = "next",
        Clause = "clause",
    }
}
