using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FaqBot.Tests.TestHosting;

/// <summary>The real FaqBot app (same registrations and endpoints as Program.cs) on a real Kestrel socket at
/// 127.0.0.1, port chosen by the OS. Tests may add settings and replace services (a test bot, a clock).</summary>
public sealed class FaqBotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FaqBotServer(WebApplication app, Uri baseAddress, CapturedLogs logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<FaqBotServer> StartAsync(IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepositoryPaths.FaqBotProject,
            EnvironmentName = "Production",
            Args = [],
        });
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            // Analytics of test turns go to a temp folder, never to the user's data folder.
            ["Analytics:DataFolder"] = Path.Combine(Path.GetTempPath(), "faqbot-analytics-" + Guid.NewGuid().ToString("N")),
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>())
        {
            values[pair.Key] = pair.Value;
        }
        builder.Configuration.AddInMemoryCollection(values);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddFaqBot(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapFaqBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FaqBotServer(app, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
