using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FaqBot.Benchmarks;

/// <summary>The attack of issue 11 against a real FaqBot process with default settings (rate limits on, in-memory
/// state): two members hold Web Chat WebSockets (one has asked a question, one has not yet), then a flood opens
/// conversations (page token + POST conversations) as fast as it can, from one address and then from a new address per
/// conversation (X-Forwarded-For through the configured proxy). Reports accepted / refused, RSS before, after and at
/// the peak, and whether both members' conversations still answer on their sockets; under workstation and the
/// default (server) GC.</summary>
internal static class FloodBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var attempts = int.Parse(RepoPaths.Option(args, "--attempts") ?? "11200", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(RepoPaths.Option(args, "--concurrency") ?? "64", CultureInfo.InvariantCulture);
        var gcModes = (RepoPaths.Option(args, "--gc") ?? "workstation,default").Split(',');
        // --setting Key=Value (repeatable, configuration keys with ':' or '__') to try a setting against the defaults.
        var settings = args.Zip(args.Skip(1)).Where(pair => pair.First == "--setting")
            .Select(pair => pair.Second.Split('=', 2)).ToDictionary(kv => kv[0].Replace(":", "__", StringComparison.Ordinal), kv => kv[1]);
        var root = RepoPaths.FindRoot();
        // --faqbot DLL: another build of the service (e.g. the one before a change), to compare in the same run.
        if ((RepoPaths.Option(args, "--faqbot") ?? FaqBotProcess.FindBuild(root)) is not { } dll || !File.Exists(dll))
        {
            return 2;
        }
        Console.WriteLine($"# flood: {attempts} conversation openings, {concurrency} at a time, default settings " +
            "(Proxy:KnownProxies = 127.0.0.1 so X-Forwarded-For is believed)" +
            string.Concat(settings.Select(kv => $", {kv.Key}={kv.Value}")));
        Console.WriteLine("| GC | flood from | seconds | opened (201) | refused 429 | refused 503 | other | RSS MB before | after | peak during | members still answered | streams open |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        var allKept = true;
        foreach (var gc in gcModes)
        {
            foreach (var manyAddresses in new[] { false, true })
            {
                var environment = new Dictionary<string, string>
                {
                    ["Proxy__KnownProxies__0"] = "127.0.0.1",
                    ["Logging__LogLevel__Default"] = "Warning",
                    // Analytics of the members' two questions go to a temp folder, not the user's data folder.
                    ["Analytics__DataFolder"] = Path.Combine(Path.GetTempPath(), "faqbot-flood-" + Guid.NewGuid().ToString("N")),
                };
                foreach (var (key, value) in settings)
                {
                    environment[key] = value;
                }
                if (gc == "workstation")
                {
                    environment["DOTNET_gcServer"] = "0";
                }
                using var service = await FaqBotProcess.StartAsync(dll, environment);
                var result = await FloodOnceAsync(service, attempts, concurrency, manyAddresses);
                allKept &= result.MembersAnswered == 2 && result.StreamsOpen == 2;
                Console.WriteLine($"| {gc} | {(manyAddresses ? "a new address each" : "one address")} | {result.Seconds:0.0} | " +
                    $"{result.Opened} | {result.TooMany} | {result.Busy} | {result.Other} | {result.RssBefore:0} | " +
                    $"{result.RssAfter:0} | {result.RssPeak:0} | {result.MembersAnswered}/2 | {result.StreamsOpen}/2 |");
            }
        }
        return allKept ? 0 : 1;
    }

    internal sealed record FloodResult(double Seconds, int Opened, int TooMany, int Busy, int Other,
        double RssBefore, double RssAfter, double RssPeak, int MembersAnswered, int StreamsOpen);

    internal static async Task<FloodResult> FloodOnceAsync(FaqBotProcess service, int attempts, int concurrency, bool manyAddresses)
    {
        await using var spoke = await WebChatMember.OpenAsync(service.BaseAddress, "203.0.113.7");
        await using var silent = await WebChatMember.OpenAsync(service.BaseAddress, "203.0.113.8");
        if (!await spoke.AskAsync("資格確認書の有効期限はいつまでですか", TimeSpan.FromSeconds(20)))
        {
            throw new InvalidOperationException("the member's first question was not answered");
        }
        var before = service.RssMegabytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.RssMegabytes());
                await Task.Delay(50);
            }
        });

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = service.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        int opened = 0, tooMany = 0, busy = 0, other = 0, next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < attempts)
            {
                // 198.51.100.9 for the one-address flood; 10.a.b.c, a new one per conversation, for the other.
                var address = manyAddresses ? $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}" : "198.51.100.9";
                var status = await OpenAsync(http, address);
                _ = status switch
                {
                    HttpStatusCode.Created => Interlocked.Increment(ref opened),
                    HttpStatusCode.TooManyRequests => Interlocked.Increment(ref tooMany),
                    HttpStatusCode.ServiceUnavailable => Interlocked.Increment(ref busy),
                    _ => Interlocked.Increment(ref other),
                };
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var after = service.RssMegabytes();
        await sampling.CancelAsync();
        await sampler;

        var answered = 0;
        answered += await spoke.AskAsync("マイナ保険証を落としました", TimeSpan.FromSeconds(20)) ? 1 : 0;
        answered += await silent.AskAsync("資格情報のお知らせとは何ですか", TimeSpan.FromSeconds(20)) ? 1 : 0;
        var streams = (spoke.StreamOpen ? 1 : 0) + (silent.StreamOpen ? 1 : 0);
        return new FloodResult(seconds, opened, tooMany, busy, other, before, after, Math.Max(peak, after), answered, streams);
    }

    // One opening as Web Chat does it: the page's token, then the conversation; a refused token ends the attempt.
    private static async Task<HttpStatusCode> OpenAsync(HttpClient http, string address)
    {
        try
        {
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
            tokenRequest.Headers.Add("X-Forwarded-For", address);
            using var tokenResponse = await http.SendAsync(tokenRequest);
            if (tokenResponse.StatusCode != HttpStatusCode.OK)
            {
                return tokenResponse.StatusCode;
            }
            var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            start.Headers.Add("X-Forwarded-For", address);
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(start);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
