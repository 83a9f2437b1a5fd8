using FluentValidation;

namespace DrawGuess.Application.Rankings.Queries.GetPublicGalleries;

internal sealed class GetPublicGalleriesQueryValidator : AbstractValidator<GetPublicGalleriesQuery>
{
    public GetPublicGalleriesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetPublicGalleriesQuery.MaxLimit);
    }
}
