//! A small builder for hand-made analyses: entities, times, quantities and statements located by
//! the words they cover, as the extractor would give them.

#![allow(dead_code)]

use isnad_schema::*;

pub struct B {
    pub text: String,
    pub a: Analysis,
}

/// The code-point span of the `nth` occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str, nth: usize) -> [usize; 2] {
    let mut from = 0;
    let mut found = None;
    for _ in 0..=nth {
        let at = text[from..]
            .find(needle)
            .map(|i| i + from)
            .unwrap_or_else(|| {
                panic!("{needle:?} not found in fixture");
            });
        found = Some(at);
        from = at + needle.len();
    }
    let b = found.unwrap();
    let s = text[..b].chars().count();
    [s, s + needle.chars().count()]
}

impl B {
    pub fn new(text: &str, published: &str) -> Self {
        B {
            text: text.to_string(),
            a: Analysis::empty(Doc {
                id: "t".into(),
                outlet: Some("test".into()),
                published: Some(published.into()),
                url: None,
                title: None,
            }),
        }
    }

    pub fn actor(
        &mut self,
        needle: &str,
        nth: usize,
        kind: &str,
        party: Option<&str>,
        canonical: &str,
    ) -> String {
        let id = format!("e{}", self.a.entities.len() + 1);
        self.a.entities.push(Entity {
            id: id.clone(),
            text: needle.into(),
            span: span_of(&self.text, needle, nth),
            kind: kind.into(),
            canonical: Some(canonical.into()),
            actor: Some(Actor {
                id: party.unwrap_or("X").into(),
                party: party.map(str::to_string),
                role: "military".into(),
            }),
            place: None,
            nominal: false,
        });
        id
    }

    pub fn place(&mut self, needle: &str, nth: usize, gn: u64, name: &str) -> String {
        let id = format!("e{}", self.a.entities.len() + 1);
        self.a.entities.push(Entity {
            id: id.clone(),
            text: needle.into(),
            span: span_of(&self.text, needle, nth),
            kind: "GPE".into(),
            canonical: Some(name.into()),
            actor: None,
            place: Some(Place {
                geonames_id: Some(gn),
                name: Some(name.into()),
                lat: None,
                lon: None,
                country: Some("SY".into()),
                admin1: Some("X".into()),
            }),
            nominal: false,
        });
        id
    }

    pub fn time(&mut self, needle: &str, nth: usize, value: &str, relation: &str) -> String {
        let id = format!("t{}", self.a.times.len() + 1);
        self.a.times.push(Time {
            id: id.clone(),
            text: needle.into(),
            span: span_of(&self.text, needle, nth),
            value: Some(value.into()),
            granularity: "day".into(),
            relation: relation.into(),
        });
        id
    }

    pub fn qty(
        &mut self,
        needle: &str,
        nth: usize,
        value: f64,
        unit: &str,
        of: Option<&str>,
    ) -> String {
        let id = format!("q{}", self.a.quantities.len() + 1);
        self.a.quantities.push(Quantity {
            id: id.clone(),
            text: needle.into(),
            span: span_of(&self.text, needle, nth),
            value,
            unit: unit.into(),
            of: of.map(str::to_string),
        });
        id
    }

    /// A statement; `source` is an entity id made before (its text and span are reused).
    pub fn stmt(
        &mut self,
        source: &str,
        cue: (&str, usize),
        stance: &str,
        content: (&str, usize),
        embedded_in: Option<&str>,
    ) -> String {
        let id = format!("s{}", self.a.statements.len() + 1);
        let e = self.a.entity(source).expect("source entity").clone();
        self.a.statements.push(Statement {
            id: id.clone(),
            source: SpanRef {
                text: e.text.clone(),
                span: e.span,
                entity: Some(e.id.clone()),
            },
            cue: Cue {
                text: cue.0.into(),
                span: span_of(&self.text, cue.0, cue.1),
                stance: stance.into(),
            },
            content: SpanRef {
                text: content.0.into(),
                span: span_of(&self.text, content.0, content.1),
                entity: None,
            },
            via: vec![],
            medium: None,
            direct: false,
            embedded_in: embedded_in.map(str::to_string),
        });
        id
    }

    /// As `run`, with the trace: each item's `rules` lists the ids of the rules that made it.
    pub fn run_explained(mut self) -> Analysis {
        static LEX: std::sync::OnceLock<isnad_lexicon::Lexicons> = std::sync::OnceLock::new();
        let lex = LEX.get_or_init(isnad_lexicon::Lexicons::bundled);
        let n = isnad_text::Normalized::new(&self.text);
        isnad_claims::analyse_claims_explained(&n, lex, &mut self.a);
        self.a
    }

    pub fn run(mut self) -> Analysis {
        let lex = isnad_lexicon::Lexicons::bundled();
        let n = isnad_text::Normalized::new(&self.text);
        isnad_claims::analyse_claims(&n, &lex, &mut self.a);
        self.a
    }
}

/// The proposition type and polarity of every claim a statement makes.
pub fn claims_by(a: &Analysis, by: &str) -> Vec<(String, String, String)> {
    a.claims
        .iter()
        .filter(|c| c.by == by)
        .map(|c| {
            let p = a.proposition(&c.proposition).unwrap();
            (p.kind.clone(), c.polarity.clone(), c.modality.clone())
        })
        .collect()
}
