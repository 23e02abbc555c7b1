namespace FaqBot.Channels.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line 3.0 endpoint and the web chat page.</summary>
public static class DirectLineServiceExtensions
{
    /// <summary>Adds the Direct Line services.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    /// <summary>Maps /v3/directline/* and the web chat page at /.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        return app;
    }
}
