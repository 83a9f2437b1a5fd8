using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class GameFinishedDomainEventHandler(
    IRoundsNotifier notifier, GameAudience audience, IGameMetrics metrics, ISecretTokens tokens, IFinishedGameGalleries galleries,
    ILogger<GameFinishedDomainEventHandler> logger)
    : IRoomEventHandler<GameFinishedDomainEvent>
{
    public async Task Handle(GameFinishedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { } game) return;
        metrics.GameFinished();
        logger.LogInformation("Game {GameId} finished in room {RoomId}", game.Id, game.RoomId);
        // Queued before the podium is sent, so a player who opens the leaderboard finds this game in it.
        // An unguessable token, not the game id (listed in recent games) nor the room code: the gallery of a private room is found by its link only.
        var galleryId = tokens.NewToken();
        room.Publish(FinishedEvent(game, galleryId));
        await galleries.RememberAsync(game.RoomId, game.Id, galleryId, cancellationToken);
        var (everyone, podium) = (await audience.EveryoneAsync(room, game, cancellationToken), GameViews.GameOver(game, galleryId));
        room.AfterCommit(() => notifier.GameOver(everyone, podium));
        room.Publish(new GameEndedIntegrationEvent(game.RoomId, game.Id, Finished: true));
    }

    private static GameFinishedIntegrationEvent FinishedEvent(Game game, string galleryId) => new(
        game.Id, game.RoomId, game.RoomName, game.StartedAt, game.FinishedAt!.Value,
        game.Standings().Select(s => new PlayerGameResultDto(
            s.Participant.PlayerId, s.Participant.Name, s.Participant.Score, s.Rank, s.Participant.TurnsDrawn, s.Participant.CorrectGuesses,
            s.Participant.LikesReceived)).ToArray(),
        galleryId,
        game.Drawings.Select(d => new DrawingRatingDto(d.TurnId, d.Likes, d.Dislikes)).ToArray());
}
