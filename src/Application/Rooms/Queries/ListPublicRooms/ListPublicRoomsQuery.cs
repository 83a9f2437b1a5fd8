using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.ListPublicRooms;

public sealed record ListPublicRoomsQuery : IRequest<IReadOnlyList<RoomSummaryDto>>;
