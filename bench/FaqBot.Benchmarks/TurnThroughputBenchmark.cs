using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqIndex.Search.Evaluation;
using Activity = FaqBot.Bot.Schema.Activity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FaqBot.Benchmarks;

/// <summary>Full bot turns on loopback, driven by wrk: POST /api/messages with replies to a loopback Connector, and
/// Direct Line POST activities (reply stored in the conversation), next to a trivial Kestrel POST (the ceiling) in
/// the same run (cold start is the cold-start benchmark).</summary>
internal static partial class TurnThroughputBenchmark
{
    // The default mix: a handful of questions asked again and again, as example questions and suggested actions are.
    private static readonly string[] Repeated =
    [
        "マイナンバーカードをなくしました",
        "資格確認書はいつまで有効ですか",
        "資格情報のお知らせとは何ですか",
        "マイナ保険証の利用登録の方法を教えてください",
        "子どもが生まれたときの手続き",
        "カードリーダーで読み取れない",
        "マイナ保険証を使うメリットは",
        "資格確認書が届かない",
    ];

    private static string[] Questions = Repeated;

    public static async Task<int> RunAsync(string[] args)
    {
        var duration = IntOption(args, "--duration", 8);
        var botKind = StringOption(args, "--bot", "faq");
        var concurrencies = StringOption(args, "--concurrency", "1,16,64").Split(',').Select(int.Parse).ToArray();
        var wrk = StringOption(args, "--wrk", "/usr/bin/wrk");
        var resultCache = StringOption(args, "--result-cache", "");
        if (StringOption(args, "--questions", "repeated") == "distinct")
        {
            // Every question of the evaluation set in turn (354 different texts); with --result-cache 0 each turn searches.
            Questions = EvalSet.Load(Path.Combine(RepoPaths.FindRoot(), "tests", "eval", "questions.tsv")).Select(q => q.Question).ToArray();
        }
        if (!File.Exists(wrk))
        {
            Console.Error.WriteLine($"wrk not found at {wrk} (apt-get install wrk)");
            return 2;
        }
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "faqbot-bench-" + Environment.ProcessId)).FullName;

        await using var connector = await StartLoopbackAsync(app => app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}",
            async (HttpContext http) =>
            {
                // Read the reply as a real channel would, then acknowledge it with an id.
                await http.Request.Body.CopyToAsync(Stream.Null);
                http.Response.ContentType = "application/json";
                await http.Response.Body.WriteAsync("{\"id\":\"r\"}"u8.ToArray());
            }));
        await using var hello = await StartLoopbackAsync(app => app.MapPost("/hello", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            http.Response.ContentType = "text/plain";
            await http.Response.Body.WriteAsync("ok"u8.ToArray());
        }));
        await using var bot = await StartFaqBotAsync(botKind, resultCache);
        Console.WriteLine($"# bot: {bot.Description}; {Questions.Length} different questions; result cache {(resultCache == "" ? "default" : resultCache)}; {Environment.ProcessorCount} cores; GC server={System.Runtime.GCSettings.IsServerGC}; {duration} s per run");

        var messagesScript = WriteMessagesScript(work, connector.Address);
        var directLineScript = await WriteDirectLineScriptAsync(work, bot.Address);
        var helloScript = WriteScript(work, "hello.lua", ["/hello"], [""], ["{\"type\":\"message\",\"text\":\"hello\"}"]);

        // Warm the bot through both paths first, so tiered JIT has compiled the search and dialog code before any
        // measured row (otherwise whichever path is measured first pays for it).
        await RunProcessAsync(wrk, $"-t2 -c16 -d3s -s {messagesScript} {bot.Address}");
        await RunProcessAsync(wrk, $"-t2 -c16 -d3s -s {directLineScript} {bot.Address}");

        var rows = new List<string>();
        foreach (var concurrency in concurrencies)
        {
            var ceiling = await RunWrkAsync(wrk, hello.Address, helloScript, concurrency, duration);
            var messages = await RunWrkAsync(wrk, bot.Address, messagesScript, concurrency, duration);
            var directLine = await RunWrkAsync(wrk, bot.Address, directLineScript, concurrency, duration);
            rows.Add(Row("hello-world POST (ceiling)", concurrency, ceiling, ceiling));
            rows.Add(Row("/api/messages + connector reply", concurrency, messages, ceiling));
            rows.Add(Row("Direct Line POST activity", concurrency, directLine, ceiling));
        }
        Console.WriteLine();
        Console.WriteLine("| path | concurrency | turns/s | p50 ms | p99 ms | errors | vs ceiling |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.ForEach(Console.WriteLine);

        return 0;
    }

    private static string Row(string name, int concurrency, WrkResult result, WrkResult ceiling) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {concurrency} | {result.RequestsPerSecond:F0} | {result.P50Ms:F2} | {result.P99Ms:F2} | {result.Errors} | {result.RequestsPerSecond / ceiling.RequestsPerSecond:P0} |");

    private static string WriteMessagesScript(string work, Uri connector)
    {
        var bodies = new List<string>();
        for (var i = 0; i < Math.Max(64, Questions.Length); i++)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = "m" + i,
                ChannelId = "emulator",
                ServiceUrl = connector.ToString(),
                From = new ChannelAccount { Id = "member-" + (i % 64), Role = "user" },
                Recipient = new ChannelAccount { Id = "faqbot", Role = "bot" },
                Conversation = new ConversationAccount { Id = "bench-" + (i % 64) },
                Locale = "ja-JP",
                Text = Questions[i % Questions.Length],
            };
            bodies.Add(Encoding.UTF8.GetString(SchemaJson.Serialize(activity)));
        }
        return WriteScript(work, "messages.lua", bodies.Select(_ => "/api/messages").ToList(), bodies.Select(_ => "").ToList(), bodies);
    }

    private static async Task<string> WriteDirectLineScriptAsync(string work, Uri bot)
    {
        using var http = new HttpClient { BaseAddress = bot };
        var paths = new List<string>();
        var tokens = new List<string>();
        var bodies = new List<string>();
        var users = new List<string>();
        for (var i = 0; i < 64; i++)
        {
            var page = await (await http.PostAsync("api/webchat/token", null)).Content.ReadFromJsonAsync<JsonElement>();
            using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
            start.Headers.Authorization = new("Bearer", page.GetProperty("token").GetString());
            var conversation = await (await http.SendAsync(start)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var id = conversation.GetProperty("conversationId").GetString()!;
            paths.Add("/v3/directline/conversations/" + id + "/activities");
            tokens.Add(conversation.GetProperty("token").GetString()!);
            users.Add(page.GetProperty("userId").GetString()!);
        }
        for (var i = 0; i < Math.Max(64, Questions.Length); i++)
        {
            if (i >= 64)
            {
                paths.Add(paths[i % 64]);
                tokens.Add(tokens[i % 64]);
            }
            bodies.Add(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["type"] = "message",
                ["text"] = Questions[i % Questions.Length],
                ["from"] = new Dictionary<string, string> { ["id"] = users[i % 64], ["role"] = "user" },
                ["locale"] = "ja-JP",
                ["channelData"] = new Dictionary<string, string> { ["clientActivityID"] = "bench-" + i },
            }));
        }
        return WriteScript(work, "directline.lua", paths, tokens, bodies);
    }

    private static string WriteScript(string work, string name, IReadOnlyList<string> paths, IReadOnlyList<string> tokens, IReadOnlyList<string> bodies)
    {
        static string Lua(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var script = new StringBuilder();
        script.AppendLine("local paths = {" + string.Join(",", paths.Select(Lua)) + "}");
        script.AppendLine("local tokens = {" + string.Join(",", tokens.Select(Lua)) + "}");
        script.AppendLine("local bodies = {" + string.Join(",", bodies.Select(Lua)) + "}");
        script.AppendLine("local n = 0");
        script.AppendLine("request = function()");
        script.AppendLine("  n = n + 1");
        script.AppendLine("  local k = (n % #bodies) + 1");
        script.AppendLine("  local headers = { [\"Content-Type\"] = \"application/json\" }");
        script.AppendLine("  if tokens[k] ~= \"\" then headers[\"Authorization\"] = \"Bearer \" .. tokens[k] end");
        script.AppendLine("  return wrk.format(\"POST\", paths[k], headers, bodies[k])");
        script.AppendLine("end");
        var path = Path.Combine(work, name);
        File.WriteAllText(path, script.ToString());
        return path;
    }

    private static async Task<WrkResult> RunWrkAsync(string wrk, Uri target, string script, int concurrency, int duration)
    {
        var threads = Math.Min(concurrency, 2);
        // A short warm-up run first (JIT, connection pools), then the measured run.
        await RunProcessAsync(wrk, $"-t{threads} -c{concurrency} -d1s -s {script} {target}");
        var output = await RunProcessAsync(wrk, $"-t{threads} -c{concurrency} -d{duration}s --latency --timeout 5s -s {script} {target}");
        return WrkResult.Parse(output);
    }

    private static async Task<string> RunProcessAsync(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await stdout + await stderr;
    }

    private static async Task<LoopbackServer> StartFaqBotAsync(string botKind, string resultCache)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (resultCache != "")
        {
            builder.Configuration["Content:ResultCacheSize"] = resultCache;
        }
        // The load generator is one address opening 64 conversations and sending every turn: a real deployment keeps
        // the defaults, which would refuse it (429) after 20 conversations.
        builder.Configuration["RateLimits:RequestsPerAddress"] = "100000000";
        builder.Configuration["RateLimits:ConversationsPerAddress"] = "100000";
        builder.Configuration["RateLimits:ActivitiesPerConversation"] = "100000000";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddFaqBot(builder.Configuration);
        var description = "FaqDialogBot (real dialog, content and search)";
        if (botKind == "echo")
        {
            builder.Services.RemoveAll<IBot>();
            builder.Services.AddSingleton<IBot, EchoBot>();
            description = "echo bot (protocol cost only)";
        }
        var app = builder.Build();
        app.MapFaqBot();
        await app.StartAsync();
        using (var scope = app.Services.CreateScope())
        {
            _ = scope.ServiceProvider.GetRequiredService<IBot>(); // fail fast when the bot cannot be built
        }
        return new LoopbackServer(app, description);
    }

    private static async Task<LoopbackServer> StartLoopbackAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        // The load generator is one address opening 64 conversations and sending every turn: a real deployment keeps
        // the defaults, which would refuse it (429) after 20 conversations.
        builder.Configuration["RateLimits:RequestsPerAddress"] = "100000000";
        builder.Configuration["RateLimits:ConversationsPerAddress"] = "100000";
        builder.Configuration["RateLimits:ActivitiesPerConversation"] = "100000000";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LoopbackServer(app, "");
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        int.Parse(StringOption(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string StringOption(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed class LoopbackServer(WebApplication app, string description) : IAsyncDisposable
    {
        public Uri Address { get; } = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        public string Description => description;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            turn.Activity.Type == ActivityTypes.Message
                ? turn.SendActivityAsync(turn.Activity.CreateReply("echo: " + turn.Activity.Text), cancellationToken)
                : Task.CompletedTask;
    }

    private sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors)
    {
        public static WrkResult Parse(string output)
        {
            var rps = double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var errors = 0L;
            foreach (Match m in ErrorsPattern().Matches(output))
            {
                errors += long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            var socket = SocketErrorsPattern().Match(output);
            if (socket.Success)
            {
                for (var g = 1; g <= 4; g++)
                {
                    errors += long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture);
                }
            }
            return new WrkResult(rps, Percentile(output, "50%"), Percentile(output, "99%"), errors);
        }

        private static double Percentile(string output, string label)
        {
            var match = Regex.Match(output, @"^\s*" + Regex.Escape(label) + @"\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
        private static partial Regex RequestsPerSecondPattern();

        [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
        private static partial Regex ErrorsPattern();

        [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
        private static partial Regex SocketErrorsPattern();
    }
}
