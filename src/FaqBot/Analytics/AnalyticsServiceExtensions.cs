using FaqBot.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Analytics;

/// <summary>Registers analytics: the options, the store, the background writer (the dialog's recorder) and the
/// retention purge.</summary>
public static class AnalyticsServiceExtensions
{
    /// <summary>Adds the analytics services.</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFaqBotMetrics();                   // analytics.dropped is counted here
        // The Analytics section, checked at start-up with messages naming the key.
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection(AnalyticsOptions.SectionName))
            .Validate(o => o.Provider != AnalyticsProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Analytics:ConnectionString is required when Analytics:Provider is Postgres.")
            .Validate(o => Enum.IsDefined(o.Provider), "Analytics:Provider must be Sqlite or Postgres.")
            .Validate(o => o.QueueCapacity > 0, "Analytics:QueueCapacity must be positive.")
            .Validate(o => o.BatchSize > 0, "Analytics:BatchSize must be positive.")
            .Validate(o => o.RetentionDays > 0, "Analytics:RetentionDays must be positive.")
            .Validate(o => o.PurgeInterval > TimeSpan.Zero, "Analytics:PurgeInterval must be positive.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero, "Analytics:RetryDelay must be positive.")
            .Validate(o => o.MaxQuestionLength > 0, "Analytics:MaxQuestionLength must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The database: SQLite by default, PostgreSQL when instances share one.
        services.AddSingleton(sp => AnalyticsStores.Create(sp.GetRequiredService<IOptions<AnalyticsOptions>>().Value));
        // The writer is the dialog's recorder and runs in the background.
        services.AddSingleton<AnalyticsWriter>();
        services.Replace(ServiceDescriptor.Singleton<ITurnRecorder>(sp => sp.GetRequiredService<AnalyticsWriter>()));
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsWriter>());
        services.AddHostedService<AnalyticsRetention>();
        // Readiness: degraded, never failed, while the database is away.
        services.AddHealthChecks().AddCheck<AnalyticsHealthCheck>("analytics", tags: ["ready"]);
        return services;
    }
}
