using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Tests.TestHosting;

/// <summary>The Bot Framework's and Entra's login services on a real loopback Kestrel: OpenID metadata and JWKS for
/// the channels (keys with endorsements) and for Entra, signed with test RSA keys; and an OAuth token endpoint that
/// MSAL gets outbound tokens from (client credentials), counting what it was asked. MSAL only speaks HTTPS, so the
/// token endpoint listens with a self-signed certificate that <see cref="TrustFrom"/> makes FaqBot's login client trust.</summary>
public sealed class BotFrameworkLogin : IAsyncDisposable
{
    /// <summary>The Emulator's Entra tenant.</summary>
    public const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private int _issued;

    private BotFrameworkLogin(WebApplication app, Uri address, Uri secureAddress, X509Certificate2 certificate)
    {
        _app = app;
        Address = address;
        SecureAddress = secureAddress;
        Certificate = certificate;
    }

    /// <summary>http://127.0.0.1:port/ (metadata and keys).</summary>
    public Uri Address { get; }

    /// <summary>https://127.0.0.1:port/ (the token endpoint).</summary>
    public Uri SecureAddress { get; }

    /// <summary>The token endpoint's self-signed certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The key the channels sign with, endorsed for msteams, emulator and webchat.</summary>
    public TestSigningKey ChannelKey { get; } = new("channel-key-1", ["msteams", "emulator", "webchat"]);

    /// <summary>A channel key that endorses only "skype".</summary>
    public TestSigningKey SkypeOnlyKey { get; } = new("channel-key-skype", ["skype"]);

    /// <summary>Entra's key (no endorsements).</summary>
    public TestSigningKey EntraKey { get; } = new("entra-key-1", null);

    /// <summary>ToBotFromChannelOpenIdMetadataUrl.</summary>
    public string ChannelMetadataUrl => Address + "v1/.well-known/openidconfiguration";

    /// <summary>ToBotFromEmulatorOpenIdMetadataUrl.</summary>
    public string EntraMetadataUrl => Address + "botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>ToChannelFromBotLoginUrl for <paramref name="tenant"/>.</summary>
    public string LoginUrl(string tenant = "botframework.com") => SecureAddress + tenant;

    /// <summary>Token requests received (form fields plus "tenant" from the path).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>The access token the n-th request (1-based) was given.</summary>
    public static string AccessToken(int n) => "outbound-token-" + n;

    public static async Task<BotFrameworkLogin> StartAsync()
    {
        var certificate = SelfSignedLoopbackCertificate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        BotFrameworkLogin? self = null;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = self!.Address + "v1/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () => Results.Json(new { keys = new[] { self!.ChannelKey.Jwk(), self.SkypeOnlyKey.Jwk() } }));
        app.MapGet("/botframework.com/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"https://login.microsoftonline.com/{EmulatorTenant}/v2.0",
            ["authorization_endpoint"] = self!.Address + "botframework.com/oauth2/v2.0/authorize",
            ["token_endpoint"] = self.Address + "botframework.com/oauth2/v2.0/token",
            ["jwks_uri"] = self.Address + "common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { self!.EntraKey.Jwk() } }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            self!._tokenRequests.Enqueue(fields);
            var n = Interlocked.Increment(ref self._issued);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = AccessToken(n),
            });
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var plain = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var secure = addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal));
        self = new BotFrameworkLogin(app, new Uri(plain.TrimEnd('/') + "/"), new Uri(secure.TrimEnd('/') + "/"), certificate);
        return self;
    }

    /// <summary>Makes FaqBot's login HttpClient (the one MSAL uses) trust this server's certificate, and only it.</summary>
    public void TrustFrom(IServiceCollection services)
    {
        var thumbprint = Certificate.Thumbprint;
        services.AddHttpClient(FaqBot.Bot.Auth.AuthServiceExtensions.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == thumbprint },
            });
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>The settings that point FaqBot's inbound and outbound authentication here.</summary>
    public Dictionary<string, string?> Settings(string appId, string appType = "MultiTenant", string? tenant = null) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret-not-real",
        ["MicrosoftAppTenantId"] = tenant,
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EntraMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = LoginUrl(tenant ?? "botframework.com"),
        ["ValidateAuthority"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A test RSA signing key with its id and (for the channels' keys) endorsements; mints tokens.</summary>
public sealed class TestSigningKey(string kid, string[]? endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = Kid };

    /// <summary>The public key as a JWKS entry.</summary>
    public Dictionary<string, object> Jwk()
    {
        var parameters = _rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }
        return jwk;
    }

    /// <summary>A signed JWT with the given claims (aud, iss, serviceurl …), valid from <paramref name="notBefore"/>
    /// to <paramref name="expires"/>.</summary>
    public string Mint(IDictionary<string, object> claims, DateTime notBefore, DateTime expires, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SecurityKey, algorithm),
        });

    /// <summary>The same claims, unsigned (<c>alg: none</c>).</summary>
    public static string Unsigned(IDictionary<string, object> claims, DateTime notBefore, DateTime expires)
    {
        var payload = new Dictionary<string, object>(claims)
        {
            ["nbf"] = new DateTimeOffset(notBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(expires).ToUnixTimeSeconds(),
        };
        return Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload)) + ".";
    }

    /// <summary>The same claims, HS256-signed with a secret an attacker guessed (say, the app password).</summary>
    public static string SignedWithSecret(IDictionary<string, object> claims, DateTime notBefore, DateTime expires, string secret) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(secret.PadRight(32, '0'))) { KeyId = "channel-key-1" },
                SecurityAlgorithms.HmacSha256),
        });
}
