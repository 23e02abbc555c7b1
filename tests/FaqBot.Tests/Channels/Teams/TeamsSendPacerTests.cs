using FaqBot.Channels.Teams;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.Teams;

public sealed class TeamsSendPacerTests
{
    private static (TeamsSendPacer Pacer, FakeTimeProvider Time) Create()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T01:00:00Z"));
        return (new TeamsSendPacer(time, new StaticOptionsMonitor<TeamsOptions>(new TeamsOptions())), time);
    }

    [Fact]
    public async Task Seven_sends_a_second_go_at_once_and_the_rest_wait_without_being_dropped()
    {
        var (pacer, time) = Create();
        var sent = new List<int>();
        var sends = Enumerable.Range(0, 10).Select(async i =>
        {
            await pacer.WaitTurnAsync("19:a@thread.tacv2", CancellationToken.None);
            lock (sent)
            {
                sent.Add(i);
            }
        }).ToList();
        await Task.Delay(100);
        Assert.Equal(Enumerable.Range(0, 7), sent);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 10), sent.Order());
    }

    [Fact]
    public async Task Conversations_are_paced_separately()
    {
        var (pacer, _) = Create();
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("19:a@thread.tacv2", CancellationToken.None);
        }
        await pacer.WaitTurnAsync("19:b@thread.tacv2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Typing_goes_at_most_every_three_seconds()
    {
        var (pacer, time) = Create();

        Assert.True(pacer.MayType("c"));
        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(pacer.MayType("c"));
        Assert.True(pacer.MayType("other"));
        time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.True(pacer.MayType("c"));
    }
}
