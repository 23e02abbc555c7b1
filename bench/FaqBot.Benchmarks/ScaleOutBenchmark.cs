using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FaqIndex.Search.Evaluation;

namespace FaqBot.Benchmarks;

/// <summary>Two FaqBot processes on one redis-server behind Debian's haproxy (round robin) on loopback, next to one
/// in-memory FaqBot process, in the same run: Direct Line turns with distinct questions at several concurrencies,
/// a content file touched during every run (a reload), turns/s, p50/p99, errors and each process's RSS.</summary>
internal static class ScaleOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(RepoPaths.Option(args, "--duration") ?? "8", CultureInfo.InvariantCulture);
        var concurrencies = (RepoPaths.Option(args, "--concurrency") ?? "1,4,16").Split(',').Select(int.Parse).ToArray();
        var root = RepoPaths.FindRoot();
        var questions = EvalSet.Load(Path.Combine(root, "tests", "eval", "questions.tsv")).Select(q => q.Question).ToArray();
        var work = Directory.CreateTempSubdirectory("faqbot-scale-").FullName;
        // The instances serve a copy of the content, so touching a file to trigger reloads never changes the repository.
        var content = Path.Combine(work, "content");
        CopyDirectory(Path.Combine(root, "content"), content);
        var faqBotDll = Path.Combine(root, "src", "FaqBot", "bin", "Release", "net10.0", "FaqBot.dll");
        if (!File.Exists(faqBotDll))
        {
            Console.Error.WriteLine($"build first: dotnet build src/FaqBot -c Release ({faqBotDll} missing)");
            return 2;
        }
        var processes = new List<Process>();
        try
        {
            var redisPort = FreePort();
            processes.Add(Start("redis-server", ["--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", work], null));
            var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            var redisSettings = new Dictionary<string, string>
            {
                ["State__Provider"] = "Redis",
                ["ConnectionStrings__Redis"] = $"127.0.0.1:{redisPort}",
                ["DirectLine__TokenSigningKey"] = key,
                ["Proxy__KnownProxies__0"] = "127.0.0.1",
            };
            var a = FreePort();
            var b = FreePort();
            var memory = FreePort();
            var instanceA = StartFaqBot(faqBotDll, a, content, redisSettings);
            var instanceB = StartFaqBot(faqBotDll, b, content, redisSettings);
            var instanceMemory = StartFaqBot(faqBotDll, memory, content, new Dictionary<string, string>());
            processes.AddRange([instanceA, instanceB, instanceMemory]);
            var proxy = FreePort();
            var haproxyConfig = Path.Combine(work, "haproxy.cfg");
            File.WriteAllText(haproxyConfig, $"""
                global
                  maxconn 4096
                defaults
                  mode http
                  timeout connect 5s
                  timeout client 60s
                  timeout server 60s
                  option forwardfor
                frontend faqbot
                  bind 127.0.0.1:{proxy}
                  default_backend instances
                backend instances
                  balance roundrobin
                  server a 127.0.0.1:{a}
                  server b 127.0.0.1:{b}

                """);
            processes.Add(Start("haproxy", ["-f", haproxyConfig, "-db"], null));
            foreach (var port in new[] { a, b, memory })
            {
                await WaitReadyAsync(port);
            }
            Console.WriteLine($"# scale-out: {questions.Length} distinct questions, {seconds} s per run, a content file touched mid-run");
            Console.WriteLine("| setup | concurrency | turns/s | p50 ms | p99 ms | errors | RSS MB (each instance, after) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var concurrency in concurrencies)
            {
                var single = await LoadAsync(memory, concurrency, seconds, questions, content);
                Print("1 instance, memory", concurrency, single, [instanceMemory]);
                var scaled = await LoadAsync(proxy, concurrency, seconds, questions, content);
                Print("2 instances, Redis, haproxy", concurrency, scaled, [instanceA, instanceB]);
                Console.WriteLine($"|  ratio 2×Redis / 1×memory | {concurrency} | {scaled.TurnsPerSecond / single.TurnsPerSecond:0.00}× | | | | |");
            }
            return 0;
        }
        finally
        {
            foreach (var process in processes)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }
            }
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed record LoadResult(double TurnsPerSecond, double P50, double P99, int Errors);

    private static void Print(string setup, int concurrency, LoadResult result, Process[] instances) =>
        Console.WriteLine($"| {setup} | {concurrency} | {result.TurnsPerSecond:0} | {result.P50:0.0} | {result.P99:0.0} | " +
            $"{result.Errors} | {string.Join(", ", instances.Select(p => RssMegabytes(p).ToString("0", CultureInfo.InvariantCulture)))} |");

    // Each worker is one member: a conversation of its own, then questions one after another (a member waits for the
    // answer before asking again), every turn a POST of Direct Line activities answered inline.
    private static async Task<LoadResult> LoadAsync(int port, int concurrency, int seconds, string[] questions, string content)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        var touch = Task.Run(async () =>
        {
            await Task.Delay(duration / 2);
            var file = Directory.EnumerateFiles(Path.Combine(content, "faq"), "*.md").First();
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
            File.AppendAllText(file, "\n");
        });
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            var (conversation, token) = await StartAsync(http, worker);
            var next = worker * 37;
            while (stop.Elapsed < duration)
            {
                var question = questions[next++ % questions.Length];
                var body = JsonSerializer.Serialize(new { type = "message", text = question, from = new { id = "m" + worker, role = "user" } });
                using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        await touch;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), errors);
    }

    private static async Task<(string Conversation, string Token)> StartAsync(HttpClient http, int worker)
    {
        using var page = await http.PostAsync("api/webchat/token", null);
        page.EnsureSuccessStatusCode();
        var pageToken = (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", pageToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static double RssMegabytes(Process process)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }
        return double.NaN;
    }

    private static Process StartFaqBot(string dll, int port, string content, Dictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Content__Path"] = content,
            // Each instance's analytics in its own SQLite file beside the copied content.
            ["Analytics__DataFolder"] = Path.Combine(Path.GetDirectoryName(content)!, "analytics-" + port.ToString(CultureInfo.InvariantCulture)),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Bot__TypingDelay"] = "00:00:00",
            // The load generator is one address behind the proxy; a real deployment keeps the defaults.
            ["RateLimits__RequestsPerAddress"] = "100000000",
            ["RateLimits__ConversationsPerAddress"] = "100000",
            ["RateLimits__ActivitiesPerConversation"] = "100000000",
        };
        // appsettings.json is read from the working folder: run where the build put it.
        return Start("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"], environment, Path.GetDirectoryName(dll));
    }

    private static Process Start(string file, string[] arguments, Dictionary<string, string>? environment, string? folder = null)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"[{file}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitReadyAsync(int port)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"FaqBot on port {port} did not become ready");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
