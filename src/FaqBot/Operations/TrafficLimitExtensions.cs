using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FaqBot.Operations;

/// <summary>Registers and applies the traffic limits: the client address from trusted proxies only, per-address and
/// per-conversation rate limits (429 with Retry-After), and a timeout on every request but WebSocket streams.</summary>
public static class TrafficLimitExtensions
{
    /// <summary>Adds the options and the ASP.NET Core rate limiter, forwarded-headers and request-timeout services.</summary>
    public static IServiceCollection AddTrafficLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrafficLimitOptions>().Bind(configuration.GetSection(TrafficLimitOptions.SectionName))
            .Validate(o => o.RequestsPerAddress > 0, "RateLimits:RequestsPerAddress must be positive.")
            .Validate(o => o.ConversationsPerAddress > 0, "RateLimits:ConversationsPerAddress must be positive.")
            .Validate(o => o.ActivitiesPerConversation > 0, "RateLimits:ActivitiesPerConversation must be positive.")
            .Validate(o => o.Window >= TimeSpan.FromSeconds(1), "RateLimits:Window must be at least one second.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "RateLimits:RequestTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName))
            .Validate(o => o.KnownProxies.TrueForAll(p => IPAddress.TryParse(p, out _)),
                "Proxy:KnownProxies must hold IP addresses.")
            .Validate(o => o.KnownNetworks.TrueForAll(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Proxy:KnownNetworks must hold networks in CIDR form (10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nothing is trusted by default, not even loopback: only what the operator listed.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<TrafficLimitOptions>>((limiter, limits) =>
            ConfigureLimiter(limiter, limits.Value));
        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<TrafficLimitOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            });
        return services;
    }

    /// <summary>Puts the limits first in the pipeline, before static files, Direct Line and the bot endpoint.</summary>
    public static WebApplication UseTrafficLimits(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxies.KnownProxies.Count > 0 || proxies.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        // A Direct Line stream lives as long as the member's chat: the request timeout is for everything else.
        app.Use((http, next) =>
        {
            if (string.Equals(http.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase))
            {
                http.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
            }
            return next(http);
        });
        return app;
    }

    private static void ConfigureLimiter(RateLimiterOptions limiter, TrafficLimitOptions limits)
    {
        var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(http => ClientRequestKind.IsExempt(http.Request)
            ? RateLimitPartition.GetNoLimiter("exempt")
            : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.KeyOf(http), _ => Bucket(limits.RequestsPerAddress, limits.Window)));
        var creations = PartitionedRateLimiter.Create<HttpContext, string>(http => ClientRequestKind.CreatesConversation(http.Request)
            ? RateLimitPartition.GetTokenBucketLimiter(ClientAddress.KeyOf(http), _ => Bucket(limits.ConversationsPerAddress, limits.Window))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        var perConversation = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            ClientRequestKind.PostedConversation(http.Request) is { } conversationId
                ? RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => Bucket(limits.ActivitiesPerConversation, limits.Window))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, creations, perConversation);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : Math.Max(1, (int)Math.Ceiling(limits.Window.TotalSeconds / limits.ConversationsPerAddress));
            var response = context.HttpContext.Response;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return new ValueTask(Results.Problem(
                title: "Too many requests",
                detail: "しばらく時間をおいてから、もう一度お試しください。",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
        };
    }

    // Refilled one token at a time, evenly across the window, so a client that paces itself never meets the limit. The
    // partitioned limiter refills its buckets from its own one timer; a bucket of its own timer each (AutoReplenishment)
    // meant one timer per address seen, 22,400 of them under a many-address flood.
    private static TokenBucketRateLimiterOptions Bucket(int permits, TimeSpan window) => new()
    {
        TokenLimit = permits,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = window / permits,
        QueueLimit = 0,
        AutoReplenishment = false,
    };
}
