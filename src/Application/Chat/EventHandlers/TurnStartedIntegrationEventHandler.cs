using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class TurnStartedIntegrationEventHandler(SystemMessages system) : INotificationHandler<TurnStartedIntegrationEvent>
{
    public Task Handle(TurnStartedIntegrationEvent e, CancellationToken cancellationToken) =>
        system.PostAsync(e.RoomId, "turnStarted", $"{e.DrawerName} is drawing now.", [e.DrawerName], cancellationToken);
}
