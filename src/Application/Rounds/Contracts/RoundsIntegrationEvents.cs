using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rounds.Contracts;

public sealed record GameStartedIntegrationEvent(RoomId RoomId, GameId GameId) : INotification;

/// <summary>The room has no running game any more (finished or stopped for lack of players).</summary>
public sealed record GameEndedIntegrationEvent(RoomId RoomId, GameId GameId, bool Finished) : INotification;

public sealed record TurnStartedIntegrationEvent(RoomId RoomId, int TurnId, string DrawerName, int Round, int TotalRounds, bool FirstOfRound) : INotification;

/// <summary>A turn's reveal: published once the word was sent to everyone. <c>Word</c> is null when the drawer left before choosing.</summary>
public sealed record TurnEndedIntegrationEvent(RoomId RoomId, int TurnId, string? Word, string Reason) : INotification;

/// <param name="Elapsed">From the start of drawing to the guess.</param>
public sealed record PlayerGuessedIntegrationEvent(RoomId RoomId, PlayerId PlayerId, string Name, GameId GameId, int TurnId, TimeSpan Elapsed) : INotification;

public sealed record PlayerGameResultDto(PlayerId PlayerId, string Name, int Score, int Rank, int TurnsDrawn, int CorrectGuesses, int LikesReceived);

public sealed record GameFinishedIntegrationEvent(
    GameId GameId,
    RoomId RoomId,
    string RoomName,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<PlayerGameResultDto> Players,
    string? GalleryId = null,
    IReadOnlyList<DrawingRatingDto>? Ratings = null) : INotification;

/// <summary>A finished drawing's final likes and dislikes.</summary>
public sealed record DrawingRatingDto(int TurnId, int Likes, int Dislikes);

/// <summary>A turn's finished drawing, published at the turn's end when a word was chosen, for the game's gallery.</summary>
public sealed record DrawingFinishedIntegrationEvent(RoomId RoomId, GameId GameId, FinishedDrawingDto Drawing) : INotification;

public sealed record FinishedDrawingDto(
    int TurnId, int Round, PlayerId DrawerId, string DrawerName, string Word, string Reason,
    IReadOnlyList<FinishedGuessDto> Guessers, IReadOnlyList<FinishedOperationDto> Operations);

public sealed record FinishedGuessDto(PlayerId PlayerId, string Name, int Order, int Points);

/// <param name="Kind"><c>stroke</c>, <c>fill</c> or <c>clear</c>.</param>
/// <param name="Points">A stroke's flat [x0, y0, x1, y1, ...]; empty otherwise.</param>
public sealed record FinishedOperationDto(string Kind, string Tool, int Color, int Size, int X, int Y, bool Undone, IReadOnlyList<int> Points);
