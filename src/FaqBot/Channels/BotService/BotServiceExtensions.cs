using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.BotService;

/// <summary>Registers and maps the Azure Bot Service channel: activities in at /api/messages, replies out through the
/// Connector REST API.</summary>
public static class BotServiceExtensions
{
    /// <summary>Adds the channel's services.</summary>
    public static IServiceCollection AddBotServiceChannel(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // One pooled handler for every connector call (recycled so DNS changes are seen), behind the standard
        // resilience pipeline: retries with backoff and jitter honouring Retry-After, a timeout per attempt, and a
        // circuit breaker per Connector host.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
                ConfigureRetries(resilience, services.GetRequiredService<IOptions<BotOptions>>().Value))
            .SelectPipelineByAuthority();
        services.AddSingleton<ConnectorClient>();
        return services;
    }

    /// <summary>Maps POST /api/messages; with MicrosoftAppId set it requires a valid Bot Framework token.</summary>
    public static WebApplication MapBotServiceChannel(this WebApplication app)
    {
        var endpoint = app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync).DisableAntiforgery();
        if (!app.Services.GetRequiredService<IOptions<BotCredentialOptions>>().Value.IsAnonymous)
        {
            endpoint.RequireAuthorization(BotAuthenticationSchemes.Policy);
        }
        return app;
    }

    private static void ConfigureRetries(HttpStandardResilienceOptions resilience, BotOptions options)
    {
        var retry = resilience.Retry;
        var retries = options.ConnectorMaxAttempts - 1;
        retry.MaxRetryAttempts = Math.Max(1, retries); // Polly needs one; ShouldHandle below turns it off for "1 attempt"
        retry.Delay = options.ConnectorRetryDelay;
        retry.MaxDelay = options.ConnectorMaxRetryDelay;
        retry.BackoffType = Polly.DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.ShouldRetryAfterHeader = true;
        // The transient answers plus 412, which the Connector sends when two writes to one conversation collide.
        retry.ShouldHandle = args => ValueTask.FromResult(retries > 0 && (
            HttpClientResiliencePredicates.IsTransient(args.Outcome)
            || args.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.PreconditionFailed));
        resilience.AttemptTimeout.Timeout = options.ConnectorTimeout;
        var worstCase = options.ConnectorTimeout * options.ConnectorMaxAttempts + options.ConnectorMaxRetryDelay * (options.ConnectorMaxAttempts - 1);
        resilience.TotalRequestTimeout.Timeout = worstCase + TimeSpan.FromSeconds(1);
        var sampling = options.ConnectorTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > TimeSpan.FromSeconds(30) ? sampling : TimeSpan.FromSeconds(30);
    }
}
