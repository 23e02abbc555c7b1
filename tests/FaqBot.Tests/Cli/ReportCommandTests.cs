using FaqBot.Analytics;
using FaqBot.Cli;
using FaqBot.Tests.Analytics;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Cli;

/// <summary>The report verb over a real SQLite file filled through the store the service writes with.</summary>
public sealed class ReportCommandTests : IDisposable
{
    // 2026-12-02 10:00 in Tokyo.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly SqliteFile _db = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _db.Dispose();

    private static TurnRecord Turn(DateTimeOffset at, TurnKind kind, TurnStatus status, string? question = null, string? entry = null,
        IReadOnlyList<string>? choices = null, string? picked = null, TurnFeedback? feedback = null, double latency = 10) =>
        new(at, "webchat", "member", kind, status, question, entry, entry is null ? null : 0.9, choices ?? [], picked, feedback, latency);

    private async Task SeedAsync(IEnumerable<TurnRecord> records)
    {
        await using var store = new SqliteAnalyticsStore(_db.ConnectionString);
        await store.WriteAsync(records.ToList(), CancellationToken.None);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(string format = "table", string? since = null, string? until = null,
        string? file = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? _db.Settings()).Build();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await ReportCommand.RunAsync(new ReportCommand.ReportRequest(since, until, format, file, CliRunner.BundledContent),
            configuration, _time, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static IEnumerable<TurnRecord> Traffic()
    {
        // 2026-12-01 (Tokyo): three ways of asking about the card's colour, one about parking, nobody answered.
        var day1 = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(9));
        yield return Turn(day1, TurnKind.Question, TurnStatus.NoAnswer, "マイナンバーカードの色を変えたい", latency: 5);
        yield return Turn(day1.AddMinutes(1), TurnKind.Question, TurnStatus.NoAnswer, "マイナンバーカードの色を変えたいです", latency: 7);
        yield return Turn(day1.AddMinutes(2), TurnKind.Question, TurnStatus.NoAnswer, "マイナンバーカードの色を変えたい", latency: 9);
        yield return Turn(day1.AddMinutes(3), TurnKind.Question, TurnStatus.NoAnswer, "駐車場はありますか", latency: 11);
        // An ambiguous question, and the choice that told us what it meant (twice), plus one with personal data masked.
        yield return Turn(day1.AddHours(1), TurnKind.Question, TurnStatus.Ambiguous, "カードどっかいった", choices: ["card-lost", "kakunin-reissue"]);
        yield return Turn(day1.AddHours(1).AddMinutes(1), TurnKind.Choice, TurnStatus.Answered, "カードどっかいった", "card-lost",
            ["card-lost", "kakunin-reissue"], "card-lost");
        yield return Turn(day1.AddHours(2), TurnKind.Choice, TurnStatus.Answered, "カードどっかいった", "card-lost", ["card-lost"], "card-lost");
        yield return Turn(day1.AddHours(2), TurnKind.Choice, TurnStatus.Answered, "************のカードどっかいった", "card-lost", ["card-lost"], "card-lost");
        // 2026-12-02 00:30 Tokyo is still 2026-12-01 in UTC: it belongs to the second day.
        var day2 = new DateTimeOffset(2026, 12, 2, 0, 30, 0, TimeSpan.FromHours(9));
        yield return Turn(day2, TurnKind.Question, TurnStatus.Answered, "暗証番号を忘れた", "pin-forgotten", latency: 100);
        yield return Turn(day2.AddMinutes(1), TurnKind.Feedback, TurnStatus.Other, entry: "pin-forgotten", feedback: TurnFeedback.No);
        yield return Turn(day2.AddMinutes(2), TurnKind.Feedback, TurnStatus.Other, entry: "pin-forgotten", feedback: TurnFeedback.TeamsDislike);
        yield return Turn(day2.AddMinutes(3), TurnKind.Feedback, TurnStatus.Other, entry: "card-lost", feedback: TurnFeedback.Yes);
        yield return Turn(day2.AddMinutes(4), TurnKind.Escalation, TurnStatus.Escalated, "人と話したい");
    }

    [Fact]
    public async Task The_table_says_what_to_write_next()
    {
        await SeedAsync(Traffic());
        var (code, output, error) = await RunAsync(since: "2026-11-01");

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        var groups = lines.SkipWhile(l => !l.StartsWith("■ 回答できなかった質問", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(2, groups.Count);
        Assert.StartsWith("    3  マイナンバーカードの色を変えたい / マイナンバーカードの色を変えたいです", groups[0]);
        Assert.StartsWith("    1  駐車場はありますか", groups[1]);
        Assert.Contains("card-lost", output);
        Assert.Contains("    2  カードどっかいった", output);
        Assert.DoesNotContain("*****", output); // a masked phrasing is never suggested
        Assert.Contains("    2  pin-forgotten（はい 0、表示 1）", output);
        Assert.Contains("2026-12-01      5  回答   0%  選択肢  20%  回答なし  80%  窓口   0%", output);
        Assert.Contains("2026-12-02      2  回答  50%  選択肢   0%  回答なし   0%  窓口  50%", output);
        Assert.Contains("応答時間: p50 10.0 ms / p95 100.0 ms", output);
        Assert.Contains("09時      4", output);
        var neverHit = lines.SkipWhile(l => !l.StartsWith("■ 一度も表示されなかったエントリー", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains("       kakunin-what-is", neverHit);
        Assert.DoesNotContain("       card-lost", neverHit);
    }

    [Fact]
    public async Task The_period_is_judged_in_tokyo_days()
    {
        await SeedAsync(Traffic());
        var (code, output, _) = await RunAsync("csv", since: "2026-12-02", until: "2026-12-02");
        Assert.Equal(0, code);
        Assert.Contains("day,2026-12-02,questions,2", output);
        Assert.DoesNotContain("day,2026-12-01", output);
        Assert.DoesNotContain("unanswered", output);
    }

    [Fact]
    public async Task Hostile_questions_are_escaped_in_html_and_defused_in_csv()
    {
        var at = Now.AddHours(-1);
        await SeedAsync(
        [
            Turn(at, TurnKind.Question, TurnStatus.NoAnswer, "<script>alert('x')</script>です"),
            Turn(at, TurnKind.Question, TurnStatus.NoAnswer, "=HYPERLINK(\"http://evil.example\",\"x\")"),
            Turn(at, TurnKind.Question, TurnStatus.NoAnswer, "二行\r\nめ\u202E逆\uD800"),
        ]);
        var (_, html, _) = await RunAsync("html");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;です", html);
        Assert.False(html.Contains('\u202E', StringComparison.Ordinal)); // (culture-aware Contains ignores format characters)

        var (_, csv, _) = await RunAsync("csv");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", csv);
        Assert.Contains("二行  め 逆\uFFFD", csv);
        Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), row => Assert.DoesNotContain('\n', row));

        var (_, table, _) = await RunAsync();
        Assert.DoesNotContain(table.Split('\n'), l => l.StartsWith("め", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-13-01", null, "--since must be a day as YYYY-MM-DD (got '2026-13-01')")]
    [InlineData("yesterday", null, "--since must be a day")]
    [InlineData(null, "2026/12/01", "--until must be a day")]
    [InlineData(null, "", "--until must be a day")]
    [InlineData("2026-12-02", "2026-12-01", "--since 2026-12-02 is after --until 2026-12-01")]
    [InlineData("0001-01-01", null, "--since must be a day")]
    public async Task Bad_dates_are_refused_with_a_clear_message(string? since, string? until, string message)
    {
        var (code, output, error) = await RunAsync(since: since, until: until);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_huge_argument_is_refused_without_echoing_it_whole()
    {
        var (code, _, error) = await RunAsync(since: new string('9', 100_000));
        Assert.Equal(2, code);
        Assert.True(error.Length < 200);
    }

    [Fact]
    public async Task An_unknown_format_and_an_unwritable_file_are_errors_and_nothing_is_left_behind()
    {
        Assert.Equal(2, (await RunAsync("pdf")).Code);
        var folder = Path.Combine(_db.Folder, "missing", "report.html");
        var (code, _, error) = await RunAsync("html", file: folder);
        Assert.Equal(2, code);
        Assert.Contains("cannot write", error);
        Assert.False(Directory.Exists(Path.Combine(_db.Folder, "missing")));
    }

    [Fact]
    public async Task The_report_goes_to_a_file_when_asked()
    {
        await SeedAsync(Traffic());
        var file = Path.Combine(_db.Folder, "report.csv");
        var (code, output, _) = await RunAsync("csv", since: "2026-11-01", file: file);
        Assert.Equal(0, code);
        Assert.Empty(output);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // Excel reads Japanese only with the BOM
        Assert.Contains("suggested_alternate,card-lost,2,カードどっかいった", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task No_database_yet_is_an_empty_report_and_a_broken_one_is_an_error()
    {
        var (code, output, error) = await RunAsync();
        Assert.Equal(0, code);
        Assert.Contains("no analytics database", error);
        Assert.Contains("0 ターン", output);
        Assert.False(File.Exists(_db.FilePath)); // the report never creates one

        await File.WriteAllBytesAsync(_db.FilePath, Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray());
        (code, _, error) = await RunAsync();
        Assert.Equal(1, code);
        Assert.Contains("the analytics database could not be read", error);
    }

    [Fact]
    public async Task A_year_of_traffic_is_reported()
    {
        var random = new Random(7);
        var words = new[] { "駐車場", "売店", "面会", "予約", "カード", "色", "保険証", "引っ越し", "住所", "名前" };
        var records = new List<TurnRecord>();
        for (var i = 0; i < 60_000; i++)
        {
            var at = Now.AddMinutes(-random.Next(0, 360 * 24 * 60));
            var question = $"{words[random.Next(words.Length)]}と{words[random.Next(words.Length)]}について{random.Next(50)}";
            records.Add(Turn(at, TurnKind.Question, i % 3 == 0 ? TurnStatus.NoAnswer : TurnStatus.Answered, question,
                i % 3 == 0 ? null : "card-lost", latency: random.Next(1, 200)));
        }
        await SeedAsync(records);
        var (code, output, error) = await RunAsync("csv", since: "2025-12-01");
        Assert.True(code == 0, error);
        Assert.Contains("period,all,turns,60000", output);
        Assert.Contains("entry,card-lost,hits,40000", output);
    }
}
