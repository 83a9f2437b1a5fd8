using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Players;

internal sealed class InMemoryPlayerSessionStore(TimeProvider clock) : IPlayerSessionStore
{
    private readonly object _gate = new();
    private readonly Dictionary<PlayerId, PlayerSession> _byPlayer = [];
    private readonly Dictionary<string, PlayerSession> _byTokenHash = [];
    private readonly Dictionary<string, PlayerSession> _byConnection = [];
    private readonly Dictionary<PlayerId, PlayerConnection> _connectionOf = []; // one object per binding, not per broadcast

    public Task<int> CountAsync()
    {
        lock (_gate) return Task.FromResult(_byPlayer.Count);
    }

    public Task<int> ConnectedCountAsync()
    {
        lock (_gate) return Task.FromResult(_byConnection.Count);
    }

    /// <summary>This store serves one instance only.</summary>
    public Task<int> ConnectedHereCountAsync() => ConnectedCountAsync();

    /// <summary>This process holds every connection.</summary>
    public bool AllKnownConnectedHere(IReadOnlyList<PlayerId> players) => true;

    public Task AddAsync(PlayerSession session)
    {
        lock (_gate)
        {
            _byPlayer.Add(session.PlayerId, session);
            _byTokenHash.Add(session.ResumeTokenHash, session);
        }
        return Task.CompletedTask;
    }

    public Task<PlayerSessionView?> FindByConnectionAsync(string connectionId)
    {
        lock (_gate) return Task.FromResult(_byConnection.GetValueOrDefault(connectionId)?.ToView());
    }

    public Task<PlayerSessionView?> FindAsync(PlayerId playerId)
    {
        lock (_gate) return Task.FromResult(_byPlayer.GetValueOrDefault(playerId)?.ToView());
    }

    public Task<IReadOnlyList<PlayerConnection?>> FindConnectionsAsync(IReadOnlyList<PlayerId> players)
    {
        var connections = new PlayerConnection?[players.Count];
        lock (_gate)
        {
            for (var i = 0; i < connections.Length; i++) connections[i] = _connectionOf.GetValueOrDefault(players[i]);
        }
        return Task.FromResult<IReadOnlyList<PlayerConnection?>>(connections);
    }

    public Task<PlayerSession?> FindSessionAsync(PlayerId playerId)
    {
        lock (_gate) return Task.FromResult(_byPlayer.GetValueOrDefault(playerId));
    }

    public Task<PlayerSession?> FindByTokenHashAsync(string tokenHash)
    {
        lock (_gate) return Task.FromResult(_byTokenHash.GetValueOrDefault(tokenHash));
    }

    public Task<string?> BindAsync(PlayerId playerId, string connectionId)
    {
        lock (_gate)
        {
            var session = _byPlayer[playerId];
            var previous = session.ConnectionId;
            if (previous is not null) _byConnection.Remove(previous);
            session.ConnectionId = connectionId;
            session.IdleSince = null;
            _byConnection[connectionId] = session;
            _connectionOf[playerId] = new PlayerConnection(connectionId, InstanceId: null);
            return Task.FromResult(previous);
        }
    }

    public Task<PlayerId?> UnbindAsync(string connectionId)
    {
        lock (_gate)
        {
            if (!_byConnection.Remove(connectionId, out var session)) return Task.FromResult<PlayerId?>(null);
            session.ConnectionId = null;
            _connectionOf.Remove(session.PlayerId);
            MarkIdleIfUnused(session);
            return Task.FromResult<PlayerId?>(session.PlayerId);
        }
    }

    public Task SetRoomAsync(PlayerId playerId, RoomId? roomId)
    {
        lock (_gate)
        {
            if (_byPlayer.TryGetValue(playerId, out var session))
            {
                session.RoomId = roomId;
                if (roomId is null) MarkIdleIfUnused(session);
                else session.IdleSince = null;
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> ForgetIdleAsync(DateTimeOffset idleBefore)
    {
        lock (_gate)
        {
            var idle = _byPlayer.Values.Where(s => s.IdleSince < idleBefore).ToArray();
            foreach (var session in idle)
            {
                _byPlayer.Remove(session.PlayerId);
                _byTokenHash.Remove(session.ResumeTokenHash);
            }
            return Task.FromResult(idle.Length);
        }
    }

    private void MarkIdleIfUnused(PlayerSession session)
    {
        if (session.ConnectionId is null && session.RoomId is null) session.IdleSince ??= clock.GetUtcNow();
    }
}
