namespace FaqBot.Analytics;

/// <summary>Which database keeps the turn records.</summary>
public enum AnalyticsProvider
{
    /// <summary>An embedded SQLite file (one machine; the default).</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database (N instances write to one).</summary>
    Postgres,
}
