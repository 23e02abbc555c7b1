using FaqBot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line 3.0 endpoint and the web chat page.</summary>
public static class DirectLineServiceExtensions
{
    /// <summary>Adds the Direct Line services.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();        // HMAC-signed tokens scoped to one conversation
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton<DirectLineApi>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<WebChatTokenEndpoint>();          // the page's token source (self-hosted or Azure)
        services.AddHttpClient(WebChatTokenEndpoint.AzureHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    /// <summary>Maps /v3/directline/*, /api/webchat/token and the web chat page at /.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        // The page lives in the content root's wwwroot when run from the project, else beside the executable.
        var webRoot = app.Environment.WebRootPath is { } root && File.Exists(Path.Combine(root, "index.html"))
            ? root
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        var api = app.Services.GetRequiredService<DirectLineApi>();
        var stream = app.Services.GetRequiredService<DirectLineStream>();
        var directLine = app.MapGroup(DirectLineApi.BasePath).DisableAntiforgery();
        // With State:Provider=Redis and Redis unreachable, Direct Line answers 503 with Retry-After, never a 500.
        directLine.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (SharedStateUnavailableException)
            {
                return DirectLineApi.Busy(context.HttpContext);
            }
        });
        directLine.MapPost("/tokens/generate", (Func<HttpContext, Task<IResult>>)api.GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", api.RefreshToken);
        directLine.MapPost("/conversations", (Func<HttpContext, Task<IResult>>)api.StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, string? watermark) =>
            api.ReconnectAsync(http, conversationId, watermark));
        directLine.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            api.PostActivityAsync(http, conversationId));
        directLine.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, string? watermark) =>
            api.GetActivitiesAsync(http, conversationId, watermark));
        directLine.Map("/conversations/{conversationId}/stream", (HttpContext http, string conversationId) =>
            stream.HandleAsync(http, conversationId));

        var webChatToken = app.Services.GetRequiredService<WebChatTokenEndpoint>();
        app.MapPost(WebChatTokenEndpoint.Route, (Func<HttpContext, Task<IResult>>)webChatToken.HandleAsync).DisableAntiforgery();
        return app;
    }
}
