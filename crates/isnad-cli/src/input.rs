//! Reading articles from files: UTF-8 checks with byte positions, BOMs, HTML.

use anyhow::{bail, Context as _};
use std::io::Read;
use std::path::Path;

/// Reads a whole text file (or stdin for `-`) as UTF-8, naming the byte where it stops being UTF-8.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    }
    decode(&bytes).with_context(|| path.display().to_string())
}

/// UTF-8 with an optional BOM (dropped); anything else is an error with its byte offset.
pub fn decode(bytes: &[u8]) -> anyhow::Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        bail!("the file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            bail!(
                "invalid UTF-8 at byte {at} (line {line}): byte 0x{:02X}; isnad reads UTF-8 text (convert with iconv, e.g. from CP1256)",
                bytes[at]
            )
        }
    }
}

/// Whether text looks like an HTML page rather than article text.
pub fn looks_like_html(s: &str) -> bool {
    let head: String = s
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype")
        || head.starts_with("<html")
        || head.contains("<body")
        || (head.starts_with('<') && head.contains("</"))
}

/// Replaces markup (tags, comments, script and style bodies) with spaces of the same length in
/// code points, so spans into the result are spans into the original file.
pub fn blank_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let lower = s.to_ascii_lowercase();
    let mut skip_until: Option<&str> = None;
    let mut in_tag = false;
    let mut i = 0;
    for (bi, c) in s.char_indices() {
        if bi < i {
            out.push(' ');
            continue;
        }
        if let Some(end) = skip_until {
            if lower[bi..].starts_with(end) {
                skip_until = None;
                i = bi + end.len();
            }
            out.push(if c == '\n' { '\n' } else { ' ' });
            continue;
        }
        if !in_tag && c == '<' {
            let rest = &lower[bi..];
            if rest.starts_with("<script") {
                skip_until = Some("</script>");
            } else if rest.starts_with("<style") {
                skip_until = Some("</style>");
            } else if rest.starts_with("<!--") {
                skip_until = Some("-->");
            } else {
                in_tag = true;
            }
            out.push(' ');
            continue;
        }
        if in_tag {
            if c == '>' {
                in_tag = false;
            }
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte_and_line() {
        let err = decode(b"\xd9\x82\xd8\xa7\xd9\x84\n\xff")
            .unwrap_err()
            .to_string();
        assert!(err.contains("byte 7") && err.contains("line 2"), "{err}");
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode("\u{FEFF}قال".as_bytes()).unwrap(), "قال");
    }

    #[test]
    fn html_blanking_keeps_code_point_offsets() {
        let html = "<html><body><p>قال <b>المصدر</b></p><script>x<y</script></body></html>";
        let b = blank_html(html);
        assert_eq!(b.chars().count(), html.chars().count());
        let i = b.chars().position(|c| c == 'ق').unwrap();
        assert_eq!(html.chars().nth(i), Some('ق'));
        assert!(!b.contains('<') && !b.contains('x'));
        assert!(looks_like_html(html));
        assert!(!looks_like_html("قال المصدر"));
    }
}
