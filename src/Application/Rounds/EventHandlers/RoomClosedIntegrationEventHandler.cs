using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>The room is gone: so are its game, its timer and its last game's gallery link.</summary>
internal sealed class RoomClosedIntegrationEventHandler(IFinishedGameGalleries galleries) : IRoomEventHandler<RoomClosedIntegrationEvent>
{
    public Task Handle(RoomClosedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        room.Remove<Game>();
        return galleries.ForgetAsync(room.RoomId, cancellationToken);
    }
}
