using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetPublicGalleries;

internal sealed class GetPublicGalleriesQueryHandler(IGalleryStore store, TimeProvider clock)
    : IRequestHandler<GetPublicGalleriesQuery, IReadOnlyList<GallerySummaryDto>>
{
    public Task<IReadOnlyList<GallerySummaryDto>> Handle(GetPublicGalleriesQuery request, CancellationToken cancellationToken) =>
        store.ListPublicAsync(request.Limit, clock.GetUtcNow(), cancellationToken);
}
