using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>Issues and checks Direct Line tokens: compact HS256 JWTs naming one conversation (and its user), with an
/// expiry. A token opens its own conversation and nothing else.</summary>
public sealed class DirectLineTokenService
{
    private static readonly string Header = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<DirectLineOptions> _options;

    /// <summary>Creates the service with the configured key, or a random one.</summary>
    public DirectLineTokenService(IOptionsMonitor<DirectLineOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
        var configured = options.CurrentValue.TokenSigningKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
    }

    /// <summary>The lifetime given to new tokens.</summary>
    public TimeSpan Lifetime => _options.CurrentValue.TokenLifetime;

    /// <summary>A new token for <paramref name="conversationId"/>.</summary>
    public string Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow();
        var payload = new DirectLineTokenPayload
        {
            Conversation = conversationId,
            User = userId,
            IssuedAt = now.ToUnixTimeSeconds(),
            Expires = (now + Lifetime).ToUnixTimeSeconds(),
        };
        var body = Header + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, DirectLineJson.Wire.DirectLineTokenPayload));
        return body + "." + Sign(body);
    }

    /// <summary>Reads a token; null when it is malformed, forged or expired.</summary>
    public DirectLineTokenPayload? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }
        var lastDot = token.LastIndexOf('.');
        var firstDot = token.IndexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot)
        {
            return null;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(token[..lastDot]));
        var actual = Encoding.ASCII.GetBytes(token[(lastDot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return null;
        }
        try
        {
            var json = Base64Url.DecodeFromChars(token.AsSpan(firstDot + 1, lastDot - firstDot - 1));
            var payload = JsonSerializer.Deserialize(json, DirectLineJson.Wire.DirectLineTokenPayload);
            if (payload?.Conversation is null || payload.Expires <= _time.GetUtcNow().ToUnixTimeSeconds())
            {
                return null;
            }
            return payload;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private string Sign(string body)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body), mac);
        return Base64Url.EncodeToString(mac);
    }
}
