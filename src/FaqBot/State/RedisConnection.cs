using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>The one Redis connection of the process (StackExchange.Redis multiplexes every command and subscription
/// over it). It never fails the start when Redis is down: it keeps reconnecting, commands fail fast meanwhile, and the
/// readiness check reports the outage.</summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;

    /// <summary>Connects (or starts trying to) with <c>ConnectionStrings:Redis</c>.</summary>
    public RedisConnection(IConfiguration configuration, IOptions<StateOptions> options)
    {
        var value = options.Value;
        var connectionString = configuration.GetConnectionString(StateOptions.RedisConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Redis is required when State:Provider is Redis.");
        var config = ConfigurationOptions.Parse(connectionString);
        config.AbortOnConnectFail = false;
        // While disconnected, fail at once instead of queueing: the turn goes on without state rather than waiting.
        config.BacklogPolicy = BacklogPolicy.FailFast;
        var timeout = (int)Math.Ceiling(value.OperationTimeout.TotalMilliseconds);
        config.AsyncTimeout = timeout;
        config.SyncTimeout = timeout;
        config.ConnectTimeout = Math.Max(timeout, 1000);
        config.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        config.ClientName ??= "faqbot";
        KeyPrefix = value.KeyPrefix;
        _multiplexer = ConnectionMultiplexer.Connect(config);
    }

    /// <summary>Prefix of every key and channel.</summary>
    public string KeyPrefix { get; }

    /// <summary>True while the connection to Redis is up.</summary>
    public bool IsConnected => _multiplexer.IsConnected;

    /// <summary>The endpoints, for health messages.</summary>
    public string Endpoints => string.Join(", ", _multiplexer.GetEndPoints().Select(e => e.ToString()));

    /// <summary>Commands.</summary>
    public IDatabase Database => _multiplexer.GetDatabase();

    /// <summary>Pub/sub.</summary>
    public ISubscriber Subscriber => _multiplexer.GetSubscriber();

    /// <summary>True for the failures that mean "Redis is unreachable or slow", as opposed to a bug.</summary>
    public static bool IsOutage(Exception error) => error switch
    {
        RedisConnectionException or RedisTimeoutException => true,
        // A restarting or misconfigured server answers with these instead of data; OOM is a full server under
        // maxmemory-policy noeviction, which refuses every write.
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("OOM", StringComparison.Ordinal)
            || server.Message.StartsWith("BUSY", StringComparison.Ordinal)
            || server.Message.StartsWith("MISCONF", StringComparison.Ordinal)
            || server.Message.StartsWith("READONLY", StringComparison.Ordinal),
        _ => false,
    };

    /// <inheritdoc />
    public void Dispose() => _multiplexer.Dispose();
}
