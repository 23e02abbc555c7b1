using FaqBot.Analytics;
using FaqBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Analytics;

/// <summary>The background writer on a real SQLite file: how records become transactions, and the flush at stop.</summary>
public sealed class AnalyticsWriterTests
{
    [Fact]
    public async Task Turns_recorded_a_few_milliseconds_apart_are_written_in_one_transaction()
    {
        using var db = new SqliteFile();
        await using var store = new CountingStore(new SqliteAnalyticsStore(db.ConnectionString));
        using var writer = NewWriter(store, new AnalyticsOptions { BatchLinger = TimeSpan.FromMilliseconds(500) });
        await writer.StartAsync(CancellationToken.None);
        await SqliteAnalyticsTests.WaitUntilAsync(() => store.Migrated);

        for (var i = 0; i < 5; i++)
        {
            writer.Record(Turn("質問" + i));
            await Task.Delay(10);
        }
        await SqliteAnalyticsTests.WaitUntilAsync(() => writer.Written == 5);

        Assert.Equal(1, store.Writes);
        Assert.Equal(5, db.Rows().Count);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Records_still_gathering_when_the_service_stops_are_written()
    {
        using var db = new SqliteFile();
        await using var store = new CountingStore(new SqliteAnalyticsStore(db.ConnectionString));
        using var writer = NewWriter(store, new AnalyticsOptions { BatchLinger = TimeSpan.FromMinutes(5) });
        await writer.StartAsync(CancellationToken.None);
        await SqliteAnalyticsTests.WaitUntilAsync(() => store.Migrated);

        writer.Record(Turn("資格確認書とは"));
        writer.Record(Turn("マイナ保険証の使い方"));
        await Task.Delay(100);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(["資格確認書とは", "マイナ保険証の使い方"], db.Rows().Select(r => (string?)r["question"]));
    }

    private static AnalyticsWriter NewWriter(IAnalyticsStore store, AnalyticsOptions options)
    {
        var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        return new AnalyticsWriter(store, Options.Create(options), TimeProvider.System, new FaqBotMetrics(metrics),
            NullLogger<AnalyticsWriter>.Instance);
    }

    private static TurnRecord Turn(string question) => new(DateTimeOffset.UtcNow, "webchat", "member", TurnKind.Question,
        TurnStatus.Answered, question, "entry", 0.9, [], null, null, 1);

    // The real store, with its transactions counted.
    private sealed class CountingStore(IAnalyticsStore inner) : IAnalyticsStore
    {
        private int _writes;
        private volatile bool _migrated;

        public int Writes => Volatile.Read(ref _writes);

        public bool Migrated => _migrated;

        public async Task MigrateAsync(CancellationToken cancellationToken)
        {
            await inner.MigrateAsync(cancellationToken);
            _migrated = true;
        }

        public Task WriteAsync(IReadOnlyList<TurnRecord> records, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _writes);
            return inner.WriteAsync(records, cancellationToken);
        }

        public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.PurgeAsync(before, cancellationToken);

        public IAsyncEnumerable<TurnRecord> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
            inner.ReadAsync(from, until, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
