using FaqIndex.Search;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Prints the per-kind outcome tables of tests/eval/tuning.tsv and heldout.tsv for the engine next to the plain
/// CJK-bigram BM25 baseline (its threshold fitted on the tuning half), as docs/SEARCH.md shows them. Not a latency
/// benchmark. Usage: <c>search-eval [--content DIR] [--eval DIR] [--failures tuning|heldout]</c>.</summary>
internal static class SearchEvaluation
{
    public static Task<int> RunAsync(string[] args)
    {
        var repo = RepoPaths.FindRoot();
        var contentRoot = RepoPaths.Option(args, "--content") ?? Path.Combine(repo, "content");
        var evalDir = RepoPaths.Option(args, "--eval") ?? Path.Combine(repo, "tests", "eval");
        var failures = RepoPaths.Option(args, "--failures");
        var snapshot = FaqSearchEngine.BuildSnapshot(contentRoot, TimeProvider.System, out var content);
        var engine = new FaqSearchEngine(snapshot, resultCacheCapacity: 0);
        var tuning = EvalSet.Load(Path.Combine(evalDir, "tuning.tsv"));
        var baseline = new BigramBaseline(content.Entries, BigramBaseline.FitThreshold(content.Entries, tuning));
        foreach (var half in new[] { "tuning", "heldout" })
        {
            var questions = half == "tuning" ? tuning : EvalSet.Load(Path.Combine(evalDir, "heldout.tsv"));
            var ours = OutcomeReport.Run("FaqBot", engine, questions);
            var theirs = OutcomeReport.Run("bigram BM25", baseline, questions);
            Console.WriteLine($"## {half} ({questions.Count} questions)");
            Console.WriteLine(ours.Summary());
            Console.WriteLine(theirs.Summary());
            Console.WriteLine();
            Console.WriteLine(ours.Table(theirs));
            if (failures == half)
            {
                foreach (var failure in ours.Failures)
                {
                    Console.WriteLine("  " + failure);
                }
            }
        }
        return Task.FromResult(0);
    }
}
