using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Adapter;

/// <summary>Registers the one adapter every channel runs its turns through.</summary>
public static class AdapterServiceExtensions
{
    /// <summary>Adds the adapter, its turn-error handler and the <c>Bot</c> section's limits.</summary>
    public static IServiceCollection AddBotAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        // The Bot section (body and text limits, typing delay, connector timings), checked at start-up.
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // The one turn-error handler and the adapter; middleware registers itself as IBotMiddleware, in order.
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<BotAdapter>();
        return services;
    }
}
