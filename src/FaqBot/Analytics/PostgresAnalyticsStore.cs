using System.Data;
using System.Data.Common;
using Npgsql;

namespace FaqBot.Analytics;

/// <summary>Turn records in a shared PostgreSQL database, so N instances write to one place and one report reads it.</summary>
public sealed class PostgresAnalyticsStore : SqlAnalyticsStore
{
    // Any constant both instances agree on: the advisory lock that serialises migrations.
    private const long MigrationLock = 0x46_61_71_42_6f_74; // "FaqBot"

    private static readonly string[][] Steps =
    [
        [
            $"""
            CREATE TABLE {TurnsTable} (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at TIMESTAMPTZ NOT NULL,
                channel TEXT NOT NULL,
                audience TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                question TEXT,
                entry_id TEXT,
                score DOUBLE PRECISION,
                choices TEXT,
                picked TEXT,
                feedback TEXT,
                latency_ms DOUBLE PRECISION NOT NULL)
            """,
            $"CREATE INDEX {TurnsTable}_at ON {TurnsTable} (at)",
        ],
    ];

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the store for a PostgreSQL connection string.</summary>
    public PostgresAnalyticsStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string[]> Migrations => Steps;

    /// <inheritdoc />
    protected override DbType TimestampType => DbType.DateTimeOffset;

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@lock)";
        command.Parameters.Add(new NpgsqlParameter<long>("lock", MigrationLock));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    /// <inheritdoc />
    protected override bool IsMissingTable(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    /// <inheritdoc />
    protected override object ToDatabase(DateTimeOffset timestamp) => timestamp.ToUniversalTime();

    /// <inheritdoc />
    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }
        base.Dispose(disposing);
    }
}
