using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FaqIndex.Tests.Content;

/// <summary>Scheduled versions (valid_from / valid_until, <c>&lt;id&gt;.&lt;anything&gt;.md</c>): served only inside their
/// window, judged at 00:00 in Tokyo whatever the server's zone; lint errors on overlaps and on an id with no version
/// today, and warns 14 days before an ending nobody follows.</summary>
public sealed class ScheduleTests : IDisposable
{
    private const string Question = "資格確認書の有効期限はいつまでですか？";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Entry(string id, string answer, params string[] fields) =>
        $"---\nid: {id}\nquestion: {Question}\naudience: member\nsource: test\nreviewed: 2026-11-01\n"
        + string.Concat(fields.Select(f => f + "\n")) + $"---\n{answer}\n";

    private void WriteVersions()
    {
        _folder.Write("faq/kakunin-validity.md", Entry("kakunin-validity", "今の資格確認書は令和8年12月1日まで使えます。", "valid_until: 2026-12-01"));
        _folder.Write("faq/kakunin-validity.2026-12.md", Entry("kakunin-validity", "新しい資格確認書をお送りしています。", "valid_from: 2026-12-02"));
    }

    // A clock at a Tokyo wall-clock time, on a server whose own zone is another one.
    private static FakeTimeProvider Clock(string tokyo, string serverZone = "America/Los_Angeles")
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(tokyo + "+09:00", System.Globalization.CultureInfo.InvariantCulture));
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById(serverZone));
        return time;
    }

    private ContentSet Load(TimeProvider time) => new FaqContentLoader(time).Load(_folder.Path);

    private List<string> Messages(TimeProvider time) => Load(time).Diagnostics.Select(d => d.Format()).ToList();

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Asia/Tokyo")]
    public void The_next_version_takes_over_at_midnight_in_Tokyo_whatever_the_server_zone(string serverZone)
    {
        WriteVersions();
        var time = Clock("2026-12-01T23:59:59", serverZone);
        var content = Load(time);
        Assert.Empty(content.Diagnostics);
        Assert.Equal(2, content.Entries.Count);

        Assert.Equal(new DateOnly(2026, 12, 1), TokyoCalendar.Today(time));
        Assert.StartsWith("今の資格確認書", Assert.Single(content.EntriesOn(TokyoCalendar.Today(time))).Answer);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 12, 2), TokyoCalendar.Today(time));
        Assert.StartsWith("新しい資格確認書", Assert.Single(content.EntriesOn(TokyoCalendar.Today(time))).Answer);
        Assert.Equal(new DateOnly(2026, 12, 2), content.NextChangeAfter(new DateOnly(2026, 12, 1)));
        Assert.Null(content.NextChangeAfter(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void A_search_answers_with_the_version_of_the_day()
    {
        WriteVersions();
        var content = Load(Clock("2026-12-01T12:00"));
        var before = new FaqSearchEngine(FaqIndexBuilder.Build(content, new DateOnly(2026, 12, 1)));
        var after = new FaqSearchEngine(FaqIndexBuilder.Build(content, new DateOnly(2026, 12, 2)));
        Assert.StartsWith("今の資格確認書", before.Search(Question, Audience.Member).Best?.Entry.Answer);
        Assert.StartsWith("新しい資格確認書", after.Search(Question, Audience.Member).Best?.Entry.Answer);
        Assert.Equal("faq/kakunin-validity.2026-12.md", after.GetEntry("kakunin-validity")?.FilePath);
    }

    [Fact]
    public void Overlapping_versions_are_an_error_naming_both_files()
    {
        _folder.Write("faq/card.md", Entry("card", "一つ目です。", "valid_until: 2026-12-10"));
        _folder.Write("faq/card.next.md", Entry("card", "二つ目です。", "valid_from: 2026-12-10"));
        Assert.Contains("faq/card.next.md:2: error: id 'card' is also used by faq/card.md:2 and their valid_from..valid_until windows overlap (2026-12-10.. and ..2026-12-10); on any day only one version may answer",
            Messages(Clock("2026-12-01T12:00")));
    }

    [Fact]
    public void An_entry_with_no_version_valid_today_is_an_error_and_a_gap_names_the_next_version()
    {
        _folder.Write("faq/card.md", Entry("card", "一つ目です。", "valid_until: 2026-11-30"));
        _folder.Write("faq/card.next.md", Entry("card", "二つ目です。", "valid_from: 2026-12-05"));
        var content = Load(Clock("2026-12-02T08:00"));
        Assert.Contains("faq/card.md:7: error: entry 'card' has no version valid today (2026-12-02 in Tokyo): 'valid_until' 2026-11-30 has passed and the next version (faq/card.next.md) starts 2026-12-05; write the next version (card.<version>.md with 'valid_from' 2026-12-01) or extend 'valid_until'",
            content.Diagnostics.Select(d => d.Format()));
        Assert.Empty(content.EntriesOn(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void A_new_entry_prepared_ahead_is_only_a_warning()
    {
        _folder.Write("faq/later.md", Entry("later", "来年からの回答です。", "valid_from: 2027-01-04"));
        Assert.Equal(["faq/later.md:7: warning: entry 'later' is not served yet: its first version starts 2027-01-04 (today is 2026-12-02 in Tokyo)"],
            Messages(Clock("2026-12-02T08:00")));
    }

    [Theory]
    [InlineData("2026-12-16T00:00", "in 14 days")]
    [InlineData("2026-12-29T23:59", "tomorrow")]
    [InlineData("2026-12-30T00:00", "today")]
    public void An_ending_without_successor_is_warned_14_days_ahead(string tokyoNow, string when)
    {
        _folder.Write("faq/card.md", Entry("card", "年内の回答です。", "valid_until: 2026-12-30"));
        Assert.Equal([$"faq/card.md:7: warning: 'valid_until' 2026-12-30 is {when} and no version of 'card' follows: from 2026-12-31 the entry will not be served; write card.<version>.md with 'valid_from' 2026-12-31"],
            Messages(Clock(tokyoNow)));
    }

    [Fact]
    public void No_warning_15_days_ahead_nor_when_a_successor_exists()
    {
        _folder.Write("faq/card.md", Entry("card", "年内の回答です。", "valid_until: 2026-12-30"));
        Assert.Empty(Messages(Clock("2026-12-15T23:59")));
        _folder.Write("faq/card.2027.md", Entry("card", "来年の回答です。", "valid_from: 2026-12-31"));
        Assert.Empty(Messages(Clock("2026-12-29T12:00")));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_and_a_bad_date_are_errors()
    {
        _folder.Write("faq/card.md", Entry("card", "回答です。", "valid_from: 2026-12-10", "valid_until: 2026-12-01"));
        _folder.Write("faq/pin.md", Entry("pin", "回答です。", "valid_from: 来月"));
        var messages = Messages(Clock("2026-11-23T12:00"));
        Assert.Contains("faq/card.md:8: error: 'valid_until' 2026-12-01 is before 'valid_from' 2026-12-10: this version would never be served", messages);
        Assert.Contains("faq/pin.md:7: error: 'valid_from' must be a date written yyyy-MM-dd, not '来月'", messages);
    }

    [Fact]
    public void A_version_file_must_carry_the_id_of_its_name()
    {
        _folder.Write("faq/card.md", Entry("card", "回答です。"));
        _folder.Write("faq/card.2027.md", Entry("pin", "回答です。", "valid_from: 2027-01-01"));
        Assert.Contains("faq/card.2027.md:2: error: id 'pin' does not match the file name 'card.2027.md' (name the file pin.md, or pin.<version>.md for a scheduled version)",
            Messages(Clock("2026-11-23T12:00")));
    }

    [Fact]
    public void Follow_ups_to_a_version_not_served_that_day_are_dropped_that_day()
    {
        _folder.Write("faq/card.md", Entry("card", "回答です。", "follow_ups: [later]"));
        _folder.Write("faq/later.md", Entry("later", "後の回答です。", "valid_from: 2026-12-10"));
        var content = Load(Clock("2026-12-01T12:00"));
        Assert.Empty(content.EntriesOn(new DateOnly(2026, 12, 1)).Single().FollowUps);
        Assert.Equal(["later"], content.EntriesOn(new DateOnly(2026, 12, 10)).Single(e => e.Id == "card").FollowUps);
    }

    [Fact]
    public void Many_versions_and_a_huge_file_keep_every_other_entry()
    {
        for (int month = 1; month <= 12; month++)
        {
            var from = new DateOnly(2027, month, 1);
            var until = from.AddMonths(1).AddDays(-1);
            _folder.Write($"faq/card.2027-{month:00}.md", Entry("card", $"{month}月の回答です。", $"valid_from: {from:yyyy-MM-dd}", $"valid_until: {until:yyyy-MM-dd}"));
        }
        _folder.Write("faq/card.md", Entry("card", "今年の回答です。", "valid_until: 2026-12-31"));
        _folder.Write("faq/huge.md", Entry("huge", new string('あ', 600_000)));
        var content = Load(Clock("2026-12-01T12:00"));
        Assert.Equal(["faq/huge.md:1: error: the file is 1.7 MiB; an entry file may be at most 1 MiB"], content.Diagnostics.Select(d => d.Format()));
        Assert.Equal(13, content.Entries.Count);
        Assert.Equal("7月の回答です。", Assert.Single(content.EntriesOn(new DateOnly(2027, 7, 31))).Answer);
    }
}
