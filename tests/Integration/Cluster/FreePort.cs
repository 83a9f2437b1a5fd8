using System.Net;
using System.Net.Sockets;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Free loopback ports for the servers the tests start, from just below the kernel's ephemeral range
/// (as tests/free-port.py picks them for test.sh). A port picked inside that range, by binding port 0,
/// can be taken by any outgoing connection before the server binds it, the server's own to Redis
/// included. Ports are handed out in turn from a random start, so two servers not yet listening never
/// share one.
/// </summary>
internal static class FreePort
{
    private static readonly int EphemeralLow = int.Parse(
        File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
    private static readonly int First = Math.Max(1024, EphemeralLow - 10_000);
    private static readonly int Count = EphemeralLow - First;
    private static int _turn = Random.Shared.Next(Count);

    public static int Next()
    {
        for (var tried = 0; tried < Count; tried++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _turn) % (uint)Count);
            if (NothingListensOn(port)) return port;
        }
        throw new InvalidOperationException($"No free port between {First} and {EphemeralLow - 1}, below the ephemeral range.");
    }

    private static bool NothingListensOn(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
