//! isnad-claims: what an article asserts about the world, who asserts it, and where its sources
//! contradict each other.
//!
//! [`analyse_claims`] fills `propositions`, `claims` and `contradictions` of an [`Analysis`] whose
//! entities, times, quantities and statements are already there. [`conflict`] is the single rule
//! that says two claims cannot both be true; the store uses it (through [`claim_views`] and
//! [`bucket_key`]) to find contradictions across articles.

mod context;
mod explain;
mod lexicon;
mod map;
mod mention;
mod passes;
mod pipeline;
pub mod policy;
mod scan;
mod view;

pub use explain::{describe, explain, source_name};
pub use map::{acled, acled_for, acled_opt, contradiction_kind, family, plover, TYPES};
pub use pipeline::{analyse_claims, analyse_claims_explained, analyse_claims_scanned};
pub use scan::Scanner;
pub use view::{
    bucket_key, claim_views, conflict, place_key, proposition_window, published, quantity_bound,
    same_situation, values_clash, window, Basis, ClaimView,
};

pub use isnad_schema::Analysis;
