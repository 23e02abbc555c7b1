using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace FaqBot.Benchmarks;

/// <summary>The `tokenize` verb as a whole process against `mecab` on the same large real Japanese text in the same run:
/// `cmd &lt; corpus &gt; file`, alternating, wall and CPU time (user + system) of each process, start-up (empty input)
/// measured apart, and the two outputs compared byte for byte. The text is Debian's Japanese man pages
/// (manpages-ja) with the roff markup stripped, or any UTF-8 file. Usage:
/// <c>tokenize-cli [--runs 5] [--corpus FILE] [--save-corpus FILE] [--published DIR]</c> (<c>--save-corpus</c> keeps the
/// man-page text for later runs and for profiling by hand).</summary>
internal static partial class TokenizeCliBenchmark
{
    private const string ManPages = "/usr/share/man/ja";

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(RepoPaths.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var folder = RepoPaths.Option(args, "--published") ?? AppContext.BaseDirectory;
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "faqbot-tokenize-cli-" + Environment.ProcessId)).FullName;
        try
        {
            var corpus = RepoPaths.Option(args, "--corpus");
            if (corpus is null)
            {
                if (!Directory.Exists(ManPages))
                {
                    Console.Error.WriteLine($"{ManPages} not found: apt-get install manpages-ja (or pass --corpus FILE)");
                    return 1;
                }
                corpus = Path.Combine(work, "manpages-ja.txt");
                var pages = WriteManPageCorpus(corpus);
                Console.WriteLine($"# text: Debian manpages-ja, {pages} pages under {ManPages}, roff markup stripped, lines with kana or kanji");
                if (RepoPaths.Option(args, "--save-corpus") is { } saved)
                {
                    File.Copy(corpus, saved, overwrite: true);
                }
            }
            var text = await File.ReadAllTextAsync(corpus);
            var chars = text.Length;
            var lines = text.Count(c => c == '\n');
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# {lines:N0} lines, {chars:N0} chars, {new FileInfo(corpus).Length:N0} bytes UTF-8; {runs} runs each, alternating; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));
            var faqbotDll = Path.Combine(folder, "FaqBot.dll");
            Console.WriteLine($"# FaqBot: dotnet {faqbotDll} tokenize; mecab: {Which("mecab")} ({MecabDictionary()})");

            var peers = new (string Name, string Command)[]
            {
                ("mecab", "exec mecab"),
                ("FaqBot tokenize", $"exec dotnet '{faqbotDll}' tokenize"),
            };
            var startup = peers.Select(_ => new List<Sample>()).ToArray();
            var whole = peers.Select(_ => new List<Sample>()).ToArray();
            var outputs = peers.Select((_, i) => Path.Combine(work, $"out{i}.txt")).ToArray();
            // One untimed run each first: the page cache holds both programs and the text before anything is timed.
            for (var p = 0; p < peers.Length; p++)
            {
                Run(peers[p].Command, corpus, outputs[p]);
            }
            var differences = CountDifferentLines(outputs[0], outputs[1], out var firstDifference);
            for (var run = 0; run < runs; run++)
            {
                for (var p = 0; p < peers.Length; p++)
                {
                    startup[p].Add(Run(peers[p].Command, "/dev/null", "/dev/null"));
                    whole[p].Add(Run(peers[p].Command, corpus, outputs[p]));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| process | start-up, empty input: wall / CPU | whole text: wall | M chars/s | CPU (user+sys) | M chars/CPU s |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            for (var p = 0; p < peers.Length; p++)
            {
                var s = Median(startup[p]);
                var w = Median(whole[p]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {peers[p].Name} | {s.Wall * 1000:F0} ms / {s.Cpu * 1000:F0} ms | {w.Wall:F2} s | {chars / w.Wall / 1e6:F2} | {w.Cpu:F2} s | {chars / w.Cpu / 1e6:F2} |"));
            }
            var mecab = Median(whole[0]);
            var ours = Median(whole[1]);
            var mecabStart = Median(startup[0]);
            var oursStart = Median(startup[1]);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput, whole process: {mecab.Wall / ours.Wall:F2}x mecab by wall time, {mecab.Cpu / ours.Cpu:F2}x by CPU time"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput, start-up taken off each: {(mecab.Wall - mecabStart.Wall) / (ours.Wall - oursStart.Wall):F2}x by wall time, {(mecab.Cpu - mecabStart.Cpu) / (ours.Cpu - oursStart.Cpu):F2}x by CPU time"));
            Console.WriteLine($"output lines that differ from mecab: {differences}" + (firstDifference is null ? "" : $" (first: {firstDifference})"));
            return differences == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Concatenates the Japanese man pages (sorted by path, links skipped) as plain lines: roff requests dropped except the
    /// text of headings and font macros, inline escapes removed, comments cut, only lines with kana or kanji kept.</summary>
    private static int WriteManPageCorpus(string path)
    {
        // A page reachable under several names is a symbolic link: read each page once.
        var files = Directory.GetFiles(ManPages, "*.gz", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).LinkTarget is null).ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var pages = 0;
        foreach (var file in files)
        {
            string page;
            try
            {
                using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, strict);
                page = reader.ReadToEnd();
            }
            catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
            {
                continue; // not gzip or not UTF-8: not part of the text
            }
            pages++;
            foreach (var raw in page.Split('\n'))
            {
                var line = raw;
                var comment = line.IndexOf("\\\"", StringComparison.Ordinal);
                if (comment >= 0)
                {
                    line = line[..comment];
                }
                if (line.StartsWith('.') || line.StartsWith('\''))
                {
                    var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || !TextMacros.Contains(parts[0][1..]))
                    {
                        continue;
                    }
                    line = parts[1].Replace("\"", "", StringComparison.Ordinal);
                }
                line = Escape().Replace(line, "").Replace("\\-", "-", StringComparison.Ordinal)
                    .Replace("\\e", "\\", StringComparison.Ordinal).Replace("\\ ", " ", StringComparison.Ordinal).Trim();
                if (Japanese().IsMatch(line))
                {
                    output.WriteLine(line);
                }
            }
        }
        return pages;
    }

    private static readonly HashSet<string> TextMacros = ["SH", "SS", "B", "I", "BR", "IR", "RB", "BI", "IB", "RI", "TP", "IP"];

    // Font changes (\fB, \f(CW, \f[B]), size changes, special characters (\(em), strings (\*(Tm) and the zero-width
    // escapes (\& \, \/ \| \^ \% \:).
    [GeneratedRegex(@"\\(f(\[[^\]]*\]|\(..|.)|s[+-]?\d|\(..|\*(\(..|\[[^\]]*\]|.)|[&,/|^%:])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[\u3040-\u30ff\u4e00-\u9fff]")]
    private static partial Regex Japanese();

    private readonly record struct Sample(double Wall, double Cpu);

    private static Sample Run(string command, string input, string output)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{command} < '{input}' > '{output}'");
        var before = ChildrenCpuSeconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {error}");
        }
        return new Sample(wall, ChildrenCpuSeconds() - before);
    }

    private static Sample Median(List<Sample> samples)
    {
        var walls = samples.Select(s => s.Wall).Order().ToArray();
        var cpus = samples.Select(s => s.Cpu).Order().ToArray();
        return new Sample(walls[walls.Length / 2], cpus[cpus.Length / 2]);
    }

    private static int CountDifferentLines(string expectedPath, string actualPath, out string? first)
    {
        first = null;
        using var expected = new StreamReader(expectedPath, Encoding.UTF8);
        using var actual = new StreamReader(actualPath, Encoding.UTF8);
        var differences = 0;
        for (var number = 1; ; number++)
        {
            var e = expected.ReadLine();
            var a = actual.ReadLine();
            if (e is null && a is null)
            {
                break;
            }
            if (e != a)
            {
                differences++;
                first ??= $"line {number}: mecab «{e}» ours «{a}»";
            }
        }
        // Byte for byte too: the line comparison above would not see a difference in line endings or encoding.
        if (differences == 0 && !File.ReadAllBytes(expectedPath).AsSpan().SequenceEqual(File.ReadAllBytes(actualPath)))
        {
            differences = 1;
            first = "same lines, different bytes";
        }
        return differences;
    }

    // CPU time of the waited-for child processes (the shell execs the measured program, so it is that program's).
    private static double ChildrenCpuSeconds()
    {
        if (GetResourceUsage(-1, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError());
        }
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        // The rest of struct rusage (14 longs on 64-bit Linux), unused here.
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    private static string Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists) ?? program;

    private static string MecabDictionary()
    {
        try
        {
            var info = new ProcessStartInfo("mecab", "-D") { RedirectStandardOutput = true };
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n').FirstOrDefault(l => l.StartsWith("filename:", StringComparison.Ordinal))?.Split('\t')[^1] ?? "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "mecab not installed";
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
