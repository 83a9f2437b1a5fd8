using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Contracts;

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
