//! The tabular (arithmetic) Islamic calendar: 30-year cycle with leap years 2, 5, 7, 10, 13, 16,
//! 18, 21, 24, 26, 29 and the civil epoch (1 Muharram 1 AH = 16 July 622 Julian). Official
//! calendars (Umm al-Qura, sighting) can differ from it by a day or two, so Hijri dates converted
//! here are exact to about ±1 day.

use chrono::{Datelike, NaiveDate};

/// Julian Day Number of 0001-01-01 (proleptic Gregorian) minus one: chrono's day 1.
const JDN_CE_OFFSET: i64 = 1_721_425;
const ISLAMIC_EPOCH_JDN: i64 = 1_948_440;

fn jdn(y: i64, m: i64, d: i64) -> i64 {
    // ceil(29.5 * (m - 1)) months alternate 30 and 29 days from Muharram.
    let month_days = (59 * (m - 1) + 1) / 2;
    d + month_days + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + ISLAMIC_EPOCH_JDN - 1
}

/// Gregorian date of a Hijri date, `None` when out of range or invalid.
pub fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1..=3000).contains(&y) {
        return None;
    }
    if d == 30 && month_len(y, m) < 30 {
        return None;
    }
    let days = jdn(y as i64, m as i64, d as i64) - JDN_CE_OFFSET;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

fn month_len(y: i32, m: u32) -> u32 {
    let a = jdn(y as i64, m as i64, 1);
    let b = if m == 12 {
        jdn(y as i64 + 1, 1, 1)
    } else {
        jdn(y as i64, m as i64 + 1, 1)
    };
    (b - a) as u32
}

/// The Hijri (year, month, day) of a Gregorian date.
pub fn gregorian_to_hijri(g: NaiveDate) -> (i32, u32, u32) {
    let j = g.num_days_from_ce() as i64 + JDN_CE_OFFSET;
    let mut y = ((30 * (j - ISLAMIC_EPOCH_JDN) + 10646) / 10631).max(1);
    while jdn(y + 1, 1, 1) <= j {
        y += 1;
    }
    while y > 1 && jdn(y, 1, 1) > j {
        y -= 1;
    }
    let m = (1..=12).rev().find(|&m| jdn(y, m, 1) <= j).unwrap_or(1);
    (y as i32, m as u32, (j - jdn(y, m, 1) + 1) as u32)
}

/// First and last Gregorian day of a Hijri month.
pub fn hijri_month_window(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = hijri_to_gregorian(y, m, 1)?;
    Some((a, a + chrono::Days::new(month_len(y, m) as u64 - 1)))
}

/// First and last Gregorian day of a Hijri year.
pub fn hijri_year_window(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let a = hijri_to_gregorian(y, 1, 1)?;
    let b = hijri_month_window(y, 12)?.1;
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn known_new_years_within_a_day() {
        // 1 Muharram 1439 was 21 September 2017 (Umm al-Qura); 1 Ramadan 1438 was 27 May 2017.
        let a = hijri_to_gregorian(1439, 1, 1).unwrap();
        assert!((a - d(2017, 9, 21)).num_days().abs() <= 1, "{a}");
        let r = hijri_to_gregorian(1438, 9, 1).unwrap();
        assert!((r - d(2017, 5, 27)).num_days().abs() <= 1, "{r}");
        // 1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 proleptic Gregorian.
        assert_eq!(hijri_to_gregorian(1, 1, 1).unwrap(), d(622, 7, 19));
    }

    #[test]
    fn round_trips() {
        let mut g = d(2000, 1, 1);
        while g < d(2030, 1, 1) {
            let (y, m, dd) = gregorian_to_hijri(g);
            assert_eq!(hijri_to_gregorian(y, m, dd), Some(g));
            g = g + chrono::Days::new(13);
        }
    }

    #[test]
    fn windows_and_invalid() {
        let (a, b) = hijri_year_window(1438).unwrap();
        assert!((350..=356).contains(&(b - a).num_days()));
        assert_eq!(hijri_to_gregorian(1438, 13, 1), None);
        assert_eq!(hijri_to_gregorian(1438, 2, 30), None);
    }
}
