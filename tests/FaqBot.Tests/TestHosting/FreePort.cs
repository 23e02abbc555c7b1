using System.Net;
using System.Net.Sockets;

namespace FaqBot.Tests.TestHosting;

/// <summary>A loopback TCP port nobody listens on right now, for servers that must be told their port up front.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
