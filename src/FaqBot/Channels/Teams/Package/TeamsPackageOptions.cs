namespace FaqBot.Channels.Teams.Package;

/// <summary>The <c>Teams:Package</c> configuration section: what the app package tells Teams about the kenpo's app.
/// The bot id is <c>MicrosoftAppId</c> (the Bot Framework key), not a key of this section.</summary>
public sealed class TeamsPackageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Teams:Package";

    /// <summary>The app's version (MAJOR.MINOR.PATCH); raise it for every package uploaded again.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>The app's id in Teams; empty: the bot's <c>MicrosoftAppId</c>.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Short name (at most 30 characters) shown in the app bar and headers.</summary>
    public string ShortName { get; set; } = "健保FAQチャット";

    /// <summary>Full name (at most 100 characters) shown in the app catalogue.</summary>
    public string FullName { get; set; } = "健康保険組合 FAQチャット（マイナ保険証・資格確認書）";

    /// <summary>The publisher's name (at most 32 characters), e.g. the kenpo's name.</summary>
    public string DeveloperName { get; set; } = string.Empty;

    /// <summary>The kenpo's website (https).</summary>
    public string WebsiteUrl { get; set; } = string.Empty;

    /// <summary>The privacy policy (https).</summary>
    public string PrivacyUrl { get; set; } = string.Empty;

    /// <summary>The terms of use (https).</summary>
    public string TermsOfUseUrl { get; set; } = string.Empty;

    /// <summary>Domains the app may open inside Teams besides the website's own (at most 16 in all).</summary>
    public List<string> ValidDomains { get; set; } = [];

    /// <summary>The colour behind the icons (#RRGGBB).</summary>
    public string AccentColor { get; set; } = "#1E6FB8";
}
