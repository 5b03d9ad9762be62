//! When, and how many (part of pass `arguments`): the time expression and the quantities of a
//! mention.

use crate::context::Ctx;
use crate::mention::Mention;

/// Rule `time.nearest_in_sentence`: the nearest time expression of the trigger's sentence, at
/// most 15 words away (an expression before the trigger counts one word farther): انسحبت القوات
/// «صباح أمس» من البلدة.
pub(crate) fn time_of(ctx: &Ctx, m: &Mention) -> Option<usize> {
    let sid = ctx.sent.get(m.ti).copied();
    let mut time = None;
    let mut best = usize::MAX;
    for (ti, r) in ctx.time_tok.iter().enumerate() {
        let Some((a0, a1)) = *r else { continue };
        if ctx.sent.get(a0).copied() != sid {
            continue;
        }
        let d = if a0 > m.tj {
            a0 - m.tj
        } else {
            m.ti.saturating_sub(a1) + 1
        };
        if d < best && d <= 15 {
            best = d;
            time = Some(ti);
        }
    }
    time
}

/// Rule `quantity.in_clause`: quantities in the trigger's clause (تقدمت القوات «عشرة كيلومترات»)
/// and a counted subject right before it («عشرون طائرة» قصفت); counts of people killed, wounded
/// or captured belong to casualties mentions.
pub(crate) fn quantities_of(ctx: &Ctx, m: &Mention, win: &[usize], lo: usize) -> Vec<usize> {
    let mut quants = m.quants.clone();
    for (qi, r) in ctx.quant_tok.iter().enumerate() {
        let Some((a0, _)) = *r else { continue };
        let q = &ctx.a.quantities[qi];
        if matches!(q.of.as_deref(), Some("killed" | "wounded" | "captured")) {
            continue;
        }
        let inside = win.contains(&a0)
            || (a0 < m.ti && a0 + 6 >= m.ti && a0 >= lo && (a0..m.ti).all(|k| !ctx.punct[k]));
        if inside && !quants.contains(&qi) {
            quants.push(qi);
        }
    }
    quants
}
