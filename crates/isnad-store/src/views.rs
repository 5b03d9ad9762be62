//! What the web page needs beyond the lists: the events of a filter aggregated by place and day
//! (the map and timeline count every event, not a page of them), the filtered event exports, and
//! an analyst's verdicts on contradictions.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use anyhow::{bail, Result};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::export::Format;
use crate::query::{event_filter, event_row, CONTRA_SELECT};
use crate::{params_vec, ContradictionRow, EventQuery, EventRow, QuoteSentence, Store};

/// One place of the map: every event of the filter at these coordinates.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MapPlace {
    /// `place_key` of the store (`g<GeoNames id>` or a folded name): what the `place` filter takes.
    pub key: Option<String>,
    pub name: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub n: usize,
    /// Events by type.
    pub kinds: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MapDay {
    pub day: String,
    pub n: usize,
}

/// The events of a filter, counted: `total` = `placed` (on `places`) + events without coordinates.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventMap {
    pub total: usize,
    pub placed: usize,
    pub places: Vec<MapPlace>,
    /// Events per day (the event's date, else its article's), oldest first.
    pub days: Vec<MapDay>,
    /// Events by type over the whole filter.
    pub kinds: BTreeMap<String, usize>,
}

/// Longest stretch (code points) taken on either side of a quote when looking for its sentence.
const SENTENCE_REACH: usize = 300;

/// The sentence of `text` around the code-point span `[s, e)`.
pub(crate) fn sentence_around(text: &str, [s, e]: [usize; 2]) -> Option<QuoteSentence> {
    let chars: Vec<char> = text.chars().collect();
    if s > e || e > chars.len() {
        return None;
    }
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n');
    let mut a = s;
    while a > 0 && !stop(chars[a - 1]) && s - a < SENTENCE_REACH {
        a -= 1;
    }
    while a < s && chars[a].is_whitespace() {
        a += 1;
    }
    let mut b = e;
    while b < chars.len() && !stop(chars[b]) && b - e < SENTENCE_REACH {
        b += 1;
    }
    if b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    Some(QuoteSentence {
        text: chars[a..b].iter().collect(),
        quote: [s - a, e - a],
    })
}

impl Store {
    /// Fills each side's `sentence` from its article's text.
    pub(crate) fn with_sentences(&self, rows: &mut [ContradictionRow]) -> Result<()> {
        let mut texts: HashMap<String, Option<String>> = HashMap::new();
        for row in rows.iter_mut() {
            for side in row.sides.iter_mut() {
                if !texts.contains_key(&side.article_id) {
                    let t = self
                        .conn()
                        .prepare_cached("SELECT text FROM articles WHERE id = ?1")?
                        .query_row([&side.article_id], |r| r.get::<_, String>(0))
                        .optional()?;
                    texts.insert(side.article_id.clone(), t);
                }
                if let Some(Some(text)) = texts.get(&side.article_id) {
                    side.sentence = sentence_around(text, side.content_span);
                }
            }
        }
        Ok(())
    }

    /// Whether this store has the verdicts table (a store written before it, opened read-only,
    /// has not).
    pub(crate) fn has_verdicts(&self) -> bool {
        self.conn()
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'verdicts'",
                [],
                |_| Ok(()),
            )
            .optional()
            .ok()
            .flatten()
            .is_some()
    }

    /// The contradiction SELECT with its verdict columns (NULL on a store without verdicts).
    pub(crate) fn contra_select(&self) -> String {
        let v = if self.has_verdicts() {
            "(SELECT verdict FROM verdicts WHERE contradiction = c.rid), (SELECT note FROM verdicts WHERE contradiction = c.rid)"
        } else {
            "NULL, NULL"
        };
        CONTRA_SELECT.replace("{V}", v)
    }

    /// One contradiction by id.
    pub fn contradiction(&self, id: i64) -> Result<Option<ContradictionRow>> {
        let row = self
            .conn()
            .query_row(
                &format!("{} WHERE c.rid = ?1", self.contra_select()),
                [id],
                crate::query::contradiction_row,
            )
            .optional()?;
        let mut rows: Vec<ContradictionRow> = row.into_iter().collect();
        self.with_sentences(&mut rows)?;
        Ok(rows.pop())
    }

    /// Records an analyst's verdict (`right` or `wrong`, with an optional note) on a
    /// contradiction, or clears it (`None`). Returns false when there is no such contradiction.
    pub fn set_verdict(&self, id: i64, verdict: Option<&str>, note: Option<&str>) -> Result<bool> {
        if let Some(v) = verdict {
            if v != "right" && v != "wrong" {
                bail!("verdict must be \"right\" or \"wrong\", not {v:?}");
            }
        }
        let exists = self
            .conn()
            .query_row("SELECT 1 FROM contradictions WHERE rid = ?1", [id], |_| {
                Ok(())
            })
            .optional()?
            .is_some();
        if !exists {
            return Ok(false);
        }
        match verdict {
            Some(v) => {
                let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
                self.conn().execute(
                    "INSERT INTO verdicts (contradiction, verdict, note, at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(contradiction) DO UPDATE SET verdict = ?2, note = ?3, at = ?4",
                    rusqlite::params![id, v, note, at],
                )?;
            }
            None => {
                self.conn()
                    .execute("DELETE FROM verdicts WHERE contradiction = ?1", [id])?;
            }
        }
        Ok(true)
    }

    /// The events of `q` (paging ignored) by place and by day.
    pub fn event_map(&self, q: &EventQuery) -> Result<EventMap> {
        let f = event_filter(q);
        let w = f.sql();
        let conn = self.conn();
        let mut places: BTreeMap<(i64, i64, Option<String>), MapPlace> = BTreeMap::new();
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        let mut total = 0;
        let mut placed = 0;
        {
            let mut st = conn.prepare(&format!(
                "SELECT e.place_key, max(e.place_name), e.lat, e.lon, max(e.country), max(e.admin1), e.kind, count(*)
                 FROM events e {w} GROUP BY e.place_key, e.lat, e.lon, e.kind"
            ))?;
            let mut rows = st.query(params_vec(&f.vals))?;
            while let Some(r) = rows.next()? {
                let n = r.get::<_, i64>(7)? as usize;
                let kind: String = r.get(6)?;
                total += n;
                *kinds.entry(kind.clone()).or_default() += n;
                let (Some(lat), Some(lon)) =
                    (r.get::<_, Option<f64>>(2)?, r.get::<_, Option<f64>>(3)?)
                else {
                    continue;
                };
                placed += n;
                let key: Option<String> = r.get(0)?;
                // Same key and coordinates (to a metre or so) are one place.
                let id = (
                    (lat * 1e5).round() as i64,
                    (lon * 1e5).round() as i64,
                    key.clone(),
                );
                let p = places.entry(id).or_insert_with(|| MapPlace {
                    key,
                    name: None,
                    lat,
                    lon,
                    country: None,
                    admin1: None,
                    n: 0,
                    kinds: BTreeMap::new(),
                });
                p.name = p.name.take().or(r.get(1)?);
                p.country = p.country.take().or(r.get(4)?);
                p.admin1 = p.admin1.take().or(r.get(5)?);
                p.n += n;
                *p.kinds.entry(kind).or_default() += n;
            }
        }
        let mut places: Vec<MapPlace> = places.into_values().collect();
        places.sort_by(|a, b| b.n.cmp(&a.n).then_with(|| a.name.cmp(&b.name)));
        let days = conn
            .prepare(&format!(
                "SELECT substr(coalesce(e.date, e.published), 1, 10) AS d, count(*) FROM events e {w}
                 GROUP BY d HAVING d IS NOT NULL ORDER BY d"
            ))?
            .query_map(params_vec(&f.vals), |r| {
                Ok(MapDay {
                    day: r.get(0)?,
                    n: r.get::<_, i64>(1)? as usize,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(EventMap {
            total,
            placed,
            places,
            days,
            kinds,
        })
    }

    /// Every event of `q` (paging ignored), newest first, streamed through `f`.
    pub fn for_each_event_of(
        &self,
        q: &EventQuery,
        mut f: impl FnMut(EventRow) -> Result<()>,
    ) -> Result<()> {
        let filter = event_filter(q);
        let w = filter.sql();
        let mut st = self.conn().prepare(&format!(
            "SELECT a.id, e.pid, e.kind, e.acled_type, e.acled_sub, e.plover, e.date, e.place_name, e.lat, e.lon, e.country, e.admin1,
                    e.parties, e.actors, e.outlet, e.published, e.trigger, e.claims, e.fatalities, e.url
             FROM events e JOIN articles a ON a.rid = e.article {w} ORDER BY e.date DESC, e.rid DESC"
        ))?;
        let mut rows = st.query(params_vec(&filter.vals))?;
        while let Some(r) = rows.next()? {
            self.check_deadline()?;
            f(event_row(r)?)?;
        }
        Ok(())
    }

    /// The events of `q` in `format` (ACLED CSV, PLOVER JSON, GeoJSON; `jsonl` writes one event
    /// row a line); returns the number of records written.
    pub fn export_events(
        &self,
        q: &EventQuery,
        format: Format,
        w: &mut dyn Write,
    ) -> Result<usize> {
        crate::export::export_rows(format, w, |each| self.for_each_event_of(q, each))
    }

    /// Every contradiction with its verdict, oldest first, one JSON object a line.
    pub fn export_contradictions(&self, w: &mut dyn Write) -> Result<usize> {
        let mut st = self
            .conn()
            .prepare(&format!("{} ORDER BY c.rid", self.contra_select()))?;
        let mut rows = st.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            serde_json::to_writer(&mut *w, &crate::query::contradiction_row(r)?)?;
            w.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::sentence_around;

    #[test]
    fn a_short_quote_gets_its_sentence() {
        let text = "قال المصدر شيئاً. وأكدت الوزارة ذلك أمس في بيان. ثم انتهى";
        let chars: Vec<char> = text.chars().collect();
        let at = text.find("ذلك").unwrap();
        let s = text[..at].chars().count();
        let q = sentence_around(text, [s, s + 3]).unwrap();
        assert_eq!(q.text, "وأكدت الوزارة ذلك أمس في بيان.");
        let qc: Vec<char> = q.text.chars().collect();
        assert_eq!(qc[q.quote[0]..q.quote[1]].iter().collect::<String>(), "ذلك");
        assert!(sentence_around(text, [5, chars.len() + 1]).is_none());
    }
}
