using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Adapter;

/// <summary>Checks <see cref="BotOptions"/> at start-up and names the key that is wrong.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        if (options.MaxRequestBodyBytes < 1024)
        {
            errors.Add("Bot:MaxRequestBodyBytes must be at least 1024.");
        }
        if (options.MaxTextLength < 1)
        {
            errors.Add("Bot:MaxTextLength must be positive.");
        }
        if (options.TypingDelay < TimeSpan.Zero)
        {
            errors.Add("Bot:TypingDelay must not be negative.");
        }
        if (options.ConnectorMaxAttempts is < 1 or > 10)
        {
            errors.Add("Bot:ConnectorMaxAttempts must be between 1 and 10.");
        }
        if (options.ConnectorRetryDelay < TimeSpan.Zero || options.ConnectorMaxRetryDelay < options.ConnectorRetryDelay)
        {
            errors.Add("Bot:ConnectorRetryDelay must be non-negative and not above Bot:ConnectorMaxRetryDelay.");
        }
        if (options.ConnectorTimeout <= TimeSpan.Zero)
        {
            errors.Add("Bot:ConnectorTimeout must be positive.");
        }
        for (int i = 0; i < options.AnonymousServiceUrls.Length; i++)
        {
            if (!Uri.TryCreate(options.AnonymousServiceUrls[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"Bot:AnonymousServiceUrls:{i} must be an absolute http or https URL.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
