using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class PlayerGuessedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience) : IRoomEventHandler<PlayerGuessedDomainEvent>
{
    public async Task Handle(PlayerGuessedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var name = game.FindParticipant(e.PlayerId)?.Name ?? string.Empty;
        var everyone = await audience.EveryoneAsync(room, game, cancellationToken);
        var guessed = new PlayerGuessedDto(turn.Id, e.PlayerId.ToString(), name, e.Order);
        var yours = new YouGuessedDto(turn.Id, turn.Word!.Text, e.Points);
        room.AfterCommit(async () =>
        {
            await notifier.PlayerGuessed(everyone, guessed);
            await notifier.YouGuessed(e.PlayerId, yours);
        });
        room.Publish(new PlayerGuessedIntegrationEvent(game.RoomId, e.PlayerId, name, game.Id, turn.Id, e.Elapsed));
    }
}
