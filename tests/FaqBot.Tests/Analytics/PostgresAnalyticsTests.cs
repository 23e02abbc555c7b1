using FaqBot.Analytics;
using FaqBot.Cli;
using FaqBot.Tests.TestHosting;
using Npgsql;

namespace FaqBot.Tests.Analytics;

/// <summary>Two FaqBot instances (real Kestrel) writing their turns to one real PostgreSQL database, and the report
/// reading what both wrote.</summary>
public sealed class PostgresAnalyticsTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    // Each test its own database on the one server.
    private readonly string _database = "faqbot_" + Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => postgres.CreateDatabaseAsync(_database);

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, string?> Settings() => new()
    {
        ["Analytics:Provider"] = "Postgres",
        ["Analytics:ConnectionString"] = postgres.ConnectionString(_database),
        ["Analytics:RetryDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task Two_instances_write_to_one_database_and_the_report_reads_both()
    {
        // Both start at once: the schema is created once, under the migration lock.
        var starting = new[] { FaqBotServer.StartAsync(Settings()), FaqBotServer.StartAsync(Settings()) };
        await using var a = await starting[0];
        await using var b = await starting[1];
        using var httpA = a.CreateClient();
        using var httpB = b.CreateClient();
        var clientA = new DirectLineClient(httpA);
        var clientB = new DirectLineClient(httpB);
        var (idA, tokenA, _) = await clientA.StartAsync();
        var (idB, tokenB, _) = await clientB.StartAsync();

        await clientA.PostMessageAsync(idA, tokenA, "資格確認書はいつまで使えますか", "a1");
        await clientA.PostMessageAsync(idA, tokenA, "いいえ", "a2");
        await clientB.PostMessageAsync(idB, tokenB, "東京スカイツリーの高さは何メートルですか", "b1");
        await clientB.PostMessageAsync(idB, tokenB, "マイナンバーは123456789018です", "b2");

        var rows = await WaitForRowsAsync(4);
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.Question == "東京スカイツリーの高さは何メートルですか" && r.Status == "no_answer");
        Assert.Contains(rows, r => r.Question == "マイナンバーは************です");
        Assert.DoesNotContain(rows, r => r.Question?.Contains("5678", StringComparison.Ordinal) == true);
        Assert.Equal(1, await ScalarAsync<int>("SELECT version FROM analytics_schema"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM analytics_schema"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        var code = await ReportCommand.RunAsync(new ReportCommand.ReportRequest(null, null, "csv", null,
            Path.Combine(RepositoryPaths.Root, "content")), configuration, TimeProvider.System, output, error, CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        var csv = output.ToString();
        Assert.Contains("unanswered,1,example,東京スカイツリーの高さは何メートルですか", csv);
        Assert.Contains($"day,{today},questions,3", csv);
        Assert.Matches(@"entry,[a-z0-9-]+,no,1", csv);
    }

    [Fact]
    public async Task A_database_that_goes_away_costs_no_turn_and_the_records_follow_when_it_is_back()
    {
        await using var server = await FaqBotServer.StartAsync(Settings());
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();
        var before = (await WaitForRowsAsync(0)).Count;

        await postgres.StopAsync();
        try
        {
            await client.PostMessageAsync(id, token, "マイナ保険証の使い方", "down1");
            await client.PostMessageAsync(id, token, "資格確認書とは", "down2");
            var writer = server.Services.GetRequiredService<AnalyticsWriter>();
            await SqliteAnalyticsTests.WaitUntilAsync(() => writer.Outage is not null);
            var bot = (await client.GetActivitiesAsync(id, token)).GetProperty("activities").EnumerateArray()
                .Count(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
            Assert.True(bot >= 3, "welcome and both answers");
        }
        finally
        {
            await postgres.StartAsync();
        }
        var rows = await WaitForRowsAsync(before + 2);
        Assert.Equal(before + 2, rows.Count);
        Assert.Single(server.Logs.Lines, l => l.Contains("Analytics database unavailable", StringComparison.Ordinal));
    }

    private sealed record Row(string? Question, string Status);

    private async Task<List<Row>> WaitForRowsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = new List<Row>();
            try
            {
                await using var connection = new NpgsqlConnection(postgres.ConnectionString(_database));
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT question, status FROM analytics_turns ORDER BY id", connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows.Add(new Row(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)));
                }
            }
            catch (NpgsqlException)
            {
                // table not created yet, or the server still starting
            }
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                return rows;
            }
            await Task.Delay(100);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString(_database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
