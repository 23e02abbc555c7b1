using FaqIndex.Content;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Content;

public sealed class FaqContentLoaderTests
{
    private static readonly ContentSet Small =
        new FaqContentLoader(FixedTimeProvider.FixtureDay).Load(TestPaths.TestData("content-small"));

    [Fact]
    public void Loads_every_field_of_an_entry()
    {
        Assert.Empty(Small.Diagnostics);
        var entry = Assert.Single(Small.Entries, e => e.Id == "card-lost");
        Assert.Equal("マイナンバーカードを紛失したときはどうすればよいですか？", entry.Question);
        Assert.Equal(["マイナカードをなくした", "カード落とした"], entry.Alternates);
        Assert.Equal(Audience.Both, entry.Audience);
        Assert.Equal(["マイナンバーカード", "紛失"], entry.Tags);
        Assert.Equal("test fixture", entry.Source);
        Assert.Equal(["pin-forgotten"], entry.FollowUps);
        Assert.Equal(new DateOnly(2026, 11, 1), entry.Reviewed);
        Assert.Null(entry.ValidUntil);
        Assert.StartsWith("すぐにマイナンバー総合フリーダイヤル（**0120-95-0178**）", entry.Answer);
        Assert.Equal("faq/card-lost.md", entry.FilePath);
        Assert.Equal(1, entry.Line);
    }

    [Fact]
    public void Entries_are_ordered_by_id_and_audiences_parsed()
    {
        Assert.Equal(["card-lost", "certificate-expiry", "employer-return", "pin-forgotten"], Small.Entries.Select(e => e.Id));
        Assert.Equal(Audience.Hr, Small.Entries.Single(e => e.Id == "employer-return").Audience);
        Assert.Equal(Audience.Member, Small.Entries.Single(e => e.Id == "pin-forgotten").Audience);
    }

    [Fact]
    public void A_missing_folder_is_one_clear_error()
    {
        var content = new FaqContentLoader(FixedTimeProvider.FixtureDay).Load("/no/such/folder");
        Assert.Empty(content.Entries);
        Assert.Equal("/no/such/folder:1: error: content folder not found", Assert.Single(content.Diagnostics).Format());
    }

    [Fact]
    public void Today_is_the_day_in_Tokyo_not_on_the_server()
    {
        // 2026-11-30 16:00 UTC is already 12-01 in Tokyo: a valid_until of 11-30 has passed there.
        var late = FixedTimeProvider.At(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 1), TokyoCalendar.Today(late));
    }

    [Fact]
    public void Answers_become_plain_text_for_the_index()
    {
        Assert.Equal("太字 と リンク", FaqMarkdown.ToPlainText("**太字** と [リンク](https://example.jp)"));
    }
}
