using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms.Contracts;

/// <summary>The players of a room with their names in that room, for modules that need to address all of them.</summary>
public sealed record GetRoomMembersQuery(RoomId RoomId) : IRequest<IReadOnlyList<RoomMemberView>>;

public sealed record RoomMemberView(PlayerId PlayerId, string Name);
