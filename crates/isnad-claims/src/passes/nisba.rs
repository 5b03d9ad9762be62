//! Pass `nisba`: the agent party named by a nationality adjective (غارات جوية روسية).

use crate::context::Ctx;
use crate::mention::Mention;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::Lexicons;
use isnad_lexicon::WordClass as C;

/// غارات جوية روسية، تعزيزات عسكرية تركية، قصف مدفعي سوري: with no agent named, a nationality
/// adjective right after the event noun (past other adjectives, before any preposition) gives
/// the agent's party.
pub(crate) fn nisba_agents(ctx: &Ctx, lex: &Lexicons, ms: &mut [Mention]) {
    let party_of = |word: &str| lex.nisba_party(word);
    for m in ms.iter_mut().filter(|m| {
        !m.drop
            && !m.verb
            && m.agents.is_empty()
            && !matches!(
                m.kind,
                K::Casualties | K::Displacement | K::Arrest | K::Protest
            )
    }) {
        let mut k = m.tj;
        while k < m.tj + 3 && k + 1 < ctx.toks.len() && !ctx.punct[k] {
            k += 1;
            if ctx.sent.get(k) != ctx.sent.get(m.ti) || ctx.ent_at[k].is_some() {
                break;
            }
            let word = ctx.w(k);
            // An adjective agrees with its noun in definiteness: قصف الأراضي السورية is shelling
            // of Syrian land, القصف المدفعي التركي Turkish shelling.
            let agrees = word.starts_with("ال") == m.definite;
            if let Some(p) = party_of(word).filter(|_| agrees) {
                m.nisba.push(p.to_string());
                m.rules.push("agent.nisba");
                break;
            }
            // Only the adjectives of arms may stand between (جوية، الحربية، المدفعي): صحافي
            // إسرائيلي is a journalist, الاتفاق النووي الإيراني an agreement about Iran.
            let bare = word.strip_prefix("ال").unwrap_or(word);
            let bare = bare.strip_suffix('ه').unwrap_or(bare);
            let adjective = agrees && ctx.words.has(C::ArmsAdjective, bare);
            if !adjective {
                break;
            }
        }
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    nisba_agents(env.ctx, env.lex, &mut st.ms);
}
