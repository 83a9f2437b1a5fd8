using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UnwatchLobby;

internal sealed class UnwatchLobbyCommandHandler(IPlayerSessions sessions, ILobbySubscriptions lobby) : IRequestHandler<UnwatchLobbyCommand, Unit>
{
    public async Task<Unit> Handle(UnwatchLobbyCommand request, CancellationToken cancellationToken)
    {
        await sessions.RequireCallerAsync(request.ConnectionId);
        await lobby.UnwatchAsync(request.ConnectionId);
        return Unit.Value;
    }
}
