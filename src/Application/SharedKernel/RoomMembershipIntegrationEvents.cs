using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.SharedKernel;

// Who sits in which room: published by Rooms, heard by Rounds and Chat. They are the shared kernel's, not Rooms'
// Contracts, because Rooms itself uses Rounds and Chat (snapshots, starting a game): the module graph stays acyclic.

public sealed record PlayerJoinedRoomIntegrationEvent(RoomId RoomId, PlayerId PlayerId, string Name, long JoinOrder) : INotification;

public enum LeaveReason
{
    Left,
    Kicked,
    VoteKicked,
    TimedOut,
}

public sealed record PlayerLeftRoomIntegrationEvent(RoomId RoomId, PlayerId PlayerId, string Name, LeaveReason Reason) : INotification;

public sealed record PlayerConnectionChangedIntegrationEvent(RoomId RoomId, PlayerId PlayerId, bool Connected) : INotification;

public sealed record RoomClosedIntegrationEvent(RoomId RoomId) : INotification;
