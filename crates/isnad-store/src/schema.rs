//! Tables of the store (see README.md). `IF NOT EXISTS` everywhere: opening is idempotent.

pub const DDL: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', 'isnad-store/1');

CREATE TABLE IF NOT EXISTS articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    outlet TEXT, published TEXT, url TEXT, title TEXT,
    text TEXT NOT NULL,
    analysis BLOB NOT NULL, -- deflated isnad/1 JSON
    n_statements INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_contradictions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);

CREATE TABLE IF NOT EXISTS statements (
    rid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    sid TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_canonical TEXT,
    party TEXT,
    outlet TEXT, published TEXT,
    stance TEXT,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article);
CREATE INDEX IF NOT EXISTS statements_source ON statements(source_key);
CREATE INDEX IF NOT EXISTS statements_party ON statements(party);

CREATE TABLE IF NOT EXISTS events (
    rid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    pid TEXT NOT NULL,
    kind TEXT NOT NULL,
    acled_type TEXT, acled_sub TEXT, plover TEXT,
    date TEXT,
    place_key TEXT, place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
    parties TEXT NOT NULL, actors TEXT NOT NULL,
    outlet TEXT, published TEXT, url TEXT,
    trigger TEXT NOT NULL,
    claims INTEGER NOT NULL DEFAULT 0,
    fatalities REAL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

-- One row per claim; `side` is the ContradictionSide shown for it, `view` the ClaimView
-- handed to the shared conflict rule.
CREATE TABLE IF NOT EXISTS claims (
    rid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    cid TEXT NOT NULL,
    pid TEXT NOT NULL,
    kind TEXT NOT NULL,
    polarity TEXT NOT NULL, modality TEXT NOT NULL,
    source_key TEXT NOT NULL, source_name TEXT NOT NULL, party TEXT,
    outlet TEXT,
    place_name TEXT, place_match TEXT NOT NULL DEFAULT '',
    d0 TEXT, d1 TEXT,
    view TEXT NOT NULL,
    side TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source_key);
-- Source track records group statements and claims by source: these cover those scans
-- (without them `sources` and `stats` read every row's JSON pages: 170+ ms on UnifiedFC).
CREATE INDEX IF NOT EXISTS statements_source_cover ON statements(source_key, source_name, party, outlet);
CREATE INDEX IF NOT EXISTS claims_source_cover ON claims(source_key, source_name, party, outlet);

-- The matching keys: one row per (claim, agent party); bucket = family|place|party.
CREATE TABLE IF NOT EXISTS claim_keys (
    bucket TEXT NOT NULL,
    d0 TEXT NOT NULL, d1 TEXT NOT NULL,
    claim INTEGER NOT NULL,
    article INTEGER NOT NULL,
    -- hash of the article's text: copies of one page under several ids are one document
    doc TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS claim_keys_bucket ON claim_keys(bucket, d0);
CREATE INDEX IF NOT EXISTS claim_keys_claim ON claim_keys(claim);

-- scope 'article': the extractor's in-article contradictions; 'corpus': found across articles.
-- a < b (claim rids) for corpus rows so a pair is stored once.
CREATE TABLE IF NOT EXISTS contradictions (
    rid INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    a INTEGER NOT NULL, b INTEGER NOT NULL,
    kind TEXT NOT NULL, basis TEXT NOT NULL, party TEXT,
    explanation TEXT NOT NULL,
    date TEXT, place_name TEXT, proposition_type TEXT NOT NULL,
    -- filters: folded place names ('|'-separated) and every party involved ('|P|Q|').
    place_match TEXT NOT NULL DEFAULT '', parties TEXT NOT NULL DEFAULT '',
    -- corpus rows: the two sides' article and quoted span, so that two claims read from the same
    -- pair of passages (several propositions of one sentence) are listed once.
    pair_key TEXT,
    UNIQUE(a, b)
);
CREATE INDEX IF NOT EXISTS contradictions_pair ON contradictions(pair_key);
CREATE INDEX IF NOT EXISTS contradictions_b ON contradictions(b);
CREATE INDEX IF NOT EXISTS contradictions_date ON contradictions(date);

-- Two claims by different parties that assert the same event compatibly (same bucket, window,
-- polarity and modality, and no conflict): the "confirmed by others" count of a source.
CREATE TABLE IF NOT EXISTS confirmations (
    a INTEGER NOT NULL, b INTEGER NOT NULL,
    PRIMARY KEY(a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS confirmations_b ON confirmations(b);

-- An analyst's judgement of a contradiction (added in the page's issue 16; `IF NOT EXISTS` is
-- the migration: an older store gains the empty table on its next writable open).
CREATE TABLE IF NOT EXISTS verdicts (
    contradiction INTEGER PRIMARY KEY, -- contradictions.rid
    verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong')),
    note TEXT,
    at TEXT NOT NULL
);

-- Folded, clitic-stripped word stream (body) and joined compounds (البو كمال -> بوكمال);
-- rowid = articles.rid. Contentless: the text lives in `articles`.
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    body, compounds,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
"#;
