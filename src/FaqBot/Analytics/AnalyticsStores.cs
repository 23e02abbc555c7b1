using Microsoft.Data.Sqlite;

namespace FaqBot.Analytics;

/// <summary>Makes the store the options name: the service and the <c>report</c> verb find the same database.</summary>
public static class AnalyticsStores
{
    /// <summary>The store for <paramref name="options"/>.</summary>
    public static IAnalyticsStore Create(AnalyticsOptions options) => options.Provider switch
    {
        AnalyticsProvider.Postgres => new PostgresAnalyticsStore(options.ConnectionString
            ?? throw new InvalidOperationException("Analytics:ConnectionString is required when Analytics:Provider is Postgres.")),
        _ => new SqliteAnalyticsStore(SqliteConnectionString(options)),
    };

    /// <summary>The SQLite connection string: the configured one, or the default file in the data folder.</summary>
    public static string SqliteConnectionString(AnalyticsOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.ResolveDataFolder(), AnalyticsOptions.DefaultFileName) }.ToString()
            : options.ConnectionString;
}
