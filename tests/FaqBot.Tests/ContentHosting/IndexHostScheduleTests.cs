using FaqBot.ContentHosting;
using FaqBot.Tests.TestHosting;
using FaqIndex.Content;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.ContentHosting;

/// <summary>The running service switches to the version scheduled for the new day at 00:00 in Tokyo on its
/// TimeProvider, with no reload and no restart, whatever the server's own zone.</summary>
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

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Path,
            ["Content:RescanInterval"] = "00:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddContentHosting(builder.Configuration);
        TestBots.Use(builder.Services, new EchoBot()); // the host makes the bot before it reports ready
        using var host = builder.Build();
        await host.StartAsync();
        var indexHost = host.Services.GetRequiredService<IndexHost>();
        var engine = await indexHost.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("令和8年12月1日まで使えます。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        time.Advance(TimeSpan.FromSeconds(1)); // 23:59:59 in Tokyo
        Assert.Equal("令和8年12月1日まで使えます。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        time.Advance(TimeSpan.FromSeconds(1)); // 00:00:00: the timer swaps before Advance returns
        Assert.Equal("新しい資格確認書をお送りしています。", engine.Search(Question, Audience.Member).Best?.Entry.Answer);
        Assert.Equal(new DateOnly(2026, 12, 2), indexHost.Status.Day);
        // The swap is generation 2. Midnight also asks the index thread for a forced reload that judges the date rules
        // again; it may already have published generation 3 by now, and does in a busy or a fast run alike.
        Assert.InRange(indexHost.Status.Generation, 2, 3);

        await host.StopAsync();
    }
}
