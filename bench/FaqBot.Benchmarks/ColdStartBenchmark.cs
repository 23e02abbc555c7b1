using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace FaqBot.Benchmarks;

/// <summary>Time from starting the service process to a member's first answered question over Direct Line (token,
/// conversation, message, the bot's reply read back), for the published ReadyToRun build and for the plain build output
/// in the same run. Usage: <c>cold-start [--runs N] [--published DIR]</c>.</summary>
internal static class ColdStartBenchmark
{
    private const string Question = "暗証番号を忘れました";
    private const string ExpectedInAnswer = "暗証番号";

    public static async Task<int> RunAsync(string[] args)
    {
        int runs = int.Parse(RepoPaths.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var published = RepoPaths.Option(args, "--published") ?? await PublishAsync();
        if (published is null)
        {
            return 1;
        }
        var builds = new (string Name, string Folder)[]
        {
            ("published (dotnet publish, ReadyToRun)", published),
            ("build output (dotnet build, JIT)", AppContext.BaseDirectory),
        };
        Console.WriteLine($"# {runs} runs each, alternating; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        var times = builds.Select(_ => new List<double>()).ToArray();
        for (int run = 0; run < runs; run++)
        {
            for (int b = 0; b < builds.Length; b++)
            {
                var ms = await FirstAnswerAsync(builds[b].Folder);
                if (ms is null)
                {
                    Console.Error.WriteLine($"{builds[b].Name}: no answer within 60 s");
                    return 1;
                }
                times[b].Add(ms.Value);
            }
        }
        Console.WriteLine("| build | min ms | median ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (int b = 0; b < builds.Length; b++)
        {
            var sorted = times[b].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {builds[b].Name} | {sorted[0]:F0} | {sorted[sorted.Length / 2]:F0} | {sorted[^1]:F0} |"));
        }
        return 0;
    }

    private static async Task<string?> PublishAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "faqbot-cold-start-" + Environment.ProcessId);
        var project = Path.Combine(RepoPaths.FindRoot(), "src", "FaqBot");
        var info = new ProcessStartInfo("dotnet", $"publish \"{project}\" -c Release -o \"{output}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Console.WriteLine($"# dotnet publish src/FaqBot -c Release -o {output}");
        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(await log + await errors);
            return null;
        }
        return output;
    }

    private static async Task<double?> FirstAnswerAsync(string folder)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var info = new ProcessStartInfo("dotnet", $"FaqBot.dll --urls {address}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            JsonElement page = default;
            while (page.ValueKind == JsonValueKind.Undefined)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    return null;
                }
                try
                {
                    using var response = await http.PostAsync("api/webchat/token", null);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        page = await response.Content.ReadFromJsonAsync<JsonElement>();
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(5); // not listening yet
                }
            }
            using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
            start.Headers.Authorization = new("Bearer", page.GetProperty("token").GetString());
            var conversation = await (await http.SendAsync(start)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var activities = "v3/directline/conversations/" + conversation.GetProperty("conversationId").GetString() + "/activities";
            var token = conversation.GetProperty("token").GetString();
            using var send = new HttpRequestMessage(HttpMethod.Post, activities)
            {
                Content = JsonContent.Create(new { type = "message", text = Question, from = new { id = page.GetProperty("userId").GetString() } }),
            };
            send.Headers.Authorization = new("Bearer", token);
            (await http.SendAsync(send)).EnsureSuccessStatusCode();
            // The turn runs inline, so the reply is stored before the POST returns; read it back as Web Chat would.
            using var read = new HttpRequestMessage(HttpMethod.Get, activities);
            read.Headers.Authorization = new("Bearer", token);
            var stream = await (await http.SendAsync(read)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            foreach (var activity in stream.GetProperty("activities").EnumerateArray())
            {
                if (activity.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot"
                    && activity.TryGetProperty("text", out var text) && text.GetString()!.Contains(ExpectedInAnswer, StringComparison.Ordinal))
                {
                    return elapsed;
                }
            }
            throw new InvalidOperationException("the first answer did not come back: " + stream.GetRawText()[..Math.Min(400, stream.GetRawText().Length)]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
