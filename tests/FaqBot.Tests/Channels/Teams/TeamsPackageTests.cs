using System.IO.Compression;
using System.Text.Json;
using FaqBot.Channels.Teams.Package;
using FaqBot.Cli;
using FaqBot.Tests.Cli;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "6f1b3a52-1c1d-4a4e-9b7e-0d7e3c2a9f10";
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IConfiguration Configuration(Dictionary<string, string?>? changes = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["Teams:Package:DeveloperName"] = "みらい健康保険組合",
            ["Teams:Package:WebsiteUrl"] = "https://www.mirai-kenpo.example.jp/",
            ["Teams:Package:PrivacyUrl"] = "https://www.mirai-kenpo.example.jp/privacy",
            ["Teams:Package:TermsOfUseUrl"] = "https://www.mirai-kenpo.example.jp/terms",
            ["Teams:Package:ValidDomains:0"] = "*.mirai-kenpo.example.jp",
        };
        foreach (var (key, value) in changes ?? [])
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private (int Exit, string Out, string Err) Run(IConfiguration configuration, string path)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TeamsPackageCommand.Run(path, configuration, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_package_holds_a_valid_manifest_and_icons_of_the_right_sizes()
    {
        var path = Path.Combine(_folder, "faqbot-teams.zip");
        var (exit, output, error) = Run(Configuration(), path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains(AppId, output);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(new[] { "color.png", "manifest.json", "outline.png" }, zip.Entries.Select(e => e.FullName).Order().ToArray());

        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonDocument.Parse(manifestStream).RootElement;
        Assert.Equal("1.22", manifest.GetProperty("manifestVersion").GetString());
        Assert.Equal(TeamsManifest.SchemaUrl, manifest.GetProperty("$schema").GetString());
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(new[] { "personal", "team", "groupChat" }, bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands");
        Assert.InRange(commands.GetArrayLength(), 1, 10);
        Assert.All(commands.EnumerateArray(), c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.Equal(new[] { "www.mirai-kenpo.example.jp", "*.mirai-kenpo.example.jp" },
            manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()!).ToArray());
        var name = manifest.GetProperty("name");
        Assert.InRange(name.GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(name.GetProperty("full").GetString()!.Length, 1, 100);
        Assert.Contains("マイナ保険証", manifest.GetProperty("description").GetProperty("short").GetString());
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        Assert.Equal("みらい健康保険組合", manifest.GetProperty("developer").GetProperty("name").GetString());

        var color = PngReader.Decode(Read(zip, manifest.GetProperty("icons").GetProperty("color").GetString()!));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(Pixels(color).All(p => p.A == 255), "the colour icon is opaque");
        Assert.True(Pixels(color).Distinct().Count() > 2, "the colour icon is more than one colour");

        var outline = PngReader.Decode(Read(zip, manifest.GetProperty("icons").GetProperty("outline").GetString()!));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(Pixels(outline).All(p => p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255)), "outline pixels are white or transparent");
        Assert.Contains(Pixels(outline), p => p.A == 0);
        Assert.Contains(Pixels(outline), p => p.A == 255);
        Assert.Equal(0, Pixels(outline).First().A);
    }

    [Fact]
    public void Without_microsoft_app_id_it_says_so_and_writes_nothing()
    {
        var path = Path.Combine(_folder, "none.zip");
        var (exit, _, error) = Run(Configuration(new() { ["MicrosoftAppId"] = "" }), path);

        Assert.Equal(1, exit);
        Assert.Contains("MicrosoftAppId is not set", error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task The_verb_is_registered_and_refuses_without_an_app_id()
    {
        var (exit, _, error) = await CliRunner.RunAsync(string.Empty, "teams-package", "--out", Path.Combine(_folder, "cli.zip"));

        Assert.Equal(1, exit);
        Assert.Contains("MicrosoftAppId", error);
    }

    public static TheoryData<string, string?, string> BrokenSettings => new()
    {
        { "MicrosoftAppId", "my-bot", "id: must be a GUID" },
        { "Teams:Package:WebsiteUrl", "http://www.mirai-kenpo.example.jp/", "developer.websiteUrl: must be an https:// address" },
        { "Teams:Package:PrivacyUrl", "", "developer.privacyUrl: required" },
        { "Teams:Package:DeveloperName", new string('健', 33), "developer.name: at most 32 characters" },
        { "Teams:Package:ShortName", "みらい健康保険組合のとても長い名前のFAQチャットボットアプリです", "name.short: at most 30 characters" },
        { "Teams:Package:FullName", "健保FAQチャット", "name.full: must differ from name.short" },
        { "Teams:Package:Version", "1.0", "version: must be MAJOR.MINOR.PATCH" },
        { "Teams:Package:AccentColor", "blue", "AccentColor" },
        { "Teams:Package:ValidDomains:0", "foo.*.mirai-kenpo.example.jp", "validDomains: 'foo.*.mirai-kenpo.example.jp' is not a domain" },
        { "Teams:Package:ValidDomains:0", "https://evil.example/path", "is not a domain" },
        { "Teams:Package:ValidDomains:0", "*.jp", "is not a domain" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public void A_broken_setting_is_named_and_an_existing_package_is_left_alone(string key, string? value, string expected)
    {
        var path = Path.Combine(_folder, "existing.zip");
        File.WriteAllText(path, "the package uploaded last time");

        var (exit, _, error) = Run(Configuration(new() { [key] = value }), path);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error);
        Assert.Equal("the package uploaded last time", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void More_than_sixteen_valid_domains_are_refused()
    {
        var changes = new Dictionary<string, string?>();
        for (var i = 0; i < 17; i++)
        {
            changes[$"Teams:Package:ValidDomains:{i}"] = $"site{i}.mirai-kenpo.example.jp";
        }
        var (exit, _, error) = Run(Configuration(changes), Path.Combine(_folder, "many.zip"));

        Assert.Equal(1, exit);
        Assert.Contains("validDomains: at most 16", error);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_clear_error()
    {
        var (exit, _, error) = Run(Configuration(), Path.Combine(_folder, "missing", "sub", "x.zip"));

        Assert.Equal(1, exit);
        Assert.Contains("cannot write", error);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngReader.Image image)
    {
        for (var i = 0; i < image.Rgba.Length; i += 4)
        {
            yield return (image.Rgba[i], image.Rgba[i + 1], image.Rgba[i + 2], image.Rgba[i + 3]);
        }
    }
}
