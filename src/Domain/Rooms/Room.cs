using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms.Events;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

/// <summary>Who is in a room, who hosts it, its settings and who may never come back.</summary>
public sealed partial class Room : AggregateRoot, IPresence
{
    public const int MinPlayersToStart = 2;
    public const int MinPlayersForVoteKick = 3;
    /// <summary>Spectators hold nothing but a place in the room's audience; this bounds what strangers can add to it.</summary>
    public const int MaxSpectators = 20;

    // Replaced, never changed in place: the lobby and REST read rooms without taking their lock.
    private RoomMember[] _members = [];
    private RoomMember[] _spectators = [];
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
    /// <summary>Who watches without a seat: they see what a guesser who has not guessed sees, and never play.</summary>
    public IReadOnlyList<RoomMember> Spectators => _spectators;
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

    public bool IsConnected(PlayerId playerId) => FindMember(playerId) is { Connected: true };

    public DateTimeOffset? DisconnectedAt(PlayerId playerId) => FindMember(playerId)?.DisconnectedAt;

    public bool IsSpectator(PlayerId playerId) => FindSpectator(playerId) is not null;

    public RoomMember? FindSpectator(PlayerId playerId) => Array.Find(_spectators, m => m.PlayerId == playerId);

    /// <summary>A player or a spectator of this room.</summary>
    public RoomMember? FindPresent(PlayerId playerId) => FindMember(playerId) ?? FindSpectator(playerId);

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
        if (IsSpectator(playerId)) return (TakeSeatFromSpectating(playerId), true);
        if (_kicked.Contains(playerId))
            throw new GameRuleException(ErrorCodes.KickedFromRoom, "You were kicked from this room.");
        EnsureFreeSeat();
        var member = AddMember(playerId, name);
        Raise(new PlayerJoinedRoomDomainEvent(member.PlayerId, member.Name, member.JoinOrder));
        return (member, true);
    }

    /// <summary>Adds the player to the spectators; a player seated here keeps their seat.</summary>
    public void Watch(PlayerId playerId, string name)
    {
        if (FindMember(playerId) is { Connected: false }) MarkConnected(playerId);
        if (FindPresent(playerId) is not null) return;
        if (_kicked.Contains(playerId))
            throw new GameRuleException(ErrorCodes.KickedFromRoom, "You were kicked from this room.");
        if (_spectators.Length >= MaxSpectators)
            throw new GameRuleException(ErrorCodes.SpectatorLimitReached, $"This room already has {MaxSpectators} spectators.");
        Raise(new RoomChangedDomainEvent(Settings.IsPublic));
        _spectators = [.. _spectators, new RoomMember(playerId, name, joinOrder: 0)];
    }

    /// <summary>A spectator becomes a player: only between games, and only while a seat is free. A player keeps their seat.</summary>
    public RoomMember TakeSeatFromSpectating(PlayerId playerId)
    {
        if (FindMember(playerId) is { } seated) return seated;
        var spectator = FindSpectator(playerId)
            ?? throw new GameRuleException(ErrorCodes.NotInRoom, "Only a spectator of this room can take a seat in it.");
        if (Status == RoomStatus.Playing)
            throw new GameRuleException(ErrorCodes.GameInProgress, "Seats are taken between games.");
        EnsureFreeSeat();
        Raise(new RoomChangedDomainEvent(Settings.IsPublic));
        _spectators = _spectators.Where(s => s != spectator).ToArray();
        var member = AddMember(playerId, spectator.Name);
        Raise(new PlayerJoinedRoomDomainEvent(member.PlayerId, member.Name, member.JoinOrder));
        return member;
    }

    /// <summary>Fails with SPECTATOR_CANNOT_PLAY for a spectator, PLAYER_NOT_FOUND for anyone else who is not seated.</summary>
    public RoomMember EnsurePlayer(PlayerId playerId)
    {
        if (IsSpectator(playerId))
            throw new GameRuleException(ErrorCodes.SpectatorCannotPlay, "Spectators watch: take a seat between games to play.");
        return GetMember(playerId);
    }

    /// <summary>Removes the player; the host role passes to the longest-present player.</summary>
    public void Leave(PlayerId playerId, DepartureReason reason)
    {
        if (FindSpectator(playerId) is { } spectator)
        {
            Raise(new SpectatorLeftDomainEvent(playerId, reason));
            _spectators = _spectators.Where(s => s != spectator).ToArray();
            return;
        }
        var member = GetMember(playerId);
        Raise(new PlayerLeftRoomDomainEvent(playerId, member.Name, reason));
        _members = _members.Where(m => m != member).ToArray();
        _kickVotes.Remove(playerId);
        foreach (var voters in _kickVotes.Values) voters.Remove(playerId);
        if (HostId == playerId && _members.Length > 0)
            HostId = _members.MinBy(m => m.JoinOrder)!.PlayerId;
    }

    /// <summary>A player's connection state is shown to everyone; a spectator's is kept only to expire their place.</summary>
    public void MarkDisconnected(PlayerId playerId, DateTimeOffset now)
    {
        if (FindSpectator(playerId) is { } spectator)
        {
            Changed();
            spectator.Disconnect(now);
            return;
        }
        GetMember(playerId).Disconnect(now);
        Raise(new PlayerConnectionChangedDomainEvent(playerId, false));
    }

    public void MarkConnected(PlayerId playerId)
    {
        if (FindSpectator(playerId) is { } spectator)
        {
            Changed();
            spectator.Reconnect();
            return;
        }
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

    /// <summary>The host removes a player or a spectator; neither can come back.</summary>
    public void Kick(PlayerId by, PlayerId target)
    {
        EnsureHost(by);
        if (!IsSpectator(target)) EnsureKickable(by, target);
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
        EnsurePlayer(by);
        if (by == target) throw new GameRuleException(ErrorCodes.CannotKickSelf, "You cannot kick yourself.");
        GetMember(target);
    }

    private void EnsureHost(PlayerId playerId)
    {
        EnsurePlayer(playerId);
        if (HostId != playerId) throw new GameRuleException(ErrorCodes.NotHost, "Only the host can do that.");
    }

    private void EnsureFreeSeat()
    {
        if (_members.Length >= Settings.MaxPlayers)
            throw new GameRuleException(ErrorCodes.RoomFull, "This room is full.");
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
