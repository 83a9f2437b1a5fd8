using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoomFigures;

internal sealed class GetRoomFiguresQueryHandler(IRoomRepository rooms, IPlayerSessions sessions) : IRequestHandler<GetRoomFiguresQuery, RoomFiguresDto>
{
    public async Task<RoomFiguresDto> Handle(GetRoomFiguresQuery request, CancellationToken cancellationToken)
    {
        var all = await rooms.ListAsync(cancellationToken);
        var playing = all.Count(r => r.Status == RoomStatus.Playing);
        return new RoomFiguresDto(all.Count - playing, playing, all.Sum(r => r.Members.Count),
            await sessions.ConnectedHereCountAsync(), await sessions.ConnectedCountAsync(), await sessions.CountAsync());
    }
}
