using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Adapter;

/// <summary>What the caller of <see cref="BotAdapter.ProcessAsync(Activity, IBotChannel, TurnState?, CancellationToken)"/>
/// needs to answer its own caller: an HTTP status (with a problem text when refused), the invoke response for an
/// <c>invoke</c>, and the turn's state (how the dialog ended).</summary>
public sealed class TurnResult
{
    private TurnResult(int status, string? title, string? detail, InvokeResponse? invokeResponse, TurnState? state)
    {
        Status = status;
        Title = title;
        Detail = detail;
        InvokeResponse = invokeResponse;
        State = state ?? new TurnState();
    }

    /// <summary>The HTTP status for the caller: 200, 400/401/403/413 when refused, the invoke response's status.</summary>
    public int Status { get; }

    /// <summary>Problem title when refused.</summary>
    public string? Title { get; }

    /// <summary>Problem detail when refused (never quotes member text or tokens).</summary>
    public string? Detail { get; }

    /// <summary>The bot's answer to an <c>invoke</c>, returned as the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; }

    /// <summary>The turn's state after the bot ran (empty when it did not).</summary>
    public TurnState State { get; }

    /// <summary>True when the activity was refused before the bot ran.</summary>
    public bool IsRefused => Title is not null;

    /// <summary>The activity was handled (or ignored on purpose).</summary>
    public static TurnResult Ok(TurnState? state = null) => new(StatusCodes.Status200OK, null, null, null, state);

    /// <summary>An invoke answered with <paramref name="response"/>.</summary>
    public static TurnResult Invoke(InvokeResponse response, TurnState state) => new(response.Status, null, null, response, state);

    /// <summary>The activity was refused with <paramref name="status"/>.</summary>
    public static TurnResult Refused(int status, string title, string detail) => new(status, title, detail, null, null);
}
