//! Pass `claims`: who holds each proposition true or false.

use crate::context::{member, Ctx};
use crate::mention::Modality;
use crate::mention::{ClaimInfo, Mention};
use crate::pipeline::{Env, State};
use isnad_lexicon::{Lexicons, WordClass as C};
use isnad_schema::Claim;
use isnad_text::fold;
use std::collections::{HashMap, HashSet};

/// The claims: each mention's claimant holds its proposition true or false; a statement that
/// calls a report it quotes false denies what the report says.
pub(crate) fn make_claims(
    ctx: &Ctx,
    lex: &Lexicons,
    ms: &[Mention],
    denies: &[bool],
    cue_toks: &HashSet<usize>,
) -> (Vec<Claim>, HashMap<String, ClaimInfo>) {
    let mut claims: Vec<Claim> = Vec::new();
    let mut pos: HashMap<String, ClaimInfo> = HashMap::new();
    let w = ctx.words;
    // A denial is about the head of what is denied: the first event of the content.
    let mut head_of: HashMap<usize, usize> = HashMap::new();
    for (i, m) in ms.iter().enumerate() {
        if m.drop || m.presupposed || m.prop == usize::MAX {
            continue;
        }
        if let Some(c) = m.claimant {
            let e = head_of.entry(c).or_insert(i);
            if ms[*e].ti > m.ti {
                *e = i;
            }
        }
    }
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let mut order: Vec<usize> = (0..ms.len()).filter(|&i| !ms[i].drop).collect();
    order.sort_by_key(|&i| ms[i].ti);
    let mut push = |claims: &mut Vec<Claim>,
                    prop: usize,
                    by: String,
                    polarity: &str,
                    modality: &str,
                    info: ClaimInfo| {
        if !seen.insert((prop, by.clone())) {
            return;
        }
        let id = format!("c{}", claims.len() + 1);
        pos.insert(id.clone(), info);
        claims.push(Claim {
            id,
            proposition: format!("p{}", prop + 1),
            by,
            polarity: polarity.to_string(),
            modality: modality.to_string(),
            rules: vec![],
        });
    };
    for &i in &order {
        let m = &ms[i];
        if m.prop == usize::MAX {
            continue;
        }
        let stmt_deny = m.claimant.is_some_and(|c| denies[c]);
        if m.presupposed && stmt_deny {
            continue;
        }
        let cue_deny = m
            .claimant
            .is_some_and(|c| ctx.a.statements[c].cue.stance == "deny");
        if cue_deny {
            let c = m.claimant.unwrap_or(0);
            let head = head_of.get(&c).copied();
            // نفى انسحاب القوات: the event heads the content; نفى أن تكون تركيا أبلغته بالعملية
            // denies the telling, not the operation.
            let near_start = ctx.content_tok[c].is_some_and(|(ci, _)| {
                m.ti <= ci + 6 && !(ci..m.ti).any(|k| cue_toks.contains(&k))
            });
            if head != Some(i) || !near_start {
                // Later events in a denied content are background, not what is denied.
                continue;
            }
        }
        // Evidence that this mention is about a particular event: its own place, an explicit
        // "this attack", or a content that is only the event noun (اعترفت بالانسحاب).
        let short = m
            .claimant
            .and_then(|c| ctx.content_tok[c])
            .is_some_and(|(ci, cj)| cj.saturating_sub(ci) <= 2);
        let demonstrative = m.ti > 0 && member(w, C::Demonstrative, ctx.w(m.ti - 1));
        let info = ClaimInfo {
            at: m.span[0],
            anchored: m.place.is_some() || short || demonstrative,
            rule: if m.claimant.is_some() {
                "claim.statement"
            } else {
                "claim.author"
            },
            mention: i,
            answers: None,
        };
        match m.claimant {
            None => {
                if m.topic {
                    continue;
                }
            }
            Some(c) => {
                // A bare "the clashes ..." opening a statement is its topic, not its claim, unless
                // the statement is only that noun (اعترفت بالانسحاب) or adds numbers to it.
                if let Some((ci, cj)) = ctx.content_tok[c] {
                    let bare = m.agents.is_empty() && m.place.is_none() && m.targets.is_empty();
                    let opens = m.ti <= ci + 1;
                    let short = cj.saturating_sub(ci) <= 2;
                    if bare && m.definite && opens && !short && m.quants.is_empty() {
                        continue;
                    }
                }
            }
        }
        let deny = m.negated || (stmt_deny && !m.presupposed);
        let polarity = if deny { "deny" } else { "affirm" };
        let modality = if m.modality == Modality::Retake {
            "actual"
        } else {
            m.modality.as_str()
        };
        let by = m
            .claimant
            .map_or_else(|| "author".to_string(), |c| ctx.a.statements[c].id.clone());
        push(&mut claims, m.prop, by, polarity, modality, info);
        // Statements sharing one content (يتهم ... وهو ما ينفيه ...) each hold it their way.
        if let Some(c) = m.claimant {
            let span = ctx.a.statements[c].content.span;
            for (ti, t) in ctx.a.statements.iter().enumerate() {
                if ti != c && t.content.span == span {
                    let deny = m.negated || (denies[ti] && !m.presupposed);
                    let pol = if deny { "deny" } else { "affirm" };
                    let info = ClaimInfo {
                        rule: "claim.shared_content",
                        answers: Some(c),
                        ..info
                    };
                    push(&mut claims, m.prop, t.id.clone(), pol, modality, info);
                }
            }
        }
        // Statements that deny a report they quote deny what it says.
        let mut cur = m.claimant;
        let mut guard = 0;
        while let Some(c) = cur {
            guard += 1;
            if guard > 16 {
                break;
            }
            let parent = ctx.a.statements[c]
                .embedded_in
                .as_deref()
                .and_then(|id| ctx.a.statements.iter().position(|s| s.id == id));
            if let Some(p) = parent {
                if denies[p] && !m.negated {
                    push(
                        &mut claims,
                        m.prop,
                        ctx.a.statements[p].id.clone(),
                        "deny",
                        modality,
                        ClaimInfo {
                            rule: "claim.denied_report",
                            answers: Some(c),
                            ..info
                        },
                    );
                }
            }
            cur = parent;
        }
    }
    anaphoric_claims(ctx, lex, ms, denies, &mut claims, &mut push);
    (claims, pos)
}

/// What a statement holds when its content only points back (نفى المرصد ذلك، نفت الوزارة هذه
/// الأنباء): the propositions of the statement before it, or of the article's own words in the
/// sentence before, with the pointing statement's own stance (rule `claim.points_back`).
///
/// A report named as a noun points back too (rule `claim.answers_report`): «رفضت واشنطن
/// الاتهامات الروسية» answers the first statement of the party the noun names (here Russia's),
/// however far back; with no party named, the statement just before.
pub(crate) fn anaphoric_claims(
    ctx: &Ctx,
    lex: &Lexicons,
    ms: &[Mention],
    denies: &[bool],
    claims: &mut Vec<Claim>,
    push: &mut impl FnMut(&mut Vec<Claim>, usize, String, &str, &str, ClaimInfo),
) {
    for (c, st) in ctx.a.statements.iter().enumerate() {
        let (pointer, party) = if points_back(ctx.words, &st.content.text) {
            (true, None)
        } else {
            match report_noun(ctx, lex, ms, c) {
                Some(party) => (false, party),
                None => continue,
            }
        };
        let cue = st.cue.span[0];
        let sent = |pos: usize| {
            ctx.toks
                .iter()
                .position(|t| t.e > pos)
                .and_then(|i| ctx.sent.get(i).copied())
        };
        let here = sent(cue);
        let near = |pos: usize| match (sent(pos), here) {
            (Some(a), Some(b)) => b >= a && b - a <= 1,
            _ => false,
        };
        let holds = |s: &isnad_schema::Statement| claims.iter().any(|x| x.by == s.id);
        let earlier = ctx
            .a
            .statements
            .iter()
            .enumerate()
            .filter(|(i, s)| *i != c && s.cue.span[0] < cue && holds(s));
        // A named party's report is the first one the article gives of it (the lede's
        // accusation; what follows elaborates it), spoken by the party or relayed
        // (وفق ما نقلت رويترز around the party's words).
        let of_party = |s: &isnad_schema::Statement, p: &str| {
            ctx.a.statement_party(s) == Some(p)
                || ctx.a.statements.iter().any(|t| {
                    t.embedded_in.as_deref() == Some(s.id.as_str())
                        && ctx.a.statement_party(t) == Some(p)
                })
        };
        let prev = match &party {
            Some(p) => earlier
                .filter(|(_, s)| of_party(s, p))
                .min_by_key(|(_, s)| s.cue.span[0]),
            None => earlier
                .filter(|(_, s)| near(s.cue.span[0]))
                .max_by_key(|(_, s)| s.cue.span[0]),
        }
        .map(|(i, s)| (i, s.id.clone()));
        // With no party named: the nearest earlier statement that holds something, else the
        // article's own claims just before (a bare pointer only).
        // (proposition, modality, whether the answered report denies it)
        let held: Vec<(usize, String, bool)> = match &prev {
            Some((_, id)) => claims
                .iter()
                .filter(|x| &x.by == id)
                .filter_map(|x| {
                    let p = x.proposition.strip_prefix('p')?.parse::<usize>().ok()? - 1;
                    Some((p, x.modality.clone(), x.polarity == "deny"))
                })
                .collect(),
            None if pointer => ms
                .iter()
                .filter(|m| {
                    !m.drop
                        && m.prop != usize::MAX
                        && m.claimant.is_none()
                        && m.span[0] < cue
                        && near(m.span[0])
                })
                .filter_map(|m| {
                    let own = claims.iter().find(|x| {
                        x.by == "author" && x.proposition == format!("p{}", m.prop + 1)
                    })?;
                    Some((
                        m.prop,
                        m.modality.as_str().to_string(),
                        own.polarity == "deny",
                    ))
                })
                .collect(),
            None => vec![],
        };
        for (p, modality, was_denied) in held {
            // Denying a denial affirms (نفى البنتاغون ذلك after «لم تنسحب القوات»).
            let polarity = if denies[c] != was_denied {
                "deny"
            } else {
                "affirm"
            };
            let info = ClaimInfo {
                at: cue,
                anchored: true,
                rule: if pointer {
                    "claim.points_back"
                } else {
                    "claim.answers_report"
                },
                mention: usize::MAX,
                answers: prev.as_ref().map(|(i, _)| *i),
            };
            push(claims, p, st.id.clone(), polarity, &modality, info);
        }
    }
}

/// Longer than any pointer with a head and tails (`pointer*` classes), in UTF-8 bytes, with room.
const POINTER_MAX_BYTES: usize = 200;

/// Whether a content only points back (ذلك، هذه الأنباء، صحة هذه الأنباء جملة وتفصيلاً).
fn points_back(w: &isnad_lexicon::WordClasses, content: &str) -> bool {
    // A pointer with its head and tails is a few words: don't fold long contents to find out.
    if content.len() > POINTER_MAX_BYTES {
        return false;
    }
    let f = fold(content.trim());
    // A head word (صحة هذه الأنباء) and closing words (جملة وتفصيلاً) leave the pointer as it is.
    let f = w
        .list(C::PointerHead)
        .iter()
        .find_map(|h| f.strip_prefix(h.as_str())?.strip_prefix(' '))
        .unwrap_or(&f);
    let mut f = f.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    for tail in w.list(C::PointerTail) {
        f = f.trim_end_matches(tail.as_str());
    }
    w.has(C::Pointer, f.trim())
}

/// A content that is a report named as a noun (`report_noun`: الاتهامات، مزاعم، الأنباء) with
/// at most a few words after it and no event of its own: «اتهامات روسية مماثلة في الماضي»,
/// «مزاعم النظام». Gives the party the words after the noun name (a nationality adjective, or
/// an entity with a party), if any.
fn report_noun(ctx: &Ctx, lex: &Lexicons, ms: &[Mention], c: usize) -> Option<Option<String>> {
    let (ci, cj) = ctx.content_tok[c]?;
    let w = ctx.words;
    let mut k = ci;
    if member(w, C::PointerHead, ctx.w(k)) || member(w, C::Demonstrative, ctx.w(k)) {
        k += 1;
    }
    // A short content: the noun and what qualifies it, not a new report.
    let noun = |t: &str| {
        member(w, C::ReportNoun, t)
            || t.strip_prefix('ب')
                .is_some_and(|r| member(w, C::ReportNoun, r))
    };
    if k > cj || cj - k > 5 || !noun(ctx.w(k)) {
        return None;
    }
    if ms
        .iter()
        .any(|m| !m.drop && m.claimant == Some(c) && m.prop != usize::MAX)
    {
        return None;
    }
    let party = (k + 1..=cj.min(k + 2)).find_map(|i| {
        if let Some(e) = ctx.ent_at[i] {
            return ctx.a.entities[e].actor.as_ref()?.party.clone();
        }
        lex.nisba_party(ctx.w(i)).map(str::to_string)
    });
    Some(party)
}

pub(crate) fn run(env: &Env, st: &mut State) {
    let (claims, positions) = make_claims(env.ctx, env.lex, &st.ms, &st.denies, &st.cue_toks);
    st.claims = claims;
    st.positions = positions;
}
