namespace FaqBot.Protocol;

/// <summary>Finds the registered <see cref="IBot"/> for a request; a missing or unconstructible bot is logged once per
/// call and reported as null, so the endpoint answers instead of failing with a 500.</summary>
public static class BotResolver
{
    /// <summary>The bot, or null when none can be built.</summary>
    public static IBot? Resolve(IServiceProvider services, ILogger log)
    {
        try
        {
            var bot = services.GetService<IBot>();
            if (bot is null)
            {
                log.LogError("No IBot is registered; the turn cannot run.");
            }
            return bot;
        }
        catch (InvalidOperationException ex)
        {
            log.LogError("The IBot could not be created ({ExceptionType}): {Message}", ex.GetType().FullName, FaqIndex.Text.PersonalDataRedactor.Redact(ex.Message));
            return null;
        }
    }
}
