using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Search.Understanding;

namespace FaqBot.Benchmarks;

/// <summary>Shows why a question ranks as it does (for debugging on the tuning half, never on held-out rows): for each
/// line of standard input (<c>question[TAB]member|hr</c>) the rewritten text, its positions per query field and the candidates with their confidence
/// and features. Not a latency benchmark. Usage: <c>search-explain &lt; questions.txt</c>.</summary>
internal static class SearchExplain
{
    public static Task<int> RunAsync(string[] args)
    {
        var repo = RepoPaths.FindRoot();
        var snapshot = FaqIndexBuilder.Build(RepoPaths.Option(args, "--content") ?? Path.Combine(repo, "content"), TimeProvider.System, out _);
        var hits = new HitFeatures[8];
        var confidences = new double[8];
        while (Console.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            var audience = parts.Length > 1 && parts[1] == "hr" ? Audience.Hr : Audience.Member;
            Console.WriteLine($"Q: {parts[0]}");
            var rewritten = QueryRewriter.Rewrite(QueryText.Normalize(parts[0]));
            Console.WriteLine($"R: {rewritten}");
            // Positions per query field: a long message must not lose its question sentence to the position limit.
            var analyzers = snapshot.Analyzers;
            Console.WriteLine($"P: words={AnalyzedTerms.Analyze(analyzers.MorphologicalQuery, FaqIndexFields.Question, rewritten).GroupCount} " +
                $"bigrams={AnalyzedTerms.Analyze(analyzers.BigramQuery, FaqIndexFields.Bigram, rewritten).GroupCount} " +
                $"reading bigrams={AnalyzedTerms.Analyze(analyzers.Bigram, FaqIndexFields.Reading, analyzers.Reading.Of(rewritten)).GroupCount}");
            int count = FaqSearchEngine.Rank(snapshot, parts[0], audience, hits, confidences, out var d);
            for (int i = 0; i < count; i++)
            {
                var h = hits[i];
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  {confidences[i]:0.000} {snapshot.EntryArray[h.Document].Id,-28} bm25={h.Score:0.00} question={h.QuestionCoverage:0.00} answer={h.AnswerCoverage:0.00} bigram={h.BigramCoverage:0.00} reading={h.ReadingCoverage:0.00} phrasing={h.PhrasingSimilarity:0.00} margin={h.Margin:0.00} agreement={h.Agreement:0.00}"));
            }
            if (count > 0)
            {
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  decision: scope={d.Probability(snapshot.Tuning.ScopeWeights):0.000} answer={d.AnswerProbability(snapshot.Tuning.AnswerWeights):0.000} twin={d.Twin:0.00} best-word={d.BestEvidence:0.00} runner-up-word={d.RunnerUpEvidence:0.00} uncovered={d.Uncovered:0.00}"));
            }
        }
        return Task.FromResult(0);
    }
}
