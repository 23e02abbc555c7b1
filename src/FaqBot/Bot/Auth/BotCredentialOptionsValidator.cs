using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Auth;

/// <summary>Checks the bot's identity at start-up and names the key that is wrong: a known app type, what that type
/// needs, and HTTPS for every metadata address except loopback ones (local tests, the Emulator) and for the token
/// authority always.</summary>
internal sealed class BotCredentialOptionsValidator : IValidateOptions<BotCredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialOptions options)
    {
        var errors = new List<string>();
        if (options.AppType == BotAppType.Unknown)
        {
            errors.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }
        if (!options.IsAnonymous)
        {
            if (options.AppType is BotAppType.MultiTenant or BotAppType.SingleTenant && string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                errors.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (MultiTenant and SingleTenant).");
            }
            if (options.AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                errors.Add("MicrosoftAppTenantId is required for SingleTenant and UserAssignedMSI bots.");
            }
            if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
            {
                errors.Add("ToChannelFromBotOAuthScope must not be empty.");
            }
            if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
            {
                errors.Add("ToBotFromChannelTokenIssuer must not be empty.");
            }
            CheckUrl(errors, "ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl, required: true);
            CheckUrl(errors, "ToBotFromEmulatorOpenIdMetadataUrl", options.ToBotFromEmulatorOpenIdMetadataUrl, required: false);
            // MSAL itself refuses an authority that is not https, loopback or not.
            if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl)
                && !(Uri.TryCreate(options.ToChannelFromBotLoginUrl, UriKind.Absolute, out var login) && login.Scheme == Uri.UriSchemeHttps))
            {
                errors.Add("ToChannelFromBotLoginUrl must be an absolute https URL.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>True for an absolute https URL, or http on a loopback address.</summary>
    public static bool IsSecureOrLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static void CheckUrl(List<string> errors, string key, string? url, bool required)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            if (required)
            {
                errors.Add($"{key} must not be empty.");
            }
            return;
        }
        if (!IsSecureOrLoopback(url))
        {
            errors.Add($"{key} must be an absolute https URL (http only on a loopback address).");
        }
    }
}
