using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FaqBot.Benchmarks;

/// <summary>A real FaqBot process (the Release build's FaqBot.dll, run in its build folder so appsettings.json is read)
/// on a loopback port, with its resident memory read from /proc.</summary>
internal sealed class FaqBotProcess : IDisposable
{
    private readonly Process _process;

    private FaqBotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The process id, for tools that attach to it (dotnet-gcdump) or read its /proc files.</summary>
    public int Id => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The built FaqBot.dll, or null (with a message) when it has not been built.</summary>
    public static string? FindBuild(string root)
    {
        var dll = Path.Combine(root, "src", "FaqBot", "bin", "Release", "net10.0", "FaqBot.dll");
        if (File.Exists(dll))
        {
            return dll;
        }
        Console.Error.WriteLine($"build first: dotnet build src/FaqBot -c Release ({dll} missing)");
        return null;
    }

    /// <summary>Starts the service with the given environment (configuration keys with <c>__</c>) and waits until
    /// /health/ready answers 200.</summary>
    public static async Task<FaqBotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll),
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"[faqbot:{port}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new FaqBotProcess(process, port);
        await WaitReadyAsync(port, process);
        return instance;
    }

    /// <summary>User + system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime() => ProcessMeter.CpuTime(_process);

    /// <summary>Resident set size now (VmRSS), in MB.</summary>
    public double RssMegabytes() => ReadStatus("VmRSS:");

    /// <summary>The highest resident set size the process ever had (VmHWM), in MB.</summary>
    public double PeakRssMegabytes() => ReadStatus("VmHWM:");

    private double ReadStatus(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }
        return double.NaN;
    }

    /// <summary>Waits until the instance on <paramref name="port"/> answers /health/ready with 200; an instance that
    /// exits while starting is reported at once, with its exit code.</summary>
    public static async Task WaitReadyAsync(int port, Process instance)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (instance.HasExited)
            {
                throw new InvalidOperationException($"FaqBot on port {port} exited with code {instance.ExitCode} while starting");
            }
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

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
