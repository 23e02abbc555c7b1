using System.Diagnostics;
using System.Security.Cryptography;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>The Adaptive Cards JS renderer from npm (pinned in CardRenderer/package-lock.json), installed with
/// `npm ci` the first time and again whenever the lock file changes; node_modules is git-ignored.</summary>
public sealed class CardRendererFixture : IAsyncLifetime
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "FaqBot.Tests", "CardRenderer");

    public string AdaptiveCardsScript => Path.Combine(Folder, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    public string MarkdownScript => Path.Combine(Folder, "node_modules", "markdown-it", "dist", "browser", "markdown-it.umd.min.js");

    public async Task InitializeAsync()
    {
        var stamp = Path.Combine(Folder, "node_modules", ".faqbot-npm-ci.stamp");
        var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
        if (File.Exists(AdaptiveCardsScript) && File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == lockHash)
        {
            return;
        }
        var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund --ignore-scripts")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started (Node.js and npm are needed for the card renderer tests).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed ({process.ExitCode}): {await error}{await output}");
        }
        await File.WriteAllTextAsync(stamp, lockHash);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
