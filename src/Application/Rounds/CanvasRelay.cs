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
        PlayerId[] receivers;
        using (await locks.AcquireAsync(roomId, cancellationToken))
        {
            var game = await games.RequireRunningAsync(roomId, cancellationToken);
            CanvasOpDto operation;
            try
            {
                operation = apply(game, caller.PlayerId, clock.GetUtcNow());
            }
            catch (Domain.Common.GameRuleException e) when (e.Code == Domain.Common.ErrorCodes.RateLimited)
            {
                metrics.RateLimited("stroke");
                throw;
            }
            receivers = EveryoneBut(caller.PlayerId, game.Participants);
            // Relayed without waiting for the save: with the live state in Redis the receivers' connections
            // are then looked up in the same round trip as the canvas append (Redis runs them in order, so
            // nothing is sent before the append has run). The drawer's next call waits for both.
            await Task.WhenAll(games.SaveCanvasAsync(game, cancellationToken), notifier.Canvas(receivers, operation));
        }
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
