using FaqBot.Channels.DirectLine;

namespace FaqBot.Operations;

/// <summary>Sorts a request for the rate limits: what it creates, which conversation it posts to, or whether it is
/// exempt (probes, metrics, and the Bot Service's authenticated /api/messages, which arrives from Azure's few addresses).</summary>
internal static class ClientRequestKind
{
    private const string ConversationsPath = DirectLineApi.BasePath + "/conversations";
    private const string TokenPath = DirectLineApi.BasePath + "/tokens/generate";
    private const string ActivitiesSuffix = "/activities";
    private const int MaxConversationKey = 128;

    /// <summary>True when no per-address limit applies.</summary>
    public static bool IsExempt(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        return path.StartsWith("/health/", StringComparison.OrdinalIgnoreCase)
            || path.Equals(MetricsServiceExtensions.MetricsPath, StringComparison.OrdinalIgnoreCase)
            || path.Equals("/api/messages", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a request that makes a Direct Line token or conversation.</summary>
    public static bool CreatesConversation(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return false;
        }
        var path = request.Path.Value ?? string.Empty;
        return path.Equals(ConversationsPath, StringComparison.OrdinalIgnoreCase)
            || path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase)
            || path.Equals(WebChatTokenEndpoint.Route, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The conversation id of a POST to <c>…/conversations/{id}/activities</c>, else null.</summary>
    public static string? PostedConversation(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }
        var path = request.Path.Value ?? string.Empty;
        if (!path.StartsWith(ConversationsPath + "/", StringComparison.OrdinalIgnoreCase)
            || !path.EndsWith(ActivitiesSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var start = ConversationsPath.Length + 1;
        var length = path.Length - ActivitiesSuffix.Length - start;
        if (length <= 0)
        {
            return null;
        }
        // Ids are the server's own; a longer one is bogus and shares a bucket with its prefix, which costs nobody.
        return path.Substring(start, Math.Min(length, MaxConversationKey));
    }
}
