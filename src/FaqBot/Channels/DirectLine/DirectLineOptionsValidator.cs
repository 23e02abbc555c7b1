using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>Checks <see cref="DirectLineOptions"/> at start-up and names the key that is wrong.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var errors = new List<string>();
        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            errors.Add("DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.");
        }
        if (options.MaxConversations < 1)
        {
            errors.Add("DirectLine:MaxConversations must be positive.");
        }
        if (options.MaxActivitiesPerConversation < 10)
        {
            errors.Add("DirectLine:MaxActivitiesPerConversation must be at least 10.");
        }
        if (options.ConversationIdleTimeout < TimeSpan.FromMinutes(1))
        {
            errors.Add("DirectLine:ConversationIdleTimeout must be at least 00:01:00.");
        }
        if (options.PageSize < 1)
        {
            errors.Add("DirectLine:PageSize must be positive.");
        }
        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            errors.Add("DirectLine:BotId must not be empty.");
        }
        if (!string.IsNullOrEmpty(options.TokenSigningKey))
        {
            var bytes = new byte[options.TokenSigningKey.Length];
            if (!Convert.TryFromBase64String(options.TokenSigningKey, bytes, out var length) || length < 32)
            {
                errors.Add("DirectLine:TokenSigningKey must be base64 of at least 32 bytes.");
            }
        }
        if (!string.IsNullOrEmpty(options.Secret) && !Uri.TryCreate(options.AzureEndpoint, UriKind.Absolute, out _))
        {
            errors.Add("DirectLine:AzureEndpoint must be an absolute address when DirectLine:Secret is set.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
