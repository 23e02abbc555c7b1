using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FaqBot.Analytics;

/// <summary>Turn records in an SQLite file (WAL, synchronous NORMAL). A connection per batch, no pool: a file deleted or replaced while
/// the service runs is noticed on the next batch, re-created and migrated.</summary>
public sealed class SqliteAnalyticsStore : SqlAnalyticsStore
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly string[][] Steps =
    [
        [
            $"""
            CREATE TABLE {TurnsTable} (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                channel TEXT NOT NULL,
                audience TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                question TEXT,
                entry_id TEXT,
                score REAL,
                choices TEXT,
                picked TEXT,
                feedback TEXT,
                latency_ms REAL NOT NULL)
            """,
            $"CREATE INDEX {TurnsTable}_at ON {TurnsTable} (at)",
        ],
    ];

    private readonly string _connectionString;

    /// <summary>Creates the store for an SQLite connection string (its folder is created when missing).</summary>
    public SqliteAnalyticsStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (builder.DefaultTimeout <= 0 || builder.DefaultTimeout == 30)
        {
            builder.DefaultTimeout = 5;
        }
        _connectionString = builder.ToString();
        FilePath = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    protected override IReadOnlyList<string[]> Migrations => Steps;

    /// <inheritdoc />
    protected override DbType TimestampType => DbType.String;

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(FilePath)) is { Length: > 0 } folder && !FilePath.StartsWith(':'))
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var synchronous = connection.CreateCommand())
            {
                // Under WAL, NORMAL syncs at checkpoints, not at every commit: a crash of the process loses nothing; a
                // power loss may lose the last moments of analytics, never the file's consistency.
                synchronous.CommandText = "PRAGMA synchronous=NORMAL";
                await synchronous.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using (var wal = connection.CreateCommand())
        {
            // Readers (the report) never block the writer, and a crash loses no committed turn.
            wal.CommandText = "PRAGMA journal_mode=WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        // BEGIN IMMEDIATE: the write lock first, so two processes cannot both decide to migrate.
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    /// <inheritdoc />
    protected override bool IsMissingTable(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 1 } && exception.Message.Contains("no such table", StringComparison.Ordinal);

    /// <inheritdoc />
    protected override object ToDatabase(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
