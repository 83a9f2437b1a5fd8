using System.Net;
using System.Net.Sockets;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// The first connect of an instance's Redis connection, which the first players' calls wait on: it must not hold
/// their threads (the handshake's replies are read on the thread pool those calls would be holding), and callers
/// arriving meanwhile must end up on one connection.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisConnectionTests(RedisServer redis)
{
    [Fact]
    public async Task A_first_connect_returns_to_its_caller_before_Redis_answers()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0); // the kernel accepts its connections; nothing ever answers
        silent.Start();
        try
        {
            using var connection = Connection($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}");

            var connecting = connection.MultiplexerAsync();

            Assert.False(connecting.IsCompleted, "the caller's thread was held until the connect ended");
            var multiplexer = await connecting; // after the connect timeout, disconnected, as with Redis away
            Assert.False(multiplexer.IsConnected);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Callers_during_the_first_connect_share_one_connection_which_the_synchronous_path_then_uses()
    {
        using var connection = Connection(redis.ConnectionString);

        var callers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(connection.MultiplexerAsync)));

        Assert.All(callers, multiplexer => Assert.Same(callers[0], multiplexer));
        Assert.Same(callers[0], connection.Multiplexer);
        Assert.True(callers[0].IsConnected);
    }

    private static RedisConnection Connection(string connectionString) => new(
        RedisServer.Configuration(connectionString),
        NullLogger<RedisConnection>.Instance);
}
