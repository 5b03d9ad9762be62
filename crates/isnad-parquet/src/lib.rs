//! isnad-parquet: the layers of isnad analyses as Parquet tables, one per layer, keyed by article
//! id (`articles`, `entities`, `statements`, `propositions`, `claims`, `contradictions`), written
//! as `DIR/TABLE/part-00000.parquet` (the layout Spark writes and reads). The rows come from
//! [`isnad_store::tables`], so the extractor's tables and the store's export agree; the columns,
//! their types and nullability are [`COLUMNS`] and docs/PARQUET.md.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use arrow_json::reader::Decoder;
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde::Serialize;

pub use isnad_store::tables::{Tables, TABLES};

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// UTF-8 string (Parquet `BYTE_ARRAY (STRING)`, Spark `string`).
    Str,
    /// 64-bit signed integer (Parquet `INT64`, Spark `bigint`).
    I64,
    /// 64-bit float (Parquet `DOUBLE`, Spark `double`).
    F64,
    /// Parquet `BOOLEAN`, Spark `boolean`.
    Bool,
    /// A list of strings (Parquet `LIST<STRING>`, Spark `array<string>`), never null itself.
    StrList,
}

impl Ty {
    fn arrow(self) -> DataType {
        match self {
            Ty::Str => DataType::Utf8,
            Ty::I64 => DataType::Int64,
            Ty::F64 => DataType::Float64,
            Ty::Bool => DataType::Boolean,
            Ty::StrList => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        }
    }

    /// The Spark SQL type name (as `DataFrame.schema.simpleString()` writes it).
    pub fn spark(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::I64 => "bigint",
            Ty::F64 => "double",
            Ty::Bool => "boolean",
            Ty::StrList => "array<string>",
        }
    }
}

/// (column, type, nullable)
pub type Column = (&'static str, Ty, bool);

use Ty::*;

/// Every table's columns, in order.
pub const COLUMNS: &[(&str, &[Column])] = &[
    (
        "articles",
        &[
            ("article_id", Str, false),
            ("hash", Str, false),
            ("doc", Str, false),
            ("outlet", Str, true),
            ("published", Str, true),
            ("url", Str, true),
            ("title", Str, true),
            ("text", Str, false),
            ("n_entities", I64, false),
            ("n_statements", I64, false),
            ("n_propositions", I64, false),
            ("n_claims", I64, false),
            ("n_contradictions", I64, false),
        ],
    ),
    (
        "entities",
        &[
            ("article_id", Str, false),
            ("entity_id", Str, false),
            ("text", Str, false),
            ("start", I64, false),
            ("end", I64, false),
            ("type", Str, false),
            ("canonical", Str, true),
            ("nominal", Bool, false),
            ("actor_id", Str, true),
            ("actor_role", Str, true),
            ("party", Str, true),
            ("geonames_id", I64, true),
            ("place_name", Str, true),
            ("lat", F64, true),
            ("lon", F64, true),
            ("country", Str, true),
            ("admin1", Str, true),
        ],
    ),
    (
        "statements",
        &[
            ("article_id", Str, false),
            ("statement_id", Str, false),
            ("source_text", Str, false),
            ("source_start", I64, false),
            ("source_end", I64, false),
            ("source_entity", Str, true),
            ("source_key", Str, false),
            ("source_name", Str, false),
            ("source_canonical", Str, true),
            ("source_party", Str, true),
            ("cue_text", Str, false),
            ("cue_start", I64, false),
            ("cue_end", I64, false),
            ("stance", Str, false),
            ("content_text", Str, false),
            ("content_start", I64, false),
            ("content_end", I64, false),
            ("via", StrList, false),
            ("medium", Str, true),
            ("direct", Bool, false),
            ("embedded_in", Str, true),
            ("outlet", Str, true),
            ("published", Str, true),
        ],
    ),
    (
        "propositions",
        &[
            ("article_id", Str, false),
            ("proposition_id", Str, false),
            ("type", Str, false),
            ("family", Str, false),
            ("trigger_text", Str, false),
            ("trigger_start", I64, false),
            ("trigger_end", I64, false),
            ("place_entity", Str, true),
            ("place_name", Str, true),
            ("geonames_id", I64, true),
            ("lat", F64, true),
            ("lon", F64, true),
            ("time_id", Str, true),
            ("time_value", Str, true),
            ("parties", StrList, false),
            ("acled_event_type", Str, true),
            ("acled_sub_event_type", Str, true),
            ("plover", Str, true),
        ],
    ),
    (
        "claims",
        &[
            ("article_id", Str, false),
            ("claim_id", Str, false),
            ("proposition_id", Str, false),
            ("by", Str, false),
            ("polarity", Str, false),
            ("modality", Str, false),
            ("type", Str, true),
            ("source_key", Str, true),
            ("source_name", Str, true),
            ("party", Str, true),
            ("outlet", Str, true),
            ("place_name", Str, true),
            ("d0", Str, true),
            ("d1", Str, true),
            ("keys", StrList, false),
            ("k0", Str, true),
            ("k1", Str, true),
            ("doc", Str, true),
            ("record", Str, true),
        ],
    ),
    (
        "contradictions",
        &[
            ("scope", Str, false),
            ("article_id", Str, false),
            ("claim_a", Str, false),
            ("article_b", Str, false),
            ("claim_b", Str, false),
            ("contradiction_id", Str, true),
            ("kind", Str, false),
            ("basis", Str, false),
            ("party", Str, true),
            ("explanation", Str, false),
            ("headline", Bool, true),
            ("date", Str, true),
            ("place_name", Str, true),
            ("proposition_type", Str, true),
        ],
    ),
];

/// The columns of one table.
pub fn columns(table: &str) -> Result<&'static [Column]> {
    match COLUMNS.iter().find(|(t, _)| *t == table) {
        Some((_, c)) => Ok(c),
        None => bail!("no table {table:?} (tables: {})", TABLES.join(", ")),
    }
}

/// The Arrow schema of one table.
pub fn schema(table: &str) -> Result<SchemaRef> {
    Ok(Arc::new(Schema::new(
        columns(table)?
            .iter()
            .map(|(n, t, null)| Field::new(*n, t.arrow(), *null))
            .collect::<Vec<_>>(),
    )))
}

/// A table's schema as a Spark DDL string (`article_id string, start bigint, …`), for reading
/// the rows `isnad extract --format rows` writes with `from_json`.
pub fn spark_ddl(table: &str) -> Result<String> {
    Ok(columns(table)?
        .iter()
        .map(|(n, t, _)| format!("`{n}` {}", t.spark()))
        .collect::<Vec<_>>()
        .join(", "))
}

struct TableWriter {
    decoder: Decoder,
    writer: ArrowWriter<File>,
    rows: usize,
}

/// Writes [`Tables`] batch by batch into `DIR/TABLE/part-00000.parquet`, one file per table.
pub struct ParquetWriter {
    dir: PathBuf,
    tables: BTreeMap<&'static str, TableWriter>,
}

impl ParquetWriter {
    /// Creates `dir` (and a folder per table); refuses a folder that already holds tables.
    pub fn create(dir: &Path) -> Result<ParquetWriter> {
        let mut tables = BTreeMap::new();
        for &t in TABLES {
            let sub = dir.join(t);
            let file = sub.join("part-00000.parquet");
            if file.exists() {
                bail!(
                    "{} exists: give an empty or new folder to -o",
                    file.display()
                );
            }
            std::fs::create_dir_all(&sub).with_context(|| format!("creating {}", sub.display()))?;
            let schema = schema(t)?;
            let props = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build();
            let f = File::create(&file).with_context(|| format!("creating {}", file.display()))?;
            let writer = ArrowWriter::try_new(f, schema.clone(), Some(props))?;
            let decoder = arrow_json::ReaderBuilder::new(schema)
                .with_batch_size(8192)
                .build_decoder()?;
            tables.insert(
                t,
                TableWriter {
                    decoder,
                    writer,
                    rows: 0,
                },
            );
        }
        Ok(ParquetWriter {
            dir: dir.to_path_buf(),
            tables,
        })
    }

    fn put<T: Serialize>(&mut self, table: &str, rows: &[T]) -> Result<()> {
        let w = self
            .tables
            .get_mut(table)
            .with_context(|| format!("no table {table}"))?;
        for chunk in rows.chunks(4096) {
            w.decoder
                .serialize(chunk)
                .with_context(|| format!("table {table}"))?;
            if let Some(batch) = w.decoder.flush()? {
                w.writer.write(&batch)?;
            }
        }
        w.rows += rows.len();
        Ok(())
    }

    /// Appends every table's rows.
    pub fn write(&mut self, t: &Tables) -> Result<()> {
        self.put("articles", &t.articles)?;
        self.put("entities", &t.entities)?;
        self.put("statements", &t.statements)?;
        self.put("propositions", &t.propositions)?;
        self.put("claims", &t.claims)?;
        self.put("contradictions", &t.contradictions)?;
        Ok(())
    }

    /// Closes every file; returns the rows written per table.
    pub fn finish(self) -> Result<Vec<(&'static str, usize)>> {
        let mut out = Vec::new();
        for (t, w) in self.tables {
            w.writer
                .close()
                .with_context(|| format!("closing {}", self.dir.join(t).display()))?;
            out.push((t, w.rows));
        }
        out.sort_by_key(|(t, _)| TABLES.iter().position(|x| x == t));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn every_table_has_columns_and_the_docs_list_them() {
        let doc = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/PARQUET.md"),
        )
        .unwrap();
        for &t in TABLES {
            let cols = columns(t).unwrap();
            assert!(!cols.is_empty());
            assert!(doc.contains(&format!("### `{t}`")), "{t} not in PARQUET.md");
            for (n, ty, null) in cols {
                let line = format!(
                    "| `{n}` | {} | {} |",
                    ty.spark(),
                    if *null { "yes" } else { "no" }
                );
                assert!(doc.contains(&line), "PARQUET.md lacks {line} ({t})");
            }
        }
    }

    #[test]
    fn rows_round_trip_with_the_schema() {
        let article = isnad_schema::Article {
            id: "a1".into(),
            text: "قالت وزارة الدفاع الروسية إن القوات السورية سيطرت على مدينة البوكمال.".into(),
            published: Some("2017-11-09".into()),
            outlet: Some("test".into()),
            ..Default::default()
        };
        let mut a = isnad_schema::Analysis::empty(article.doc());
        a.entities.push(isnad_schema::Entity {
            id: "e1".into(),
            text: "البوكمال".into(),
            span: [61, 69],
            kind: "GPE".into(),
            canonical: None,
            actor: None,
            place: Some(isnad_schema::Place {
                geonames_id: Some(170017),
                lat: Some(34.45),
                ..Default::default()
            }),
            nominal: false,
        });
        let mut t = Tables::default();
        t.add(&article, &a);
        let dir = tempfile::tempdir().unwrap();
        let mut w = ParquetWriter::create(dir.path()).unwrap();
        w.write(&t).unwrap();
        let counts = w.finish().unwrap();
        assert_eq!(counts[0], ("articles", 1));
        assert_eq!(counts[1], ("entities", 1));
        for &table in TABLES {
            let f = File::open(dir.path().join(table).join("part-00000.parquet")).unwrap();
            let r = SerializedFileReader::new(f).unwrap();
            let fields = r.metadata().file_metadata().schema().get_fields().to_vec();
            let cols = columns(table).unwrap();
            assert_eq!(fields.len(), cols.len(), "{table}");
            for (f, (n, _, null)) in fields.iter().zip(cols) {
                assert_eq!(f.name(), *n);
                assert_eq!(f.is_optional(), *null, "{table}.{n}");
            }
        }
        // a second writer refuses the folder
        assert!(ParquetWriter::create(dir.path()).is_err());
    }
}
