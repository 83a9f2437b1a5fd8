using DrawGuess.Application.Rankings.Dtos;
using MediatR;

namespace DrawGuess.Application.Rankings.Queries.GetGallery;

/// <summary>A finished game's gallery by its id; GALLERY_NOT_FOUND for an unknown, expired or malformed id.</summary>
public sealed record GetGalleryQuery(string? Id) : IRequest<GalleryDto>;
