using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.Channels.Teams.Package;

/// <summary>The Teams app package: a zip with manifest.json and the two icons at its root, validated before anything
/// is written so a broken configuration never leaves a half-written or invalid package behind.</summary>
public static class TeamsAppPackage
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds and validates the manifest; the problems found, or none.</summary>
    public static IReadOnlyList<string> Prepare(string? botId, TeamsPackageOptions options, out JsonObject manifest)
    {
        manifest = null!;
        if (string.IsNullOrWhiteSpace(botId))
        {
            return ["MicrosoftAppId is not set: register the bot in Azure (docs/TEAMS.md) and set MicrosoftAppId to its app id."];
        }
        var errors = new List<string>();
        try
        {
            TeamsIcons.ParseColor(options.AccentColor);
        }
        catch (FormatException ex)
        {
            errors.Add($"{TeamsPackageOptions.SectionName}:AccentColor: {ex.Message}");
        }
        manifest = TeamsManifest.Build(botId.Trim(), options);
        errors.AddRange(TeamsManifestValidator.Validate(manifest));
        return errors;
    }

    /// <summary>Writes the package for a manifest that <see cref="Prepare"/> accepted: to a temporary file beside
    /// <paramref name="path"/> first, then moved over it.</summary>
    public static void Write(JsonObject manifest, string accentColor, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var file = File.Create(temp))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
                Add(zip, TeamsManifest.ColorIconFile,
                    PngEncoder.Encode(TeamsIcons.ColorSize, TeamsIcons.ColorSize, TeamsIcons.Color(accentColor)));
                Add(zip, TeamsManifest.OutlineIconFile,
                    PngEncoder.Encode(TeamsIcons.OutlineSize, TeamsIcons.OutlineSize, TeamsIcons.Outline()));
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
