using System.Globalization;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Chat.EventHandlers;

/// <summary>A round separator before a round's first turn, then who draws.</summary>
internal sealed class TurnStartedIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<TurnStartedIntegrationEvent>
{
    public async Task Handle(TurnStartedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (e.FirstOfRound)
        {
            string[] round = [e.Round.ToString(CultureInfo.InvariantCulture), e.TotalRounds.ToString(CultureInfo.InvariantCulture)];
            await system.PostAsync(room, "roundStarted", $"Round {round[0]} of {round[1]}", round, cancellationToken);
        }
        await system.PostAsync(room, "turnStarted", $"{e.DrawerName} is drawing now.", [e.DrawerName], cancellationToken);
    }
}
