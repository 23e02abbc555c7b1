using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace FaqBot.Analytics;

/// <summary>The turn-record schema and queries in plain ADO.NET; a provider says how to connect, how to lock for a
/// migration, its DDL, and how it stores a timestamp.</summary>
public abstract class SqlAnalyticsStore : IAnalyticsStore, IDisposable
{
    /// <summary>The table of turn records.</summary>
    public const string TurnsTable = "analytics_turns";

    /// <summary>The table holding the schema version.</summary>
    public const string SchemaTable = "analytics_schema";

    private const string Columns = "at, channel, audience, kind, status, question, entry_id, score, choices, picked, feedback, latency_ms";

    private volatile bool _migrated;

    /// <summary>The schema version this FaqBot writes.</summary>
    public int SchemaVersion => Migrations.Count;

    /// <summary>The DDL of each version, oldest first (version n is element n-1).</summary>
    protected abstract IReadOnlyList<string[]> Migrations { get; }

    /// <summary>Opens a connection.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts the migration's transaction holding whatever lock keeps two instances from migrating at once.</summary>
    protected abstract ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The database type of the timestamp column.</summary>
    protected abstract DbType TimestampType { get; }

    /// <summary>A timestamp as the provider stores it.</summary>
    protected abstract object ToDatabase(DateTimeOffset timestamp);

    /// <summary>A stored timestamp read back (UTC).</summary>
    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The version the database is at (0 when it has no schema yet).</summary>
    public async Task<int> ReadVersionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<TurnRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                if (!_migrated)
                {
                    await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                await InsertAsync(connection, records, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            // The database may have been replaced (a deleted SQLite file comes back empty): check the schema again.
            _migrated = false;
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (!_migrated)
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {TurnsTable} WHERE at < @before";
            Add(command, "@before", TimestampType, ToDatabase(before));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TurnRecord> ReadAsync(DateTimeOffset from, DateTimeOffset until,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) == 0)
            {
                yield break; // nothing recorded yet
            }
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM {TurnsTable} WHERE at >= @from AND at < @until ORDER BY at, id";
            Add(command, "@from", TimestampType, ToDatabase(from));
            Add(command, "@until", TimestampType, ToDatabase(until));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return ReadRecord(reader);
                }
            }
        }
    }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Releases the provider's connections (a synchronously disposed container, such as the CLI's, calls this).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the provider holds.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private async Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await BeginMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, $"CREATE TABLE IF NOT EXISTS {SchemaTable} (version INTEGER NOT NULL)", cancellationToken)
                .ConfigureAwait(false);
            var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            for (var version = current + 1; version <= Migrations.Count; version++)
            {
                foreach (var statement in Migrations[version - 1])
                {
                    await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }
                await ExecuteAsync(connection, transaction, $"DELETE FROM {SchemaTable}", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO {SchemaTable} (version) VALUES ({version.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                    cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        _migrated = true;
    }

    /// <summary>True when the error says the table does not exist (a database nothing was written to).</summary>
    protected abstract bool IsMissingTable(DbException exception);

    private async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT MAX(version) FROM {SchemaTable}";
        try
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (DbException ex) when (transaction is null && IsMissingTable(ex))
        {
            return 0;
        }
    }

    private async Task InsertAsync(DbConnection connection, IReadOnlyList<TurnRecord> records, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {TurnsTable} ({Columns}) VALUES (@at, @channel, @audience, @kind, @status, @question, @entry_id, @score, @choices, @picked, @feedback, @latency_ms)";
            var at = Add(command, "@at", TimestampType, null);
            var channel = Add(command, "@channel", DbType.String, null);
            var audience = Add(command, "@audience", DbType.String, null);
            var kind = Add(command, "@kind", DbType.String, null);
            var status = Add(command, "@status", DbType.String, null);
            var question = Add(command, "@question", DbType.String, null);
            var entry = Add(command, "@entry_id", DbType.String, null);
            var score = Add(command, "@score", DbType.Double, null);
            var choices = Add(command, "@choices", DbType.String, null);
            var picked = Add(command, "@picked", DbType.String, null);
            var feedback = Add(command, "@feedback", DbType.String, null);
            var latency = Add(command, "@latency_ms", DbType.Double, null);
            foreach (var record in records)
            {
                at.Value = ToDatabase(record.Timestamp);
                channel.Value = record.Channel;
                audience.Value = record.Audience;
                kind.Value = TurnRecordCodes.Of(record.Kind);
                status.Value = TurnRecordCodes.Of(record.Status);
                question.Value = (object?)record.Question ?? DBNull.Value;
                entry.Value = (object?)record.EntryId ?? DBNull.Value;
                score.Value = record.Score is { } s && double.IsFinite(s) ? s : DBNull.Value;
                choices.Value = record.Choices.Count == 0 ? DBNull.Value : string.Join(' ', record.Choices);
                picked.Value = (object?)record.PickedEntryId ?? DBNull.Value;
                feedback.Value = record.Feedback is { } f ? TurnRecordCodes.Of(f) : DBNull.Value;
                latency.Value = double.IsFinite(record.LatencyMs) ? record.LatencyMs : 0d;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private TurnRecord ReadRecord(DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var choices = Text(8);
        return new TurnRecord(
            ReadTimestamp(reader, 0),
            Text(1) ?? string.Empty,
            Text(2) ?? string.Empty,
            TurnRecordCodes.KindOf(Text(3)),
            TurnRecordCodes.StatusOf(Text(4)),
            Text(5),
            Text(6),
            reader.IsDBNull(7) ? null : reader.GetDouble(7),
            choices is null ? [] : choices.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Text(9),
            TurnRecordCodes.FeedbackOf(Text(10)),
            reader.IsDBNull(11) ? 0 : reader.GetDouble(11));
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbParameter Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
