namespace DrawGuess.Application.Players.Contracts;

/// <summary>
/// A player's current connection and, where several instances share the live state, the instance holding it
/// (null when this process holds every connection, or when the session does not say).
/// </summary>
public sealed record PlayerConnection(string ConnectionId, string? InstanceId);
