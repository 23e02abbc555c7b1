using FaqBot.Analytics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Analytics;

/// <summary>Retention and schema on a real SQLite file, with a fake clock for the days.</summary>
public sealed class AnalyticsRetentionTests : IDisposable
{
    private readonly SqliteFile _db = new();

    public void Dispose() => _db.Dispose();

    private static TurnRecord At(DateTimeOffset at) =>
        new(at, "webchat", "member", TurnKind.Question, TurnStatus.Answered, "資格確認書とは", "kakunin-what-is", 0.9, [], null, null, 3);

    [Fact]
    public async Task Records_past_the_retention_are_purged_at_start_and_then_daily()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        await using var store = new SqliteAnalyticsStore(_db.ConnectionString);
        await store.WriteAsync([At(clock.GetUtcNow().AddDays(-400)), At(clock.GetUtcNow().AddDays(-364.5)), At(clock.GetUtcNow().AddDays(-1))],
            CancellationToken.None);
        var options = Options.Create(new AnalyticsOptions { RetentionDays = 365 });
        using var retention = new AnalyticsRetention(store, options, clock, NullLogger<AnalyticsRetention>.Instance);

        await retention.StartAsync(CancellationToken.None);
        await WaitForRowsAsync(2);
        Assert.Equal(2, _db.Rows().Count);

        clock.Advance(TimeSpan.FromDays(1)); // the -364.5-day record is now past 365 days
        await WaitForRowsAsync(1);
        Assert.Single(_db.Rows());
        await retention.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_schema_is_versioned_and_two_processes_migrating_at_once_agree()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new SqliteAnalyticsStore(_db.ConnectionString)).ToList();
        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));
        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));
        Assert.Equal(1, await stores[0].ReadVersionAsync(CancellationToken.None));
        await Task.WhenAll(stores.Select((s, i) => s.WriteAsync([At(DateTimeOffset.UtcNow.AddSeconds(i))], CancellationToken.None)));
        Assert.Equal(4, _db.Rows().Count);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_db.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    private async Task WaitForRowsAsync(int count)
    {
        for (var i = 0; i < 200 && _db.Rows().Count != count; i++)
        {
            await Task.Delay(25);
        }
    }
}
