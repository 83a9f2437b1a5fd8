using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>
/// Collects what a room command changed of its room and tells the members and the lobby once, after
/// every other message of the command, from the state it left: a player leaving during a game (the game
/// stops, the room waits again) is one room update.
/// </summary>
internal sealed class RoomBroadcasts(RoomBroadcaster broadcaster)
{
    public void Changed(IRoomUnitOfWork unit, Room room, bool wasPublic)
    {
        var pending = PendingFor(unit, room);
        pending.Whole = true;
        pending.WasPublic |= wasPublic;
    }

    public void Joined(IRoomUnitOfWork unit, Room room, RoomMember member) => PendingFor(unit, room).Joined.Add(member);

    /// <param name="spectators">Who still watched when the last player left.</param>
    public void Closed(IRoomUnitOfWork unit, Room room, IReadOnlyCollection<PlayerId> spectators)
    {
        var pending = PendingFor(unit, room);
        pending.Closed = true;
        pending.SpectatorsLeft = spectators;
    }

    private Pending PendingFor(IRoomUnitOfWork unit, Room room)
    {
        var pending = unit.Scratch<Pending>();
        if (pending.Room is null)
        {
            pending.Room = room;
            unit.LastAfterCommit(() => SendAsync(pending));
        }
        return pending;
    }

    private async Task SendAsync(Pending pending)
    {
        var room = pending.Room!;
        if (pending.Closed)
        {
            await broadcaster.RoomClosed(room, pending.SpectatorsLeft);
            return;
        }
        if (pending.Whole)
        {
            await broadcaster.RoomChanged(room, pending.WasPublic);
            return;
        }
        foreach (var member in pending.Joined) await broadcaster.PlayerJoined(room, member);
    }

    private sealed class Pending
    {
        public Room? Room { get; set; }
        public bool Whole { get; set; }
        public bool WasPublic { get; set; }
        public bool Closed { get; set; }
        public IReadOnlyCollection<PlayerId> SpectatorsLeft { get; set; } = [];
        public List<RoomMember> Joined { get; } = [];
    }
}
