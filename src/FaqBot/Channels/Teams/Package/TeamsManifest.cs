using System.Text.Json.Nodes;
using FaqBot.Dialogs;

namespace FaqBot.Channels.Teams.Package;

/// <summary>The app manifest (schema v1.22, the current one) of the FaqBot Teams app: one bot in personal, team and
/// group chat scopes, Japanese names and descriptions, example questions as the bot's command list (Teams mobile needs
/// one), and the domains the answers link to.</summary>
public static class TeamsManifest
{
    /// <summary>The manifest schema version written.</summary>
    public const string SchemaVersion = "1.22";

    /// <summary>The schema's address for <see cref="SchemaVersion"/>.</summary>
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";

    /// <summary>File name of the colour icon in the package.</summary>
    public const string ColorIconFile = "color.png";

    /// <summary>File name of the outline icon in the package.</summary>
    public const string OutlineIconFile = "outline.png";

    /// <summary>Short description (at most 80 characters).</summary>
    public const string ShortDescription = "マイナ保険証・資格確認書・資格情報のお知らせのご質問に、FAQからお答えします。";

    /// <summary>Full description (at most 4000 characters).</summary>
    public const string FullDescription =
        "健康保険組合のFAQチャットです。マイナ保険証の使い方や利用登録、資格確認書の有効期限・再交付、" +
        "資格情報のお知らせ、マイナンバーカードを紛失したときの連絡先などについて、当組合のFAQをもとにお答えします。\n\n" +
        "事業所の健康保険ご担当者さまには、資格取得・喪失時の届出や資格確認書の回収・返却など、事業主側の手続きもご案内します。" +
        "チャネルでは @メンションを付けてご質問ください。回答はご質問のスレッドに返信します。\n\n" +
        "お答えできないご質問は、ヘルプデスクの電話番号と、いま受付中かどうか・次の受付時間をご案内します。" +
        "マイナンバーや電話番号などの個人情報は入力しないでください。";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    /// <summary>Builds the manifest for bot <paramref name="botId"/>.</summary>
    public static JsonObject Build(string botId, TeamsPackageOptions options)
    {
        var appId = string.IsNullOrWhiteSpace(options.AppId) ? botId : options.AppId;
        var commands = new JsonArray();
        foreach (var example in Messages.ExampleQuestions)
        {
            commands.Add(new JsonObject { ["title"] = example, ["description"] = $"「{example}」と質問します" });
        }
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = SchemaVersion,
            ["version"] = options.Version,
            ["id"] = appId,
            ["localizationInfo"] = new JsonObject { ["defaultLanguageTag"] = "ja-jp" },
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl,
                ["privacyUrl"] = options.PrivacyUrl,
                ["termsOfUseUrl"] = options.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = options.ShortName, ["full"] = options.FullName },
            ["description"] = new JsonObject { ["short"] = ShortDescription, ["full"] = FullDescription },
            ["icons"] = new JsonObject { ["color"] = ColorIconFile, ["outline"] = OutlineIconFile },
            ["accentColor"] = options.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = botId,
                    ["scopes"] = ToArray(Scopes),
                    ["supportsFiles"] = false,
                    ["isNotificationOnly"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject { ["scopes"] = ToArray(Scopes), ["commands"] = commands },
                    },
                },
            },
            ["validDomains"] = ToArray(ValidDomains(options)),
        };
    }

    // The website's own host first, then the configured ones, each once.
    private static List<string> ValidDomains(TeamsPackageOptions options)
    {
        var domains = new List<string>();
        if (Uri.TryCreate(options.WebsiteUrl, UriKind.Absolute, out var site) && site.Host.Length > 0)
        {
            domains.Add(site.IdnHost);
        }
        foreach (var domain in options.ValidDomains)
        {
            var trimmed = domain.Trim();
            if (trimmed.Length > 0 && !domains.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                domains.Add(trimmed);
            }
        }
        return domains;
    }

    private static JsonArray ToArray(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value);
        }
        return array;
    }
}
