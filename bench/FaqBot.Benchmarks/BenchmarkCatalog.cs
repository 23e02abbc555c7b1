namespace FaqBot.Benchmarks;

/// <summary>Maps a benchmark name on the command line to the code that runs it.</summary>
internal static class BenchmarkCatalog
{
    // One line per benchmark; each lives in its own file.
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["japanese-tokenizer"] = JapaneseTokenizerBenchmark.RunAsync,
        ["analyzer"] = AnalyzerChainBenchmark.RunAsync,
        ["turns"] = TurnThroughputBenchmark.RunAsync,
        ["search-tune"] = SearchTuning.RunAsync,
        ["search-eval"] = SearchEvaluation.RunAsync,
        ["examples-cv"] = ExamplesCrossValidation.RunAsync,
        ["search-explain"] = SearchExplain.RunAsync,
        ["search-latency"] = SearchLatencyBenchmark.RunAsync,
        ["dialog-turn"] = DialogTurnCostBenchmark.RunAsync,
        ["cold-start"] = ColdStartBenchmark.RunAsync,
        ["search-stages"] = SearchStagesBenchmark.RunAsync,
        ["tokenize-cli"] = TokenizeCliBenchmark.RunAsync,
        ["scale-out"] = ScaleOutBenchmark.RunAsync,
        ["flood"] = FloodBenchmark.RunAsync,
        ["reload-latency"] = ReloadLatencyBenchmark.RunAsync,
        ["memory-breakdown"] = MemoryBreakdownBenchmark.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: FaqBot.Benchmarks <" + string.Join("|", Benchmarks.Keys) + "> [options]");
            return 2;
        }
        return await run(args[1..]);
    }
}
