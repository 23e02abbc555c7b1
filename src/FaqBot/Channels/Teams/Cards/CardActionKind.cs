namespace FaqBot.Channels.Teams.Cards;

/// <summary>Which Adaptive Card action the bot's buttons use: <c>Action.Submit</c> (Teams posts a message with the
/// button's data in <c>value</c>) or <c>Action.Execute</c> (Universal Actions: Teams sends an
/// <c>adaptiveCard/action</c> invoke and shows the card or message the bot answers with).</summary>
public enum CardActionKind
{
    /// <summary><c>Action.Submit</c>: works in every Teams client and scope.</summary>
    Submit,

    /// <summary><c>Action.Execute</c>: the invoke's response replaces the card for the user who pressed.</summary>
    Execute,
}
