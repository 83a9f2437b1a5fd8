using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>The drawer's canvas calls: checked by the game, then relayed to everyone else, spectators included, once stored.</summary>
internal sealed class CanvasRelay(IRoundsNotifier notifier, IRoomMembers members, IGameMetrics metrics, TimeProvider clock)
{
    public async Task ApplyAsync(IRoomUnitOfWork room, Func<Game, PlayerId, DateTimeOffset, CanvasOpDto> apply, CancellationToken cancellationToken)
    {
        var drawer = room.Caller.PlayerId;
        metrics.StrokeReceived();
        var spectators = await members.SpectatorsAsync(room, cancellationToken);
        if (spectators.Count > 0) await members.RefuseSpectatorAsync(room, drawer, cancellationToken);
        var game = await room.RequireRunningGameAsync(cancellationToken);
        CanvasOpDto operation;
        try
        {
            operation = apply(game, drawer, clock.GetUtcNow());
        }
        catch (GameRuleException e) when (e.Code == ErrorCodes.RateLimited)
        {
            metrics.RateLimited("stroke");
            throw;
        }
        var receivers = EveryoneBut(drawer, game.Participants, spectators);
        room.AfterCommit(async () =>
        {
            await notifier.Canvas(receivers, operation);
            metrics.StrokesDelivered(receivers.Length);
        });
    }

    /// <summary>A plain loop: this runs on every stroke batch (docs/performance.md, micro-benchmarks).</summary>
    public static PlayerId[] EveryoneBut(PlayerId drawer, IReadOnlyList<Participant> participants, IReadOnlyList<PlayerId> spectators)
    {
        var receivers = new PlayerId[participants.Count + spectators.Count];
        var next = 0;
        foreach (var participant in participants)
        {
            if (participant.PlayerId != drawer) receivers[next++] = participant.PlayerId;
        }
        foreach (var spectator in spectators) receivers[next++] = spectator;
        return next == receivers.Length ? receivers : receivers[..next];
    }
}
