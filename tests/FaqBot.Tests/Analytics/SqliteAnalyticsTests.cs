using System.Text.Json;
using FaqBot.Analytics;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Analytics;

/// <summary>The real service on Kestrel, members on Direct Line, turn records in a real SQLite file.</summary>
public sealed class SqliteAnalyticsTests
{
    [Fact]
    public async Task Every_kind_of_turn_becomes_a_row_in_the_sqlite_file()
    {
        using var db = new SqliteFile();
        await using var server = await FaqBotServer.StartAsync(db.Settings());
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();

        await client.PostMessageAsync(id, token, "資格確認書はいつまで使えますか", "c1");
        await client.PostMessageAsync(id, token, "はい", "c2");
        await client.PostMessageAsync(id, token, "なくした", "c3");
        await client.PostMessageAsync(id, token, "1", "c4");
        await client.PostMessageAsync(id, token, "いいえ", "c5");
        await client.PostMessageAsync(id, token, "東京スカイツリーの高さは何メートルですか", "c6");
        await client.PostMessageAsync(id, token, "担当者と話したい", "c7");
        await client.PostMessageAsync(id, token, "ヘルプ", "c8");

        var rows = await db.WaitForRowsAsync(8);
        var summary = rows.Select(r => $"{r["kind"]}/{r["status"]}/{r["feedback"]}").ToList();
        Assert.Equal(
        [
            "question/answered/", "feedback/other/yes", "question/ambiguous/", "choice/answered/", "feedback/other/no",
            "question/no_answer/", "escalation/escalated/", "other/other/",
        ], summary);
        Assert.Equal("資格確認書はいつまで使えますか", rows[0]["question"]);
        Assert.NotNull(rows[0]["entry_id"]);
        Assert.True((double)rows[0]["score"]! > 0);
        Assert.Equal(rows[0]["entry_id"], rows[1]["entry_id"]);
        var offered = ((string)rows[2]["choices"]!).Split(' ');
        Assert.True(offered.Length >= 2);
        Assert.Equal(rows[2]["choices"], rows[3]["choices"]);
        Assert.Equal(offered[0], rows[3]["picked"]);
        Assert.Equal("なくした", rows[3]["question"]);
        Assert.All(rows, r => Assert.Equal("directline", r["channel"]));
        Assert.All(rows, r => Assert.Equal("member", r["audience"]));
        Assert.All(rows, r => Assert.True((double)r["latency_ms"]! >= 0));
        Assert.All(rows, r => Assert.EndsWith("Z", (string)r["at"]!));
    }

    // Forms of personal data members type, and the look-alikes that must survive.
    public static TheoryData<string, string, string> PersonalData => new()
    {
        { "マイナンバーは123456789018です", "マイナンバーは************です", "56789018" },
        { "番号は1234-5678-9018です", "番号は**************です", "5678" },
        { "１２３４ ５６７８ ９０１８です", "**************です", "５６７８" },
        { "090-1234-5678に電話ください", "*************に電話ください", "1234-5678" },
        { "taro.yamada@example.com に送ってください", "*********************** に送ってください", "yamada@example" },
        { "記号は1234、番号は5678です", "記号は****、番号は****です", "5678" },
    };

    [Theory]
    [MemberData(nameof(PersonalData))]
    public async Task Personal_data_never_reaches_the_file_the_logs_or_the_transcript(string typed, string redacted, string secret)
    {
        using var db = new SqliteFile();
        var settings = db.Settings();
        settings["Logging:LogLevel:Default"] = "Debug";
        await using var server = await FaqBotServer.StartAsync(settings);
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();

        await client.PostMessageAsync(id, token, typed);
        await client.PostMessageAsync(id, token, "ヘルプデスク03-5213-4467は2026-12-01も開いていますか", "c2");

        var rows = await db.WaitForRowsAsync(2);
        Assert.Equal(redacted, rows[0]["question"]);
        Assert.Equal("ヘルプデスク03-5213-4467は2026-12-01も開いていますか", rows[1]["question"]);
        Assert.DoesNotContain(secret, db.RawText());
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(server.Logs.Lines, line => line.StartsWith("Debug", StringComparison.Ordinal) && line.Contains(redacted, StringComparison.Ordinal));

        var transcript = await client.GetActivitiesAsync(id, token);
        var texts = transcript.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user")
            .Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(redacted, texts[0]); // the member's own message is echoed back redacted
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(transcript));
    }

    [Fact]
    public async Task A_read_only_database_costs_no_turn_and_the_records_arrive_when_it_is_writable_again()
    {
        using var db = new SqliteFile();
        await using var server = await FaqBotServer.StartAsync(db.Settings());
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();
        await client.PostMessageAsync(id, token, "資格確認書とは", "c1");
        await db.WaitForRowsAsync(1);
        var writer = server.Services.GetRequiredService<AnalyticsWriter>();

        SqliteFile.SetImmutable(db.FilePath, true);
        for (var i = 0; i < 5; i++)
        {
            await client.PostMessageAsync(id, token, "マイナ保険証の使い方", "ro" + i);
        }
        var answers = (await client.GetActivitiesAsync(id, token)).GetProperty("activities").EnumerateArray()
            .Count(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        Assert.True(answers >= 7, $"every turn answered ({answers} bot messages)");
        await WaitUntilAsync(() => writer.Outage is not null);
        using (var ready = await http.GetAsync("health/ready"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode); // degraded, members still served
            var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Degraded", health.GetProperty("status").GetString());
            Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("analytics").GetProperty("status").GetString());
        }
        await Task.Delay(600); // a few retries: still one log line for the outage
        Assert.Single(server.Logs.Lines, l => l.Contains("Analytics database unavailable", StringComparison.Ordinal));
        Assert.Single(db.Rows());

        SqliteFile.SetImmutable(db.FilePath, false);
        var rows = await db.WaitForRowsAsync(6);
        Assert.Equal(6, rows.Count);
        await WaitUntilAsync(() => writer.Outage is null);
        Assert.Single(server.Logs.Lines, l => l.Contains("Analytics database is available again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deleted_database_comes_back_with_its_schema_and_the_turns_go_on()
    {
        using var db = new SqliteFile();
        await using var server = await FaqBotServer.StartAsync(db.Settings());
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();
        await client.PostMessageAsync(id, token, "資格確認書とは", "c1");
        await db.WaitForRowsAsync(1);

        // The whole folder goes, and a file stands where it was: nothing can be created until it is cleared.
        Directory.Delete(db.Folder, recursive: true);
        await File.WriteAllTextAsync(db.Folder, "in the way");
        await client.PostMessageAsync(id, token, "マイナ保険証はどこで使えますか", "c2");
        var writer = server.Services.GetRequiredService<AnalyticsWriter>();
        await WaitUntilAsync(() => writer.Outage is not null);

        File.Delete(db.Folder);
        await client.PostMessageAsync(id, token, "資格確認書の有効期限", "c3");
        var rows = await db.WaitForRowsAsync(2);
        Assert.Equal("question マイナ保険証はどこで使えますか|question 資格確認書の有効期限", string.Join("|", rows.Select(r => $"{r["kind"]} {r["question"]}")));
        Assert.Equal(1L, new SqliteAnalyticsStoreProbe(db.ConnectionString).Version());
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_records_but_never_a_turn()
    {
        using var db = new SqliteFile();
        var settings = db.Settings(retryDelay: "00:00:30");
        settings["Analytics:QueueCapacity"] = "2";
        settings["Analytics:BatchSize"] = "1";
        await using var server = await FaqBotServer.StartAsync(settings);
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (id, token, _) = await client.StartAsync();
        await client.PostMessageAsync(id, token, "資格確認書とは", "c0");
        await db.WaitForRowsAsync(1);
        SqliteFile.SetImmutable(db.FilePath, true);

        for (var i = 0; i < 8; i++)
        {
            await client.PostMessageAsync(id, token, "マイナ保険証の使い方", "q" + i);
        }
        var writer = server.Services.GetRequiredService<AnalyticsWriter>();
        await WaitUntilAsync(() => writer.Dropped >= 5);
        Assert.Single(server.Logs.Lines, l => l.Contains("Analytics queue is full", StringComparison.Ordinal));
        var bot = (await client.GetActivitiesAsync(id, token)).GetProperty("activities").EnumerateArray()
            .Count(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        Assert.True(bot >= 10, $"welcome + 9 answers ({bot} bot messages)");
        SqliteFile.SetImmutable(db.FilePath, false);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in 20 s");
            await Task.Delay(50);
        }
    }

    private sealed class SqliteAnalyticsStoreProbe(string connectionString)
    {
        public long Version()
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString + ";Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT version FROM analytics_schema";
            return (long)command.ExecuteScalar()!;
        }
    }
}
