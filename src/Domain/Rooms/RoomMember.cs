using DrawGuess.Domain.Rooms.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

public sealed class RoomMember
{
    internal RoomMember(PlayerId playerId, string name, long joinOrder)
    {
        PlayerId = playerId;
        Name = name;
        JoinOrder = joinOrder;
        Connected = true;
    }

    public PlayerId PlayerId { get; }
    public string Name { get; }
    /// <summary>Increases with every join; decides turn order and who inherits the host role.</summary>
    public long JoinOrder { get; }
    public bool Connected { get; private set; }
    public DateTimeOffset? DisconnectedAt { get; private set; }

    internal void Disconnect(DateTimeOffset now)
    {
        Connected = false;
        DisconnectedAt = now;
    }

    internal void Reconnect()
    {
        Connected = true;
        DisconnectedAt = null;
    }

    internal RoomMemberSnapshotV1 ToSnapshot() => new(PlayerId.Value, Name, JoinOrder, Connected, DisconnectedAt);

    internal static RoomMember Restore(RoomMemberSnapshotV1 snapshot) =>
        new(new PlayerId(snapshot.PlayerId), snapshot.Name, snapshot.JoinOrder)
        {
            Connected = snapshot.Connected,
            DisconnectedAt = snapshot.DisconnectedAt,
        };
}
