namespace FaqBot.Channels.Teams;

/// <summary>The names of the Teams invokes the bot answers.</summary>
public static class TeamsInvokeNames
{
    /// <summary>An <c>Action.Execute</c> press (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Teams' own feedback buttons (thumbs up/down) on a message with <c>feedbackLoopEnabled</c>.</summary>
    public const string SubmitAction = "message/submitAction";
}
