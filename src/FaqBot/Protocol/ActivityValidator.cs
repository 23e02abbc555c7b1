namespace FaqBot.Protocol;

/// <summary>Decides whether an inbound activity reaches the bot: known types need a conversation and an absolute
/// http(s) serviceUrl (where replies go); unknown types are acknowledged and ignored.</summary>
public static class ActivityValidator
{
    private static readonly HashSet<string> HandledTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Typing, ActivityTypes.Event,
        ActivityTypes.Invoke, ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate,
    };

    /// <summary>True when FaqBot hands activities of this type to the bot.</summary>
    public static bool IsHandledType(string? type) => type is not null && HandledTypes.Contains(type);

    /// <summary>Returns null when the activity may go to the bot, else what is missing (for a 400 problem detail).</summary>
    public static string? FindProblem(Activity activity, bool requireServiceUrl)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }
        if (!IsHandledType(activity.Type))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }
        if (requireServiceUrl)
        {
            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                return "The activity has no 'serviceUrl'.";
            }
            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return "The activity's 'serviceUrl' is not an absolute http or https address.";
            }
        }
        return null;
    }
}
