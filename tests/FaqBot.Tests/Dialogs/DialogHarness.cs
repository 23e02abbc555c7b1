using Microsoft.Extensions.Time.Testing;
using FaqBot.Analytics;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.State;
using FaqBot.Tests.TestHosting;
using FaqBot.Tests.TestSupport;
using FaqIndex.Search;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Dialogs;

/// <summary>The real IBot behind the real adapter, with the real escalation services, a fixed clock, captured logs and
/// an in-memory channel.</summary>
public sealed class DialogHarness
{
    public DialogHarness(string tokyoNow = "2026-11-24T10:00", Action<IServiceCollection>? configure = null)
    {
        Clock = TokyoTime.Clock(TokyoTime.Tokyo(tokyoNow));
        Logs = new CapturedLogs();
        // No typing indicators: the fixed clock's timers run on real time and would race the replies.
        var configuration = TestConfiguration.Load(new Dictionary<string, string?> { ["Bot:TypingDelay"] = "00:00:00" });
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(RealFaqSearcher.Instance);
        services.AddSingleton<ITurnRecorder>(Recorder);
        services.AddEscalation(configuration);
        services.AddFaqState(configuration);
        services.AddFaqDialogs(configuration);
        services.AddBotAdapter(configuration);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        Bot = Services.GetRequiredService<IBot>();
        Adapter = Services.GetRequiredService<BotAdapter>();
    }

    public ServiceProvider Services { get; }

    public IBot Bot { get; }

    public BotAdapter Adapter { get; }

    public FakeTimeProvider Clock { get; }

    public CapturedLogs Logs { get; }

    public RecordingTurnRecorder Recorder { get; } = new();

    public IReadOnlyList<TurnRecord> Turns => Recorder.Turns;

    public async Task<List<Activity>> SendAsync(string? text, string conversation = "conv-1", string channel = "webchat")
    {
        var channelReplies = new RecordingChannel();
        await Adapter.ProcessAsync(Message(text, conversation, channel), channelReplies, null, CancellationToken.None);
        return channelReplies.Replies;
    }

    public async Task<List<Activity>> JoinAsync(string memberId = "user-1", string conversation = "conv-1")
    {
        var activity = Message(null, conversation, "webchat");
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [new ChannelAccount { Id = memberId }];
        var channelReplies = new RecordingChannel();
        await Adapter.ProcessAsync(activity, channelReplies, null, CancellationToken.None);
        return channelReplies.Replies;
    }

    public static Activity Message(string? text, string conversation, string channel) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        Text = text,
        From = new ChannelAccount { Id = "user-1", Name = "加入者" },
        Recipient = new ChannelAccount { Id = "bot", Name = "FaqBot" },
        Conversation = new ConversationAccount { Id = conversation },
        Locale = "ja-JP",
    };

    /// <summary>All reply texts of a turn, joined.</summary>
    public static string Text(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>The button titles of the last reply.</summary>
    public static List<string> Buttons(IEnumerable<Activity> replies) =>
        replies.Last().SuggestedActions?.Actions.Select(a => a.Value!.Value.GetString()!).ToList() ?? [];
}
