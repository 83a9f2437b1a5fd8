using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rankings.EventHandlers;

/// <summary>Keeps each finished turn's drawing, cut to <see cref="GalleryLimits"/>, until its game ends.</summary>
internal sealed class DrawingFinishedIntegrationEventHandler(IGalleryDrafts drafts, ILogger<DrawingFinishedIntegrationEventHandler> logger)
    : IRoomEventHandler<DrawingFinishedIntegrationEvent>
{
    public async Task Handle(DrawingFinishedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var d = e.Drawing;
        var drawing = GalleryDrawing.Capped(d.TurnId, d.Round, d.DrawerId.Value, d.DrawerName, d.Word, d.Reason,
            d.Guessers.Select(g => new GalleryGuess(g.PlayerId.Value, g.Name, g.Order, g.Points)).ToArray(),
            d.Operations.Select(o => new GalleryOperation(o.Kind, o.Tool, o.Color, o.Size, o.X, o.Y, o.Undone, o.Points)).ToArray());
        try
        {
            await drafts.AppendAsync(e.GameId, drawing, cancellationToken);
        }
        catch (Exception exception)
        {
            // The turn's end matters more than its picture in the gallery.
            logger.LogWarning(exception, "Could not keep turn {TurnId} of game {GameId} for its gallery", d.TurnId, e.GameId);
        }
    }
}
