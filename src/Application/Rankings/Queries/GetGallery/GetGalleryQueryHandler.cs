using System.Text.RegularExpressions;
using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetGallery;

internal sealed partial class GetGalleryQueryHandler(IGalleryStore store, TimeProvider clock) : IRequestHandler<GetGalleryQuery, GalleryDto>
{
    public async Task<GalleryDto> Handle(GetGalleryQuery request, CancellationToken cancellationToken)
    {
        // A malformed id answers like an unknown one: it cannot name a gallery, and a different code would tell guessers nothing useful.
        var gallery = request.Id is { } id && GalleryIdShape().IsMatch(id) ? await store.FindAsync(id, clock.GetUtcNow(), cancellationToken) : null;
        return gallery is null
            ? throw new GameRuleException(ErrorCodes.GalleryNotFound, "No gallery with that id; galleries are kept for a limited time.")
            : ToDto(gallery);
    }

    /// <summary>What the server's tokens look like: 32 random bytes in unpadded base64url.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex GalleryIdShape();

    private static GalleryDto ToDto(GameGallery gallery) => new(
        gallery.Id, gallery.RoomName, gallery.FinishedAt, gallery.ExpiresAt, gallery.Truncated,
        gallery.Drawings.Select(d => new GalleryDrawingDto(d.TurnId, d.Round, d.DrawerId.ToString("N"), d.DrawerName, d.Word, d.EndReason, d.Truncated,
            d.Guessers.Select(g => new GalleryGuessDto(g.PlayerId.ToString("N"), g.Name, g.Order, g.Points, g.AfterMs)).ToArray(),
            d.Operations.Select(ToDto).ToArray(), d.Likes, d.Dislikes)).ToArray());

    private static GalleryOperationDto ToDto(GalleryOperation o) => o.Kind switch
    {
        "stroke" => new GalleryOperationDto(o.Kind, o.Tool, o.Color, o.Size, o.Points, null, null, o.Undone),
        "fill" => new GalleryOperationDto(o.Kind, null, o.Color, null, null, o.X, o.Y, o.Undone),
        _ => new GalleryOperationDto(o.Kind, null, null, null, null, null, null, o.Undone),
    };
}
