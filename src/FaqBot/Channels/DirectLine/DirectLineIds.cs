using System.Buffers.Text;
using System.Security.Cryptography;

namespace FaqBot.Channels.DirectLine;

/// <summary>Random ids for conversations and anonymous members, and the check applied to ids a client proposes.</summary>
internal static class DirectLineIds
{
    /// <summary>The channel id of every Direct Line activity (and of its conversations' state keys).</summary>
    public const string ChannelId = "directline";

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>A client-proposed user id is kept only when short and plain (it ends up in logs and replies).</summary>
    public static bool IsAcceptableUserId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@'))
            {
                return false;
            }
        }
        return true;
    }
}
