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
        var snapshot = FaqSearchEngine.BuildSnapshot(TestPaths.RepoContent, FixedTimeProvider.FixtureDay, out var content);
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
        Assert.True(ours.Top1Rate >= 0.90, ours.Summary());
        Assert.True(ours.Top3Rate >= 0.97, ours.Summary());
        Assert.True(ours.RejectedRate >= 0.90, ours.Summary());
    }
}
