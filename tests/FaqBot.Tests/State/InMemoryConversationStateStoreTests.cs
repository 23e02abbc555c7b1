using Microsoft.Extensions.Time.Testing;
using FaqBot.Dialogs;
using FaqBot.State;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.State;

public class InMemoryConversationStateStoreTests
{
    private static readonly ConversationKey Key = new("webchat", "c1");

    private static (InMemoryConversationStateStore Store, FakeTimeProvider Clock) Create(int capacity = 100)
    {
        var clock = TokyoTime.Clock(TokyoTime.Tokyo("2026-11-24T10:00"));
        var options = Options.Create(new DialogOptions { MaxConversations = capacity, StateIdleTimeout = TimeSpan.FromMinutes(30) });
        return (new InMemoryConversationStateStore(options, clock), clock);
    }

    [Fact]
    public async Task A_saved_state_comes_back_as_a_copy_with_its_version()
    {
        var (store, _) = Create();
        var state = new ConversationState { Mode = DialogMode.Choosing, Choices = ["a", "b"] };
        Assert.True(await store.TrySaveAsync(Key, state, 0, default));
        state.Choices.Add("mutated after save");

        var loaded = (await store.LoadAsync(Key, default))!.Value;
        Assert.Equal(DialogMode.Choosing, loaded.State.Mode);
        Assert.Equal(["a", "b"], loaded.State.Choices);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_so_no_turn_is_overwritten()
    {
        var (store, _) = Create();
        await store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 1 }, 0, default);
        var first = (await store.LoadAsync(Key, default))!.Value;
        var second = (await store.LoadAsync(Key, default))!.Value;

        Assert.True(await store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 2 }, first.Version, default));
        Assert.False(await store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 9 }, second.Version, default));
        Assert.False(await store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 9 }, 0, default));

        var now = (await store.LoadAsync(Key, default))!.Value;
        Assert.Equal(2, now.State.ChecklistStep);
        Assert.Equal(2, now.Version);
    }

    [Fact]
    public async Task Of_many_concurrent_saves_on_one_version_exactly_one_wins()
    {
        var (store, _) = Create();
        await store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 1 }, 0, default);
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            Task.Run(() => store.TrySaveAsync(Key, new ConversationState { ChecklistStep = i }, 1, default))));
        Assert.Single(results, saved => saved);
    }

    [Fact]
    public async Task Idle_conversations_expire_by_the_clock()
    {
        var (store, clock) = Create();
        await store.TrySaveAsync(Key, new ConversationState { Mode = DialogMode.Checklist }, 0, default);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(await store.LoadAsync(Key, default));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.LoadAsync(Key, default));
        Assert.True(await store.TrySaveAsync(Key, new ConversationState(), 0, default));
    }

    [Fact]
    public async Task The_store_stays_within_its_bound_dropping_the_least_recently_used()
    {
        var (store, clock) = Create(capacity: 50);
        for (var i = 0; i < 500; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await store.TrySaveAsync(new ConversationKey("webchat", $"c{i}"), new ConversationState { EntryId = "kakunin" }, 0, default);
        }
        Assert.InRange(store.Count, 1, 50);
        Assert.NotNull(await store.LoadAsync(new ConversationKey("webchat", "c499"), default));
        Assert.Null(await store.LoadAsync(new ConversationKey("webchat", "c0"), default));
    }

    [Fact]
    public async Task A_welcome_that_remembers_nothing_takes_no_room_so_a_flood_of_new_conversations_costs_nothing()
    {
        var (store, _) = Create();
        for (var i = 0; i < 500; i++)
        {
            Assert.True(await store.TrySaveAsync(new ConversationKey("directline", $"flood{i}"), new ConversationState(), 0, default));
        }
        Assert.Equal(0, store.Count);

        // The member's first real turn saves from "nothing" as usual, and the version check still applies.
        Assert.Null(await store.LoadAsync(Key, default));
        Assert.True(await store.TrySaveAsync(Key, new ConversationState { EntryId = "kakunin" }, 0, default));
        Assert.False(await store.TrySaveAsync(Key, new ConversationState(), 0, default));
        Assert.Equal("kakunin", (await store.LoadAsync(Key, default))!.Value.State.EntryId);
    }
}
