using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

internal sealed class ChooseWordCommandHandler(
    IPlayerSessions sessions, IRoomLocks locks, IGameRepository games, TimeProvider clock, IRandomSource random, GameEventDispatcher dispatcher)
    : IRequestHandler<ChooseWordCommand, Unit>
{
    public async Task<Unit> Handle(ChooseWordCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var game = await games.RequireRunningAsync(roomId, cancellationToken);
        game.ChooseWord(caller.PlayerId, request.Index, clock.GetUtcNow(), random);
        await dispatcher.CommitAsync(game, cancellationToken);
        return Unit.Value;
    }
}
