using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class GameFinishedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, IGameMetrics metrics, ILogger<GameFinishedDomainEventHandler> logger)
    : IRoomEventHandler<GameFinishedDomainEvent>
{
    public async Task Handle(GameFinishedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { } game) return;
        metrics.GameFinished();
        logger.LogInformation("Game {GameId} finished in room {RoomId}", game.Id, game.RoomId);
        // Queued before the podium is sent, so a player who opens the leaderboard finds this game in it.
        room.Publish(FinishedEvent(game));
        var (everyone, podium) = (await audience.EveryoneAsync(room, game, cancellationToken), new GameOverDto(game.Id.ToString(), GameViews.Podium(game)));
        room.AfterCommit(() => notifier.GameOver(everyone, podium));
        room.Publish(new GameEndedIntegrationEvent(game.RoomId, game.Id, Finished: true));
    }

    private static GameFinishedIntegrationEvent FinishedEvent(Game game) => new(
        game.Id, game.RoomId, game.RoomName, game.StartedAt, game.FinishedAt!.Value,
        game.Standings().Select(s => new PlayerGameResultDto(
            s.Participant.PlayerId, s.Participant.Name, s.Participant.Score, s.Rank, s.Participant.TurnsDrawn, s.Participant.CorrectGuesses)).ToArray());
}
