using FaqBot.Bot.Schema;
using FaqIndex.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Adapter;

/// <summary>The one adapter every channel goes through (/api/messages, Direct Line, Teams, the command line, tests):
/// checks the activity, cuts overlong text, runs the middleware pipeline and then the bot, sends a typing indicator
/// before slow answers, and hands any failure to the one <see cref="TurnErrorHandler"/>.</summary>
public sealed class BotAdapter
{
    // The activity types the bot is given; anything else is acknowledged and ignored (a channel adding a type must
    // not make the bot fail, and Teams stops delivering to a bot that answers 500).
    private static readonly HashSet<string> HandledTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Typing, ActivityTypes.Event,
        ActivityTypes.Invoke, ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate,
    };

    private readonly IServiceProvider _services;
    private readonly IBotMiddleware[] _middleware;
    private readonly TurnErrorHandler _onTurnError;
    private readonly IOptionsMonitor<BotOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotAdapter> _log;

    /// <summary>Creates the adapter; the bot is resolved per turn so a bot still being built makes the turn wait.</summary>
    public BotAdapter(IServiceProvider services, IEnumerable<IBotMiddleware> middleware, TurnErrorHandler onTurnError,
        IOptionsMonitor<BotOptions> options, TimeProvider time, ILogger<BotAdapter> log)
    {
        _services = services;
        _middleware = [.. middleware];
        _onTurnError = onTurnError;
        _options = options;
        _time = time;
        _log = log;
    }

    /// <summary>True when activities of this type reach the bot.</summary>
    public static bool IsHandledType(string? type) => type is not null && HandledTypes.Contains(type);

    /// <summary>Reads the activity from <paramref name="request"/> (size-limited: 413 when too large, 400 when not an
    /// activity) and processes it.</summary>
    public async Task<TurnResult> ProcessAsync(HttpRequest request, IBotChannel channel, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return read.Refusal ?? await ProcessAsync(read.Activity!, channel, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and checks an activity from a request body without running it (a channel that stores the
    /// member's activity first), text already cut to <see cref="BotOptions.MaxTextLength"/>.</summary>
    public async Task<(Activity? Activity, TurnResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await ActivityBodyReader.ReadAsync(request, _options.CurrentValue.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (read.Activity is not { } activity)
        {
            return (null, read.Refusal);
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, TurnResult.Refused(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no 'type'."));
        }
        CutText(activity);
        return (activity, null);
    }

    /// <summary>Runs one turn: the activity is checked (400 without type or conversation; the channel may refuse
    /// it), unknown types are acknowledged, and the middleware then the bot run with replies going to
    /// <paramref name="channel"/>. Never throws for a failure of the bot; cancellation by the caller ends the turn
    /// quietly.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, IBotChannel channel, TurnState? state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return TurnResult.Refused(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no 'type'.");
        }
        if (!IsHandledType(activity.Type))
        {
            _log.LogDebug("Ignored an activity of unknown type.");
            return TurnResult.Ok();
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return TurnResult.Refused(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no 'conversation.id'.");
        }
        if (channel.Admit(activity) is { } refusal)
        {
            return refusal;
        }
        CutText(activity);
        if (ResolveBot() is not { } bot)
        {
            return TurnResult.Refused(StatusCodes.Status503ServiceUnavailable, "Bot unavailable", "The bot could not be built.");
        }
        var turn = new TurnContext(activity, channel, state ?? new TurnState());
        await RunAsync(turn, bot, cancellationToken).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Invoke)
        {
            // Nobody answered the invoke: acknowledge it, as for an unknown activity.
            return TurnResult.Invoke(turn.InvokeResponse ?? new InvokeResponse(), turn.TurnState);
        }
        return TurnResult.Ok(turn.TurnState);
    }

    private async Task RunAsync(TurnContext turn, IBot bot, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        ITimer? typingTimer = null;
        if (turn.Activity.Type == ActivityTypes.Message && options.TypingDelay > TimeSpan.Zero)
        {
            typingTimer = _time.CreateTimer(static state => _ = SendTypingAsync((TurnContext)state!), turn,
                options.TypingDelay, Timeout.InfiniteTimeSpan);
        }
        try
        {
            await RunPipelineAsync(turn, bot, 0, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.LogInformation("Turn {ActivityId} on {ChannelId} was cancelled by the caller.", turn.Activity.Id, turn.Activity.ChannelId);
        }
        catch (Exception ex)
        {
            await _onTurnError.HandleAsync(turn, ex).ConfigureAwait(false);
        }
        finally
        {
            typingTimer?.Dispose();
            await turn.CompleteAsync().ConfigureAwait(false);
        }
    }

    private Task RunPipelineAsync(TurnContext turn, IBot bot, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, next => RunPipelineAsync(turn, bot, index + 1, next), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    // A missing or unconstructible bot is logged and the turn refused, so the endpoint answers instead of a 500.
    private IBot? ResolveBot()
    {
        try
        {
            var bot = _services.GetService<IBot>();
            if (bot is null)
            {
                _log.LogError("No IBot is registered; the turn cannot run.");
            }
            return bot;
        }
        catch (Exception ex)
        {
            _log.LogError("The IBot could not be created ({ExceptionType}): {Message}", ex.GetType().FullName, LogRedactor.Redact(ex.Message));
            return null;
        }
    }

    private static async Task SendTypingAsync(TurnContext turn)
    {
        try
        {
            await turn.SendTypingIfSilentAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A lost typing indicator is harmless; the channel already logged why.
        }
    }

    private void CutText(Activity activity)
    {
        if (activity.Text is { } text)
        {
            activity.Text = TextCut.Cut(text, _options.CurrentValue.MaxTextLength);
        }
    }
}
