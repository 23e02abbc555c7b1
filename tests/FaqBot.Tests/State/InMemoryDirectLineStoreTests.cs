using FaqBot.Bot.Schema;
using FaqBot.Channels.DirectLine;
using FaqBot.State;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.State;

public class InMemoryDirectLineStoreTests
{
    private static (InMemoryDirectLineStore Store, FakeTimeProvider Clock) Create(int cap)
    {
        var clock = TokyoTime.Clock(TokyoTime.Tokyo("2026-12-02T10:00"));
        var options = new StaticOptionsMonitor<DirectLineOptions>(new DirectLineOptions { MaxConversations = cap });
        return (new InMemoryDirectLineStore(options, clock, NullLogger<InMemoryDirectLineStore>.Instance), clock);
    }

    private static async Task<IDirectLineConversation> OpenAsync(InMemoryDirectLineStore store, FakeTimeProvider clock, string id,
        int stepMilliseconds = 1000)
    {
        clock.Advance(TimeSpan.FromMilliseconds(stepMilliseconds));
        var (conversation, created) = await store.GetOrCreateAsync(id, "dl_" + id, default);
        Assert.True(created);
        return conversation!;
    }

    private static async Task<bool> HeldAsync(InMemoryDirectLineStore store, string id) => await store.FindAsync(id, default) is not null;

    [Fact]
    public async Task At_the_cap_the_least_recently_active_unused_conversation_makes_room()
    {
        var (store, clock) = Create(cap: 3);
        var a = await OpenAsync(store, clock, "a");
        await OpenAsync(store, clock, "b");
        await OpenAsync(store, clock, "c");
        clock.Advance(TimeSpan.FromSeconds(1));
        // The member's page read it again: "a" is now more recent than "b" and "c".
        await a.TouchAsync(default);

        await OpenAsync(store, clock, "d");
        Assert.Null(store.Peek("b"));
        await OpenAsync(store, clock, "e");

        Assert.Equal(3, store.Count);
        Assert.Null(store.Peek("c"));
        Assert.True(await HeldAsync(store, "a"));
        Assert.True(await HeldAsync(store, "d"));
        Assert.True(await HeldAsync(store, "e"));
    }

    [Fact]
    public async Task An_open_stream_keeps_a_conversation_until_it_closes_then_it_makes_room_in_its_turn()
    {
        var (store, clock) = Create(cap: 2);
        var opened = await OpenAsync(store, clock, "opened");
        await OpenAsync(store, clock, "other");
        var stream = opened.OpenStream();

        await OpenAsync(store, clock, "flood1");
        Assert.True(await HeldAsync(store, "opened"));
        Assert.Null(store.Peek("other"));

        stream.Dispose();
        // Closed, never written in: the oldest unused one again, so the next new conversation replaces it.
        await OpenAsync(store, clock, "flood2");
        Assert.Null(store.Peek("opened"));
        Assert.True(await HeldAsync(store, "flood1"));
        Assert.True(opened.Ended.IsCancellationRequested);
    }

    [Fact]
    public async Task A_conversation_the_member_wrote_in_is_never_evicted_and_a_full_store_refuses_new_ones()
    {
        var (store, clock) = Create(cap: 2);
        var first = await OpenAsync(store, clock, "first");
        var second = await OpenAsync(store, clock, "second");
        await first.AppendAsync([new Activity { Type = ActivityTypes.Message, Text = "資格確認書とは", From = new ChannelAccount { Id = "dl_first", Role = "user" } }], default);
        await second.AppendAsync([new Activity { Type = ActivityTypes.Message, Text = "こんにちは", From = new ChannelAccount { Id = "dl_second", Role = "user" } }], default);

        var (refused, created) = await store.GetOrCreateAsync("flood", "dl_flood", default);

        Assert.Null(refused);
        Assert.False(created);
        Assert.True(await HeldAsync(store, "first"));
        Assert.True(await HeldAsync(store, "second"));
    }

    [Fact]
    public async Task A_flood_far_past_the_cap_keeps_the_store_at_the_cap_and_the_member_held()
    {
        var (store, clock) = Create(cap: 100);
        var member = await OpenAsync(store, clock, "member");
        using var stream = member.OpenStream();

        for (var i = 0; i < 5_000; i++)
        {
            await OpenAsync(store, clock, "flood" + i, stepMilliseconds: 10);
        }

        Assert.Equal(100, store.Count);
        Assert.True(await HeldAsync(store, "member"));
        Assert.True(await HeldAsync(store, "flood4999"));
        Assert.Null(store.Peek("flood4900"));
    }
}
