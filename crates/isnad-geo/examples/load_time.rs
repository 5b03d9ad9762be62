//! Load-time benchmark of the bundled gazetteer: builds it N times (default 20) and prints the
//! minimum and median, and the time to locate places in a news paragraph.
//!
//! `cargo run --release -p isnad-geo --example load_time [N]`

use std::time::{Duration, Instant};

use isnad_geo::Gazetteer;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let mut times: Vec<Duration> = Vec::with_capacity(n);
    let mut g = Gazetteer::empty();
    for _ in 0..n.max(1) {
        let t = Instant::now();
        g = Gazetteer::bundled();
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "bundled gazetteer: {} places, {} names; load min {:?}, median {:?} over {} runs",
        g.len(),
        g.name_count(),
        times[0],
        times[times.len() / 2],
        times.len()
    );
    let text = isnad_text::fold(
        "قال المرصد إن القوات الحكومية سيطرت على مدينة البوكمال في ريف دير الزور الشرقي قرب \
         الحدود العراقية، بعد معارك مع تنظيم داعش في البادية السورية، فيما قصفت طائرات روسية \
         مواقع في ريف إدلب الجنوبي وخان شيخون انطلاقا من قاعدة حميميم.",
    );
    let t = Instant::now();
    let reps = 1000;
    let mut found = 0;
    for _ in 0..reps {
        found = g.locate(&text).len();
    }
    println!(
        "locate: {found} mentions in a {}-byte paragraph, {:?} per call",
        text.len(),
        t.elapsed() / reps
    );
}
