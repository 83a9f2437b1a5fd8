using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetPublicGalleries;

/// <summary>The galleries of the latest finished public-room games, newest first; a private room's gallery is never listed.</summary>
public sealed record GetPublicGalleriesQuery(int Limit = GetPublicGalleriesQuery.DefaultLimit) : IRequest<IReadOnlyList<GallerySummaryDto>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}
