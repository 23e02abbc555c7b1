using FaqBot.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.State;

/// <summary>Registers where conversations live: this process's memory (default) or Redis (<c>State:Provider</c>).</summary>
public static class StateServiceExtensions
{
    /// <summary>The readiness check's name when Redis is on.</summary>
    public const string RedisHealthCheckName = "redis";

    /// <summary>Adds the state stores of the configured provider.</summary>
    public static IServiceCollection AddFaqState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StateOptions.SectionName);
        services.AddOptions<StateOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StateOptions>, StateOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFaqBotMetrics(); // state errors
        services.AddSingleton<StateOutage>();
        if (section.Get<StateOptions>()?.Provider == StateProvider.Redis)
        {
            // One multiplexed connection; the readiness probe fails while Redis does not answer.
            services.AddSingleton<RedisConnection>();
            services.AddSingleton<IConversationStateStore, RedisConversationStateStore>();
            services.AddSingleton<RedisDirectLineStore>();
            services.AddSingleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<RedisDirectLineStore>());
            // While Redis is down, Direct Line members keep their conversation on the instance they talk to.
            services.AddSingleton<DirectLineOutageFallback>();
            services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheckName, tags: ["ready"]);
        }
        else
        {
            services.AddSingleton<IConversationStateStore, InMemoryConversationStateStore>();
            services.AddSingleton<IDirectLineConversationStore, InMemoryDirectLineStore>();
        }
        return services;
    }
}
