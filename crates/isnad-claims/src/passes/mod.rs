//! The passes of [`crate::pipeline::PASSES`], one file each (a file may hold two small passes
//! that share helpers).

pub(crate) mod absorb;
pub(crate) mod agents;
pub(crate) mod arguments;
pub(crate) mod casualties;
pub(crate) mod claims;
pub(crate) mod contradict;
pub(crate) mod control;
pub(crate) mod merge;
pub(crate) mod nisba;
pub(crate) mod place;
pub(crate) mod place_model;
pub(crate) mod promise;
pub(crate) mod scope;
pub(crate) mod sense;
pub(crate) mod time;
pub(crate) mod triggers;
pub(crate) mod voice;
