using System.Diagnostics;
using System.Globalization;
using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Analysis;

namespace FaqBot.Benchmarks;

/// <summary>Where one search's time and allocations go, stage by stage (normalising, the three analyses, building the
/// query, Lucene, the whole rank with confidence features), on the dialog-turn benchmark's questions, one thread.
/// Usage: <c>search-stages [--rounds N]</c>.</summary>
internal static class SearchStagesBenchmark
{
    private static readonly string[] Questions = DialogTurnCostBenchmark.Questions;

    private static readonly string[] Stages =
        ["normalise", "morphological analysis", "bigram analysis", "reading", "reading bigrams", "build query", "Lucene search", "whole rank"];

    public static Task<int> RunAsync(string[] args)
    {
        int rounds = int.Parse(RepoPaths.Option(args, "--rounds") ?? "4000", CultureInfo.InvariantCulture);
        var snapshot = FaqIndexBuilder.Build(Path.Combine(RepoPaths.FindRoot(), "content"), TimeProvider.System, out _);
        var hits = new HitFeatures[8];
        var confidences = new double[8];
        var ticks = new long[Stages.Length];
        var bytes = new long[Stages.Length];
        Run(snapshot, hits, confidences, rounds / 4, ticks, bytes); // warm-up: JIT and per-thread analyzer state
        Array.Clear(ticks);
        Array.Clear(bytes);
        Run(snapshot, hits, confidences, rounds, ticks, bytes);

        Console.WriteLine($"{rounds} rounds over {Questions.Length} questions, one thread, result cache not involved");
        Console.WriteLine("| stage | µs per search | bytes allocated per search |");
        Console.WriteLine("| --- | ---: | ---: |");
        for (int i = 0; i < Stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Stages[i]} | {ticks[i] * 1e6 / Stopwatch.Frequency / rounds:F1} | {bytes[i] / rounds} |"));
        }
        Console.WriteLine("(\"whole rank\" repeats every stage above and adds the confidence features.)");
        return Task.FromResult(0);
    }

    private static void Run(FaqIndexSnapshot snapshot, HitFeatures[] hits, double[] confidences, int rounds, long[] ticks, long[] bytes)
    {
        var analyzers = snapshot.Analyzers;
        var clock = new long[Stages.Length + 1];
        var allocated = new long[Stages.Length + 1];
        for (int round = 0; round < rounds; round++)
        {
            var question = Questions[round % Questions.Length];
            int k = 0;
            Mark(clock, allocated, k++);
            var text = QueryText.Normalize(question);
            Mark(clock, allocated, k++);
            var morphological = AnalyzedTerms.Analyze(analyzers.MorphologicalQuery, FaqIndexFields.Question, text);
            Mark(clock, allocated, k++);
            var bigram = AnalyzedTerms.Analyze(analyzers.BigramQuery, FaqIndexFields.Bigram, text);
            Mark(clock, allocated, k++);
            var readingText = analyzers.Reading.Of(text);
            Mark(clock, allocated, k++);
            var reading = AnalyzedTerms.Analyze(analyzers.Bigram, FaqIndexFields.Reading, readingText);
            Mark(clock, allocated, k++);
            var query = FaqQueryBuilder.Build(morphological, bigram, reading, snapshot.Tuning, snapshot.Vocabulary);
            Mark(clock, allocated, k++);
            GC.KeepAlive(snapshot.Searcher.Search(query, snapshot.MemberFilter, hits.Length));
            Mark(clock, allocated, k++);
            FaqSearchEngine.Rank(snapshot, question, Audience.Member, hits, confidences);
            Mark(clock, allocated, k);
            for (int i = 0; i < Stages.Length; i++)
            {
                ticks[i] += clock[i + 1] - clock[i];
                bytes[i] += allocated[i + 1] - allocated[i];
            }
        }
    }

    private static void Mark(long[] clock, long[] allocated, int stage)
    {
        allocated[stage] = GC.GetAllocatedBytesForCurrentThread();
        clock[stage] = Stopwatch.GetTimestamp();
    }
}
