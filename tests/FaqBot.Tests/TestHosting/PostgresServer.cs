using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FaqBot.Tests.TestHosting;

/// <summary>A real PostgreSQL server from Debian's packages: initdb into a temp folder and pg_ctl on a free loopback
/// port, run as the <c>postgres</c> user when the tests run as root (initdb refuses root). One database, trust auth on
/// loopback only, stopped and deleted afterwards.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string User = "faqbot";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "faqbot-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = "";

    public int Port { get; private set; }

    public string ConnectionString(string database = "faqbot") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database, Timeout = 5 }.ToString();

    public string DataFolder => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBin();
        Directory.CreateDirectory(_folder);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _folder], asPostgres: false);
        }
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true);
        await StartAsync();
        await CreateDatabaseAsync("faqbot");
    }

    /// <summary>Creates an empty database (a plain identifier).</summary>
    public async Task CreateDatabaseAsync(string name)
    {
        Assert.Matches("^[a-z0-9_]+$", name);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Starts (or restarts) the server on its port.</summary>
    public async Task StartAsync()
    {
        if (Port == 0)
        {
            Port = FreePort();
        }
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off -c full_page_writes=off";
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-o", options, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"], asPostgres: true);
        NpgsqlConnection.ClearAllPools(); // the tests' own pooled connections died with the last run
    }

    /// <summary>Stops the server at once (as a crash would).</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], asPostgres: true);

    public async Task DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBin()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL is not installed (./test.sh installs the Debian package postgresql).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await stdout} {await stderr}");
        }
    }
}
