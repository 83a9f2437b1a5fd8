using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UnwatchLobby;

internal sealed class UnwatchLobbyCommandHandler(ILobbySubscriptions lobby) : IRequestHandler<UnwatchLobbyCommand, Unit>
{
    public async Task<Unit> Handle(UnwatchLobbyCommand request, CancellationToken cancellationToken)
    {
        await lobby.UnwatchAsync(request.ConnectionId);
        return Unit.Value;
    }
}
