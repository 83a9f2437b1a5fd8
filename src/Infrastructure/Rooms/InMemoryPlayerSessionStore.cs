using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rooms;

internal sealed class InMemoryPlayerSessionStore(TimeProvider clock) : IPlayerSessionStore
{
    private readonly object _gate = new();
    private readonly Dictionary<PlayerId, PlayerSession> _byPlayer = [];
    private readonly Dictionary<string, PlayerSession> _byTokenHash = [];
    private readonly Dictionary<string, PlayerSession> _byConnection = [];

    public int Count
    {
        get { lock (_gate) return _byPlayer.Count; }
    }

    public int ConnectedCount
    {
        get { lock (_gate) return _byConnection.Count; }
    }

    public void Add(PlayerSession session)
    {
        lock (_gate)
        {
            _byPlayer.Add(session.PlayerId, session);
            _byTokenHash.Add(session.ResumeTokenHash, session);
        }
    }

    public PlayerSessionView? FindByConnection(string connectionId)
    {
        lock (_gate) return _byConnection.GetValueOrDefault(connectionId)?.ToView();
    }

    public PlayerSessionView? Find(PlayerId playerId)
    {
        lock (_gate) return _byPlayer.GetValueOrDefault(playerId)?.ToView();
    }

    public Task<IReadOnlyList<string?>> FindConnectionsAsync(IReadOnlyList<PlayerId> players)
    {
        var connections = new string?[players.Count];
        lock (_gate)
        {
            for (var i = 0; i < connections.Length; i++) connections[i] = _byPlayer.GetValueOrDefault(players[i])?.ConnectionId;
        }
        return Task.FromResult<IReadOnlyList<string?>>(connections);
    }

    public PlayerSession? FindSession(PlayerId playerId)
    {
        lock (_gate) return _byPlayer.GetValueOrDefault(playerId);
    }

    public PlayerSession? FindByTokenHash(string tokenHash)
    {
        lock (_gate) return _byTokenHash.GetValueOrDefault(tokenHash);
    }

    public string? Bind(PlayerId playerId, string connectionId)
    {
        lock (_gate)
        {
            var session = _byPlayer[playerId];
            var previous = session.ConnectionId;
            if (previous is not null) _byConnection.Remove(previous);
            session.ConnectionId = connectionId;
            session.IdleSince = null;
            _byConnection[connectionId] = session;
            return previous;
        }
    }

    public PlayerId? Unbind(string connectionId)
    {
        lock (_gate)
        {
            if (!_byConnection.Remove(connectionId, out var session)) return null;
            session.ConnectionId = null;
            MarkIdleIfUnused(session);
            return session.PlayerId;
        }
    }

    public void SetRoom(PlayerId playerId, RoomId? roomId)
    {
        lock (_gate)
        {
            if (!_byPlayer.TryGetValue(playerId, out var session)) return;
            session.RoomId = roomId;
            if (roomId is null) MarkIdleIfUnused(session);
            else session.IdleSince = null;
        }
    }

    public int ForgetIdle(DateTimeOffset idleBefore)
    {
        lock (_gate)
        {
            var idle = _byPlayer.Values.Where(s => s.IdleSince < idleBefore).ToArray();
            foreach (var session in idle)
            {
                _byPlayer.Remove(session.PlayerId);
                _byTokenHash.Remove(session.ResumeTokenHash);
            }
            return idle.Length;
        }
    }

    private void MarkIdleIfUnused(PlayerSession session)
    {
        if (session.ConnectionId is null && session.RoomId is null) session.IdleSince ??= clock.GetUtcNow();
    }
}
