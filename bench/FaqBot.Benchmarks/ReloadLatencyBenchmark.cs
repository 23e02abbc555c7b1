using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Turn latency through content reloads: one in-memory FaqBot process, members asking one question after
/// another over Direct Line, first with no reload, then with a content file touched every few seconds; p50, p99 and the
/// slowest turn of each phase, and resident memory after each. Builds named by <c>--faqbot</c> run one after another
/// in the same run, so a change is compared with the build before it.</summary>
internal static class ReloadLatencyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(RepoPaths.Option(args, "--duration") ?? "20", CultureInfo.InvariantCulture);
        var every = double.Parse(RepoPaths.Option(args, "--every") ?? "4", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(RepoPaths.Option(args, "--concurrency") ?? "4", CultureInfo.InvariantCulture);
        var root = RepoPaths.FindRoot();
        var builds = (RepoPaths.Option(args, "--faqbot") ?? "current").Split(',')
            .Select(build => build == "current" ? FaqBotProcess.FindBuild(root) : build).ToArray();
        if (builds.Any(build => build is null || !File.Exists(build)))
        {
            Console.Error.WriteLine("a build named by --faqbot is missing: " + string.Join(", ", builds));
            return 2;
        }
        var questions = EvalSet.Load(Path.Combine(root, "tests", "eval", "questions.tsv")).Select(q => q.Question).ToArray();
        Console.WriteLine("| build | phase | turns | reloads | p50 ms | p99 ms | max ms | turns > 100 ms | errors | RSS MB after | peak | load |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var build in builds)
        {
            var work = Directory.CreateTempSubdirectory("faqbot-reload-").FullName;
            try
            {
                // A copy of the content, so touching a file never changes the repository.
                var content = Path.Combine(work, "content");
                CopyDirectory(Path.Combine(root, "content"), content);
                using var faqBot = await FaqBotProcess.StartAsync(build!, new Dictionary<string, string>
                {
                    ["Content__Path"] = content,
                    ["Analytics__DataFolder"] = Path.Combine(work, "analytics"),
                    ["Logging__LogLevel__Default"] = "Warning",
                    ["Bot__TypingDelay"] = "00:00:00",
                    ["RateLimits__RequestsPerAddress"] = "100000000",
                    ["RateLimits__ConversationsPerAddress"] = "100000",
                    ["RateLimits__ActivitiesPerConversation"] = "100000000",
                });
                var name = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(build))) ?? build;
                // A short warm-up, so the first phase does not pay the JIT.
                await LoadAsync(faqBot.Port, concurrency, TimeSpan.FromSeconds(3), questions, touch: null, every);
                foreach (var reloads in new[] { false, true })
                {
                    var result = await LoadAsync(faqBot.Port, concurrency, TimeSpan.FromSeconds(seconds), questions,
                        reloads ? Path.Combine(content, "faq") : null, every);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {build} | {(reloads ? "reloads" : "no reload")} | {result.Turns} | {result.Reloads} | {result.P50:0.0} | {result.P99:0.0} | " +
                        $"{result.Max:0} | {result.Slow} | {result.Errors} | {faqBot.RssMegabytes():0} | {faqBot.PeakRssMegabytes():0} | {ProcessMeter.LoadAverage()} |"));
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
        return 0;
    }

    private sealed record Result(int Turns, int Reloads, double P50, double P99, double Max, int Slow, int Errors);

    // Each worker is a member asking one question after another; every `every` seconds a content file is touched.
    private static async Task<Result> LoadAsync(int port, int concurrency, TimeSpan duration, string[] questions, string? touch, double every)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        var stop = Stopwatch.StartNew();
        var errors = 0;
        var reloads = 0;
        var toucher = touch is null ? Task.CompletedTask : Task.Run(async () =>
        {
            var file = Directory.EnumerateFiles(touch, "*.md").Order(StringComparer.Ordinal).First();
            while (stop.Elapsed + TimeSpan.FromSeconds(every) < duration)
            {
                await Task.Delay(TimeSpan.FromSeconds(every));
                await File.AppendAllTextAsync(file, "\n");
                reloads++;
            }
        });
        var latencies = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = new List<double>(4096);
            var (conversation, token, _) = await DirectLineStart.OpenAsync(http);
            var next = worker * 53;
            while (stop.Elapsed < duration)
            {
                var body = JsonSerializer.Serialize(new { type = "message", text = questions[next++ % questions.Length], from = new { id = "m" + worker, role = "user" } });
                using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            return mine;
        }));
        await toucher;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, reloads, Percentiles.At(all, 0.50), Percentiles.At(all, 0.99), all.Length == 0 ? double.NaN : all[^1],
            all.Count(ms => ms > 100), errors);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
