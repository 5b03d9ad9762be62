//! Checks on what users type: dates, scopes, paging. The CLI and the HTTP API call the same
//! functions, so they accept and refuse the same values with the same words.

/// Largest offset or limit accepted anywhere: larger values are nonsense and would overflow
/// SQLite's 64-bit integers.
pub const MAX_PARAM: usize = 1_000_000_000_000;

/// A calendar date `YYYY-MM-DD` that exists (no month 13, no 30 February), optionally followed
/// by a time (`T…` or ` …`) as in `published` fields.
pub fn date(name: &str, s: &str) -> Result<(), String> {
    let bad = || format!("{name} must be a date YYYY-MM-DD, got {s:?}");
    let b = s.trim().as_bytes();
    if b.len() < 10 || (b.len() > 10 && !matches!(b[10], b'T' | b' ')) {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = &b[r];
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(bad());
    };
    if b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("{name}: there is no month {m} in {s:?}")),
    };
    if d == 0 || d > days {
        return Err(format!("{name}: there is no day {d} in month {m} of {s:?}"));
    }
    Ok(())
}

/// An optional date: `None` and blanks pass.
pub fn opt_date(name: &str, s: Option<&str>) -> Result<(), String> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => date(name, s),
        None => Ok(()),
    }
}

/// The contradiction scope: `article` (inside one article) or `corpus` (across articles).
pub fn scope(s: Option<&str>) -> Result<(), String> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None | Some("article") | Some("corpus") => Ok(()),
        Some(s) => Err(format!("scope must be article or corpus, got {s:?}")),
    }
}

/// Paging: at least one item a page, nothing past [`MAX_PARAM`].
pub fn paging(offset: usize, limit: usize) -> Result<(), String> {
    if limit == 0 {
        return Err("limit must be at least 1".into());
    }
    if limit > MAX_PARAM || offset > MAX_PARAM {
        return Err(format!("offset and limit must be at most {MAX_PARAM}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert!(date("d", "2019-02-28").is_ok());
        assert!(date("d", "2020-02-29").is_ok());
        assert!(date("d", "2019-03-01T10:00:00Z").is_ok());
        for bad in [
            "2019-13-45",
            "2019-02-30",
            "2019-02-29",
            "1900-02-29",
            "yesterday",
            "2019-1-5",
            "2019-01-05x",
            "",
        ] {
            assert!(date("d", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn scope_and_paging() {
        assert!(scope(Some("corpus")).is_ok() && scope(None).is_ok());
        assert!(scope(Some("bogus")).is_err());
        assert!(paging(0, 0).is_err());
        assert!(paging(usize::MAX, 10).is_err());
        assert!(paging(10, 20).is_ok());
    }
}
