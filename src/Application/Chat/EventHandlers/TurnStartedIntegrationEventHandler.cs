using System.Globalization;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

/// <summary>A round separator before a round's first turn, then who draws.</summary>
internal sealed class TurnStartedIntegrationEventHandler(SystemMessages system) : INotificationHandler<TurnStartedIntegrationEvent>
{
    public async Task Handle(TurnStartedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.FirstOfRound)
        {
            string[] round = [e.Round.ToString(CultureInfo.InvariantCulture), e.TotalRounds.ToString(CultureInfo.InvariantCulture)];
            await system.PostAsync(e.RoomId, "roundStarted", $"Round {round[0]} of {round[1]}", round, cancellationToken);
        }
        await system.PostAsync(e.RoomId, "turnStarted", $"{e.DrawerName} is drawing now.", [e.DrawerName], cancellationToken);
    }
}
