use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum LexError {
    #[error("{file}:{line}: {msg}")]
    Format {
        file: String,
        line: usize,
        msg: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl LexError {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        LexError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    header: std::sync::Arc<[String]>,
    pub cells: Vec<String>,
    /// `file:line`, for messages.
    pub origin: String,
}

impl Row {
    /// The cell under a column name ("" when the column is absent).
    pub fn get(&self, col: &str) -> &str {
        self.header
            .iter()
            .position(|h| h == col)
            .and_then(|i| self.cells.get(i))
            .map_or("", |s| s.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// Parses a lexicon file: `#` comments, a header line, then one tab-separated entry a line.
/// Trailing empty cells may be left out; extra cells are an error.
pub fn parse_tsv(name: &str, text: &str) -> Result<Table, LexError> {
    let file = name.rsplit('/').next().unwrap_or(name).to_string();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut header: Option<std::sync::Arc<[String]>> = None;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
        match &header {
            None => header = Some(cells.into()),
            Some(h) => {
                // A removal line (`-form`) needs no other cell.
                let removal = cells[0].starts_with('-');
                if cells.len() > h.len() || (h.len() > 1 && cells.len() < 2 && !removal) {
                    return Err(LexError::Format {
                        file: name.to_string(),
                        line: i + 1,
                        msg: format!(
                            "expected {} tab-separated columns ({}), found {}",
                            h.len(),
                            h.join(", "),
                            cells.len()
                        ),
                    });
                }
                if cells[0].is_empty() {
                    return Err(LexError::Format {
                        file: name.to_string(),
                        line: i + 1,
                        msg: "the first column is empty".into(),
                    });
                }
                rows.push(Row {
                    header: h.clone(),
                    cells,
                    origin: format!("{name}:{}", i + 1),
                });
            }
        }
    }
    Ok(Table {
        name: file,
        header: header.map(|h| h.to_vec()).unwrap_or_default(),
        rows,
    })
}

impl Table {
    /// Adds a user's rows; a row whose first cell starts with `-` removes the bundled form instead.
    pub fn merge(&mut self, user: Table) -> Result<(), LexError> {
        for row in user.rows {
            let first = row.cells[0].clone();
            if let Some(form) = first.strip_prefix('-') {
                let key = isnad_text::fold(form.trim());
                self.rows.retain(|r| isnad_text::fold(&r.cells[0]) != key);
                continue;
            }
            // Re-key the row by this table's header so column order in the user's file is free.
            let cells = self.header.iter().map(|h| row.get(h).to_string()).collect();
            self.rows.push(Row {
                header: self
                    .rows
                    .first()
                    .map_or_else(|| self.header.clone().into(), |r| r.header.clone()),
                cells,
                origin: row.origin,
            });
        }
        Ok(())
    }
}
