using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>The drawer's canvas calls: checked by the game under the room's lock, then relayed to everyone else.</summary>
internal sealed class CanvasRelay(IPlayerSessions sessions, IRoomLocks locks, IGameRepository games, IRoundsNotifier notifier, IGameMetrics metrics, TimeProvider clock)
{
    public async Task ApplyAsync(string connectionId, Func<Game, PlayerId, DateTimeOffset, CanvasOpDto> apply, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(connectionId);
        metrics.StrokeReceived();
        CanvasOpDto operation;
        PlayerId[] receivers;
        using (await locks.AcquireAsync(roomId, cancellationToken))
        {
            var game = await games.RequireRunningAsync(roomId, cancellationToken);
            try
            {
                operation = apply(game, caller.PlayerId, clock.GetUtcNow());
            }
            catch (Domain.Common.GameRuleException e) when (e.Code == Domain.Common.ErrorCodes.RateLimited)
            {
                metrics.RateLimited("stroke");
                throw;
            }
            await games.SaveCanvasAsync(game, cancellationToken);
            receivers = EveryoneBut(caller.PlayerId, game.Participants);
        }
        await notifier.Canvas(receivers, operation);
        metrics.StrokesDelivered(receivers.Length);
    }

    /// <summary>A plain loop: this runs on every stroke batch (docs/performance.md, micro-benchmarks).</summary>
    private static PlayerId[] EveryoneBut(PlayerId drawer, IReadOnlyList<Participant> participants)
    {
        var receivers = new PlayerId[participants.Count];
        var next = 0;
        foreach (var participant in participants)
        {
            if (participant.PlayerId != drawer) receivers[next++] = participant.PlayerId;
        }
        return next == receivers.Length ? receivers : receivers[..next];
    }
}
