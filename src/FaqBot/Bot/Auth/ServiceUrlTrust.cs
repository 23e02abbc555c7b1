using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot.Auth;

/// <summary>Where replies may go. With MicrosoftAppId set, a bearer token goes only to a serviceUrl that arrived in a
/// validated inbound token (the trust list), never to an address a caller merely named. Without it nothing proves who
/// posted an activity, so replies go only to this machine (the Emulator's http://localhost:…) or under a prefix in
/// <c>Bot:AnonymousServiceUrls</c>; otherwise anyone reaching /api/messages could make the bot post anywhere.</summary>
public sealed class ServiceUrlTrust(IOptionsMonitor<FaqBot.Bot.Adapter.BotOptions> options, TimeProvider time, ILogger<ServiceUrlTrust> log)
{
    // Channels use a handful of regional addresses; the cap only guards memory against a flood of valid tokens.
    private const int MaxTrusted = 1024;
    private static readonly TimeSpan TrustLifetime = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records <paramref name="serviceUrl"/> as seen in a validated token, for a day from now.</summary>
    public void Trust(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        if (_trusted.Count >= MaxTrusted && !_trusted.ContainsKey(key))
        {
            var now = time.GetUtcNow();
            foreach (var (url, until) in _trusted)
            {
                if (until <= now)
                {
                    _trusted.TryRemove(url, out _);
                }
            }
            if (_trusted.Count >= MaxTrusted)
            {
                log.LogWarning("The serviceUrl trust list is full ({Count}); a new address is not added.", _trusted.Count);
                return;
            }
        }
        _trusted[key] = time.GetUtcNow() + TrustLifetime;
    }

    /// <summary>True when a validated token named <paramref name="serviceUrl"/> within the last day.</summary>
    public bool IsTrusted(string serviceUrl) =>
        _trusted.TryGetValue(Normalize(serviceUrl), out var until) && until > time.GetUtcNow();

    /// <summary>True when replies to an unauthenticated caller may go to <paramref name="serviceUrl"/> (an absolute
    /// http(s) URL, already checked): a loopback address, or one under a listed prefix.</summary>
    public bool IsAllowedAnonymously(string serviceUrl)
    {
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

    /// <summary>The form two spellings of one serviceUrl share: no trailing slash (host case is ignored).</summary>
    public static string Normalize(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');

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
