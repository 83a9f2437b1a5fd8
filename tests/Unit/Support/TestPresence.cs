using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.UnitTests.Support;

/// <summary>Who is connected, as a room would say: everyone until told otherwise.</summary>
internal sealed class TestPresence : IPresence
{
    private readonly Dictionary<PlayerId, DateTimeOffset> _disconnectedAt = [];

    public bool IsConnected(PlayerId playerId) => !_disconnectedAt.ContainsKey(playerId);

    public DateTimeOffset? DisconnectedAt(PlayerId playerId) => _disconnectedAt.TryGetValue(playerId, out var since) ? since : null;

    public void Disconnect(PlayerId playerId, DateTimeOffset now) => _disconnectedAt[playerId] = now;

    public void Reconnect(PlayerId playerId) => _disconnectedAt.Remove(playerId);
}
