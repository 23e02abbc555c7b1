using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FaqIndex.Search.Evaluation;
using StackExchange.Redis;

namespace FaqBot.Benchmarks;

/// <summary>Two FaqBot processes on one redis-server behind Debian's haproxy (round robin) on loopback, next to one
/// in-memory FaqBot process, in the same run: Direct Line turns with distinct questions at several concurrencies,
/// a content file touched during every run (a reload), turns/s, p50/p99, errors, each process's RSS and the CPU each
/// kind of process spent per turn. <c>--diagnose</c> adds one Redis instance without the proxy and the in-memory
/// instance behind the proxy, to tell the cost of Redis from the cost of the hop.</summary>
internal static class ScaleOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(RepoPaths.Option(args, "--duration") ?? "8", CultureInfo.InvariantCulture);
        var concurrencies = (RepoPaths.Option(args, "--concurrency") ?? "1,4,16").Split(',').Select(int.Parse).ToArray();
        var diagnose = args.Contains("--diagnose");
        // --no-reload: no content file touched, to tell the reloads' cost from the turns'.
        var reloads = !args.Contains("--no-reload");
        // --env NAME=VALUE (repeatable): runtime settings for every FaqBot instance, e.g. DOTNET_gcServer=0, to compare them.
        var instanceSettings = args.Zip(args.Skip(1)).Where(pair => pair.First == "--env").Select(pair => pair.Second.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        var root = RepoPaths.FindRoot();
        var questions = EvalSet.Load(Path.Combine(root, "tests", "eval", "questions.tsv")).Select(q => q.Question).ToArray();
        // --faqbot DLL: another build of the service (e.g. the one before a change), run with its own appsettings.json.
        var faqBotDll = RepoPaths.Option(args, "--faqbot") ?? Path.Combine(root, "src", "FaqBot", "bin", "Release", "net10.0", "FaqBot.dll");
        if (!File.Exists(faqBotDll))
        {
            Console.Error.WriteLine($"build first: dotnet build src/FaqBot -c Release ({faqBotDll} missing)");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("faqbot-scale-").FullName;
        // The instances serve a copy of the content, so touching a file to trigger reloads never changes the repository.
        var content = Path.Combine(work, "content");
        CopyDirectory(Path.Combine(root, "content"), content);
        var processes = new List<Process>();
        try
        {
            var redisPort = FaqBotProcess.FreePort();
            var redis = Start("redis-server", ["--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", work], null);
            processes.Add(redis);
            var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            var redisSettings = new Dictionary<string, string>(instanceSettings)
            {
                ["State__Provider"] = "Redis",
                ["ConnectionStrings__Redis"] = $"127.0.0.1:{redisPort}",
                ["DirectLine__TokenSigningKey"] = key,
                ["Proxy__KnownProxies__0"] = "127.0.0.1",
            };
            var (a, b, memory, proxy, memoryProxy) = (FaqBotProcess.FreePort(), FaqBotProcess.FreePort(), FaqBotProcess.FreePort(), FaqBotProcess.FreePort(), FaqBotProcess.FreePort());
            var instanceA = StartFaqBot(faqBotDll, a, content, redisSettings);
            var instanceB = StartFaqBot(faqBotDll, b, content, redisSettings);
            var instanceMemory = StartFaqBot(faqBotDll, memory, content, instanceSettings);
            processes.AddRange([instanceA, instanceB, instanceMemory]);
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
                frontend faqbot-memory
                  bind 127.0.0.1:{memoryProxy}
                  default_backend memory
                backend memory
                  server m 127.0.0.1:{memory}

                """);
            var haproxy = Start("haproxy", ["-f", haproxyConfig, "-db"], null);
            processes.Add(haproxy);
            foreach (var (port, instance) in new[] { (a, instanceA), (b, instanceB), (memory, instanceMemory) })
            {
                await FaqBotProcess.WaitReadyAsync(port, instance);
            }
            // Every instance answers the questions until its JIT has settled before anything is measured: JIT tiers and
            // result caches are then in the same state for each setup, whatever order the setups run in.
            var warmUp = new List<string>();
            foreach (var (name, port) in new[] { ("memory", memory), ("a", a), ("b", b) })
            {
                warmUp.Add($"{name} {await WarmAsync(port, questions)}");
            }
            var single = new Setup("1 instance, memory", memory, [instanceMemory]);
            var scaled = new Setup("2 instances, Redis, haproxy", proxy, [instanceA, instanceB]);
            Setup[] setups = diagnose
                ? [single, scaled, new Setup("1 instance, Redis, direct", a, [instanceA]), new Setup("1 instance, memory, haproxy", memoryProxy, [instanceMemory])]
                : [single, scaled];
            var meters = new Meters(redis, haproxy);
            using var redisAdmin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort},allowAdmin=true");
            var redisServer = redisAdmin.GetServer("127.0.0.1", redisPort);
            Console.WriteLine($"# scale-out: {questions.Length} distinct questions, {seconds} s per run, a content file touched " +
                $"mid-run; {Environment.ProcessorCount} cores; warm-up passes {string.Join(", ", warmUp)}; " +
                $"load average {ProcessMeter.LoadAverage()} at the start" +
                string.Concat(instanceSettings.Select(setting => $"; {setting.Key}={setting.Value}")));
            Console.WriteLine("| setup | concurrency | turns/s | p50 ms | p99 ms | errors | CPU µs/turn: FaqBot, redis, haproxy, client = total | Redis calls/turn | RSS MB (each instance, after) | load |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |");
            foreach (var concurrency in concurrencies)
            {
                var results = new LoadResult[setups.Length];
                for (var i = 0; i < setups.Length; i++)
                {
                    var before = meters.Read(setups[i].Instances);
                    var callsBefore = await RedisCallsAsync(redisServer);
                    results[i] = await LoadAsync(setups[i].Port, concurrency, TimeSpan.FromSeconds(seconds), questions, reloads ? content : null);
                    var cpu = meters.Read(setups[i].Instances) - before;
                    Print(setups[i], concurrency, results[i], cpu, CallsPerTurn(callsBefore, await RedisCallsAsync(redisServer), results[i].Turns));
                }
                Console.WriteLine($"| ratio 2×Redis / 1×memory | {concurrency} | {results[1].TurnsPerSecond / results[0].TurnsPerSecond:0.00}× | | | | | | | |");
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
                    process.WaitForExit(5000);
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

    private sealed record Setup(string Name, int Port, Process[] Instances);

    internal sealed record LoadResult(double TurnsPerSecond, double P50, double P99, int Errors, int Turns, string ErrorKinds);

    // CPU used so far by each kind of process: the FaqBot instances, redis-server, haproxy, this load generator.
    private readonly record struct CpuSample(TimeSpan Bot, TimeSpan Redis, TimeSpan Proxy, TimeSpan Client)
    {
        public static CpuSample operator -(CpuSample after, CpuSample before) =>
            new(after.Bot - before.Bot, after.Redis - before.Redis, after.Proxy - before.Proxy, after.Client - before.Client);
    }

    private sealed class Meters(Process redis, Process haproxy)
    {
        // The instances of the setup measured: an idle instance's content reload is not a cost of the setup's turns.
        public CpuSample Read(Process[] instances)
        {
            var bot = TimeSpan.Zero;
            foreach (var instance in instances)
            {
                bot += ProcessMeter.CpuTime(instance);
            }
            return new CpuSample(bot, ProcessMeter.CpuTime(redis), ProcessMeter.CpuTime(haproxy), Process.GetCurrentProcess().TotalProcessorTime);
        }
    }

    // The commands FaqBot sends itself (each a round trip), so a row shows the round trips of a turn; Redis also counts
    // the commands a script runs, so HGET includes the one of the state-saving script.
    private static readonly HashSet<string> ClientCommands = new(StringComparer.Ordinal) { "evalsha", "eval", "hget", "hmget", "zrangebyscore" };

    // Calls per command since the server started.
    private static async Task<Dictionary<string, long>> RedisCallsAsync(IServer server)
    {
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in await server.InfoAsync("commandstats"))
        {
            foreach (var (name, value) in group)
            {
                var field = value.Split(',')[0];
                if (name.StartsWith("cmdstat_", StringComparison.Ordinal) && field.StartsWith("calls=", StringComparison.Ordinal))
                {
                    calls[name["cmdstat_".Length..]] = long.Parse(field["calls=".Length..], CultureInfo.InvariantCulture);
                }
            }
        }
        return calls;
    }

    private static string CallsPerTurn(Dictionary<string, long> before, Dictionary<string, long> after, int turns)
    {
        var parts = after
            .Select(pair => (Command: pair.Key, Calls: pair.Value - before.GetValueOrDefault(pair.Key)))
            .Where(pair => ClientCommands.Contains(pair.Command) && pair.Calls > 0 && turns > 0)
            .OrderByDescending(pair => pair.Calls)
            .Select(pair => $"{pair.Command} {(double)pair.Calls / turns:0.0}");
        return string.Join(", ", parts);
    }

    private static void Print(Setup setup, int concurrency, LoadResult result, CpuSample cpu, string redisCalls)
    {
        double PerTurn(TimeSpan time) => result.Turns == 0 ? double.NaN : time.TotalMicroseconds / result.Turns;
        var total = PerTurn(cpu.Bot) + PerTurn(cpu.Redis) + PerTurn(cpu.Proxy) + PerTurn(cpu.Client);
        Console.WriteLine($"| {setup.Name} | {concurrency} | {result.TurnsPerSecond:0} | {result.P50:0.0} | {result.P99:0.0} | " +
            $"{result.Errors}{(result.Errors > 0 ? $" ({result.ErrorKinds})" : "")} | {PerTurn(cpu.Bot):0}, {PerTurn(cpu.Redis):0}, {PerTurn(cpu.Proxy):0}, {PerTurn(cpu.Client):0} = {total:0} | {redisCalls} | " +
            $"{string.Join(", ", setup.Instances.Select(p => ProcessMeter.RssMegabytes(p).ToString("0", CultureInfo.InvariantCulture)))} | " +
            $"{ProcessMeter.LoadAverage()} |");
    }

    // Passes over the questions until one compiles fewer methods than this (tier-up and PGO rejits go on in the
    // background for thousands of methods after the first pass; a loaded machine makes that take longer).
    private const int SettledMethods = 50;

    private const int MaxWarmUpPasses = 20;

    // Warms one instance directly (not through the proxy), a pass of every question at a time, until the JIT has
    // settled; returns the passes it took.
    internal static async Task<int> WarmAsync(int port, string[] questions)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        var before = await CompiledMethodsAsync(http);
        for (var pass = 1; pass < MaxWarmUpPasses; pass++)
        {
            await LoadAsync(port, 4, TimeSpan.FromMinutes(2), questions, touch: null, turns: questions.Length);
            // The background compiler then works off what the pass queued; the next pass shows whether it is done.
            await Task.Delay(TimeSpan.FromSeconds(1));
            var after = await CompiledMethodsAsync(http);
            // An older build without the runtime's meter gets two passes.
            if (pass >= 2 && (after is null || after - before < SettledMethods))
            {
                return pass;
            }
            before = after;
        }
        return MaxWarmUpPasses;
    }

    // The runtime's count of methods compiled (System.Runtime meter, exported at /metrics), null when not exported.
    private static async Task<long?> CompiledMethodsAsync(HttpClient http)
    {
        const string name = "dotnet_jit_compiled_methods_total";
        foreach (var line in (await http.GetStringAsync("metrics")).Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                return (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    // Each worker is one member: a conversation of its own, then questions one after another (a member waits for the
    // answer before asking again), every turn a POST of Direct Line activities answered inline. Runs for the duration,
    // or until that many turns are done; touches a content file halfway through the duration when given the folder.
    internal static async Task<LoadResult> LoadAsync(int port, int concurrency, TimeSpan duration, string[] questions, string? touch,
        int turns = int.MaxValue)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var errorKinds = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var started = 0;
        var stop = Stopwatch.StartNew();
        var reload = touch is null ? Task.CompletedTask : Task.Run(async () =>
        {
            await Task.Delay(duration / 2);
            var file = Directory.EnumerateFiles(Path.Combine(touch, "faq"), "*.md").First();
            File.AppendAllText(file, "\n");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        });
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            var (conversation, token, _) = await DirectLineStart.OpenAsync(http);
            var next = worker * 37;
            while (stop.Elapsed < duration && Interlocked.Increment(ref started) <= turns)
            {
                var question = questions[next++ % questions.Length];
                var body = JsonSerializer.Serialize(new { type = "message", text = question, from = new { id = "m" + worker, role = "user" } });
                using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        errorKinds.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                        continue;
                    }
                }
                catch (HttpRequestException ex)
                {
                    Interlocked.Increment(ref errors);
                    errorKinds.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                    continue;
                }
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        await reload;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length / elapsed, Percentiles.At(all, 0.50), Percentiles.At(all, 0.99), errors, all.Length + errors,
            string.Join(" ", errorKinds.Select(kind => $"{kind.Key}×{kind.Value}")));
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
        // The instances log warnings and errors to stdout (console logger: a "warn:"/"fail:" line, then the message);
        // the readiness checks failing while an instance starts are expected.
        var relayNext = false;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }
            var header = (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal))
                && !line.Contains("HealthCheck", StringComparison.Ordinal);
            if (relayNext || header)
            {
                Console.Error.WriteLine($"[{file} {process.Id}] {line}");
            }
            relayNext = header;
        };
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

    internal static void CopyDirectory(string from, string to)
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
