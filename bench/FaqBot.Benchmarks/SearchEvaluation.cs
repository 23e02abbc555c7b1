using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Prints the per-kind outcome tables of tests/eval/tuning.tsv and heldout.tsv for the engine next to the plain
/// CJK-bigram BM25 baseline (its threshold fitted on the tuning half), as docs/SEARCH.md shows them. Not a latency
/// benchmark. <c>--curve</c> adds the trade-off curve: the outcomes of both halves as the answered threshold moves.
/// Usage: <c>search-eval [--content DIR] [--eval DIR] [--half tuning] [--failures tuning] [--curve]</c>. <c>--half tuning</c>
/// prints the tuning half alone (and its curve), so work in progress never shows held-out figures.</summary>
internal static class SearchEvaluation
{
    public static Task<int> RunAsync(string[] args)
    {
        var repo = RepoPaths.FindRoot();
        var contentRoot = RepoPaths.Option(args, "--content") ?? Path.Combine(repo, "content");
        var evalDir = RepoPaths.Option(args, "--eval") ?? Path.Combine(repo, "tests", "eval");
        var failures = RepoPaths.Option(args, "--failures");
        var only = RepoPaths.Option(args, "--half");
        var snapshot = FaqIndexBuilder.Build(contentRoot, TimeProvider.System, out _);
        var engine = new FaqSearchEngine(snapshot, resultCacheCapacity: 0);
        var tuning = EvalSet.Load(Path.Combine(evalDir, "tuning.tsv"));
        var baseline = new BigramBaseline(snapshot.Entries, BigramBaseline.FitThreshold(snapshot.Entries, tuning));
        foreach (var half in new[] { "tuning", "heldout" }.Where(h => only is null || only == h))
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
        // The old set's gates (top-1 90 %, top-3 97 %, rejected 90 %) and the seed-000 rows, which must stay green too.
        var old = EvalReport.Run("FaqBot (questions.tsv)", engine, EvalSet.Load(Path.Combine(evalDir, "questions.tsv")));
        Console.WriteLine(old.Summary());
        var seed = EvalSet.Load(Path.Combine(evalDir, "seed000-questions.tsv"));
        int seedFirst = seed.Count(row => engine.Search(row.Question, Audience.Hr) is { Status: not MatchStatus.NoAnswer, Best: { } best } && row.IsRight(best.Entry.Id));
        Console.WriteLine($"seed 000: {seedFirst}/{seed.Count} first and not refused");
        if (args.Contains("--curve"))
        {
            var heldOut = EvalSet.Load(Path.Combine(evalDir, "heldout.tsv"));
            var withHeldOut = only is null || only == "heldout";
            Console.WriteLine("| answered threshold | tuning: direct right / ask / wrong direct / declined |" + (withHeldOut ? " held-out: direct right / ask / wrong direct / declined |" : ""));
            Console.WriteLine("| ---: | --- |" + (withHeldOut ? " --- |" : ""));
            var chosen = Math.Round(snapshot.Tuning.AnsweredThreshold, 3);
            foreach (var threshold in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 }.Append(chosen).Distinct().Order())
            {
                var moved = new FaqSearchEngine(snapshot.WithTuning(snapshot.Tuning with { AnsweredThreshold = threshold }), resultCacheCapacity: 0);
                var t = OutcomeReport.Run("t", moved, tuning).Total;
                var row = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"| {threshold:0.00}{(threshold == chosen ? " (chosen)" : "")} | {t.DirectRate:P1} / {t.AskRate:P1} / {t.WrongRate:P1} / {t.DeclinedRate:P1} |");
                if (withHeldOut)
                {
                    var h = OutcomeReport.Run("h", moved, heldOut).Total;
                    row += string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $" {h.DirectRate:P1} / {h.AskRate:P1} / {h.WrongRate:P1} / {h.DeclinedRate:P1} |");
                }
                Console.WriteLine(row);
            }
        }
        return Task.FromResult(0);
    }
}
