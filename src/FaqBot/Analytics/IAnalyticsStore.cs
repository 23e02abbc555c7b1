namespace FaqBot.Analytics;

/// <summary>A database of turn records: the same schema and the same queries whichever provider keeps it.</summary>
public interface IAnalyticsStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema to the version this FaqBot knows (safe when several instances start at
    /// once).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Writes records in one transaction (migrating first when the schema is missing).</summary>
    Task WriteAsync(IReadOnlyList<TurnRecord> records, CancellationToken cancellationToken);

    /// <summary>Deletes records older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Records with <paramref name="from"/> ≤ time &lt; <paramref name="until"/>, oldest first.</summary>
    IAsyncEnumerable<TurnRecord> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
