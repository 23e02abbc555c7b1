using Microsoft.Playwright;

namespace FaqBot.Tests.TestHosting;

/// <summary>One headless Debian Chromium for the browser tests, driven by Playwright's bundled driver (no
/// `playwright install`); profile and cache folders live in a temp folder.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "faqbot-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults under the test output folder.</summary>
    public static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_home);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            Env = new Dictionary<string, string>
            {
                ["XDG_CONFIG_HOME"] = Path.Combine(_home, "config"),
                ["XDG_CACHE_HOME"] = Path.Combine(_home, "cache"),
                ["HOME"] = _home,
            },
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a cache file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>Browser tests share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
