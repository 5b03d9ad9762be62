//! Extraction speed on the bundled sample articles (MB/s of Arabic text), and on the UnifiedFC
//! corpus when `../shared` is present (`ISNAD_BENCH_CORPUS=path/to/ufc.jsonl` to choose a file).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use isnad_extract::Extractor;
use isnad_schema::Article;

fn load(jsonl: &str) -> Vec<Article> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let ex = Extractor::bundled();
    let samples = load(include_str!("../../../samples/articles.jsonl"));
    let bytes: usize = samples.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("samples", |b| {
        b.iter(|| {
            samples
                .iter()
                .map(|a| ex.analyse(a).statements.len())
                .sum::<usize>()
        })
    });
    let corpus = std::env::var("ISNAD_BENCH_CORPUS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    if let Some(text) = corpus {
        // A slice of the corpus keeps one iteration short.
        let arts: Vec<Article> = load(&text).into_iter().take(200).collect();
        let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_function("corpus-200", |b| {
            b.iter(|| {
                arts.iter()
                    .map(|a| ex.analyse(a).claims.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
