namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// For failures that reach the hub without passing <see cref="RedisGuard"/>: the SignalR backplane's publish
/// fails while Redis or its primary is away, and that too is SERVICE_UNAVAILABLE, not a fault of the server.
/// </summary>
public static class RedisOutage
{
    public static bool Is(Exception exception) => RedisGuard.IsOutage(exception);
}
