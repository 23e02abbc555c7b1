using FaqBot.ContentHosting;
using FaqBot.Tests.TestHosting;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.ContentHosting;

/// <summary>The running service switches to the version scheduled for the new day at 00:00 in Tokyo on its
/// TimeProvider, with no reload and no restart, whatever the server's own zone, and judges the date rules again for the
/// new day without indexing unchanged content twice.</summary>
public sealed class IndexHostScheduleTests
{
    private const string Question = "資格確認書の有効期限はいつまでですか？";

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Asia/Tokyo")]
    public async Task The_next_version_answers_from_midnight_in_Tokyo(string serverZone)
    {
        using var content = TestContent.Create();
        content.Write("kakunin-validity.md", TestContent.Entry("kakunin-validity", Question, "令和8年12月1日まで使えます。", "valid_until: 2026-12-01"));
        content.Write("kakunin-validity.2026-12.md", TestContent.Entry("kakunin-validity", Question, "新しい資格確認書をお送りしています。", "valid_from: 2026-12-02"));
        var time = new FakeTimeProvider(TokyoCalendar.StartOf(new DateOnly(2026, 12, 2)).AddSeconds(-2));
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById(serverZone));

        using var host = StartHost(content, time);
        await host.StartAsync();
        var indexHost = host.Services.GetRequiredService<IndexHost>();
        var engine = await ReadyAsync(indexHost);

        Assert.Equal("令和8年12月1日まで使えます。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        time.Advance(TimeSpan.FromSeconds(1)); // 23:59:59 in Tokyo
        Assert.Equal("令和8年12月1日まで使えます。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        time.Advance(TimeSpan.FromSeconds(1)); // 00:00:00: the timer swaps before Advance returns
        Assert.Equal("新しい資格確認書をお送りしています。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        Assert.Equal(new DateOnly(2026, 12, 2), indexHost.Status.Day);
        Assert.Equal(2, indexHost.Status.Generation);

        await host.StopAsync();
    }

    [Fact]
    public async Task Midnight_judges_the_date_rules_again_without_rebuilding_an_unchanged_index()
    {
        using var content = TestContent.Create();
        content.Write("kakunin-validity.md", TestContent.Entry("kakunin-validity", Question, "令和8年12月1日まで使えます。", "valid_until: 2026-12-01"));
        content.Write("kakunin-validity.2026-12.md", TestContent.Entry("kakunin-validity", Question, "新しい資格確認書をお送りしています。", "valid_from: 2026-12-02"));
        content.Write("campaign.md", TestContent.Entry("campaign", "キャンペーンはいつまでですか？", "12月3日までです。", "valid_until: 2026-12-03"));
        var time = new FakeTimeProvider(TokyoCalendar.StartOf(new DateOnly(2026, 12, 2)).AddSeconds(-1));
        using var host = StartHost(content, time);
        await host.StartAsync();
        var indexHost = host.Services.GetRequiredService<IndexHost>();
        var engine = await ReadyAsync(indexHost);
        Assert.Contains(indexHost.Status.Diagnostics, d => d.Message.Contains("is in 2 days", StringComparison.Ordinal));
        var loadedBefore = indexHost.Status.LoadedAt;

        time.Advance(TimeSpan.FromSeconds(1)); // 00:00:00 in Tokyo: the day's versions swap in, then the forced re-judgement
        var midnightIndex = engine.Snapshot;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (indexHost.Status.LoadedAt == loadedBefore && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        // The editor sees the new day's verdict; the same files on the same day are not indexed again.
        Assert.Contains(indexHost.Status.Diagnostics, d => d.Message.Contains("is tomorrow", StringComparison.Ordinal));
        Assert.Equal(2, indexHost.Status.Generation);
        Assert.Same(midnightIndex, engine.Snapshot);
        Assert.Equal("新しい資格確認書をお送りしています。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);

        await host.StopAsync();
    }

    private static IHost StartHost(TestContent content, FakeTimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Path,
            ["Content:RescanInterval"] = "00:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddContentHosting(builder.Configuration);
        TestBots.Use(builder.Services, new EchoBot()); // the host makes the bot before it reports ready
        return builder.Build();
    }

    // The first index is usable before the bot is warmed; the timers run from the Ready status on.
    private static async Task<FaqSearchEngine> ReadyAsync(IndexHost indexHost)
    {
        var engine = await indexHost.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (indexHost.Status.State != ContentState.Ready && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        return engine;
    }
}
