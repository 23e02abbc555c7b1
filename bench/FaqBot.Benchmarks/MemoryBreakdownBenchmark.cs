using System.Diagnostics;
using System.Globalization;
using System.Text;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Where one in-memory FaqBot process's resident memory is, at three points of issue 11's runs: after start-up,
/// after the scale-out warm-up and an 8 s run at concurrency 16 with a content reload, and at the end of a flood with a
/// new address per opening. Each point splits <c>/proc/PID/smaps</c> into mapped assemblies, native libraries, JIT code,
/// GC heap (committed, from the runtime's meter), other anonymous memory and thread stacks; <c>--gcdump</c> adds the
/// largest types of a heap dump (dotnet-gcdump from the repository's tool manifest; it forces a full collection).</summary>
internal static class MemoryBreakdownBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var gcdump = args.Contains("--gcdump");
        var root = RepoPaths.FindRoot();
        if ((RepoPaths.Option(args, "--faqbot") ?? FaqBotProcess.FindBuild(root)) is not { } dll || !File.Exists(dll))
        {
            return 2;
        }
        var questions = EvalSet.Load(Path.Combine(root, "tests", "eval", "questions.tsv")).Select(q => q.Question).ToArray();
        var work = Directory.CreateTempSubdirectory("faqbot-memory-").FullName;
        var content = Path.Combine(work, "content");
        ScaleOutBenchmark.CopyDirectory(Path.Combine(root, "content"), content);
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = content,
            ["Analytics__DataFolder"] = Path.Combine(work, "analytics"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Proxy__KnownProxies__0"] = "127.0.0.1",
            // As the scale-out benchmark's instances: its load generator is one address.
            ["Bot__TypingDelay"] = "00:00:00",
            ["RateLimits__RequestsPerAddress"] = "100000000",
            ["RateLimits__ConversationsPerAddress"] = "100000",
            ["RateLimits__ActivitiesPerConversation"] = "100000000",
        };
        // --env NAME=VALUE (repeatable): a runtime or configuration setting to compare against the defaults.
        foreach (var pair in args.Zip(args.Skip(1)).Where(pair => pair.First == "--env"))
        {
            var kv = pair.Second.Split('=', 2);
            environment[kv[0]] = kv[1];
        }
        try
        {
            return await MeasureAsync(dll, environment, questions, content, work, gcdump, args);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(string dll, Dictionary<string, string> environment, string[] questions, string content,
        string work, bool gcdump, string[] args)
    {
        using var service = await FaqBotProcess.StartAsync(dll, environment);
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"# memory breakdown of one in-memory FaqBot process; load average {ProcessMeter.LoadAverage()} at the start" +
            string.Concat(environment.Where(kv => args.Contains(kv.Key + "=" + kv.Value)).Select(kv => $"; {kv.Key}={kv.Value}")));
        var points = new List<(string Name, Breakdown Memory, string? Dump)>();
        async Task PointAsync(string name)
        {
            var memory = await Breakdown.ReadAsync(service.Id, http);
            points.Add((name, memory, gcdump ? await GcDumpAsync(service.Id, work, points.Count) : null));
        }

        await PointAsync("after start-up");
        var passes = await ScaleOutBenchmark.WarmAsync(service.Port, questions);
        var cpuBefore = service.CpuTime();
        var run = await ScaleOutBenchmark.LoadAsync(service.Port, 16, TimeSpan.FromSeconds(8), questions, content);
        var cpuPerTurn = (service.CpuTime() - cpuBefore).TotalMicroseconds / run.Turns;
        await PointAsync($"after warm-up ({passes} passes) + 8 s at c16 with a reload ({run.TurnsPerSecond:0} turns/s, " +
            $"FaqBot {cpuPerTurn:0} CPU µs/turn)");
        var flood = await FloodBenchmark.FloodOnceAsync(service, 11200, 64, manyAddresses: true);
        await PointAsync($"after a flood, new address each ({flood.Opened} opened, {flood.MembersAnswered}/2 members answered)");

        Console.WriteLine("| MB | " + string.Join(" | ", points.Select(p => p.Name)) + " |");
        Console.WriteLine("| --- |" + string.Concat(points.Select(_ => " ---: |")));
        foreach (var row in Breakdown.Rows)
        {
            Console.WriteLine($"| {row} | " + string.Join(" | ", points.Select(p => p.Memory.Format(row))) + " |");
        }
        foreach (var (name, _, dump) in points.Where(p => p.Dump is not null))
        {
            Console.WriteLine($"\n## gcdump {name}\n{dump}");
        }
        return 0;
    }

    // The dump's summary and its largest types (by total size), from `dotnet-gcdump report`.
    private static async Task<string> GcDumpAsync(int pid, string work, int index)
    {
        var file = Path.Combine(work, $"point{index}.gcdump");
        await RunToolAsync("collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
        var report = await RunToolAsync("report", file);
        return string.Join('\n', report.Split('\n').Take(24));
    }

    private static async Task<string> RunToolAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = RepoPaths.FindRoot() };
        start.ArgumentList.Add("dotnet-gcdump");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start (dotnet tool restore)");
        var output = await tool.StandardOutput.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return output;
    }

    /// <summary>One reading of a process's resident memory by kind, in kB.</summary>
    private sealed class Breakdown
    {
        public static readonly string[] Rows =
        [
            "RSS (VmRSS)", "mapped managed assemblies (.dll)", "of which FaqIndex.dll (embedded dictionary)", "native libraries (.so)",
            "JIT code and stubs (doublemapper)", "anonymous (GC heap, malloc, runtime data)", "of which GC heap committed at the last GC",
            "of which GC heap live after the last GC", "thread stacks", "threads",
        ];

        private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

        public string Format(string row) => _values.TryGetValue(row, out var value)
            ? row == "threads" ? value.ToString("0", CultureInfo.InvariantCulture) : (value / 1024).ToString("0.0", CultureInfo.InvariantCulture)
            : "";

        public static async Task<Breakdown> ReadAsync(int pid, HttpClient http)
        {
            var result = new Breakdown();
            double rss = 0, dll = 0, faqIndex = 0, native = 0, jit = 0, anonymous = 0, stacks = 0;
            Mapping? previous = null;
            Mapping? current = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (Mapping.TryParse(line) is { } mapping)
                {
                    previous = current;
                    current = mapping;
                    continue;
                }
                if (current is null || !line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    continue;
                }
                var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                rss += kilobytes;
                var path = current.Path;
                if (path.Contains("doublemapper", StringComparison.Ordinal))
                {
                    jit += kilobytes;
                }
                else if (path.EndsWith(".dll", StringComparison.Ordinal))
                {
                    dll += kilobytes;
                    faqIndex += path.EndsWith("/FaqIndex.dll", StringComparison.Ordinal) ? kilobytes : 0;
                }
                else if (path.Contains(".so", StringComparison.Ordinal))
                {
                    native += kilobytes;
                }
                else if (path.Length == 0 && current.IsThreadStack(previous))
                {
                    stacks += kilobytes;
                }
                else if (path.Length == 0 || path == "[heap]")
                {
                    anonymous += kilobytes;
                }
            }
            var metrics = await http.GetStringAsync("metrics");
            var committed = Metric(metrics, "dotnet_gc_last_collection_memory_committed_size_bytes") / 1024;
            var live = Metric(metrics, "dotnet_gc_last_collection_heap_size_bytes") / 1024;
            result._values["RSS (VmRSS)"] = rss;
            result._values["mapped managed assemblies (.dll)"] = dll;
            result._values["of which FaqIndex.dll (embedded dictionary)"] = faqIndex;
            result._values["native libraries (.so)"] = native;
            result._values["JIT code and stubs (doublemapper)"] = jit;
            // The runtime reports the GC heap as of its last collection: what gen0 has allocated since is in the anonymous
            // total but not in these two.
            result._values["anonymous (GC heap, malloc, runtime data)"] = anonymous;
            result._values["of which GC heap committed at the last GC"] = committed;
            result._values["of which GC heap live after the last GC"] = live;
            result._values["thread stacks"] = stacks;
            result._values["threads"] = Directory.GetDirectories($"/proc/{pid}/task").Length;
            return result;
        }

        // The sum of a Prometheus metric's series (e.g. every generation's heap size).
        private static double Metric(string metrics, string name)
        {
            double sum = 0;
            foreach (var line in metrics.Split('\n'))
            {
                if (line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' ')
                {
                    sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
                }
            }
            return sum;
        }

        private sealed record Mapping(ulong Start, ulong End, string Permissions, string Path)
        {
            // "start-end perms offset dev inode [path]"; attribute lines ("Rss:   12 kB") have no '-' in their first field.
            public static Mapping? TryParse(string line)
            {
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                var dash = fields[0].IndexOf('-', StringComparison.Ordinal);
                if (fields.Length < 5 || dash < 0 || fields[0].EndsWith(':'))
                {
                    return null;
                }
                return new Mapping(ulong.Parse(fields[0][..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    ulong.Parse(fields[0][(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    fields[1], fields.Length > 5 ? fields[5].Trim() : "");
            }

            // A thread's stack is an anonymous mapping right above its guard page (a small inaccessible mapping).
            public bool IsThreadStack(Mapping? previous) =>
                previous is { Path.Length: 0 } && previous.End == Start && previous.Permissions.StartsWith("---", StringComparison.Ordinal) &&
                previous.End - previous.Start <= 65536 && End - Start <= 8 * 1024 * 1024 + 65536;
        }
    }
}
