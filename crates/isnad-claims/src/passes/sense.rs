//! Trigger sense from the trigger's arguments (part of pass `arguments`): a word that names an
//! event in one sentence names something else in another, and the words around it tell which.

use crate::context::{contains_any, no_conj, Ctx};
use crate::mention::Mention;
use isnad_lexicon::{EventType as K, WordClass as C};

/// Rule `sense.talks_visit`: a movement whose purpose is talks or a meeting is a visit, not an
/// advance or a deployment: وصل رئيس الأركان إلى موسكو «لإجراء محادثات» مع نظيره. The purpose is a
/// word with ل (لإجراء، للمشاركة، لبحث) followed in the clause by a talks noun (`talks_noun`), or
/// the talks noun itself with ل (للمحادثات).
/// The clause is read on its own, not through the argument window, which stops at the next event
/// (the talks noun is an event of its own: a meeting).
pub(crate) fn talks_visit(ctx: &Ctx, m: &Mention) -> bool {
    if !matches!(m.kind, K::Advance | K::Deployment) {
        return false;
    }
    let w = ctx.words;
    let mut purpose = false;
    let clause = (m.tj + 1..ctx.punct.len()).take_while(|&k| !ctx.punct[k]);
    for i in clause.take(10) {
        let t = no_conj(ctx.w(i));
        let bare = t
            .strip_prefix("لل")
            .map(|r| format!("ال{r}"))
            .or_else(|| t.strip_prefix('ل').map(str::to_string));
        if let Some(b) = &bare {
            if w.has(C::TalksNoun, b) {
                return true;
            }
        }
        if purpose && w.has(C::TalksNoun, t) {
            return true;
        }
        // A purpose word (لإجراء): ل on a word that is no name.
        purpose |= bare.is_some() && ctx.ent_at[i].is_none() && !t.starts_with("ال");
    }
    false
}

/// Rule `sense.movement_without_force`: arriving, entering and advancing (`movement_stem`: وصل،
/// دخول، تقدم) are a military move only when armed forces move: an agent that is an army or an
/// armed group, or a force word (`force_noun`) within four words in the clause: «وصلت تعزيزات
/// عسكرية إلى البلدة» is an advance; «وصول المياه إلى الأحياء», «يسمح بدخول حاملي البطاقات»,
/// «لم تقدّم أي ضمانات» are not.
pub(crate) fn movement_without_force(ctx: &Ctx, m: &Mention, agents: &[usize]) -> bool {
    let w = ctx.words;
    if !matches!(m.kind, K::Advance | K::Capture)
        || !contains_any(w.list(C::MovementStem), &isnad_text::fold(&m.text))
    {
        return false;
    }
    let armed = agents.iter().any(|&e| {
        ctx.a.entities[e]
            .actor
            .as_ref()
            .is_some_and(|a| matches!(a.role.as_str(), "military" | "armed_group"))
    });
    if armed {
        return false;
    }
    let lo = m.ti.saturating_sub(4);
    let hi = (m.tj + 4).min(ctx.punct.len().saturating_sub(1));
    let same_clause = |k: usize| (k.min(m.ti)..k.max(m.tj)).all(|j| !ctx.punct[j]);
    let force = (lo..=hi).any(|k| {
        (k < m.ti || k > m.tj) && same_clause(k) && contains_any(w.list(C::ForceNoun), ctx.w(k))
    });
    !force
}

/// Rule `sense.withdrawal_without_force`: «withdraw» as a transitive verb or its noun
/// (`withdraw_stem`: سحب، سحبت، يسحب) is a military withdrawal only when what is withdrawn is a
/// force or aircraft (`force_noun`, `craft`) within five words in the clause: «سحب قسم كبير من
/// قواتها»، «سحبت روسيا طائراتها» are withdrawals; «سحب الجنسية»، «سحب مشروع القانون» are not.
pub(crate) fn withdrawal_without_force(ctx: &Ctx, m: &Mention) -> bool {
    let w = ctx.words;
    if m.kind != K::Withdrawal {
        return false;
    }
    let f = isnad_text::fold(&m.text);
    let f = no_conj(&f);
    let f = f
        .strip_prefix("ال")
        .or_else(|| f.strip_prefix('ب'))
        .unwrap_or(f);
    let f = f.strip_prefix("ال").unwrap_or(f);
    // The imperfect's prefix (يسحب، تسحب): انسحب is another verb, which needs no object.
    let bare = f.strip_prefix(['ي', 'ت', 'ن']).unwrap_or(f);
    let stem = |x: &str| {
        w.list(C::WithdrawStem)
            .iter()
            .any(|s| x.starts_with(s.as_str()))
    };
    if !(stem(f) || stem(bare)) {
        return false;
    }
    let hi = (m.tj + 5).min(ctx.punct.len().saturating_sub(1));
    let force = (m.tj + 1..=hi).take_while(|&k| !ctx.punct[k - 1]).any(|k| {
        contains_any(w.list(C::ForceNoun), ctx.w(k)) || contains_any(w.list(C::Craft), ctx.w(k))
    });
    !force
}
