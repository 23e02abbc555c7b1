using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>Reads the bearer credential of a Direct Line call: the site secret (server-to-server) or a conversation
/// token, which only ever opens the conversation it names.</summary>
internal sealed class DirectLineAuthorization(DirectLineTokenService tokens, IOptionsMonitor<DirectLineOptions> options)
{
    /// <summary>The bearer value, or null when the header is missing.</summary>
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>True when <paramref name="credential"/> is the configured site secret.</summary>
    public bool IsSiteSecret(string? credential)
    {
        var secret = options.CurrentValue.SiteSecret;
        return !string.IsNullOrEmpty(secret) && credential is not null &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(credential));
    }

    /// <summary>Checks access to one conversation: 0 when allowed (with the token's claims, or null for the site
    /// secret), else 401 (no credential) or 403 (expired, forged or another conversation's token).</summary>
    public int Check(string? credential, string conversationId, out DirectLineTokenPayload? payload)
    {
        payload = null;
        if (credential is null)
        {
            return StatusCodes.Status401Unauthorized;
        }
        if (IsSiteSecret(credential))
        {
            return 0;
        }
        payload = tokens.Validate(credential);
        if (payload is null || !string.Equals(payload.Conversation, conversationId, StringComparison.Ordinal))
        {
            payload = null;
            return StatusCodes.Status403Forbidden;
        }
        return 0;
    }
}
