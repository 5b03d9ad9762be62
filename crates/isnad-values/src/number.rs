//! Numbers written in digits (any script once folded) or in Arabic words.

#[derive(Clone, Copy, Debug, PartialEq)]
enum NW {
    /// 1-9 (`احد`/`احدي` only count before عشر).
    Unit(u32, bool),
    /// 10, 20, … 90.
    Ten(u32),
    /// 100 … 900.
    Hundred(u32),
    /// ألف, مليون, مليار; `true` for the plural (آلاف) which needs a number before it.
    Scale(f64, bool),
}

fn classify(w: &str) -> Option<NW> {
    use NW::*;
    Some(match w {
        "واحد" | "واحده" => Unit(1, false),
        "احد" | "احدي" => Unit(1, true),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثني" | "اثنتا" | "اثنتي" => {
            Unit(2, false)
        }
        "ثلاث" | "ثلاثه" => Unit(3, false),
        "اربع" | "اربعه" => Unit(4, false),
        "خمس" | "خمسه" => Unit(5, false),
        "ست" | "سته" => Unit(6, false),
        "سبع" | "سبعه" => Unit(7, false),
        "ثمان" | "ثماني" | "ثمانيه" => Unit(8, false),
        "تسع" | "تسعه" => Unit(9, false),
        "عشر" | "عشره" => Ten(10),
        "عشرون" | "عشرين" => Ten(20),
        "ثلاثون" | "ثلاثين" => Ten(30),
        "اربعون" | "اربعين" => Ten(40),
        "خمسون" | "خمسين" => Ten(50),
        "ستون" | "ستين" => Ten(60),
        "سبعون" | "سبعين" => Ten(70),
        "ثمانون" | "ثمانين" => Ten(80),
        "تسعون" | "تسعين" => Ten(90),
        "ميه" | "مايه" | "مييه" => Hundred(100),
        "ميتان" | "ميتين" | "مايتان" | "مايتين" | "ميتا" | "ميتي" | "مايتا" | "مايتي" => {
            Hundred(200)
        }
        "الف" | "الفا" => Scale(1e3, false),
        "الفان" | "الفين" => Scale(2e3, false),
        "الاف" => Scale(1e3, true),
        "مليون" | "مليونا" => Scale(1e6, false),
        "مليونان" | "مليونين" => Scale(2e6, false),
        "ملايين" => Scale(1e6, true),
        "مليار" | "مليارا" => Scale(1e9, false),
        "ملياران" | "مليارين" => Scale(2e9, false),
        "مليارات" => Scale(1e9, true),
        _ => {
            // ثلاثمئة, خمسمائة, ثمانمئة …: a unit glued to مئة.
            for suffix in ["ميه", "مايه"] {
                if let Some(u) = w.strip_suffix(suffix) {
                    if let Some(Unit(n, false)) = classify(u) {
                        if n >= 3 {
                            return Some(Hundred(n * 100));
                        }
                    }
                    if u == "ثماني" {
                        return Some(Hundred(800));
                    }
                }
            }
            return None;
        }
    })
}

/// Next word of `s` from byte `pos` (after spaces): (start, end).
fn next_word(s: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = &s[pos..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    let start = pos + lead;
    let end = s[start..]
        .char_indices()
        .find(|&(_, c)| !crate::tokens::is_word_char(c))
        .map_or(s.len(), |(i, _)| start + i);
    (end > start).then_some((start, end))
}

fn parse_digits(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut j = 0;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j == 0 {
        return None;
    }
    let mut text: String = s[..j].to_string();
    // 1,200,000: commas that group exactly three digits are thousands separators.
    if j <= 3 {
        let mut k = j;
        while k + 4 <= b.len()
            && b[k] == b','
            && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
            && b.get(k + 4).is_none_or(|c| !c.is_ascii_digit())
        {
            text.push_str(&s[k + 1..k + 4]);
            k += 4;
        }
        j = k;
        // "123 , 000": some sites space out the thousands separator.
        loop {
            let rest = &s[j..];
            let t = rest.trim_start_matches(' ');
            let Some(t2) = t.strip_prefix(',') else { break };
            let t3 = t2.trim_start_matches(' ');
            let tb = t3.as_bytes();
            if tb.len() >= 3
                && tb[..3].iter().all(u8::is_ascii_digit)
                && tb.get(3).is_none_or(|c| !c.is_ascii_digit())
                && rest.len() - t3.len() <= 3
            {
                text.push_str(&t3[..3]);
                j = s.len() - t3.len() + 3;
            } else {
                break;
            }
        }
    }
    if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        let mut k = j + 1;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        text.push_str(&s[j..k]);
        j = k;
    }
    let v: f64 = text.parse().ok()?;
    // "3 آلاف", "1.5 مليون": a scale word after the digits multiplies them.
    if let Some((ws, we)) = next_word(s, j) {
        if s[j..ws].chars().all(|c| c == ' ' || c == '\u{a0}') {
            if let Some(NW::Scale(sc, _)) = classify(&s[ws..we]) {
                if sc < 2e3 || sc == 1e6 || sc == 1e9 {
                    // "215 ألفاً و518": the remainder after a conjunction.
                    let rest = &s[we..];
                    let after = rest.trim_start_matches(' ');
                    if let Some(r) = after.strip_prefix('و') {
                        let r2 = r.trim_start_matches(' ');
                        if r2.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                            let at = s.len() - r2.len();
                            if let Some((x, used)) = parse_digits(&s[at..]) {
                                if x < sc {
                                    return Some((v * sc + x, at + used));
                                }
                            }
                        }
                    }
                    return Some((v * sc, we));
                }
            }
        }
    }
    Some((v, j))
}

/// Parses a number at the start of folded text: digits (with thousands separators, a decimal
/// point and an optional scale word: "3 آلاف") or Arabic number words ("خمسة وعشرون",
/// "ثلاثمئة", "أحد عشر", "ألفين"). Returns the value and the bytes consumed.
///
/// Vague counts (عشرات، مئات، آلاف on their own) are not numbers: they return `None`.
pub fn parse_number(folded: &str) -> Option<(f64, usize)> {
    if folded.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return parse_digits(folded);
    }
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut end = 0;
    let mut prev: Option<NW> = None;
    let mut pos = 0;
    let mut pending_teen = false;
    while let Some((ws, we)) = next_word(folded, pos) {
        if prev.is_some() && !folded[end..ws].chars().all(|c| c == ' ') {
            break;
        }
        let w = &folded[ws..we];
        let (conj, core) = match w.strip_prefix('و') {
            Some(c) if prev.is_some() && !c.is_empty() => (true, c),
            _ => (false, w),
        };
        let Some(kind) = classify(core) else { break };
        let ok = match (prev, kind, conj) {
            (None, NW::Scale(_, true), _) => false,
            (None, _, _) => true,
            (Some(_), _, _) if pending_teen => matches!(kind, NW::Ten(10)) && !conj,
            (Some(NW::Unit(..)), NW::Ten(10), false) => true,
            (Some(NW::Unit(..)), NW::Hundred(100), false) => true,
            (Some(NW::Unit(..) | NW::Ten(_) | NW::Hundred(_)), NW::Scale(..), false) => true,
            (Some(_), NW::Scale(_, true), true) => false,
            (Some(_), _, true) => true,
            _ => false,
        };
        if !ok {
            break;
        }
        match kind {
            NW::Unit(n, needs_teen) => {
                cur += n as f64;
                pending_teen = needs_teen;
            }
            NW::Ten(10) if !conj && matches!(prev, Some(NW::Unit(..))) => {
                cur += 10.0;
                pending_teen = false;
            }
            NW::Ten(t) => cur += t as f64,
            NW::Hundred(100) if !conj && matches!(prev, Some(NW::Unit(..))) => cur *= 100.0,
            NW::Hundred(h) => cur += h as f64,
            NW::Scale(sc, _) => {
                if cur > 0.0 && !conj {
                    total += cur * sc;
                } else {
                    total += sc;
                }
                cur = 0.0;
            }
        }
        prev = Some(kind);
        end = we;
        pos = we;
    }
    if pending_teen {
        // "أحد" alone is "one of", not a number.
        return None;
    }
    let v = total + cur;
    (prev.is_some() && v > 0.0).then_some((v, end))
}

/// Ordinal day of the month in words, with the article: الخامس، الحادي عشر، الثاني والعشرين.
/// Returns (day, bytes consumed).
pub(crate) fn parse_ordinal_day(folded: &str) -> Option<(u32, usize)> {
    let (ws, we) = next_word(folded, 0)?;
    if ws != 0 {
        return None;
    }
    let w = folded[..we].strip_prefix("ال")?;
    let unit = match w {
        "اول" | "حادي" => 1,
        "ثاني" => 2,
        "ثالث" => 3,
        "رابع" => 4,
        "خامس" => 5,
        "سادس" => 6,
        "سابع" => 7,
        "ثامن" => 8,
        "تاسع" => 9,
        "عاشر" => 10,
        "عشرين" => 20,
        "ثلاثين" => 30,
        _ => return None,
    };
    if unit >= 10 {
        return Some((unit, we));
    }
    if let Some((s2, e2)) = next_word(folded, we) {
        let w2 = &folded[s2..e2];
        if folded[we..s2].trim().is_empty() {
            match w2 {
                "عشر" => return Some((unit + 10, e2)),
                "والعشرين" => return Some((unit + 20, e2)),
                "والثلاثين" if unit == 1 => return Some((31, e2)),
                _ => {}
            }
        }
    }
    // الحادي alone is no day.
    (w != "حادي").then_some((unit, we))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<f64> {
        parse_number(&isnad_text::fold(s)).map(|x| x.0)
    }

    #[test]
    fn digits_in_any_script_with_separators() {
        assert_eq!(p("30 كيلومتراً"), Some(30.0));
        assert_eq!(p("١٢٠٠"), Some(1200.0));
        assert_eq!(p("۱۲"), Some(12.0));
        assert_eq!(p("1,200,000 نسمة"), Some(1_200_000.0));
        assert_eq!(p("٣٫٥ كم"), Some(3.5));
        assert_eq!(p("3 آلاف نازح"), Some(3000.0));
        assert_eq!(p("1.5 مليون"), Some(1_500_000.0));
        assert_eq!(p("215 ألفا و 518 قتيلا"), Some(215_518.0));
        assert_eq!(p("60 ألف و318"), Some(60_318.0));
        assert_eq!(p("123 , 000 شخص"), Some(123_000.0));
        assert_eq!(p("5 , 10"), Some(5.0));
    }

    #[test]
    fn words_units_teens_tens_hundreds_thousands() {
        assert_eq!(p("خمسة مدنيين"), Some(5.0));
        assert_eq!(p("ست قاذفات"), Some(6.0));
        assert_eq!(p("أحد عشر قتيلاً"), Some(11.0));
        assert_eq!(p("إحدى عشرة طائرة"), Some(11.0));
        assert_eq!(p("اثنا عشر"), Some(12.0));
        assert_eq!(p("خمسة وعشرون شخصاً"), Some(25.0));
        assert_eq!(p("ثمانين شخصا"), Some(80.0));
        assert_eq!(p("مئة"), Some(100.0));
        assert_eq!(p("مائتين"), Some(200.0));
        assert_eq!(p("ثلاثمئة وخمسين"), Some(350.0));
        assert_eq!(p("ثلاث مئة"), Some(300.0));
        assert_eq!(p("ألف وخمسمائة"), Some(1500.0));
        assert_eq!(p("ثلاثة آلاف"), Some(3000.0));
        assert_eq!(p("ألفين"), Some(2000.0));
        assert_eq!(p("مليون"), Some(1e6));
    }

    #[test]
    fn vague_and_non_numbers_are_none() {
        assert_eq!(p("عشرات القتلى"), None);
        assert_eq!(p("مئات"), None);
        assert_eq!(p("آلاف المدنيين"), None);
        assert_eq!(p("أحد عناصر"), None);
        assert_eq!(p("قوات"), None);
        assert_eq!(p(""), None);
    }

    #[test]
    fn consumed_bytes_stop_at_the_number() {
        let f = isnad_text::fold("خمسة وعشرون شخصاً");
        let (_, n) = parse_number(&f).unwrap();
        assert_eq!(&f[..n], "خمسه وعشرون");
        let f = "12 عنصرا";
        assert_eq!(parse_number(f), Some((12.0, 2)));
    }

    #[test]
    fn ordinals() {
        let o = |s: &str| parse_ordinal_day(&isnad_text::fold(s)).map(|x| x.0);
        assert_eq!(o("الخامس من"), Some(5));
        assert_eq!(o("الحادي عشر من"), Some(11));
        assert_eq!(o("الثاني والعشرين من"), Some(22));
        assert_eq!(o("العشرين"), Some(20));
        assert_eq!(o("الحادي"), None);
        assert_eq!(o("الخامسة"), None);
    }
}
