using FaqBot.Bot.Adapter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.Teams;

/// <summary>Registers the Teams channel: its options, and its middleware in the adapter's pipeline.</summary>
public static class TeamsServiceExtensions
{
    /// <summary>Adds the <c>Teams</c> section (checked at start-up), the audience, card conversion, pacing and the
    /// middleware that applies them to every <c>msteams</c> turn.</summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamsAudience>();
        services.TryAddSingleton<TeamsReplyConverter>();
        services.TryAddSingleton<TeamsSendPacer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotMiddleware, TeamsMiddleware>());
        return services;
    }
}
