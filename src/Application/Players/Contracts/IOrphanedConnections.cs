namespace DrawGuess.Application.Players.Contracts;

/// <summary>
/// The connections of a server instance that stopped without shutting down (killed, node lost): their sockets are
/// gone, yet each still speaks for its player until someone disconnects it.
/// </summary>
public interface IOrphanedConnections
{
    /// <summary>
    /// The connections <paramref name="instanceId"/> held, handed to one caller only (a later claim gets none), and none
    /// while the instance shows it is alive again.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimAsync(string instanceId);
}
