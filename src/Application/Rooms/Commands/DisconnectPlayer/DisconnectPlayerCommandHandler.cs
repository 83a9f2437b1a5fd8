using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.HoldSeat;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.DisconnectPlayer;

internal sealed class DisconnectPlayerCommandHandler(IPlayerPresence presence, ILobbySubscriptions lobby, IMediator mediator)
    : IRequestHandler<DisconnectPlayerCommand, Unit>
{
    public async Task<Unit> Handle(DisconnectPlayerCommand request, CancellationToken cancellationToken)
    {
        await lobby.UnwatchAsync(request.ConnectionId);
        if (await presence.DisconnectAsync(request.ConnectionId) is not { RoomId: { } roomId } player) return Unit.Value;
        return await mediator.Send(new HoldSeatCommand(roomId, player.PlayerId), cancellationToken);
    }
}
