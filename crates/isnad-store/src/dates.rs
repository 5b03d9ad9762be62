//! Cheap publication-date inference for inputs that carry none (UnifiedFC): a date in the URL,
//! else the first explicit date near the top of the text.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    (1990..=2100).contains(&y).then_some(())?;
    NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
}

const MONTHS: &[(&str, u32)] = &[
    ("يناير", 1),
    ("كانون الثاني", 1),
    ("فبراير", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("آذار", 3),
    ("اذار", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("إبريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("أيار", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("حزيران", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("تموز", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("آب", 8),
    ("سبتمبر", 9),
    ("أيلول", 9),
    ("ايلول", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("تشرين الأول", 10),
    ("تشرين الاول", 10),
    ("نوفمبر", 11),
    ("تشرين الثاني", 11),
    ("ديسمبر", 12),
    ("كانون الأول", 12),
    ("كانون الاول", 12),
    // Levantine pages also drop the article: كانون أول، تشرين ثاني.
    ("كانون ثاني", 1),
    ("تشرين أول", 10),
    ("تشرين اول", 10),
    ("تشرين ثاني", 11),
    ("كانون أول", 12),
    ("كانون اول", 12),
];

/// An ISO date (`YYYY-MM-DD`) for an article, from its URL or the first 3000 chars of its text.
pub fn infer_published(url: Option<&str>, text: &str) -> Option<String> {
    infer_published_except(url, text, None)
}

/// Like [`infer_published`], but a date in the text within a day of `crawled` (when the pages
/// were saved) is not taken: it is the site's clock printed in the page header, not the day the
/// article appeared. A date in the URL is always taken.
pub fn infer_published_except(
    url: Option<&str>,
    text: &str,
    crawled: Option<NaiveDate>,
) -> Option<String> {
    static URL: OnceLock<Regex> = OnceLock::new();
    static NUM: OnceLock<Regex> = OnceLock::new();
    static NAMED: OnceLock<Regex> = OnceLock::new();
    if let Some(u) = url {
        let re = URL.get_or_init(|| {
            // 20171113, 2017-11-13, and /2017/6/29/ (one-digit month or day between separators)
            Regex::new(r"(?:^|[^0-9])(20[0-3][0-9])(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12][0-9]|3[01])|[/_-]([1-9]|0[1-9]|1[0-2])[/_-]([1-9]|0[1-9]|[12][0-9]|3[01]))(?:[^0-9]|$)").unwrap()
        });
        if let Some(c) = re.captures(u) {
            let (m, d) = match (c.get(2), c.get(3)) {
                (Some(m), Some(d)) => (m.as_str(), d.as_str()),
                _ => (&c[4], &c[5]),
            };
            if let Some(d) = ymd(c[1].parse().ok()?, m.parse().ok()?, d.parse().ok()?) {
                return Some(d);
            }
        }
        // /time/08.11.2017: day.month.year with dots
        static URL_DMY: OnceLock<Regex> = OnceLock::new();
        let dmy = URL_DMY.get_or_init(|| {
            Regex::new(r"(?:^|[^0-9.])(0?[1-9]|[12][0-9]|3[01])\.(0?[1-9]|1[0-2])\.(20[0-3][0-9])(?:[^0-9.]|$)").unwrap()
        });
        if let Some(c) = dmy.captures(u) {
            if let Some(d) = ymd(c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?) {
                return Some(d);
            }
        }
    }
    let head: String = isnad_text::fold(&text.chars().take(3000).collect::<String>());
    let num = NUM.get_or_init(|| {
        // Separators may be spaced (`23 . 03 . 2017`, `2018 / 01 / 21`): tokenised page dumps.
        Regex::new(r"(?:^|[^0-9])(?:(20[0-3][0-9]) ?[-/.] ?(0?[1-9]|1[0-2]) ?[-/.] ?(0?[1-9]|[12][0-9]|3[01])|(0?[1-9]|[12][0-9]|3[01]) ?[-/.] ?(0?[1-9]|1[0-2]) ?[-/.] ?(20[0-3][0-9]))(?:[^0-9]|$)").unwrap()
    });
    let named = NAMED.get_or_init(|| {
        // Longest names first, so that كانون الثاني is not read as كانون + rest.
        let mut names: Vec<String> = MONTHS.iter().map(|(m, _)| isnad_text::fold(m)).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        let alts: Vec<String> = names.iter().map(|m| regex::escape(m)).collect();
        let alts = alts.join("|");
        // A second name for the month may follow: `26 شباط / فبراير 2017`, `5 أيلول (سبتمبر) 2017`.
        Regex::new(&format!(r"(?:^|[^0-9])(0?[1-9]|[12][0-9]|3[01])\s+(?:من\s+)?({alts})\s*(?:(?:/|-)\s*(?:{alts})\s*)?(?:\([^)]*\)\s*)?,?\s*(?:عام\s+|سنه\s+)?(20[0-3][0-9])")).unwrap()
    });
    // Pages often print the crawl date in their header and the article's own date below it;
    // the earliest full date near the top is the better guess for when the article appeared.
    let mut found: Vec<String> = Vec::new();
    for c in num.captures_iter(&head) {
        let d = if c.get(1).is_some() {
            ymd(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
        } else {
            ymd(c[6].parse().ok()?, c[5].parse().ok()?, c[4].parse().ok()?)
        };
        found.extend(d);
    }
    for c in named.captures_iter(&head) {
        let Some(m) = MONTHS
            .iter()
            .find(|(n, _)| isnad_text::fold(n) == c[2])
            .map(|x| x.1)
        else {
            continue;
        };
        found.extend(ymd(c[3].parse().ok()?, m, c[1].parse().ok()?));
    }
    // ... but not an old date quoted in the page (an archive link, a founding date): only dates
    // within a year of the latest one found count.
    found.retain(|d| d.as_str() >= "2000-01-01");
    if let Some(c) = crawled {
        found.retain(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|x| (x - c).num_days().abs() > 1)
        });
    }
    let latest = found.iter().max()?.clone();
    let floor = NaiveDate::parse_from_str(&latest, "%Y-%m-%d").ok()? - chrono::Duration::days(366);
    found
        .into_iter()
        .filter(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|x| x >= floor))
        .min()
}

/// A date window from a `times[].value` (`2017-11-13`, `2017-11-13T10:00`, `2017-11-10/2017-11-13`,
/// `2017-11`), else from the publication date.
pub fn window(value: Option<&str>, published: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let day = |s: &str| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok();
    if let Some(v) = value {
        if let Some((a, b)) = v.split_once('/') {
            if let (Some(a), Some(b)) = (day(a), day(b)) {
                return Some((a.min(b), a.max(b)));
            }
        } else if let Some(d) = day(v) {
            return Some((d, d));
        } else if v.len() == 7 {
            if let Ok(a) = NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d") {
                let b = a.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
                return Some((a, b));
            }
        }
    }
    published.and_then(day).map(|d| (d, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_url_and_text() {
        assert_eq!(
            infer_published(Some("https://x.com/news/2017/11/13/abc"), ""),
            Some("2017-11-13".into())
        );
        assert_eq!(
            infer_published(Some("https://x.com/a/20180105-abc"), ""),
            Some("2018-01-05".into())
        );
        assert_eq!(
            infer_published(None, "دمشق - الأحد 12 تشرين الثاني 2017 أعلنت"),
            Some("2017-11-12".into())
        );
        assert_eq!(
            infer_published(None, "نشر في 3/4/2018 خبر"),
            Some("2018-04-03".into())
        );
        assert_eq!(
            infer_published(Some("http://www.example.com/arabworld/2017/6/29/abc"), ""),
            Some("2017-06-29".into())
        );
        assert_eq!(
            infer_published(Some("https://mideast.example.com/ar/time/08.11.2017"), ""),
            Some("2017-11-08".into())
        );
        assert_eq!(infer_published(None, "لا تاريخ هنا 12345"), None);
        // spaced separators, a second month name, a month without its article
        assert_eq!(
            infer_published(None, "محدثة 17 : 01 23 . 03 . 2017 ) قطعت وحدات"),
            Some("2017-03-23".into())
        );
        assert_eq!(
            infer_published(None, "اليوم , الأحد 26 شباط / فبراير 2017 , حركة نزوح"),
            Some("2017-02-26".into())
        );
        assert_eq!(
            infer_published(None, "التاريخ : الجمعة 29 كانون أول 2017 , 2 : 51 PM"),
            Some("2017-12-29".into())
        );
        // the page's own clock on the day it was saved is not its publication date …
        let crawled = NaiveDate::from_ymd_opt(2018, 1, 21);
        let header = "تحديث الموقع 2018 / 01 / 21 ميلادي الخبر";
        assert_eq!(infer_published(None, header), Some("2018-01-21".into()));
        assert_eq!(infer_published_except(None, header, crawled), None);
        // … but the article's date next to it is, and so is a date in the URL
        assert_eq!(
            infer_published_except(
                None,
                "Sputnik 21 يناير / كانون الثاني 2018 مباشر 16 : 41 23 . 03 . 2017",
                crawled
            ),
            Some("2017-03-23".into())
        );
        assert_eq!(
            infer_published_except(Some("https://x.com/2018/01/21/a"), header, crawled),
            Some("2018-01-21".into())
        );
        // a page header's crawl date before the article's own date: the earlier one wins
        assert_eq!(
            infer_published(
                None,
                "الأحد , يناير 21 2018 / / مقتل 16 مدنيا الخميس 05 أكتوبر 2017 11 : 10"
            ),
            Some("2017-10-05".into())
        );
        // an old date quoted in the page is not the article's
        assert_eq!(
            infer_published(None, "أرشيف 21/05/2001 | الأحد 5 نوفمبر 2017 الحشد الشعبي"),
            Some("2017-11-05".into())
        );
        assert_eq!(
            window(Some("2017-11-10/2017-11-13"), None)
                .unwrap()
                .1
                .to_string(),
            "2017-11-13"
        );
        assert_eq!(
            window(None, Some("2017-11-13")).unwrap().0.to_string(),
            "2017-11-13"
        );
        assert_eq!(
            window(Some("2017-02"), None).unwrap().1.to_string(),
            "2017-02-28"
        );
    }
}
