using Microsoft.Extensions.Options;

namespace FaqBot.Tests.TestSupport;

/// <summary>An options monitor that always returns one value (for unit tests of services that read options).</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
