//! Pass `voice`: which statement a mention belongs to (its claimant).

use crate::context::Ctx;
use crate::mention::Mention;
use crate::pipeline::{Env, State};

/// The innermost statement whose content holds the mention.
pub(crate) fn claimant(ctx: &Ctx, m: &Mention) -> Option<usize> {
    ctx.a
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.content.span[0] <= m.core[0] && m.core[1] <= s.content.span[1])
        .min_by_key(|(_, s)| s.content.span[1] - s.content.span[0])
        .map(|(i, _)| i)
}

pub(crate) fn run(env: &Env, st: &mut State) {
    for m in st.ms.iter_mut() {
        m.claimant = claimant(env.ctx, m);
    }
}
