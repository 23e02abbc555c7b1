namespace FaqBot.Analytics;

/// <summary>The <c>Analytics</c> configuration section: where turn records go and how long they are kept.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Analytics";

    /// <summary>The file name of the default SQLite database inside <see cref="DataFolder"/>.</summary>
    public const string DefaultFileName = "analytics.db";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public AnalyticsProvider Provider { get; set; } = AnalyticsProvider.Sqlite;

    /// <summary>The ADO.NET connection string; for Sqlite it defaults to <see cref="DefaultFileName"/> in
    /// <see cref="DataFolder"/>, for Postgres it is required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The app's data folder (default: the user's local application data folder + FaqBot), where the SQLite
    /// file lives when no connection string is given.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Turn records waiting for the database at most; past this, new records are dropped and counted.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Records written in one transaction at most.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How long the writer lets records gather before it writes a batch that is not full: one transaction
    /// (and one disk sync) for many turns at low load instead of one per turn.</summary>
    public TimeSpan BatchLinger { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to wait before trying an unavailable database again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many days records are kept; older ones are purged once a day.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the purge runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Longest question kept (after redaction); longer text is cut.</summary>
    public int MaxQuestionLength { get; set; } = 200;

    /// <summary>The data folder in effect.</summary>
    public string ResolveDataFolder() => string.IsNullOrWhiteSpace(DataFolder)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "FaqBot")
        : DataFolder;
}
