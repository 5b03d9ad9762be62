//! Reading articles from files: UTF-8 checks with byte positions, BOMs, HTML.

use anyhow::{bail, Context as _};
use std::path::Path;

/// Reads a whole text file (or stdin for `-`) as UTF-8 of at most `limit` bytes, naming the byte
/// where it stops being UTF-8 (see [`isnad_text::input`]).
pub fn read_text(path: &Path, limit: u64) -> anyhow::Result<String> {
    let r: Box<dyn std::io::Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?)
    };
    isnad_text::input::read_text(r, limit).with_context(|| path.display().to_string())
}

/// Refuses to write output over an input (the same file, by any path or link): `-o a.txt a.txt`
/// would truncate the article before it is read.
pub fn refuse_overwrite(output: &Path, inputs: &[&Path]) -> anyhow::Result<()> {
    for i in inputs {
        if i.as_os_str() == "-" {
            continue;
        }
        if same_file(output, i) {
            bail!(
                "the output {} is the input {}: it would be destroyed; write elsewhere",
                output.display(),
                i.display()
            );
        }
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Worker threads asked for, held to what the machine can use: thousands of threads only thrash.
pub fn threads(asked: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match asked {
        None | Some(0) => cores,
        Some(n) if n > 4 * cores => {
            eprintln!(
                "isnad: -j {n} is more than 4x the {cores} cores; using {}",
                4 * cores
            );
            4 * cores
        }
        Some(n) => n,
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
