using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class TurnEndedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, TimeProvider clock) : IRoomEventHandler<TurnEndedDomainEvent>
{
    public async Task Handle(TurnEndedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var everyone = await audience.EveryoneAsync(room, game, cancellationToken);
        var ended = GameViews.TurnEnded(game, turn, await audience.PresenceAsync(room, cancellationToken), clock.GetUtcNow());
        room.AfterCommit(() => notifier.TurnEnded(everyone, ended));
        room.Publish(new TurnEndedIntegrationEvent(game.RoomId, turn.Id, ended.Word, ended.Reason));
        if (FinishedDrawings.Of(game, turn, ended.Reason) is { } drawing) room.Publish(new DrawingFinishedIntegrationEvent(game.RoomId, game.Id, drawing));
    }
}
