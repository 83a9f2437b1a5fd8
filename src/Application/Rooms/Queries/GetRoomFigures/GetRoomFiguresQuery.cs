using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoomFigures;

/// <summary>Counts for /api/status.</summary>
public sealed record GetRoomFiguresQuery : IRequest<RoomFiguresDto>;
