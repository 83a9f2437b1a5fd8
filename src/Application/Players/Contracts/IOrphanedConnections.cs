namespace DrawGuess.Application.Players.Contracts;

/// <summary>
/// The connections of a server instance that stopped without shutting down (killed, node lost): their sockets are
/// gone, yet each still speaks for its player until someone disconnects it. An instance shows it is alive by beating;
/// one whose beat ran out is presumed dead.
/// </summary>
public interface IOrphanedConnections
{
    /// <summary>Shows <paramref name="instanceId"/> alive for <paramref name="aliveFor"/>, and lists it among the instances.</summary>
    Task BeatAsync(string instanceId, TimeSpan aliveFor);

    /// <summary>Takes <paramref name="instanceId"/> off the list, as it shuts down with its connections closed.</summary>
    Task ForgetAsync(string instanceId);

    /// <summary>The listed instances other than <paramref name="self"/> whose beat ran out.</summary>
    Task<IReadOnlyList<string>> SilentInstancesAsync(string self);

    /// <summary>
    /// The connections of <paramref name="instanceId"/>, handed to one caller only, in the same step that takes the
    /// instance off the list, and only while its beat is still out (one whose beat came back, held up by a Redis
    /// failover, keeps its players). Null when another caller took them first or the instance is alive again.
    /// </summary>
    Task<IReadOnlyList<string>?> ClaimAsync(string instanceId);
}
