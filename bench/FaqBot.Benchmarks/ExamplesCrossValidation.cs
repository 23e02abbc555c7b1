using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Experiment (docs/SEARCH.md "Session 8"): what labelled member questions added to their entries' alternates do
/// to questions not among them, by two-fold cross-validation inside the tuning half; never reads heldout.tsv.
/// Usage: <c>examples-cv [--with-old] [--failures]</c>; <c>--with-old</c> also teaches questions.tsv's rows.</summary>
internal static class ExamplesCrossValidation
{
    public static Task<int> RunAsync(string[] args)
    {
        var repo = RepoPaths.FindRoot();
        var contentRoot = Path.Combine(repo, "content");
        var tuning = EvalSet.Load(Path.Combine(repo, "tests", "eval", "tuning.tsv"));
        var time = TimeProvider.System;
        var content = new FaqContentLoader(time).Load(contentRoot);
        var day = TokyoCalendar.Today(time);
        var entries = content.EntriesOn(day);
        var analyzers = FaqAnalyzers.Create(content, new List<ContentDiagnostic>());
        var folds = new[] { new List<EvalQuestion>(), new List<EvalQuestion>() };
        // Stratified by entry and kind like the halves: each group's rows alternate between the folds, and the fold
        // that takes a group's first row alternates from group to group (ordinal order, so every run splits alike).
        int start = 0;
        foreach (var group in tuning.GroupBy(q => string.Join("|", q.Expected) + "\t" + q.Note).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int i = start++;
            foreach (var q in group.OrderBy(q => q.Line))
            {
                folds[i++ % 2].Add(q);
            }
        }
        // --with-old adds questions.tsv's rows (written alongside the content) to every fold's labelled questions.
        var old = args.Contains("--with-old") ? EvalSet.Load(Path.Combine(repo, "tests", "eval", "questions.tsv")) : [];
        for (int f = 0; f < 2; f++)
        {
            var train = folds[1 - f].Concat(old).ToList();
            var test = folds[f];
            var plain = new FaqSearchEngine(FaqIndexBuilder.Build(entries, analyzers), resultCacheCapacity: 0);
            var extra = entries.Select(e => e with
            {
                Alternates = e.Alternates.Concat(train.Where(q => !q.OutOfScope && q.Expected[0] == e.Id).Select(q => q.Question)).ToArray(),
            }).ToArray();
            var taught = new FaqSearchEngine(FaqIndexBuilder.Build(extra, analyzers), resultCacheCapacity: 0);
            var a = OutcomeReport.Run("plain", plain, test);
            var b = OutcomeReport.Run("taught", taught, test);
            Console.WriteLine($"fold {f}: train {train.Count} test {test.Count}");
            Console.WriteLine("  " + a.Summary());
            Console.WriteLine("  " + b.Summary());
            if (args.Contains("--failures"))
            {
                foreach (var failure in b.Failures) Console.WriteLine("    " + failure);
            }
        }
        return Task.FromResult(0);
    }
}
