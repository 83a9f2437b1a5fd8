using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;

/// <summary>The caller's full view of their room now, read under the room's lock so no message it sends can be missing from it or repeat it.</summary>
public sealed record GetRoomSnapshotQuery(string ConnectionId) : ICallerRoomCommand<RoomSnapshotDto>;
