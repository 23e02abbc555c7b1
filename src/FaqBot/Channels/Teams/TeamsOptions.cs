using FaqBot.Channels.Teams.Cards;

namespace FaqBot.Channels.Teams;

/// <summary>The <c>Teams</c> configuration section: who counts as HR staff, which card actions to send, and Teams'
/// own limits on how fast and how often the bot may post.</summary>
public sealed class TeamsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Teams";

    /// <summary>Microsoft Entra tenant ids (GUIDs) whose conversations are HR staff: they get the <c>hr</c> entries and
    /// the employer-side wording as well as the <c>member</c> ones.</summary>
    public List<string> HrTenantIds { get; set; } = [];

    /// <summary>Teams (the thread id <c>19:…@thread.tacv2</c> or the team's group id) whose conversations are HR staff.</summary>
    public List<string> HrTeamIds { get; set; } = [];

    /// <summary>Submit (default) or Execute (Universal Actions) for every card button.</summary>
    public CardActionKind CardActions { get; set; } = CardActionKind.Submit;

    /// <summary>Sends per second per conversation; Teams throttles a bot that posts faster than 7.</summary>
    public int MaxSendsPerSecond { get; set; } = 7;

    /// <summary>Shortest gap between two typing indicators in one conversation.</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Whether answers carry Teams' own thumbs up/down (<c>channelData.feedbackLoopEnabled</c>).</summary>
    public bool FeedbackLoop { get; set; } = true;
}
