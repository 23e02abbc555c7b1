using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Evaluation;
using FaqIndex.Tests.TestSupport;
using Xunit.Abstractions;

namespace FaqIndex.Tests.Search;

/// <summary>The gate on search quality: the evaluation set in tests/eval, over the repository's content, for the engine
/// and for the plain CJK-bigram BM25 baseline (printed side by side).</summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<(FaqSearchEngine Engine, FaqContent Content)> Repo = new(() =>
    {
        var snapshot = FaqSearchEngine.BuildSnapshot(TestPaths.RepoContent, FixedTimeProvider.ContentDay, out var content);
        return (new FaqSearchEngine(snapshot), content);
    });

    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    [Fact]
    public void The_engine_beats_the_gates_on_the_evaluation_set()
    {
        var questions = EvalSet.Load(TestPaths.Eval("questions.tsv"));
        var (engine, content) = Repo.Value;
        var ours = EvalReport.Run("FaqBot search", engine, questions);
        var baseline = EvalReport.Run("CJK-bigram BM25 baseline",
            new BigramBaseline(content.Entries, BigramBaseline.FitThreshold(content.Entries, questions)), questions);
        Print(ours.Summary());
        Print(baseline.Summary());
        foreach (var miss in ours.Misses)
        {
            Print("  " + miss);
        }
        // The gates: top-1 90 %, top-3 97 %, out-of-scope rejected 90 % (docs/SEARCH.md has the cross-validated figures).
        Assert.True(ours.Top1Rate >= MinTop1, ours.Summary());
        Assert.True(ours.Top3Rate >= MinTop3, ours.Summary());
        Assert.True(ours.RejectedRate >= MinRejected, ours.Summary());
        Assert.True(ours.Top1Rate > baseline.Top1Rate, "the engine must beat the bigram baseline on top-1");
    }

    private const double MinTop1 = 0.90;
    private const double MinTop3 = 0.97;
    private const int MaxSeedMisses = 0;
    private const double MinRejected = 0.90;

    [Fact]
    public void Every_seed_000_question_returns_its_entry_first()
    {
        var (engine, _) = Repo.Value;
        var misses = new List<string>();
        foreach (var row in EvalSet.Load(TestPaths.Eval("seed000-questions.tsv")))
        {
            var result = engine.Search(row.Question, Audience.Hr);
            var first = result.Best?.Entry.Id ?? "(none)";
            if (!row.IsRight(first) || result.Status == MatchStatus.NoAnswer)
            {
                misses.Add($"line {row.Line}: expected {string.Join('|', row.Expected)}, got {first} ({result.Status}): {row.Question}");
            }
        }
        foreach (var miss in misses)
        {
            Print(miss);
        }
        // Goal: none. The misses printed above are reported to the content owner (they need the seed wording as an
        // alternate or a sharper question); the bound stops the number from growing.
        Assert.True(misses.Count <= MaxSeedMisses, string.Join('\n', misses));
    }

    [Fact]
    public void Every_expected_id_in_the_evaluation_files_exists()
    {
        var (engine, _) = Repo.Value;
        var unknown = EvalSet.Load(TestPaths.Eval("questions.tsv")).Concat(EvalSet.Load(TestPaths.Eval("seed000-questions.tsv")))
            .SelectMany(row => row.Expected.Select(id => (row.Line, id)))
            .Where(x => engine.GetEntry(x.id) is null)
            .Select(x => $"line {x.Line}: {x.id}")
            .ToList();
        Assert.Empty(unknown);
    }
}
