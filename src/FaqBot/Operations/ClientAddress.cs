using System.Net;
using System.Net.Sockets;

namespace FaqBot.Operations;

/// <summary>The partition key of a client for the per-address limits: its IPv4 address, or its IPv6 /64 (one
/// subscriber usually owns a whole /64, so a key per address would give a flood 2^64 buckets).</summary>
internal static class ClientAddress
{
    /// <summary>The key for the request's remote address (already the forwarded one when it came through a trusted proxy).</summary>
    public static string KeyOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
