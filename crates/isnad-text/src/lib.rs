//! The text layer of isnad: everything downstream matches on *folded* text, and every match is
//! mapped back to code-point offsets in the *original* text through [`Normalized::orig_span`].
//!
//! Folding follows common Arabic IR practice (alef and hamza forms, ى/ي, ة/ه, tatweel, diacritics,
//! digits in any script, presentation forms, bidi and zero-width marks) so that a lexicon entry
//! written once matches the many ways news sites spell it. No step drops the way back: each folded
//! byte remembers the original code point it came from.

mod fold;
pub mod input;
mod quotes;
mod segment;
mod split_letters;
mod view;

pub use fold::{fold, fold_char, Normalized};
pub use quotes::{quotes, Quote};
pub use segment::{
    is_proclitic_prefix, is_word_char, proclitic_len, sentences, split_enclitic, tokens, Sentence,
    Token, ENCLITICS, PROCLITIC_PREFIXES,
};
pub use view::MatchView;
