using System.Buffers;
using System.Diagnostics;
using System.Text;
using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.Dict;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqBot.Benchmarks;

/// <summary>Japanese tokenizer vs MeCab on the same text in the same run (Stopwatch, best of N), plus dictionary
/// load time, managed memory and allocation per token. Options: [--megabytes 5] [--runs 3].</summary>
internal static class JapaneseTokenizerBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var megabytes = Option(args, "--megabytes", 5);
        var runs = Option(args, "--runs", 3);

        // Dictionary load: first load in this process (cold, includes JIT), then warm reloads; managed bytes retained.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var loaded = SystemDictionary.Load();
        var coldLoad = watch.Elapsed.TotalMilliseconds;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(loaded);
        var warmLoad = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            GC.KeepAlive(SystemDictionary.Load());
            warmLoad = Math.Min(warmLoad, watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"dictionary load (embedded resources): cold {coldLoad:F0} ms, warm {warmLoad:F0} ms, managed {retained / 1048576.0:F1} MiB");
        var folder = Path.Combine(Path.GetTempPath(), $"faqbot-dict-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "CharacterDefinition", "UnknownDictionary", "ConnectionCosts", "TokenInfoDictionary" })
        {
            using var resource = typeof(SystemDictionary).Assembly.GetManifestResourceStream("FaqIndex.Analysis.Japanese.Dict." + name + ".bin")!;
            using var target = File.Create(Path.Combine(folder, name + ".bin"));
            resource.CopyTo(target);
        }
        var fileLoad = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            GC.KeepAlive(SystemDictionary.LoadFrom(folder));
            fileLoad = Math.Min(fileLoad, watch.Elapsed.TotalMilliseconds);
        }
        Directory.Delete(folder, recursive: true);
        Console.WriteLine($"dictionary load (files beside, page cache warm): {fileLoad:F0} ms");

        var corpus = File.ReadAllLines(FindCorpus());
        var lines = new List<string>();
        long chars = 0;
        while (Encoding.UTF8.GetByteCount(string.Join('\n', lines)) < megabytes * 1_000_000L && chars < megabytes * 1_000_000L)
        {
            foreach (var line in corpus)
            {
                lines.Add(line);
                chars += line.Length;
            }
        }
        var file = Path.Combine(Path.GetTempPath(), $"faqbot-bench-{Environment.ProcessId}.txt");
        File.WriteAllText(file, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        Console.WriteLine($"text: {lines.Count} lines, {chars:N0} chars, {new FileInfo(file).Length:N0} bytes UTF-8");

        try
        {
            var mecab = Best(runs, () => RunMecab(file));
            var formatter = new MecabFormatter();
            var bytes = new ArrayBufferWriter<byte>(1 << 17);
            var ours = Best(runs, () =>
            {
                var w = Stopwatch.StartNew();
                foreach (var line in lines)
                {
                    // UTF-8 into a buffer that is emptied every 64 KiB, as the tokenize verb does before each write.
                    formatter.WriteLine(line, bytes);
                    if (bytes.WrittenCount >= 1 << 16)
                    {
                        bytes.ResetWrittenCount();
                    }
                }
                return w.Elapsed.TotalSeconds;
            });
            long tokens = 0;
            long allocated = 0;
            var lucene = Best(runs, () =>
            {
                var w = Stopwatch.StartNew();
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                tokens = 0;
                using var tokenizer = new JapaneseTokenizer(new StringReader(""), null, false, JapaneseTokenizerMode.Normal);
                var term = tokenizer.GetAttribute<ICharTermAttribute>();
                foreach (var line in lines)
                {
                    tokenizer.SetReader(new StringReader(line));
                    tokenizer.Reset();
                    while (tokenizer.IncrementToken())
                    {
                        tokens++;
                    }
                    tokenizer.End();
                    tokenizer.Dispose();
                }
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                return w.Elapsed.TotalSeconds;
            });
            Console.WriteLine($"mecab (process, output to /dev/null): {chars / mecab / 1e6:F2} M chars/s ({mecab:F2} s)");
            Console.WriteLine($"ours, MeCab format as UTF-8 to a buffer: {chars / ours / 1e6:F2} M chars/s ({ours:F2} s) = {mecab / ours:F2}x mecab");
            Console.WriteLine($"ours, JapaneseTokenizer (Lucene):      {chars / lucene / 1e6:F2} M chars/s ({lucene:F2} s) = {mecab / lucene:F2}x mecab");
            Console.WriteLine($"allocation: {allocated / (double)tokens:F1} bytes/token over {tokens:N0} tokens (includes one StringReader per line)");
        }
        finally
        {
            File.Delete(file);
        }
        return Task.FromResult(0);
    }

    private static double RunMecab(string file)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"mecab < '{file}' > /dev/null");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("mecab failed (install mecab and mecab-ipadic-utf8): " + error);
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static double Best(int runs, Func<double> run)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            best = Math.Min(best, run());
        }
        return best;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "FaqIndex.Tests", "TestData", "analysis", "corpus.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/FaqIndex.Tests/TestData/analysis/corpus.txt not found above " + AppContext.BaseDirectory);
    }
}
