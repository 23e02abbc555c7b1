using System.Net;
using FaqBot.Bot.Adapter;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Auth;

/// <summary>Where an unauthenticated caller may have replies sent. With no MicrosoftAppId nothing proves who posted the
/// activity, so its serviceUrl is trusted only on this machine (the Emulator's http://localhost:…) or when listed in
/// <c>Bot:AnonymousServiceUrls</c>; otherwise anyone reaching /api/messages could make the bot post to any address.</summary>
internal sealed class AnonymousServiceUrlPolicy(IOptionsMonitor<BotCredentialOptions> credentials, IOptionsMonitor<BotOptions> options)
{
    /// <summary>True when replies may go to <paramref name="serviceUrl"/> (an absolute http(s) URL, already validated).</summary>
    public bool IsAllowed(string serviceUrl)
    {
        if (!credentials.CurrentValue.IsAnonymous)
        {
            // Authenticated calls are refused before this point until token validation exists; the token's
            // serviceurl claim will decide then.
            return true;
        }
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }
        if (uri.IsLoopback && (uri.HostNameType != UriHostNameType.Dns || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        foreach (var allowed in options.CurrentValue.AnonymousServiceUrls)
        {
            if (Uri.TryCreate(allowed, UriKind.Absolute, out var prefix) && IsUnder(uri, prefix))
            {
                return true;
            }
        }
        return false;
    }

    // Same scheme, host and port, and the path starts at a segment boundary of the allowed one.
    private static bool IsUnder(Uri uri, Uri prefix)
    {
        if (Uri.Compare(uri, prefix, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }
        var path = uri.AbsolutePath;
        var allowed = prefix.AbsolutePath.TrimEnd('/');
        return path.Length == allowed.Length ? path == allowed
            : path.StartsWith(allowed, StringComparison.Ordinal) && path[allowed.Length] == '/';
    }
}
