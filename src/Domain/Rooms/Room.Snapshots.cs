using DrawGuess.Domain.Rooms.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

// The stored form of a room. Restoring is the room's own factory, so its private state is set by its
// own code, never by reflection over field names.
public sealed partial class Room
{
    public RoomSnapshotV2 ToSnapshot() => new(
        Id.Value,
        Code.Value,
        new RoomSettingsSnapshotV1(Settings.Name, Settings.IsPublic, Settings.MaxPlayers, Settings.Rounds, Settings.DrawingSeconds,
            Settings.WordChoices, Settings.Hints, Settings.Language, [.. Settings.CustomWords], Settings.CustomWordsOnly),
        CreatedAt,
        HostId.Value,
        Status,
        Array.ConvertAll(_members, m => m.ToSnapshot()),
        Array.ConvertAll(_spectators, m => m.ToSnapshot()),
        [.. _kicked.Select(p => p.Value)],
        _kickVotes.ToDictionary(v => v.Key.Value, v => (IReadOnlyList<Guid>)[.. v.Value.Select(p => p.Value)]),
        _nextJoinOrder);

    public static Room Restore(RoomSnapshotV2 snapshot)
    {
        var s = snapshot.Settings;
        var settings = new RoomSettings(s.Name, s.IsPublic, s.MaxPlayers, s.Rounds, s.DrawingSeconds, s.WordChoices, s.Hints, s.Language,
            [.. s.CustomWords], s.CustomWordsOnly);
        var room = new Room(new RoomId(snapshot.Id), new RoomCode(snapshot.Code), settings, snapshot.CreatedAt)
        {
            HostId = new PlayerId(snapshot.HostId),
            Status = snapshot.Status,
            _members = [.. snapshot.Members.Select(RoomMember.Restore)],
            _spectators = [.. snapshot.Spectators.Select(RoomMember.Restore)],
            _nextJoinOrder = snapshot.NextJoinOrder,
        };
        foreach (var kicked in snapshot.Kicked) room._kicked.Add(new PlayerId(kicked));
        foreach (var (target, voters) in snapshot.KickVotes) room._kickVotes[new PlayerId(target)] = [.. voters.Select(v => new PlayerId(v))];
        return room;
    }
}
