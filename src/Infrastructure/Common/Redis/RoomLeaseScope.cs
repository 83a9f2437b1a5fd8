using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// While a command holds a room's lease, every read of that room's state (room, game, chat) returns
/// the same object, as the in-memory adapters do: a use case and the integration-event handlers it
/// triggers then change one copy, and no handler saves a stale copy over another's change.
/// </summary>
internal sealed class RoomLeaseScope
{
    private static readonly AsyncLocal<RoomLeaseScope?> CurrentScope = new();

    private readonly Dictionary<string, object> _loaded = [];
    private readonly RoomLeaseScope? _outer;

    private RoomLeaseScope(RoomId roomId, RoomLeaseScope? outer)
    {
        RoomId = roomId;
        _outer = outer;
    }

    public RoomId RoomId { get; }

    /// <summary>The lease this scope holds, once Redis granted it.</summary>
    public LeaseGrant? Grant { get; private set; }

    /// <summary>Must be called from a synchronous method, so the caller's execution context sees the new scope.</summary>
    public static RoomLeaseScope Enter(RoomId roomId) => CurrentScope.Value = new RoomLeaseScope(roomId, CurrentScope.Value);

    public void Granted(LeaseGrant grant) => Grant = grant;

    public void Exit()
    {
        if (ReferenceEquals(CurrentScope.Value, this)) CurrentScope.Value = _outer;
    }

    /// <summary>The granted lease of <paramref name="roomId"/> the caller holds, or null.</summary>
    public static LeaseGrant? HeldGrant(RoomId roomId) => CurrentScope.Value is { } scope && scope.RoomId == roomId ? scope.Grant : null;

    /// <summary>The state already read under this room's lease, or loads it once and remembers it.</summary>
    public static async Task<T?> LoadAsync<T>(RoomId roomId, string kind, Func<Task<T?>> load) where T : class
    {
        var scope = CurrentScope.Value;
        if (scope?.RoomId != roomId) return await load();
        if (scope._loaded.TryGetValue(kind, out var known)) return (T)known;
        var loaded = await load();
        if (loaded is not null) scope._loaded[kind] = loaded;
        return loaded;
    }

    public static void Remember(RoomId roomId, string kind, object state)
    {
        if (CurrentScope.Value is { } scope && scope.RoomId == roomId) scope._loaded[kind] = state;
    }

    public static void Forget(RoomId roomId, string kind)
    {
        if (CurrentScope.Value is { } scope && scope.RoomId == roomId) scope._loaded.Remove(kind);
    }
}
