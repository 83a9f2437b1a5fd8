using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoom;

/// <summary>The public view of a room by id or invite code.</summary>
public sealed record GetRoomQuery(string? RoomIdOrCode) : IRequest<PublicRoomDto>;
