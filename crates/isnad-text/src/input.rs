//! Bytes in, text out: the one place that decides whether input is UTF-8 article text, with a
//! message that names the byte and line where it is not, and a size cap so that `/dev/urandom`,
//! `/dev/zero` or a runaway file is refused early instead of filling memory.

use std::fmt;
use std::io::Read;

/// Default cap on one input (a file, or one JSONL line): far above any news article (the largest
/// UnifiedFC page is 0.1 MB), low enough that a mistaken input never exhausts memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Why input is not article text. `Display` is the message a user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    TooLarge { limit: u64 },
    Utf16 { little_endian: bool, bom: bool },
    Utf32 { little_endian: bool },
    Binary { at: usize },
    InvalidUtf8 { at: usize, line: usize, byte: u8 },
    Io(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::TooLarge { limit } => write!(
                f,
                "input larger than {limit} bytes; raise the limit with --max-bytes (or ISNAD_MAX_BYTES) if this is really one article"
            ),
            InputError::Utf16 { little_endian, bom } => write!(
                f,
                "the text is UTF-16{} ({}); isnad reads UTF-8: convert it with iconv -f UTF-16{} -t UTF-8",
                if *little_endian { "LE" } else { "BE" },
                if *bom { "byte-order mark" } else { "no byte-order mark, recognised by its zero and 0x06 bytes" },
                if *little_endian { "LE" } else { "BE" },
            ),
            InputError::Utf32 { little_endian } => write!(
                f,
                "the text is UTF-32{}; isnad reads UTF-8: convert it with iconv -f UTF-32{} -t UTF-8",
                if *little_endian { "LE" } else { "BE" },
                if *little_endian { "LE" } else { "BE" },
            ),
            InputError::Binary { at } => write!(
                f,
                "binary data, not text (NUL byte at byte {at})"
            ),
            InputError::InvalidUtf8 { at, line, byte } => write!(
                f,
                "invalid UTF-8 at byte {at} (line {line}): byte 0x{byte:02X}; isnad reads UTF-8 text (convert with iconv, e.g. from CP1256)"
            ),
            InputError::Io(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for InputError {}

/// Reads at most `limit` bytes, checking the encoding as it goes: an endless or binary stream
/// is refused after its first chunk, not after it has filled memory.
pub fn read_text(mut r: impl Read, limit: u64) -> Result<String, InputError> {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut checked = 0usize;
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(InputError::Io(e.to_string())),
        };
        if (buf.len() + n) as u64 > limit {
            return Err(InputError::TooLarge { limit });
        }
        buf.extend_from_slice(&chunk[..n]);
        if checked == 0 {
            sniff(&buf)?;
        }
        checked = check_prefix(&buf, checked)?;
    }
    decode(buf)
}

/// Validates `buf[from..]`, allowing an incomplete sequence at its end; returns how far it is valid.
fn check_prefix(buf: &[u8], from: usize) -> Result<usize, InputError> {
    match std::str::from_utf8(&buf[from..]) {
        Ok(_) => Ok(buf.len()),
        Err(e) if e.error_len().is_none() => Ok(from + e.valid_up_to()),
        Err(e) => Err(invalid(buf, from + e.valid_up_to())),
    }
}

fn invalid(bytes: &[u8], at: usize) -> InputError {
    InputError::InvalidUtf8 {
        at,
        line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
        byte: bytes[at],
    }
}

/// Recognises UTF-16/32 (with or without a byte-order mark) and binary data from the first bytes.
fn sniff(b: &[u8]) -> Result<(), InputError> {
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if b.starts_with(b"\xFF\xFE\x00\x00") {
        return Err(InputError::Utf32 {
            little_endian: true,
        });
    }
    if b.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(InputError::Utf32 {
            little_endian: false,
        });
    }
    if b.starts_with(b"\xFF\xFE") || b.starts_with(b"\xFE\xFF") {
        return Err(InputError::Utf16 {
            little_endian: b[0] == 0xFF,
            bom: true,
        });
    }
    // Without a mark: Arabic in UTF-16 has 0x06 (U+06xx) or 0x00 (ASCII) in every other byte.
    let head = &b[..b.len().min(4096)];
    if head.len() >= 8 {
        let high = |off: usize| {
            head.iter()
                .skip(off)
                .step_by(2)
                .filter(|&&x| x == 0x00 || x == 0x06)
                .count()
        };
        let pairs = head.len() / 2;
        let (odd, even) = (high(1), high(0));
        if odd * 10 >= pairs * 6 && even * 10 < pairs * 3 {
            return Err(InputError::Utf16 {
                little_endian: true,
                bom: false,
            });
        }
        if even * 10 >= pairs * 6 && odd * 10 < pairs * 3 {
            return Err(InputError::Utf16 {
                little_endian: false,
                bom: false,
            });
        }
    }
    if let Some(at) = head.iter().position(|&x| x == 0) {
        return Err(InputError::Binary { at });
    }
    Ok(())
}

/// UTF-8 with an optional byte-order mark (dropped); anything else is an error with its byte.
pub fn decode(bytes: Vec<u8>) -> Result<String, InputError> {
    sniff(&bytes)?;
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if let Some(at) = memchr0(&bytes) {
        return Err(InputError::Binary { at });
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        invalid(e.as_bytes(), at)
    })
}

/// One line of a line-oriented input, read with a cap.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line's bytes are in the buffer (without the newline).
    Read,
    /// The line was longer than the cap; it was skipped to its end, not kept.
    TooLong,
}

/// Reads the next line into `buf` (cleared first) keeping at most `limit` bytes; `None` at the end.
/// A longer line is consumed and reported, so one runaway line costs no memory and the next line
/// is read as usual.
pub fn read_line(
    r: &mut impl std::io::BufRead,
    limit: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Line>> {
    buf.clear();
    let n = std::io::BufRead::read_until(&mut r.by_ref().take(limit + 1), b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(Line::Read));
    }
    if (buf.len() as u64) <= limit {
        return Ok(Some(Line::Read)); // the last line, without a newline
    }
    buf.clear();
    // Skipping is bounded too: a stream with no line ends (/dev/zero) is not line-oriented input.
    let mut skipped = limit + 1;
    loop {
        if skipped > limit.saturating_mul(4).max(1 << 24) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("no line end within {skipped} bytes: not line-oriented text"),
            ));
        }
        let (done, used) = {
            let avail = r.fill_buf()?;
            if avail.is_empty() {
                (true, 0)
            } else {
                match avail.iter().position(|&b| b == b'\n') {
                    Some(i) => (true, i + 1),
                    None => (false, avail.len()),
                }
            }
        };
        r.consume(used);
        skipped += used as u64;
        if done {
            return Ok(Some(Line::TooLong));
        }
    }
}

fn memchr0(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
    }

    #[test]
    fn invalid_utf8_names_byte_and_line() {
        let e = decode(b"\xd9\x82\xd8\xa7\xd9\x84\n\xff".to_vec()).unwrap_err();
        assert_eq!(
            e,
            InputError::InvalidUtf8 {
                at: 7,
                line: 2,
                byte: 0xFF
            }
        );
    }

    #[test]
    fn utf32_is_not_called_utf16() {
        let e = decode(b"\xFF\xFE\x00\x00\x27\x06\x00\x00".to_vec()).unwrap_err();
        assert!(e.to_string().contains("UTF-32LE"), "{e}");
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let e = decode(utf16le("قال المتحدث باسم الجيش إن القوات تقدمت")).unwrap_err();
        assert_eq!(
            e,
            InputError::Utf16 {
                little_endian: true,
                bom: false
            }
        );
    }

    #[test]
    fn endless_streams_stop_early() {
        // /dev/zero and /dev/urandom: refused at the first chunk, without reading on.
        let zeros = std::io::repeat(0).take(1 << 40);
        assert!(matches!(
            read_text(zeros, DEFAULT_MAX_BYTES),
            Err(InputError::Binary { at: 0 })
        ));
        let noise = std::io::repeat(0xFF).take(1 << 40);
        assert!(matches!(
            read_text(noise, DEFAULT_MAX_BYTES),
            Err(InputError::InvalidUtf8 { at: 0, .. })
        ));
        let text = std::io::repeat(b'a').take(1 << 40);
        assert_eq!(
            read_text(text, 1 << 20),
            Err(InputError::TooLarge { limit: 1 << 20 })
        );
    }

    #[test]
    fn a_character_split_across_chunks_is_fine() {
        let s = "ق".repeat(40_000); // 80,000 bytes: one chunk boundary falls inside a letter
        assert_eq!(read_text(s.as_bytes(), DEFAULT_MAX_BYTES).unwrap(), s);
    }

    #[test]
    fn a_runaway_line_is_skipped_and_the_next_one_read() {
        let mut input = Vec::new();
        input.extend_from_slice(b"one\n");
        input.extend(std::iter::repeat_n(b'x', 10_000));
        input.extend_from_slice(b"\nthree");
        let mut r = std::io::BufReader::with_capacity(64, &input[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while let Some(l) = read_line(&mut r, 100, &mut buf).unwrap() {
            got.push((l, String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(
            got,
            vec![
                (Line::Read, "one".into()),
                (Line::TooLong, String::new()),
                (Line::Read, "three".into())
            ]
        );
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode("\u{FEFF}قال".as_bytes().to_vec()).unwrap(), "قال");
    }
}
