using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Everyone sees the drawing's counts, the drawer live; who rated how stays on the server.</summary>
internal sealed class DrawingRatedDomainEventHandler(IRoundsNotifier notifier) : IRoomEventHandler<DrawingRatedDomainEvent>
{
    public async Task Handle(DrawingRatedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { } game) return;
        var (everyone, rated) = (GameViews.Everyone(game), new DrawingRatedDto(e.TurnId, e.Likes, e.Dislikes));
        room.AfterCommit(() => notifier.DrawingRated(everyone, rated));
    }
}
