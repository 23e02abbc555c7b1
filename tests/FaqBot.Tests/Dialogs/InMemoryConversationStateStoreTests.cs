using FaqBot.Dialogs;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Dialogs;

public class InMemoryConversationStateStoreTests
{
    private static (InMemoryConversationStateStore Store, TokyoClock Clock) Create(int capacity = 100)
    {
        var clock = new TokyoClock(TokyoClock.Tokyo("2026-11-24T10:00"));
        var options = Options.Create(new DialogOptions { MaxConversations = capacity, StateIdleTimeout = TimeSpan.FromMinutes(30) });
        return (new InMemoryConversationStateStore(options, clock), clock);
    }

    [Fact]
    public async Task A_saved_state_comes_back_as_a_copy()
    {
        var (store, _) = Create();
        var key = new ConversationKey("webchat", "c1");
        var state = new ConversationState { Mode = DialogMode.Choosing, Choices = ["a", "b"] };
        await store.SaveAsync(key, state, default);
        state.Choices.Add("mutated after save");

        var loaded = await store.LoadAsync(key, default);
        Assert.Equal(DialogMode.Choosing, loaded!.Mode);
        Assert.Equal(["a", "b"], loaded.Choices);
    }

    [Fact]
    public async Task Idle_conversations_expire_by_the_clock()
    {
        var (store, clock) = Create();
        var key = new ConversationKey("webchat", "c1");
        await store.SaveAsync(key, new ConversationState { Mode = DialogMode.Checklist }, default);
        clock.Now += TimeSpan.FromMinutes(29);
        Assert.NotNull(await store.LoadAsync(key, default));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(await store.LoadAsync(key, default));
    }

    [Fact]
    public async Task The_store_stays_within_its_bound_dropping_the_least_recently_used()
    {
        var (store, clock) = Create(capacity: 50);
        for (var i = 0; i < 500; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            await store.SaveAsync(new ConversationKey("webchat", $"c{i}"), new ConversationState(), default);
        }
        Assert.InRange(store.Count, 1, 50);
        Assert.NotNull(await store.LoadAsync(new ConversationKey("webchat", "c499"), default));
        Assert.Null(await store.LoadAsync(new ConversationKey("webchat", "c0"), default));
    }
}
