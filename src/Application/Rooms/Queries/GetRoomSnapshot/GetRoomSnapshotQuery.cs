using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;

/// <summary>The caller's full view of their room now.</summary>
public sealed record GetRoomSnapshotQuery(string ConnectionId) : IRequest<RoomSnapshotDto>;
