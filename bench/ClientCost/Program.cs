// A .NET client's receive path, for bench/clientcost.mjs: opens N WebSocket connections to its child server on
// loopback, answers the JSON hub protocol's handshake, then counts the Canvas frames received, framing WebSocket
// itself as the load tool's raw client does (bench/rawHub.mjs). Prints one JSON line: strokes received and this
// process's CPU (all threads, from /proc) over the measured seconds, which start 2 s after the last connection.
//   dotnet DrawGuess.Bench.ClientCost.dll PORT CONNECTIONS SECONDS
// DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 in its environment runs each receive's continuation on the
// socket engine's epoll thread instead of the thread pool.
using System.Net;
using System.Net.Sockets;
using System.Text;

var port = int.Parse(args[0]);
var connections = int.Parse(args[1]);
var seconds = int.Parse(args[2]);
var canvasFrameStart = "{\"type\":1,\"target\":\"Canvas\""u8.ToArray();
long received = 0;

var sockets = new List<Socket>();
for (var i = 0; i < connections; i++) sockets.Add(await ConnectAsync(port));
foreach (var socket in sockets) _ = Task.Run(() => CountCanvasFramesAsync(socket));

await Task.Delay(2000);
var (user0, kernel0) = ProcessTicks();
var from = Interlocked.Read(ref received);
var started = DateTime.UtcNow;
await Task.Delay(TimeSpan.FromSeconds(seconds));
var (user1, kernel1) = ProcessTicks();
var got = Interlocked.Read(ref received) - from;
var wall = (DateTime.UtcNow - started).TotalSeconds;
double user = user1 - user0, kernel = kernel1 - kernel0;
var cpuMs = (user + kernel) * 1000.0 / 100; // clock ticks of 10 ms
Console.WriteLine($"{{\"received\":{got},\"perSecond\":{got / wall:F0},\"cpuMsPer1000\":{cpuMs * 1000 / got:F2},\"kernelShare\":{kernel / (user + kernel):F2}}}");
return 0;

static async Task<Socket> ConnectAsync(int port)
{
    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
    await socket.SendAsync(Encoding.ASCII.GetBytes(
        $"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
    var response = new byte[4096];
    var length = 0;
    while (response.AsSpan(0, length).IndexOf("\r\n\r\n"u8) < 0) length += await socket.ReceiveAsync(response.AsMemory(length));
    var handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8;
    var frame = new byte[6 + handshake.Length]; // a final text frame, masked with the key 0
    frame[0] = 0x81;
    frame[1] = (byte)(0x80 | handshake.Length);
    handshake.CopyTo(frame.AsSpan(6));
    await socket.SendAsync(frame);
    return socket;
}

async Task CountCanvasFramesAsync(Socket socket)
{
    var buffer = new byte[64 * 1024];
    var length = 0;
    while (true)
    {
        int read;
        try { read = await socket.ReceiveAsync(buffer.AsMemory(length)); }
        catch (SocketException) { return; }
        if (read == 0) return;
        length += read;
        var position = 0;
        while (length - position >= 2)
        {
            int payload = buffer[position + 1] & 0x7f, header = 2;
            if (payload == 126)
            {
                if (length - position < 4) break;
                payload = (buffer[position + 2] << 8) | buffer[position + 3];
                header = 4;
            }
            if (length - position < header + payload) break;
            if (buffer.AsSpan(position + header, payload).StartsWith(canvasFrameStart)) Interlocked.Increment(ref received);
            position += header + payload;
        }
        buffer.AsSpan(position, length - position).CopyTo(buffer);
        length -= position;
    }
}

static (long User, long Kernel) ProcessTicks()
{
    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11]), long.Parse(fields[12]));
}
