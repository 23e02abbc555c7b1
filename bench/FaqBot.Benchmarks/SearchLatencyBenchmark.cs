using System.Diagnostics;
using System.Globalization;
using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Per-question latency of <see cref="FaqSearchEngine.Search"/> (analysis, Lucene BM25, confidence) over the
/// evaluation questions, against the plain CJK-bigram BM25 baseline in the same run: p50, p99 and the ratio; the engine
/// both without its result cache (every question searched) and with it (every question asked before).
/// Usage: <c>search-latency [--rounds N]</c>.</summary>
internal static class SearchLatencyBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        int rounds = int.Parse(RepoPaths.Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        var repo = RepoPaths.FindRoot();
        var snapshot = FaqIndexBuilder.Build(Path.Combine(repo, "content"), TimeProvider.System, out var content);
        var engine = new FaqSearchEngine(snapshot, resultCacheCapacity: 0);
        var cached = new FaqSearchEngine(snapshot);
        var questions = EvalSet.Load(Path.Combine(repo, "tests", "eval", "questions.tsv"));
        var baseline = new BigramBaseline(snapshot.Entries, BigramBaseline.FitThreshold(snapshot.Entries, questions));

        // Warm-up: JIT, analyzer per-thread state, Lucene caches.
        Measure(engine, questions, 2);
        Measure(baseline, questions, 2);
        Measure(cached, questions, 2);
        var ours = Measure(engine, questions, rounds);
        var theirs = Measure(baseline, questions, rounds);
        var repeated = Measure(cached, questions, rounds);

        Console.WriteLine($"{questions.Count} questions x {rounds} rounds, {snapshot.Entries.Count} entries, one thread");
        Report("FaqBot search", ours);
        Report("CJK-bigram BM25 baseline", theirs);
        Report("FaqBot, asked before", repeated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio ours/baseline: p50 {Percentiles.At(ours, 0.50) / Percentiles.At(theirs, 0.50):0.00}x, p99 {Percentiles.At(ours, 0.99) / Percentiles.At(theirs, 0.99):0.00}x"));
        return Task.FromResult(0);
    }

    private static double[] Measure(IFaqSearcher searcher, IReadOnlyList<EvalQuestion> questions, int rounds)
    {
        var times = new double[questions.Count * rounds];
        int n = 0;
        long ticks = 0;
        for (int round = 0; round < rounds; round++)
        {
            foreach (var row in questions)
            {
                long start = Stopwatch.GetTimestamp();
                var result = searcher.Search(row.Question, row.Audience);
                long elapsed = Stopwatch.GetTimestamp() - start;
                ticks += result.Hits.Count;
                times[n++] = elapsed * 1000.0 / Stopwatch.Frequency;
            }
        }
        GC.KeepAlive(ticks);
        Array.Sort(times);
        return times;
    }

    private static void Report(string name, double[] sorted) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-26} p50 {Percentiles.At(sorted, 0.50):0.000} ms   p99 {Percentiles.At(sorted, 0.99):0.000} ms   max {sorted[^1]:0.000} ms"));
}
