using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rounds.Commands.AdvanceGame;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rounds;

/// <summary>
/// After a handler changed a game: stores it, tells each player what they may know, informs the other
/// modules and arms the timer for the next deadline. The caller holds the room's lock.
/// </summary>
internal sealed class GameEventDispatcher(
    IGameRepository games,
    IRoundsNotifier notifier,
    IMediator mediator,
    ICommandScheduler scheduler,
    IGameMetrics metrics,
    TimeProvider clock,
    ILogger<GameEventDispatcher> logger)
{
    public static string TimerKey(RoomId roomId) => $"game:{roomId}";

    public async Task CommitAsync(Game game, CancellationToken cancellationToken)
    {
        var events = game.DequeueDomainEvents();
        if (game.IsStopped) await games.RemoveAsync(game.RoomId, cancellationToken);
        else await games.SaveAsync(game, cancellationToken);

        foreach (var domainEvent in events) await PublishAsync(game, domainEvent, cancellationToken);

        if (game.NextDueAt is { } dueAt && game.CurrentTurn is { } turn)
            await scheduler.ScheduleAsync(TimerKey(game.RoomId), dueAt, new AdvanceGameCommand(game.RoomId, turn.Id));
        else
            await scheduler.CancelAsync(TimerKey(game.RoomId));
    }

    private async Task PublishAsync(Game game, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var everyone = game.Participants.Select(p => p.PlayerId).ToArray();
        var turn = game.CurrentTurn!;
        switch (domainEvent)
        {
            case GameStartedDomainEvent:
                metrics.GameStarted();
                logger.LogInformation("Game {GameId} started in room {RoomId}", game.Id, game.RoomId);
                foreach (var player in everyone) await notifier.GameStarted(player, GameViews.StateFor(game, player, now));
                await mediator.Publish(new GameStartedIntegrationEvent(game.RoomId, game.Id), cancellationToken);
                break;
            case TurnStartedDomainEvent started when started.TurnId == turn.Id:
                metrics.TurnStarted();
                await notifier.TurnStarted(everyone, GameViews.TurnStarted(game, turn, now));
                await notifier.WordOptions(turn.DrawerId, GameViews.WordOptions(turn, now));
                await mediator.Publish(new TurnStartedIntegrationEvent(game.RoomId, turn.Id, game.FindParticipant(turn.DrawerId)?.Name ?? string.Empty,
                    turn.Round, game.Rules.Rounds, game.IsFirstTurnOfRound), cancellationToken);
                break;
            case DrawingStartedDomainEvent started when started.TurnId == turn.Id:
                foreach (var player in everyone) await notifier.DrawingStarted(player, GameViews.DrawingStarted(game, turn, player, now));
                break;
            case HintRevealedDomainEvent revealed when revealed.TurnId == turn.Id:
                await notifier.HintUpdated(everyone.Where(p => !game.KnowsWord(p)).ToArray(), new HintUpdatedDto(turn.Id, turn.Hint));
                break;
            case PlayerGuessedDomainEvent guessed when guessed.TurnId == turn.Id:
                var name = game.FindParticipant(guessed.PlayerId)?.Name ?? string.Empty;
                await notifier.PlayerGuessed(everyone, new PlayerGuessedDto(turn.Id, guessed.PlayerId.ToString(), name, guessed.Order));
                await notifier.YouGuessed(guessed.PlayerId, new YouGuessedDto(turn.Id, turn.Word!.Text, guessed.Points));
                await mediator.Publish(new PlayerGuessedIntegrationEvent(game.RoomId, guessed.PlayerId, name), cancellationToken);
                break;
            case TurnEndedDomainEvent ended when ended.TurnId == turn.Id:
                var turnEnded = GameViews.TurnEnded(game, turn, now);
                await notifier.TurnEnded(everyone, turnEnded);
                await mediator.Publish(new TurnEndedIntegrationEvent(game.RoomId, turn.Id, turnEnded.Word, turnEnded.Reason), cancellationToken);
                break;
            case GameFinishedDomainEvent:
                metrics.GameFinished();
                logger.LogInformation("Game {GameId} finished in room {RoomId}", game.Id, game.RoomId);
                // Recorded before the podium is shown, so a player who opens the leaderboard finds this game in it.
                await mediator.Publish(FinishedEvent(game), cancellationToken);
                await notifier.GameOver(everyone, new GameOverDto(game.Id.ToString(), GameViews.Podium(game)));
                await mediator.Publish(new GameEndedIntegrationEvent(game.RoomId, game.Id, Finished: true), cancellationToken);
                break;
            case GameStoppedDomainEvent:
                logger.LogInformation("Game {GameId} stopped in room {RoomId}: not enough players", game.Id, game.RoomId);
                await notifier.GameStopped(everyone, new GameStoppedDto("notEnoughPlayers"));
                await mediator.Publish(new GameEndedIntegrationEvent(game.RoomId, game.Id, Finished: false), cancellationToken);
                break;
        }
    }

    private static GameFinishedIntegrationEvent FinishedEvent(Game game) => new(
        game.Id, game.RoomId, game.RoomName, game.StartedAt, game.FinishedAt!.Value,
        game.Standings().Select(s => new PlayerGameResultDto(
            s.Participant.PlayerId, s.Participant.Name, s.Participant.Score, s.Rank, s.Participant.TurnsDrawn, s.Participant.CorrectGuesses)).ToArray());
}
