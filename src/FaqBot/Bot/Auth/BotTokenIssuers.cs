namespace FaqBot.Bot.Auth;

/// <summary>The issuers of tokens that may call the bot: the channels' (api.botframework.com, from the channel
/// metadata), and Entra's v1 and v2 issuers for the Bot Framework tenants (the Emulator) and, for a SingleTenant
/// bot, for its own tenant (from the Emulator metadata, whose keys Entra shares across tenants).</summary>
public static class BotTokenIssuers
{
    // The Bot Framework's Entra tenants: the Emulator's, and botframework.com's.
    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>The Entra issuers accepted for <paramref name="options"/>: v1 and v2 of each Bot Framework tenant, and
    /// of the bot's own tenant when it is SingleTenant.</summary>
    public static IReadOnlyList<string> EntraIssuers(BotCredentialOptions options)
    {
        var issuers = new List<string>();
        foreach (var tenant in BotFrameworkTenants)
        {
            AddTenant(issuers, tenant);
        }
        if (options.AppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            AddTenant(issuers, options.MicrosoftAppTenantId.Trim());
        }
        return issuers;
    }

    private static void AddTenant(List<string> issuers, string tenant)
    {
        issuers.Add($"https://sts.windows.net/{tenant}/");
        issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
    }
}
