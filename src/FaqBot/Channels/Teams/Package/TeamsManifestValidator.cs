using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FaqBot.Channels.Teams.Package;

/// <summary>Checks a manifest against the required fields and limits of the Teams app manifest schema v1.22 before a
/// package is written, so Teams' upload never is the first to say what is wrong. Each problem names the field.</summary>
public static partial class TeamsManifestValidator
{
    private static readonly HashSet<string> BotScopes = ["personal", "team", "groupChat", "copilot"];

    /// <summary>Every problem found; empty when the manifest is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonObject manifest)
    {
        var errors = new List<string>();
        Require(errors, manifest, "manifestVersion", 1, 16, v =>
            v == TeamsManifest.SchemaVersion ? null : $"must be {TeamsManifest.SchemaVersion}");
        Require(errors, manifest, "version", 1, 256, v =>
            SemVer().IsMatch(v) ? null : "must be MAJOR.MINOR.PATCH (e.g. 1.0.0)");
        Require(errors, manifest, "id", 1, 64, v => Guid.TryParse(v, out _) ? null : "must be a GUID (the Microsoft app id)");
        Require(errors, manifest, "accentColor", 7, 7, v => HexColor().IsMatch(v) ? null : "must be an HTML colour such as #1E6FB8");

        if (Object(errors, manifest, "developer") is { } developer)
        {
            Require(errors, developer, "name", 1, 32, null, "developer.");
            foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            {
                Require(errors, developer, url, 1, 2048, HttpsUrl, "developer.");
            }
        }
        if (Object(errors, manifest, "name") is { } name)
        {
            var shortName = Require(errors, name, "short", 1, 30, null, "name.");
            var fullName = Require(errors, name, "full", 1, 100, null, "name.");
            if (shortName is not null && shortName == fullName)
            {
                errors.Add("name.full: must differ from name.short");
            }
        }
        if (Object(errors, manifest, "description") is { } description)
        {
            var shortText = Require(errors, description, "short", 1, 80, null, "description.");
            var fullText = Require(errors, description, "full", 1, 4000, null, "description.");
            if (shortText is not null && fullText is not null && fullText.Contains(shortText, StringComparison.Ordinal))
            {
                errors.Add("description.full: must not repeat description.short");
            }
        }
        if (Object(errors, manifest, "icons") is { } icons)
        {
            Require(errors, icons, "color", 1, 2048, RelativeFile, "icons.");
            Require(errors, icons, "outline", 1, 2048, RelativeFile, "icons.");
        }
        ValidateBots(errors, manifest);
        ValidateDomains(errors, manifest);
        return errors;
    }

    private static void ValidateBots(List<string> errors, JsonObject manifest)
    {
        if (manifest["bots"] is not JsonArray bots)
        {
            errors.Add("bots: required for a bot app");
            return;
        }
        if (bots.Count != 1)
        {
            errors.Add($"bots: must hold exactly one bot, has {bots.Count}");
        }
        for (var i = 0; i < bots.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"bots[{i}].");
            if (bots[i] is not JsonObject bot)
            {
                errors.Add($"{prefix[..^1]}: must be an object");
                continue;
            }
            Require(errors, bot, "botId", 1, 64, v => Guid.TryParse(v, out _) ? null : "must be a GUID (MicrosoftAppId)", prefix);
            ValidateScopes(errors, bot["scopes"], prefix + "scopes", 4);
            if (bot["commandLists"] is JsonArray lists)
            {
                if (lists.Count > 3)
                {
                    errors.Add($"{prefix}commandLists: at most 3, has {lists.Count}");
                }
                for (var j = 0; j < lists.Count; j++)
                {
                    var listPrefix = string.Create(CultureInfo.InvariantCulture, $"{prefix}commandLists[{j}].");
                    if (lists[j] is not JsonObject list)
                    {
                        errors.Add($"{listPrefix[..^1]}: must be an object");
                        continue;
                    }
                    ValidateScopes(errors, list["scopes"], listPrefix + "scopes", 3);
                    if (list["commands"] is not JsonArray commands || commands.Count is 0 or > 10)
                    {
                        errors.Add($"{listPrefix}commands: 1 to 10 commands required");
                        continue;
                    }
                    for (var k = 0; k < commands.Count; k++)
                    {
                        var commandPrefix = string.Create(CultureInfo.InvariantCulture, $"{listPrefix}commands[{k}].");
                        if (commands[k] is JsonObject command)
                        {
                            Require(errors, command, "title", 1, 32, null, commandPrefix);
                            Require(errors, command, "description", 1, 128, null, commandPrefix);
                        }
                        else
                        {
                            errors.Add($"{commandPrefix[..^1]}: must be an object");
                        }
                    }
                }
            }
        }
    }

    private static void ValidateScopes(List<string> errors, JsonNode? node, string field, int max)
    {
        if (node is not JsonArray scopes || scopes.Count == 0 || scopes.Count > max)
        {
            errors.Add($"{field}: 1 to {max} scopes required");
            return;
        }
        var seen = new HashSet<string>();
        foreach (var scope in scopes)
        {
            var value = scope?.GetValueKind() == System.Text.Json.JsonValueKind.String ? scope.GetValue<string>() : null;
            if (value is null || !BotScopes.Contains(value) || !seen.Add(value))
            {
                errors.Add($"{field}: '{scope}' is not a scope (personal, team, groupChat) or is repeated");
            }
        }
    }

    private static void ValidateDomains(List<string> errors, JsonObject manifest)
    {
        if (manifest["validDomains"] is null)
        {
            return;
        }
        if (manifest["validDomains"] is not JsonArray domains)
        {
            errors.Add("validDomains: must be a list of domains");
            return;
        }
        if (domains.Count > 16)
        {
            errors.Add($"validDomains: at most 16, has {domains.Count}");
        }
        foreach (var node in domains)
        {
            var domain = node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
            if (domain is null || domain.Length is 0 or > 2048 || !IsDomain(domain))
            {
                errors.Add($"validDomains: '{node}' is not a domain (no scheme or path; a wildcard only as whole leading labels, e.g. *.example.jp)");
            }
        }
    }

    // "*.example.jp" is fine, "foo.*.example.jp" and "*.jp" are not; no scheme, port-less host only.
    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }
        var wildcardsDone = false;
        var concrete = 0;
        foreach (var label in labels)
        {
            if (label == "*")
            {
                if (wildcardsDone)
                {
                    return false;
                }
                continue;
            }
            wildcardsDone = true;
            if (!DomainLabel().IsMatch(label))
            {
                return false;
            }
            concrete++;
        }
        return concrete >= 2;
    }

    private static JsonObject? Object(List<string> errors, JsonObject parent, string field)
    {
        if (parent[field] is JsonObject value)
        {
            return value;
        }
        errors.Add($"{field}: required");
        return null;
    }

    private static string? Require(List<string> errors, JsonObject parent, string field, int min, int max,
        Func<string, string?>? check, string prefix = "")
    {
        var node = parent[field];
        if (node is null || node.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            errors.Add($"{prefix}{field}: required");
            return null;
        }
        var value = node.GetValue<string>();
        if (value.Trim().Length < min)
        {
            errors.Add($"{prefix}{field}: required (empty)");
            return null;
        }
        if (value.Length > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}{field}: at most {max} characters, has {value.Length}"));
            return value;
        }
        if (check?.Invoke(value) is { } problem)
        {
            errors.Add($"{prefix}{field}: {problem}");
        }
        return value;
    }

    private static string? HttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
            ? null
            : "must be an https:// address";

    private static string? RelativeFile(string value) =>
        value.Contains("..", StringComparison.Ordinal) || value.StartsWith('/') || value.Contains(':', StringComparison.Ordinal)
            ? "must be a file name inside the package"
            : null;

    [GeneratedRegex(@"^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")]
    private static partial Regex DomainLabel();
}
