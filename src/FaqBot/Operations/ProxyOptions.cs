namespace FaqBot.Operations;

/// <summary>The <c>Proxy</c> configuration section: the reverse proxies whose <c>X-Forwarded-For</c> is believed.
/// With none configured the connection's own address is the client's, whatever headers say.</summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Addresses of trusted proxies (e.g. <c>10.0.0.5</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form (e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
