using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Application.Rooms.Commands.HoldSeat;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.DisconnectPlayer;

internal sealed class DisconnectPlayerCommandHandler(IPlayerSessionStore sessions, ILobbySubscriptions lobby, IMediator mediator)
    : IRequestHandler<DisconnectPlayerCommand, Unit>
{
    public async Task<Unit> Handle(DisconnectPlayerCommand request, CancellationToken cancellationToken)
    {
        await lobby.UnwatchAsync(request.ConnectionId);
        if (await sessions.UnbindAsync(request.ConnectionId) is not { } playerId) return Unit.Value;
        if ((await sessions.FindAsync(playerId))?.RoomId is not { } roomId) return Unit.Value;
        return await mediator.Send(new HoldSeatCommand(roomId, playerId), cancellationToken);
    }
}
