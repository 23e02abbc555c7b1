using Microsoft.Extensions.Configuration;

namespace FaqBot.Tests.TestSupport;

/// <summary>The service's real appsettings.json (copied next to the tests), optionally overridden.</summary>
public static class TestConfiguration
{
    public static IConfiguration Load(IDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }
        return builder.Build();
    }
}
