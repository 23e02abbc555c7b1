using System.CommandLine;
using FaqBot.Channels.Teams.Package;

namespace FaqBot.Cli;

/// <summary>The `teams-package` verb: writes the Teams app package (manifest.json + icons) for this bot, from the same
/// configuration the service reads (appsettings.json, environment variables).</summary>
internal static class TeamsPackageCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where to write the package.", DefaultValueFactory = _ => "faqbot-teams.zip" };
        var command = new Command("teams-package", "Writes the Teams app package (manifest.json, color.png, outline.png).") { output };
        command.SetAction(result => Run(result.GetValue(output)!, LoadConfiguration(), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Validates, then writes; exit code 0 when written, 1 when the configuration is incomplete or invalid.</summary>
    public static int Run(string path, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var options = new TeamsPackageOptions();
        configuration.GetSection(TeamsPackageOptions.SectionName).Bind(options);
        var problems = TeamsAppPackage.Prepare(configuration["MicrosoftAppId"], options, out var manifest);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"teams-package: {problem}");
            }
            error.WriteLine($"teams-package: nothing written. Set the keys above (section {TeamsPackageOptions.SectionName}, see docs/TEAMS.md).");
            return 1;
        }
        try
        {
            TeamsAppPackage.Write(manifest, options.AccentColor, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"teams-package: cannot write {path}: {ex.Message}");
            return 1;
        }
        output.WriteLine($"teams-package: wrote {path} (app {manifest["id"]}, manifest {TeamsManifest.SchemaVersion})");
        return 0;
    }

    private static IConfiguration LoadConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
