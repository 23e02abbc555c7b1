using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FaqBot.Tests.TestHosting;

/// <summary>A Bot Framework channel's Connector REST API on a real loopback Kestrel: records every activity the bot
/// posts (path, headers, body) and answers with what the test scripted (e.g. 429 with Retry-After, then 200).</summary>
public sealed class TestConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ConnectorCall> _calls = Channel.CreateUnbounded<ConnectorCall>();
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _scriptedFailures = new();
    private int _attempts;

    private TestConnector(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The serviceUrl to put in inbound activities.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>Every request received, failed ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>When true, every call fails with 500.</summary>
    public bool AlwaysFail { get; set; }

    public static async Task<TestConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestConnector? self = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", async (HttpContext http, string conversationId) =>
        {
            Interlocked.Increment(ref self!._attempts);
            if (self.AlwaysFail)
            {
                http.Response.StatusCode = 500;
                return;
            }
            if (self._scriptedFailures.TryDequeue(out var fail))
            {
                await fail(http.Response);
                return;
            }
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var activity = body.RootElement.Deserialize(SchemaJson.Default.Activity)!;
            var call = new ConnectorCall(http.Request.Path, http.Request.Headers.Authorization.ToString(), activity,
                body.RootElement.GetRawText());
            await self._calls.Writer.WriteAsync(call);
            await http.Response.WriteAsJsonAsync(new ResourceResponse { Id = "reply-" + self.Attempts }, SchemaJson.Default.ResourceResponse);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new TestConnector(app, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    /// <summary>The next call answers with <paramref name="status"/> (and Retry-After seconds if given).</summary>
    public void FailNext(int status, int? retryAfterSeconds = null) => _scriptedFailures.Enqueue(response =>
    {
        response.StatusCode = status;
        if (retryAfterSeconds is int seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    });

    /// <summary>Waits for the next successfully received activity.</summary>
    public async Task<ConnectorCall> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Calls received so far and not yet taken.</summary>
    public List<ConnectorCall> Drain()
    {
        var list = new List<ConnectorCall>();
        while (_calls.Reader.TryRead(out var call))
        {
            list.Add(call);
        }
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One activity the bot posted to the connector.</summary>
public sealed record ConnectorCall(string Path, string Authorization, Activity Activity, string RawJson);
