using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms.Events;

public sealed record PlayerJoinedRoomDomainEvent(PlayerId PlayerId, string Name, long JoinOrder) : IDomainEvent;

public sealed record PlayerLeftRoomDomainEvent(PlayerId PlayerId, string Name, DepartureReason Reason) : IDomainEvent;

/// <summary>A spectator stopped watching (left, took another room, stayed away past the seat hold, or was kicked by the host).</summary>
public sealed record SpectatorLeftDomainEvent(PlayerId PlayerId, DepartureReason Reason) : IDomainEvent;

public sealed record PlayerConnectionChangedDomainEvent(PlayerId PlayerId, bool Connected) : IDomainEvent;

/// <summary>The settings, the invite code or the status changed: what every member sees of the room.</summary>
/// <param name="WasPublic">Whether the lobby listed the room before the change.</param>
public sealed record RoomChangedDomainEvent(bool WasPublic) : IDomainEvent;

public sealed record KickVoteCastDomainEvent(PlayerId TargetId, int Votes, int Needed) : IDomainEvent;
