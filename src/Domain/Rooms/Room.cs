using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms.Events;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

/// <summary>Who is in a room, who hosts it, its settings and who may never come back.</summary>
public sealed partial class Room : AggregateRoot
{
    public const int MinPlayersToStart = 2;
    public const int MinPlayersForVoteKick = 3;

    // Replaced, never changed in place: the lobby and REST read rooms without taking their lock.
    private RoomMember[] _members = [];
    private readonly HashSet<PlayerId> _kicked = [];
    private readonly Dictionary<PlayerId, HashSet<PlayerId>> _kickVotes = [];
    private long _nextJoinOrder;

    private Room(RoomId id, RoomCode code, RoomSettings settings, DateTimeOffset createdAt)
    {
        Id = id;
        Code = code;
        Settings = settings;
        CreatedAt = createdAt;
    }

    public RoomId Id { get; }
    public RoomCode Code { get; private set; }
    public RoomSettings Settings { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public PlayerId HostId { get; private set; }
    public RoomStatus Status { get; private set; }
    public IReadOnlyList<RoomMember> Members => _members;
    public int ConnectedCount => _members.Count(m => m.Connected);
    public bool IsEmpty => _members.Length == 0;

    public static Room Create(RoomId id, RoomCode code, RoomSettings settings, PlayerId hostId, string hostName, DateTimeOffset now)
    {
        var room = new Room(id, code, settings, now);
        var host = room.AddMember(hostId, hostName);
        room.HostId = hostId;
        room.Raise(new RoomChangedDomainEvent(WasPublic: false));
        room.Raise(new PlayerJoinedRoomDomainEvent(host.PlayerId, host.Name, host.JoinOrder));
        return room;
    }

    public bool IsMember(PlayerId playerId) => FindMember(playerId) is not null;

    /// <summary>The player is seated here or was kicked from here.</summary>
    public bool Knows(PlayerId playerId) => IsMember(playerId) || _kicked.Contains(playerId);

    public RoomMember? FindMember(PlayerId playerId) => Array.Find(_members, m => m.PlayerId == playerId);

    public RoomMember GetMember(PlayerId playerId) =>
        FindMember(playerId) ?? throw new GameRuleException(ErrorCodes.PlayerNotFound, "That player is not in this room.");

    /// <summary>Adds the player, or returns their seat unchanged if they already have one.</summary>
    public (RoomMember Member, bool IsNew) Join(PlayerId playerId, string name)
    {
        if (FindMember(playerId) is { } existing)
        {
            if (!existing.Connected) MarkConnected(playerId);
            return (existing, false);
        }
        if (_kicked.Contains(playerId))
            throw new GameRuleException(ErrorCodes.KickedFromRoom, "You were kicked from this room.");
        if (_members.Length >= Settings.MaxPlayers)
            throw new GameRuleException(ErrorCodes.RoomFull, "This room is full.");
        var member = AddMember(playerId, name);
        Raise(new PlayerJoinedRoomDomainEvent(member.PlayerId, member.Name, member.JoinOrder));
        return (member, true);
    }

    /// <summary>Removes the player; the host role passes to the longest-present player.</summary>
    public void Leave(PlayerId playerId, DepartureReason reason)
    {
        var member = GetMember(playerId);
        Raise(new PlayerLeftRoomDomainEvent(playerId, member.Name, reason));
        _members = _members.Where(m => m != member).ToArray();
        _kickVotes.Remove(playerId);
        foreach (var voters in _kickVotes.Values) voters.Remove(playerId);
        if (HostId == playerId && _members.Length > 0)
            HostId = _members.MinBy(m => m.JoinOrder)!.PlayerId;
    }

    public void MarkDisconnected(PlayerId playerId, DateTimeOffset now)
    {
        GetMember(playerId).Disconnect(now);
        Raise(new PlayerConnectionChangedDomainEvent(playerId, false));
    }

    public void MarkConnected(PlayerId playerId)
    {
        GetMember(playerId).Reconnect();
        Raise(new PlayerConnectionChangedDomainEvent(playerId, true));
    }

    public void UpdateSettings(PlayerId by, RoomSettings settings)
    {
        EnsureHost(by);
        if (Status == RoomStatus.Playing)
            throw new GameRuleException(ErrorCodes.GameInProgress, "Settings can only change between games.");
        if (settings.MaxPlayers < _members.Length)
            throw new GameRuleException(ErrorCodes.ValidationFailed, $"maxPlayers: the room already has {_members.Length} players.");
        Raise(new RoomChangedDomainEvent(WasPublic: Settings.IsPublic));
        Settings = settings;
    }

    /// <summary>A new invite code; the previous one no longer finds the room.</summary>
    public void RenewInviteCode(RoomCode code)
    {
        Raise(new RoomChangedDomainEvent(Settings.IsPublic));
        Code = code;
    }

    public void EnsureCanStartGame(PlayerId by)
    {
        EnsureHost(by);
        if (Status == RoomStatus.Playing)
            throw new GameRuleException(ErrorCodes.GameInProgress, "A game is already running.");
        if (_members.Length < MinPlayersToStart)
            throw new GameRuleException(ErrorCodes.NotEnoughPlayers, "At least 2 players are needed to start.");
    }

    public void MarkPlaying() => ChangeStatus(RoomStatus.Playing);

    public void MarkWaiting() => ChangeStatus(RoomStatus.Waiting);

    public void Kick(PlayerId by, PlayerId target)
    {
        EnsureHost(by);
        EnsureKickable(by, target);
        Remove(target, DepartureReason.Kicked);
    }

    /// <summary>Kicks when more than half of the connected players voted for it.</summary>
    public VoteKickResult VoteKick(PlayerId voter, PlayerId target)
    {
        EnsureKickable(voter, target);
        if (_members.Length < MinPlayersForVoteKick)
            throw new GameRuleException(ErrorCodes.VoteKickUnavailable, "Vote-kick needs at least 3 players in the room.");
        if (!_kickVotes.TryGetValue(target, out var voters)) _kickVotes[target] = voters = [];
        voters.Add(voter);
        var needed = ConnectedCount / 2 + 1;
        var votes = voters.Count(v => FindMember(v) is { Connected: true });
        var kicked = votes >= needed;
        if (kicked) Remove(target, DepartureReason.VoteKicked);
        else Raise(new KickVoteCastDomainEvent(target, votes, needed));
        return new VoteKickResult(target, votes, needed, kicked);
    }

    private void ChangeStatus(RoomStatus status)
    {
        if (Status == status) return;
        Raise(new RoomChangedDomainEvent(Settings.IsPublic));
        Status = status;
    }

    private void Remove(PlayerId target, DepartureReason reason)
    {
        Leave(target, reason);
        _kicked.Add(target);
    }

    private void EnsureKickable(PlayerId by, PlayerId target)
    {
        GetMember(by);
        if (by == target) throw new GameRuleException(ErrorCodes.CannotKickSelf, "You cannot kick yourself.");
        GetMember(target);
    }

    private void EnsureHost(PlayerId playerId)
    {
        GetMember(playerId);
        if (HostId != playerId) throw new GameRuleException(ErrorCodes.NotHost, "Only the host can do that.");
    }

    private RoomMember AddMember(PlayerId playerId, string name)
    {
        var member = new RoomMember(playerId, UniqueName(name), _nextJoinOrder++);
        _members = [.. _members, member];
        return member;
    }

    private string UniqueName(string name)
    {
        if (!NameTaken(name)) return name;
        for (var suffix = 2; ; suffix++)
        {
            var candidate = $"{name} ({suffix})";
            if (!NameTaken(candidate)) return candidate;
        }
    }

    private bool NameTaken(string name) => Array.Exists(_members, m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
