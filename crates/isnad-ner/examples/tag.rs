//! Tags text from stdin, one mention a line: `KIND<TAB>score<TAB>text` (original text).
//!
//! ```sh
//! echo 'وقال الكاتب سليم العباسي إن الوضع صعب.' | cargo run --release -p isnad-ner --example tag
//! ```

use isnad_ner::Ner;
use isnad_text::Normalized;
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let n = Normalized::new(&text);
    let explain = std::env::args().any(|a| a == "--explain");
    for m in Ner::bundled().tag(&n) {
        let (s, e) = n.orig_span(m.start, m.end);
        println!("{}\t{:.2}\t{}", m.kind.as_str(), m.score, n.orig_text(s, e));
    }
    if explain {
        for (tok, label, ws) in Ner::bundled().explain(&n, &[]) {
            println!("{tok}\t{label}\t{ws:?}");
        }
    }
}
