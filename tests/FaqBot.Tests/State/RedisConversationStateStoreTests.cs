using FaqBot.Dialogs;
using FaqBot.Operations;
using FaqBot.State;
using FaqBot.Tests.TestHosting;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.State;

/// <summary>The Redis state store against a real redis-server: versions, expiry, and best effort while Redis is down.</summary>
public sealed class RedisConversationStateStoreTests : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("webchat", "c1");
    private RedisServer _redis = null!;
    private ServiceProvider _services = null!;
    private CapturedLogs _logs = null!;

    private RedisConversationStateStore Store => (RedisConversationStateStore)_services.GetRequiredService<IConversationStateStore>();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:OperationTimeout"] = "00:00:03", // as RedisTestSettings: generous under load
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Dialog:StateIdleTimeout"] = "00:30:00",
        }).Build();
        _logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName));
        services.AddFaqState(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_saved_state_comes_back_with_its_version_and_the_idle_timeout_as_ttl()
    {
        Assert.True(await Store.TrySaveAsync(Key, new ConversationState { Mode = DialogMode.Checklist, ChecklistStep = 2 }, 0, default));

        var loaded = (await Store.LoadAsync(Key, default))!.Value;
        Assert.Equal(DialogMode.Checklist, loaded.State.Mode);
        Assert.Equal(2, loaded.State.ChecklistStep);
        Assert.Equal(1, loaded.Version);
        var ttl = await _services.GetRequiredService<RedisConnection>().Database.KeyTimeToLiveAsync("faqbot:state:webchat|c1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused()
    {
        await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 1 }, 0, default);
        Assert.True(await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 2 }, 1, default));
        Assert.False(await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 9 }, 1, default));
        Assert.False(await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 9 }, 0, default));
        Assert.Equal(2, (await Store.LoadAsync(Key, default))!.Value.State.ChecklistStep);
    }

    [Fact]
    public async Task Of_many_concurrent_saves_on_one_version_exactly_one_wins()
    {
        await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 1 }, 0, default);
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = i }, 1, default)));
        Assert.Single(results, saved => saved);
    }

    [Fact]
    public async Task A_welcome_that_remembers_nothing_writes_no_key_and_the_first_real_turn_saves_as_usual()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(await Store.TrySaveAsync(new ConversationKey("directline", $"flood{i}"), new ConversationState(), 0, default));
        }
        Assert.Empty(await RedisContents.KeysAsync(_redis.ConnectionString));

        Assert.Null(await Store.LoadAsync(Key, default));
        Assert.True(await Store.TrySaveAsync(Key, new ConversationState { EntryId = "kakunin" }, 0, default));
        // Once something is stored, a turn that goes back to remembering nothing is saved, version-checked, as any other.
        Assert.True(await Store.TrySaveAsync(Key, new ConversationState(), 1, default));
        Assert.Equal(2, (await Store.LoadAsync(Key, default))!.Value.Version);
    }

    [Fact]
    public async Task A_hostile_conversation_id_is_kept_under_a_short_key()
    {
        var key = new ConversationKey("webchat", new string('あ', 100_000));
        Assert.True(await Store.TrySaveAsync(key, new ConversationState { ChecklistStep = 3 }, 0, default));
        Assert.Equal(3, (await Store.LoadAsync(key, default))!.Value.State.ChecklistStep);
        Assert.All(await RedisContents.KeysAsync(_redis.ConnectionString), k => Assert.InRange(k.Length, 1, 300));
    }

    [Fact]
    public async Task While_redis_is_down_the_store_is_best_effort_logs_once_and_recovers_by_itself()
    {
        await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 1 }, 0, default);
        await _redis.KillAsync();

        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await Store.LoadAsync(Key, default));
            Assert.True(await Store.TrySaveAsync(Key, new ConversationState(), 0, default));
        }
        Assert.Single(_logs.Lines, line => line.Contains("unreachable", StringComparison.Ordinal));
        Assert.True(_services.GetRequiredService<StateOutage>().IsDown);

        await _redis.RestartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await Store.TrySaveAsync(Key, new ConversationState { ChecklistStep = 2 }, 0, default) || _services.GetRequiredService<StateOutage>().IsDown)
        {
            Assert.True(DateTime.UtcNow < deadline, "the store did not reconnect");
            await Task.Delay(100);
        }
        Assert.Equal(2, (await Store.LoadAsync(Key, default))!.Value.State.ChecklistStep);
        Assert.Single(_logs.Lines, line => line.Contains("reachable again", StringComparison.Ordinal));
        Assert.Single(_logs.Lines, line => line.Contains("unreachable", StringComparison.Ordinal));
    }
}
