using System.Diagnostics;
using System.Globalization;
using FaqIndex.Analysis.Japanese;
using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace FaqBot.Benchmarks;

/// <summary>Cost of the JapaneseAnalyzer chain (CharFilters and filters) over the bare JapaneseTokenizer on the same
/// text in the same run: chars/s of each, their ratio, and managed bytes allocated per token.</summary>
internal static class AnalyzerChainBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        string text = LoadText(1_000_000);
        var bare = Analyzer.NewAnonymous((_, reader) =>
            new TokenStreamComponents(new JapaneseTokenizer(reader, null, discardPunctuation: false, JapaneseTokenizerMode.Search)));
        var full = new JapaneseAnalyzer(LuceneVersion.LUCENE_48);

        Measure(bare, text);
        Measure(full, text);
        var bareTimes = new List<double>();
        var fullTimes = new List<double>();
        (int Tokens, long Bytes) bareLast = default, fullLast = default;
        for (int round = 0; round < rounds; round++)
        {
            (double seconds, int tokens, long bytes) = Measure(bare, text);
            bareTimes.Add(seconds);
            bareLast = (tokens, bytes);
            (seconds, tokens, bytes) = Measure(full, text);
            fullTimes.Add(seconds);
            fullLast = (tokens, bytes);
        }
        double bareRate = text.Length / Median(bareTimes);
        double fullRate = text.Length / Median(fullTimes);
        Console.WriteLine($"text: {text.Length:N0} chars (content/faq repeated), {rounds} rounds, median");
        Console.WriteLine($"bare JapaneseTokenizer (search mode): {bareRate:N0} chars/s, {bareLast.Tokens:N0} tokens, {(double)bareLast.Bytes / bareLast.Tokens:F1} B/token");
        Console.WriteLine($"JapaneseAnalyzer (full chain):       {fullRate:N0} chars/s, {fullLast.Tokens:N0} tokens, {(double)fullLast.Bytes / fullLast.Tokens:F1} B/token");
        Console.WriteLine($"ratio full/bare: {fullRate / bareRate:F2}");
        return Task.FromResult(0);
    }

    private static (double Seconds, int Tokens, long Bytes) Measure(Analyzer analyzer, string text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        using TokenStream stream = analyzer.GetTokenStream("body", new StringReader(text));
        stream.Reset();
        int tokens = 0;
        while (stream.IncrementToken())
        {
            tokens++;
        }
        stream.End();
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, tokens, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>The FAQ content of the repository, repeated to at least <paramref name="minimum"/> chars.</summary>
    private static string LoadText(int minimum)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "FaqBot.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        if (dir == null)
        {
            throw new InvalidOperationException("Run from inside the repository: FaqBot.sln not found above " + AppContext.BaseDirectory);
        }
        string corpus = string.Concat(Directory.GetFiles(Path.Combine(dir, "content", "faq"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var text = new System.Text.StringBuilder(minimum + corpus.Length);
        while (text.Length < minimum)
        {
            text.Append(corpus);
        }
        return text.ToString();
    }
}
